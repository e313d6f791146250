// File > Import Answers from Another Response: the dialog that shows, before anything changes,
// which answers would be imported (question, the incoming answer, where it comes from), where
// the response already has an answer (each with "Replace my answer", unticked: nothing is
// overwritten without asking) and what cannot be imported and why.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/answer.h"
#include "core/form.h"

class wxCheckBox;

namespace revq::gui {

struct ImportItem {
    std::string targetId;  // question of the open response
    std::string sourceId;  // question of the other response
    Answer incoming;       // as it would be written: marked imported, with its origin
    Answer existing;       // the answer the response has now; empty when none
    bool replace = false;  // conflicts only: the person chose to replace their answer
    bool conflict() const { return !existing.empty(); }
};

struct ImportPlan {
    wxString sourceName;                // file name of the other response
    wxString sourceFormTitle;           // the form it answers, for the heading
    std::vector<ImportItem> items;      // in the open form's order
    std::vector<wxString> notImported;  // one line each: what and why
    // The answers an OK writes: every item without a conflict, and the conflicts chosen.
    std::vector<Answer> answersToWrite() const;
};

class ImportAnswersDialog : public wxDialog {
  public:
    ImportAnswersDialog(wxWindow* parent, const Form& form, const std::string& lang,
                        const ImportPlan& plan);
    // The plan with the person's choices ("Replace my answer") read from the dialog.
    ImportPlan chosenPlan() const;

  private:
    ImportPlan plan_;
    std::map<std::string, wxCheckBox*> replace_;  // by target question id
};

// A question as the dialog lists it: "Art. 11(1): label" in `lang`.
wxString questionTitle(const Form& form, const Question& q, const std::string& lang);

}  // namespace revq::gui
