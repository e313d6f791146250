// One section's questions on the section page. A view is built in steps: the header and the
// questions that fill the first screen when the section is shown, the rest while the program is
// otherwise idle, and at once up to a question that is asked for (go to, find, validation).
// Each step creates about ten native widgets per question, which is what a section costs.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "gui/question_controls.h"

class wxStaticText;
class wxButton;

namespace revq::gui {

class ResponseDocument;
class QuestionPanel;

class SectionView : public wxPanel {
  public:
    // `doc` and `context` outlive the view (the frame owns them).
    SectionView(wxWindow* parent, ResponseDocument& doc, long sectionIndex, EditorContext& context);

    long sectionIndex() const { return section_; }
    size_t questionCount() const { return questions_.size(); }
    bool complete() const { return panels_.size() == questions_.size(); }
    const std::vector<QuestionPanel*>& panels() const { return panels_; }

    // Builds questions in order until `count` exist; true when any was added. The caller lays
    // out the page (relayout()).
    bool buildUpTo(size_t count);
    // Builds questions until the shown ones reach `height` pixels below the top of the view,
    // or `budgetMs` have passed (at least one question); true when any was added.
    bool buildUntil(int height, long budgetMs);
    // The bottom of the last built question that is shown, in the view's coordinates.
    int builtHeight() const { return builtHeight_; }

    // Texts wrap to `pageWidth`, the page's client width; once per width (false: no change).
    bool wrapTo(int pageWidth);
    // The document changed (`questionId`, or "" for everything).
    void documentChanged(const std::string& questionId);
    // A change while the view is hidden: applied when it is shown again (applyPending()).
    void noteChange(const std::string& questionId);
    bool applyPending();

    // The question's panel, built (with the ones before it) if it was not yet.
    QuestionPanel* panelFor(const std::string& questionId);
    QuestionPanel* builtPanelFor(const std::string& questionId);

    // Where the page was scrolled to when the view was last hidden (scroll units).
    int savedScroll = 0;

    std::function<void(const std::string& questionId)> onConfirm;
    std::function<void()> onConfirmSection;

  private:
    void buildHeader();
    void addPanel();
    // Shows each built question that applies (with its separator) and the header's lines.
    void updateVisibility();
    void measure();

    ResponseDocument& doc_;
    EditorContext& context_;
    long section_;
    std::vector<size_t> questions_;       // the section's question indexes
    std::vector<QuestionPanel*> panels_;  // built, in the section's order
    std::vector<wxWindow*> lines_;        // the separator above each panel
    wxStaticText* title_ = nullptr;
    wxStaticText* intro_ = nullptr;
    wxStaticText* notApplicable_ = nullptr;
    wxButton* confirmAll_ = nullptr;
    size_t headerItems_ = 0;  // the sizer's items before the first question
    int pageWidth_ = 0;
    int builtHeight_ = 0;
    std::set<std::string> pending_;  // "" for everything
};

}  // namespace revq::gui
