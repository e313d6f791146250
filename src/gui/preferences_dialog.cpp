#include "gui/preferences_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/language.h"
#include "gui/settings.h"

namespace revq::gui {
namespace {

// Index 0 is "from the system" / "same as the interface"; then the six languages.
void fillLanguages(wxChoice* choice, const wxString& first, const wxString& current) {
    choice->Append(first);
    choice->SetSelection(0);
    for (size_t i = 0; i < kUnLanguages.size(); ++i) {
        std::string code(kUnLanguages[i]);
        choice->Append(nativeLanguageName(code));
        if (fromUtf8(code) == current)
            choice->SetSelection(static_cast<int>(i) + 1);
    }
}

wxString codeAt(wxChoice* choice) {
    int i = choice->GetSelection();
    return i <= 0 ? wxString() : fromUtf8(std::string(kUnLanguages[i - 1]));
}

}  // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("Preferences")) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(_("&Interface language:"));
    uiLanguage_ = new wxChoice(this, wxID_ANY);
    fillLanguages(uiLanguage_, _("From the system"), settings::uiLanguage());
    grid->Add(uiLanguage_, 1, wxEXPAND);
    label(_("&Form language:"));
    formLanguage_ = new wxChoice(this, wxID_ANY);
    fillLanguages(formLanguage_, _("Same as the interface"), settings::formLanguage());
    grid->Add(formLanguage_, 1, wxEXPAND);
    label(_("&Recovery copy every (seconds):"));
    autosave_ = new wxSpinCtrl(this, wxID_ANY);
    autosave_->SetRange(5, 30);  // never more than 30 seconds of typing at risk
    autosave_->SetValue(std::min(settings::autosaveSeconds(), 30));
    grid->Add(autosave_, 0);
    label(_("Your &name:"));
    name_ = new wxTextCtrl(this, wxID_ANY, settings::editorName(), wxDefaultPosition,
                           FromDIP(wxSize(280, -1)));
    grid->Add(name_, 1, wxEXPAND);
    label(_("Your &agency:"));
    agency_ = new wxTextCtrl(this, wxID_ANY, settings::editorAgency());
    grid->Add(agency_, 1, wxEXPAND);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, FromDIP(14));
    auto* note = new wxStaticText(
        this, wxID_ANY, _("Your name and agency are recorded beside each answer you write."));
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    top->Add(note, 0, wxLEFT | wxRIGHT, FromDIP(14));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("OK"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(14));
    SetSizerAndFit(top);
    applyLayoutDirection(this);
}

bool PreferencesDialog::TransferDataFromWindow() {
    settings::setUiLanguage(codeAt(uiLanguage_));
    settings::setFormLanguage(codeAt(formLanguage_));
    settings::setAutosaveSeconds(autosave_->GetValue());
    settings::setEditorName(name_->GetValue().Strip(wxString::both));
    settings::setEditorAgency(agency_->GetValue().Strip(wxString::both));
    settings::flush();
    return true;
}

}  // namespace revq::gui
