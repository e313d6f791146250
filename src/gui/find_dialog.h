// Find: searches question labels, help texts, ids and article references ("6(3)", "art. 11")
// as you type; Enter or double-click jumps to the question.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

class wxTextCtrl;
class wxListBox;

namespace revq::gui {

class ResponseDocument;

// Question ids matching `query` in form order: words in label/help (in `lang` and English),
// the id, or an article reference.
std::vector<std::string> findQuestions(const ResponseDocument& doc, const std::string& lang,
                                       const wxString& query);

class FindDialog : public wxDialog {
  public:
    FindDialog(wxWindow* parent, const ResponseDocument& doc, const std::string& lang);
    const std::string& chosenQuestion() const { return chosen_; }

  private:
    void search();
    void choose();
    const ResponseDocument& doc_;
    std::string lang_;
    wxTextCtrl* query_;
    wxListBox* results_;
    std::vector<std::string> ids_;
    std::string chosen_;
};

}  // namespace revq::gui
