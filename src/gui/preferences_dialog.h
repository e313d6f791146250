// Preferences: UI language, form language, autosave interval and who is answering (the
// provenance stamped on answers). Reads and writes settings.h only.
#pragma once

#include <wx/dialog.h>

class wxChoice;
class wxSpinCtrl;
class wxTextCtrl;

namespace revq::gui {

class PreferencesDialog : public wxDialog {
  public:
    explicit PreferencesDialog(wxWindow* parent);

  private:
    bool TransferDataFromWindow() override;
    wxChoice* uiLanguage_;
    wxChoice* formLanguage_;
    wxSpinCtrl* autosave_;
    wxTextCtrl* name_;
    wxTextCtrl* agency_;
};

}  // namespace revq::gui
