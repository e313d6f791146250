// File > National Consultation > Send Parts to Agencies: the focal point lists the agencies
// (name, contact, deadline), ticks the parts of the form each answers, and picks a folder;
// the window then writes one contribution file per agency (core splitMaster). Earlier
// assignments recorded in the master are shown to start from.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/consultation_assignments.h"
#include "core/response.h"

class wxCheckListBox;
class wxDirPickerCtrl;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace revq::gui {

class SplitDialog : public wxDialog {
  public:
    SplitDialog(wxWindow* parent, const Form& form, const Response& master,
                const std::string& formLang, const wxString& folder);

    std::vector<Assignment> assignments() const { return agencies_; }
    void setAssignments(std::vector<Assignment> assignments);
    wxString folder() const;
    // What is wrong with the assignments ("" when they can be sent).
    wxString problem() const;
    bool TransferDataFromWindow() override;

  private:
    void showAgency();
    void storeField();
    void refreshList();

    const Form& form_;
    std::vector<Assignment> agencies_;
    std::vector<std::string> sectionIds_;  // the checklist's rows
    int current_ = -1;
    bool showing_ = false;

    wxListBox* list_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* contact_ = nullptr;
    wxTextCtrl* deadline_ = nullptr;
    wxCheckListBox* parts_ = nullptr;
    wxDirPickerCtrl* folder_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace revq::gui
