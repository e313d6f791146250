// File > National Consultation: send parts to agencies (split), merge their contributions
// back, and see where things stand. The work is core's (core/consultation_*.h); the dialogs
// show it, and every change to the open response is one named undo step.
#include <filesystem>

#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "core/consultation_split.h"
#include "core/response_store.h"
#include "gui/consultation_status_dialog.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/merge_dialog.h"
#include "gui/response_document.h"
#include "gui/settings.h"
#include "gui/split_dialog.h"
#include "gui/undo_commands.h"

namespace revq::gui {

namespace {

void tell(wxWindow* parent, const wxString& headline, const wxString& details, long icon) {
    wxMessageDialog dlg(parent, headline, "revq", wxOK | icon);
    if (!details.empty())
        dlg.SetExtendedMessage(details);
    dlg.ShowModal();
}

// The open response can take part in a consultation (a master being written): else says why.
bool usableMaster(wxWindow* parent, ResponseDocument* doc) {
    if (!doc || doc->isPreview()) {
        tell(parent, _("Open the national response first."),
             _("The consultation works on a response file (the master): open it with File > "
               "Open, or start one with File > New."),
             wxICON_INFORMATION);
        return false;
    }
    if (doc->response().contribution) {
        tell(parent,
             wxString::Format(_("This file is a contribution for %s, not the master response."),
                              fromUtf8(doc->response().contribution->agency)),
             _("Open the master response to send parts out or merge contributions into it."),
             wxICON_INFORMATION);
        return false;
    }
    return true;
}

std::string masterName(const ResponseDocument& doc) {
    return doc.path().empty() ? toUtf8(_("the new response"))
                              : toUtf8(wxFileName(fromUtf8(doc.path())).GetFullName());
}

}  // namespace

void MainFrame::onSplitContributions() {
    if (!usableMaster(this, doc_.get()))
        return;
    if (doc_->isReadOnly()) {
        tell(this, _("The response is submitted."),
             _("Reopen it (File > Reopen) before sending parts to agencies."), wxICON_INFORMATION);
        return;
    }
    wxString folder =
        doc_->path().empty() ? wxString() : wxFileName(fromUtf8(doc_->path())).GetPath();
    SplitDialog dlg(this, doc_->form(), doc_->response(), formLanguage_, folder);
    if (dlg.ShowModal() != wxID_OK)
        return;
    std::string by = toUtf8(settings::editorName());
    // The master file's bytes identify it in each contribution (master-sha256).
    std::string sha = doc_->path().empty() ? std::string() : stampOfFile(doc_->path()).sha256;
    SplitResult split = splitMaster(doc_->form(), doc_->response(), sha, dlg.assignments(),
                                    by.empty() ? "revq" : by);
    if (!split.error.empty()) {
        tell(this, _("No contribution files were written."), fromUtf8(split.error), wxICON_ERROR);
        return;
    }
    std::filesystem::path dir(toUtf8(dlg.folder()));
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        tell(this, _("No contribution files were written."),
             wxString::Format(_("The folder %s cannot be created (%s); choose a folder you can "
                                "write to."),
                              dlg.folder(), fromUtf8(ec.message())),
             wxICON_ERROR);
        return;
    }
    // Ask once about every file that exists already, before writing any.
    wxString existing;
    for (const auto& c : split.contributions) {
        if (std::filesystem::exists(dir / c.fileName, ec))
            existing += "\n" + fromUtf8(c.fileName);
    }
    if (!existing.empty()) {
        wxMessageDialog ask(this, _("Some contribution files exist already in that folder."),
                            "revq", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
        ask.SetExtendedMessage(_("Replace them? (They may be parts sent earlier.)") + existing);
        ask.SetYesNoLabels(_("&Replace"), _("&Keep Them"));
        if (ask.ShowModal() != wxID_YES)
            return;
    }
    wxString written;
    for (const auto& c : split.contributions) {
        std::string path = (dir / c.fileName).string();
        SaveOptions so;
        so.force = true;  // asked above
        so.keepBackup = false;
        SaveResult saved = saveResponse(path, c.response, so);
        if (!saved) {
            tell(this, _("A contribution file could not be written."),
                 fromUtf8(saved.error) +
                     (written.empty() ? wxString() : "\n" + _("Written before:") + written),
                 wxICON_ERROR);
            return;
        }
        written += "\n" + wxString::Format(_("%s: %s (%d answers pre-filled)"),
                                           fromUtf8(c.fileName), fromUtf8(c.assignment.agency),
                                           static_cast<int>(c.response.answers.size()));
    }
    // The master records what was sent (for Where Things Stand): one undo step.
    commands_->submitResponse(_("Send Parts to Agencies"), split.master);
    tell(this,
         wxString::Format(_("Wrote %d contribution files to %s."),
                          static_cast<int>(split.contributions.size()), dlg.folder()),
         written.Mid(1) + "\n\n" +
             _("Send each file to its agency. This response now records the assignments; save "
               "it to keep them."),
         wxICON_INFORMATION);
}

void MainFrame::onMergeContributions() {
    if (!usableMaster(this, doc_.get()))
        return;
    std::string by = toUtf8(settings::editorName());
    MergeDialog dlg(this, doc_->formPtr(), doc_->response(), masterName(*doc_),
                    by.empty() ? "revq" : by, formLanguage_);
    if (std::string problem = dlg.masterProblem(); !problem.empty()) {
        tell(this, _("Contributions cannot be merged into this response."), fromUtf8(problem),
             wxICON_WARNING);
        return;
    }
    if (dlg.ShowModal() != wxID_OK)
        return;
    if (dlg.applyTo(*commands_)) {
        SetStatusText(_("Contributions merged (Edit > Undo takes the merge back); save the "
                        "response to keep it."),
                      0);
    }
}

void MainFrame::onConsultationStatus() {
    if (!usableMaster(this, doc_.get()))
        return;
    ConsultationStatusDialog dlg(this, doc_->response(), &doc_->form());
    dlg.ShowModal();
}

}  // namespace revq::gui
