#include "gui/recovery_offer.h"

#include <wx/msgdlg.h>

#include "gui/autosave.h"
#include "gui/language.h"
#include "gui/main_frame.h"

namespace revq::gui {

RecoveryChoice askAboutRecovery(wxWindow* parent, const RecoveryEntry& e) {
    wxString what =
        e.originalPath.empty() ? wxString(_("a new response")) : fromUtf8(e.originalPath);
    wxMessageDialog ask(parent, _("revq found unsaved answers from an earlier session."), "revq",
                        wxYES_NO | wxCANCEL | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(
        wxString::Format(_("Answers to %s were kept in a recovery copy at %s (UTC). Restore "
                           "them? If you discard them, they are deleted."),
                         what, fromUtf8(e.written)));
    ask.SetYesNoCancelLabels(_("&Restore"), _("&Discard"), _("Decide &Later"));
    switch (ask.ShowModal()) {
        case wxID_YES:
            return RecoveryChoice::Restore;
        case wxID_NO:
            return RecoveryChoice::Discard;
        default:
            return RecoveryChoice::Later;
    }
}

bool offerRecoveries(MainFrame& frame, const RecoveryChooser& choose) {
    for (const RecoveryEntry& e : listRecoveries()) {
        switch (choose(&frame, e)) {
            case RecoveryChoice::Restore:
                if (frame.restoreRecovery(e))
                    return true;
                break;  // it could not be read: the message said why; offer the next one
            case RecoveryChoice::Discard:
                removeRecovery(e.recoveryPath);
                break;
            case RecoveryChoice::Later:
                break;
        }
    }
    return false;
}

}  // namespace revq::gui
