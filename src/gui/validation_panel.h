// A list of problems — missing and invalid answers (validation) or a form file's lint
// diagnostics — where double-click (or Enter) jumps to the question or the line concerned.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/listctrl.h>

#include "core/diagnostic.h"

namespace revq::gui {

class ResponseDocument;

struct ProblemRow {
    bool error = true;  // error or warning (shown as a word and an icon)
    wxString where;     // "Art. 5(1)" or "form.xml:12:3"
    wxString message;
    std::string questionId;  // where a double-click jumps; may be empty
};

class ProblemList : public wxListCtrl {
  public:
    explicit ProblemList(wxWindow* parent, const wxString& name);
    void setRows(std::vector<ProblemRow> rows);
    const std::vector<ProblemRow>& rows() const { return rows_; }
    std::function<void(const ProblemRow&)> onActivate;

  private:
    std::vector<ProblemRow> rows_;
};

// Missing required answers, failed constraints and answers to questions that no longer apply,
// in form order, from the document's evaluated state.
std::vector<ProblemRow> validationRows(const ResponseDocument& doc, const std::string& lang);
// A form's lint diagnostics as rows.
std::vector<ProblemRow> diagnosticRows(const Diagnostics& diagnostics);

}  // namespace revq::gui
