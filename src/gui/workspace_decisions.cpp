// The secretariat's decisions in the workspace window: which revision of a State counts, and a
// note per State. Both are kept in workspace.xml (written atomically); no State's file changes.
#include <wx/choicdlg.h>
#include <wx/dataview.h>
#include <wx/textdlg.h>

#include "export/collation.h"
#include "gui/language.h"
#include "gui/workspace_compare.h"
#include "gui/workspace_frame.h"

namespace revq::gui {

namespace {

// Selects the row of State `code` again after the table was rebuilt.
void reselect(WorkspaceFrame& frame, const std::string& code) {
    const WorkspaceStatesModel& m = *frame.statesModel();
    for (size_t i = 0; i < m.shownCount(); ++i)
        if (m.shownRow(i)->code == code)
            frame.selectRow(i);
}

}  // namespace

bool WorkspaceFrame::saveDecisions(wxString* error) {
    const WriteResult w = ws_->save();
    if (!w) {
        *error = fromUtf8(w.error);
        return false;
    }
    return true;
}

bool WorkspaceFrame::chooseCollatedFile(const std::string& code, const std::string& fileName,
                                        wxString* error) {
    // The choice rebuilds the States: let go of everything that points into them.
    compare_->setData(nullptr, nullptr, nullptr, formLang_, uiLanguage());
    collation_.reset();
    std::string why;
    const bool chosen = ws_->choose(code, fileName, &why);
    refresh();
    if (!chosen) {
        *error = fromUtf8(why);
        return false;
    }
    return saveDecisions(error);
}

bool WorkspaceFrame::setNote(const std::string& code, const std::string& note, wxString* error) {
    ws_->setNote(code, note);
    const bool saved = saveDecisions(error);
    refresh();
    return saved;
}

void WorkspaceFrame::onChooseFile() {
    const WorkspaceRow* row = model_->rowOf(table_->GetSelection());
    const WorkspaceState* state = row ? ws_->state(row->code) : nullptr;
    if (!state)
        return;
    const std::string code = state->code;
    wxArrayString labels;
    std::vector<std::string> names;
    labels.Add(_("Automatic: the latest intact submission"));
    names.emplace_back();
    for (size_t i : state->files) {
        const WorkspaceFile& f = ws_->files()[i];
        if (!f.usable)
            continue;
        wxString label = fromUtf8(f.fileName) + " — " +
                         (f.status == ResponseStatus::Submitted ? _("Submitted") : _("Draft"));
        if (!f.submittedAt.empty())
            label += " " + fromUtf8(f.submittedAt);
        if (f.has(FileFlag::ChangedAfterSubmission))
            label += " — " + _("changed after submission");
        labels.Add(label);
        names.push_back(f.fileName);
    }
    wxSingleChoiceDialog dlg(this, wxString::Format(_("Which file of %s is collated?"), row->name),
                             _("Choose Collated File"), labels);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxString error;
    if (!chooseCollatedFile(code, names[static_cast<size_t>(dlg.GetSelection())], &error))
        showWorkspaceError(this, _("The choice was not saved."), error);
    reselect(*this, code);
}

void WorkspaceFrame::onNote() {
    const WorkspaceRow* row = model_->rowOf(table_->GetSelection());
    const WorkspaceState* state = row ? ws_->state(row->code) : nullptr;
    if (!state)
        return;
    const std::string code = state->code;
    wxTextEntryDialog dlg(this, wxString::Format(_("The secretariat's note on %s:"), row->name),
                          _("Note"), fromUtf8(state->note), wxOK | wxCANCEL | wxTE_MULTILINE);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxString error;
    if (!setNote(code, toUtf8(dlg.GetValue()), &error))
        showWorkspaceError(this, _("The note was not saved."), error);
    reselect(*this, code);
}

}  // namespace revq::gui
