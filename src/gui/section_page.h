// The right-hand page: the selected section's questions. Controls are built for the shown
// section only (lazily), so switching sections stays instant with a 2,000-question form.
#pragma once

#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "gui/question_controls.h"

class wxStaticText;
class wxButton;

namespace revq::gui {

class ResponseDocument;
class QuestionPanel;

class SectionPage : public wxScrolledWindow {
  public:
    explicit SectionPage(wxWindow* parent);

    // Builds the controls of `sectionIndex` (-1: an empty page). `context` outlives the page's
    // controls (the frame owns it).
    void showSection(ResponseDocument* doc, long sectionIndex, EditorContext* context);
    long sectionIndex() const { return section_; }

    // The document changed (`questionId`, or "" for everything): update relevance, problems,
    // provenance, and reload the answer of that question.
    void documentChanged(const std::string& questionId);
    void setInputProblem(const std::string& questionId, const wxString& problem);

    // Scrolls to the question and gives its control the focus.
    bool focusQuestion(const std::string& questionId);
    QuestionPanel* panelFor(const std::string& questionId);
    const std::vector<QuestionPanel*>& panels() const { return panels_; }

    std::function<void(const std::string& questionId)> onConfirm;
    std::function<void()> onConfirmSection;

  private:
    void updateVisibility(bool layout = true);
    void rewrap();

    ResponseDocument* doc_ = nullptr;
    EditorContext* context_ = nullptr;
    long section_ = -1;
    std::vector<QuestionPanel*> panels_;
    wxStaticText* title_ = nullptr;
    wxStaticText* intro_ = nullptr;
    wxStaticText* notApplicable_ = nullptr;
    wxButton* confirmAll_ = nullptr;
    int wrappedWidth_ = 0;
};

}  // namespace revq::gui
