// The workspace's second view: pick a question (search by words, question id or article
// reference such as "6(3)") and see every State's answer side by side, in the form language,
// with counts per option overall and per UN regional group (columns that share the width, the
// group names wrapped in their headers).
#pragma once

#include <array>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/aggregates.h"
#include "core/workspace.h"

class wxDataViewListCtrl;
class wxListBox;
class wxSearchCtrl;
class wxStaticText;

namespace revq::gui {

class WorkspaceComparePanel : public wxPanel {
  public:
    explicit WorkspaceComparePanel(wxWindow* parent);

    // New figures (after a rescan or import) or languages. `rows` and `aggregates` must stay
    // alive until the next call; the question shown stays when the form still has it.
    void setData(const Workspace* ws, const std::vector<CollatedResponse>* rows,
                 const Aggregates* aggregates, const std::string& formLang,
                 const std::string& uiLang);
    // Shows `questionId`; false when the form has no such question.
    bool pickQuestion(const std::string& questionId);
    const std::string& questionId() const { return questionId_; }
    // Narrows the question list as the search box does.
    void search(const wxString& text);

    wxDataViewListCtrl* answers() { return answers_; }
    wxDataViewListCtrl* counts() { return counts_; }
    wxListBox* questionList() { return list_; }
    wxSearchCtrl* searchBox() { return search_; }

  private:
    void fillList();
    void showQuestion();
    void fillAnswers(size_t qi);
    void fillCounts(size_t qi);
    // Shares each table's width among its columns (no sideways scrolling at 1280 pixels with
    // the five regional groups): the answers' State and group columns as wide as their names,
    // the counts' columns equally with the group names wrapped in the headers.
    void fitColumns();
    void fitAnswers();
    void fitCounts();
    void wrapTitle();

    const Workspace* ws_ = nullptr;
    const std::vector<CollatedResponse>* rows_ = nullptr;
    const Aggregates* agg_ = nullptr;
    std::string formLang_ = "en", uiLang_ = "en";
    std::string questionId_;
    std::vector<size_t> listed_;  // question index per list line
    wxString titleText_;
    int titleWidth() const;
    int wrappedAt_ = -1;
    int previousWrap_ = -1;
    bool wrapPending_ = false;
    std::vector<wxString> countHeaders_;  // the counts table's column titles, unwrapped
    int fittedWidth_ = -1;
    std::array<int, 2> nameWidths_{};  // the widest State name and group name shown
    bool fitPending_ = false;

    wxSearchCtrl* search_ = nullptr;
    wxListBox* list_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxDataViewListCtrl* answers_ = nullptr;
    wxStaticText* countsTitle_ = nullptr;
    wxDataViewListCtrl* counts_ = nullptr;
};

}  // namespace revq::gui
