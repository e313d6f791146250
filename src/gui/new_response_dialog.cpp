#include "gui/new_response_dialog.h"

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/data_paths.h"
#include "core/states.h"
#include "gui/language.h"

namespace revq::gui {

NewResponseDialog::NewResponseDialog(wxWindow* parent, const wxString& formPath)
    : wxDialog(parent, wxID_ANY, _("New response"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    if (dataDirs().found) {
        StatesLoadResult r = StatesList::load(pathToUtf8(dataDirs().statesFile()));
        states_ = r.states;
    }
    wxString defaultForm = formPath;
    if (defaultForm.empty() && dataDirs().found)
        defaultForm = fromUtf8(pathToUtf8(dataDirs().forms / "tip-protocol-review.xml"));

    auto* top = new wxBoxSizer(wxVERTICAL);
    const int pad = FromDIP(12);
    top->Add(new wxStaticText(this, wxID_ANY, _("&Questionnaire (form definition):")), 0,
             wxLEFT | wxRIGHT | wxTOP, pad);
    form_ = new wxFilePickerCtrl(
        this, wxID_ANY, defaultForm, _("Choose the form"), _("Form definitions (*.xml)|*.xml"),
        wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    top->Add(form_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    top->Add(new wxStaticText(this, wxID_ANY, _("&State (type to filter):")), 0,
             wxLEFT | wxRIGHT | wxTOP, pad);
    filter_ = new wxTextCtrl(this, wxID_ANY);
    filter_->SetName("state-filter");
    top->Add(filter_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    stateList_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 220)));
    stateList_->SetName("states");
    top->Add(stateList_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    top->Add(new wxStaticText(this, wxID_ANY, _("&Earlier response to carry over (optional):")), 0,
             wxLEFT | wxRIGHT | wxTOP, pad);
    earlier_ = new wxFilePickerCtrl(
        this, wxID_ANY, "", _("Choose an earlier response"), _("revq responses (*.revq)|*.revq"),
        wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    top->Add(earlier_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    problem_ = new wxStaticText(this, wxID_ANY, "");
    problem_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    top->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("&Create"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, pad);
    SetSizerAndFit(top);
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { filterStates(); });
    filterStates();
    applyLayoutDirection(this);
    filter_->SetFocus();
}

void NewResponseDialog::lockForm() {
    form_->Disable();
    earlier_->Disable();
}

void NewResponseDialog::filterStates() {
    wxString needle = filter_->GetValue().Lower().Strip(wxString::both);
    std::string lang = uiLanguage();
    stateList_->Freeze();
    stateList_->Clear();
    shownCodes_.clear();
    if (states_) {
        for (const State& s : states_->all()) {
            wxString name = fromUtf8(s.name.get(lang));
            wxString line = name + " (" + fromUtf8(s.code) + ")";
            if (!needle.empty() && !line.Lower().Contains(needle) &&
                !fromUtf8(s.name.get("en")).Lower().Contains(needle))
                continue;
            stateList_->Append(line);
            shownCodes_.push_back(s.code);
        }
    }
    if (shownCodes_.size() == 1)
        stateList_->SetSelection(0);
    stateList_->Thaw();
}

wxString NewResponseDialog::formPath() const {
    return form_->GetPath();
}
wxString NewResponseDialog::earlierResponse() const {
    return earlier_->GetPath();
}

std::string NewResponseDialog::stateCode() const {
    int i = stateList_->GetSelection();
    return i == wxNOT_FOUND ? std::string() : shownCodes_[i];
}

bool NewResponseDialog::TransferDataFromWindow() {
    if (formPath().empty()) {
        problem_->SetLabel(_("Choose the questionnaire."));
        return false;
    }
    if (stateCode().empty()) {
        problem_->SetLabel(states_ ? _("Choose the State from the list.")
                                   : _("The States list (forms/states.xml) was not found; "
                                       "reinstall revq."));
        return false;
    }
    return true;
}

}  // namespace revq::gui
