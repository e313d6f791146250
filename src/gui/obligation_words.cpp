#include "gui/obligation_words.h"

#include <wx/intl.h>

namespace revq::gui {

wxString obligationName(ObligationLevel level) {
    switch (level) {
        case ObligationLevel::Mandatory:
            return _("Mandatory (“shall”)");
        case ObligationLevel::MandatoryQualified:
            return _("Mandatory, with a qualifier");
        case ObligationLevel::Consider:
            return _("Shall consider");
        case ObligationLevel::Endeavour:
            return _("Shall endeavour");
        case ObligationLevel::Recommendation:
            return _("Recommendation (“should”)");
        case ObligationLevel::None:
            return _("No obligation (purpose, definitions, scope)");
        case ObligationLevel::Unset:
            break;
    }
    return _("Level not stated");
}

wxString obligationFilterName(ObligationLevel level) {
    switch (level) {
        case ObligationLevel::Mandatory:
            return _("Mandatory provisions only");
        case ObligationLevel::MandatoryQualified:
            return _("Mandatory with a qualifier");
        case ObligationLevel::Consider:
            return _("“Shall consider” provisions");
        case ObligationLevel::Endeavour:
            return _("“Shall endeavour” provisions");
        case ObligationLevel::Recommendation:
            return _("Recommendations");
        case ObligationLevel::None:
            return _("Provisions creating no obligation");
        case ObligationLevel::Unset:
            break;
    }
    return _("All levels");
}

const ObligationLevel* filterLevels(size_t* count) {
    static const ObligationLevel levels[] = {
        ObligationLevel::Mandatory, ObligationLevel::MandatoryQualified, ObligationLevel::Consider,
        ObligationLevel::Endeavour, ObligationLevel::Recommendation,     ObligationLevel::None};
    *count = sizeof levels / sizeof levels[0];
    return levels;
}

}  // namespace revq::gui
