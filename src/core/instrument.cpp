#include "core/instrument.h"

namespace revq {

std::string_view toString(ObligationLevel level) {
    switch (level) {
        case ObligationLevel::None:
            return "none";
        case ObligationLevel::Mandatory:
            return "mandatory";
        case ObligationLevel::MandatoryQualified:
            return "mandatory-qualified";
        case ObligationLevel::Consider:
            return "consider";
        case ObligationLevel::Endeavour:
            return "endeavour";
        case ObligationLevel::Recommendation:
            return "recommendation";
        case ObligationLevel::Unset:
            break;
    }
    return "";
}

ObligationLevel parseObligationLevel(std::string_view text) {
    for (auto l :
         {ObligationLevel::None, ObligationLevel::Mandatory, ObligationLevel::MandatoryQualified,
          ObligationLevel::Consider, ObligationLevel::Endeavour, ObligationLevel::Recommendation})
        if (text == toString(l))
            return l;
    return ObligationLevel::Unset;
}

int obligationRank(ObligationLevel level) {
    switch (level) {
        case ObligationLevel::Mandatory:
            return 0;
        case ObligationLevel::MandatoryQualified:
            return 1;
        case ObligationLevel::Consider:
            return 2;
        case ObligationLevel::Endeavour:
            return 3;
        case ObligationLevel::Recommendation:
            return 4;
        case ObligationLevel::None:
            return 5;
        case ObligationLevel::Unset:
            break;
    }
    return 6;
}

bool createsObligation(ObligationLevel level) {
    return level != ObligationLevel::None && level != ObligationLevel::Unset;
}

const Provision* Instrument::find(std::string_view key) const {
    auto it = byKey.find(key);
    return it == byKey.end() ? nullptr : &provisions[it->second];
}

const Theme* Instrument::theme(std::string_view id) const {
    for (const auto& t : themes)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::vector<const Provision*> Instrument::articles() const {
    std::vector<const Provision*> out;
    for (const auto& p : provisions)
        if (p.kind == Provision::Kind::Article)
            out.push_back(&p);
    return out;
}

}  // namespace revq
