// New response: choose the form, the State (from the States list, in the UI language) and,
// optionally, an earlier response whose answers are carried over.
#pragma once

#include <memory>
#include <string>

#include <wx/dialog.h>

class wxChoice;
class wxFilePickerCtrl;
class wxListBox;
class wxTextCtrl;
class wxStaticText;

namespace revq {
class StatesList;
}

namespace revq::gui {

class NewResponseDialog : public wxDialog {
  public:
    NewResponseDialog(wxWindow* parent, const wxString& formPath);
    wxString formPath() const;
    std::string stateCode() const;
    wxString earlierResponse() const;
    // Saving a preview: the form is fixed, only the State is asked.
    void lockForm();

  private:
    void filterStates();
    bool TransferDataFromWindow() override;
    std::shared_ptr<const StatesList> states_;
    wxFilePickerCtrl* form_;
    wxTextCtrl* filter_;
    wxListBox* stateList_;
    wxFilePickerCtrl* earlier_;
    wxStaticText* problem_;
    std::vector<std::string> shownCodes_;
};

}  // namespace revq::gui
