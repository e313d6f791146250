// The right-hand page: the selected section's questions. Switching sections must stay under
// 100 ms while a long section has a few hundred native widgets, so a section's view
// (section_view.h) is built a screenful at a time: what the page shows at once, the rest on
// idle events, and up to any question asked for. The views of the last few sections are kept
// and shown again; a change of document, form or UI language or read-only state drops them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "gui/question_controls.h"

namespace revq::gui {

class ResponseDocument;
class QuestionPanel;
class SectionView;

class SectionPage : public wxScrolledWindow {
  public:
    explicit SectionPage(wxWindow* parent);

    // Shows `sectionIndex` (-1: an empty page), its first screenful built before this returns.
    // `context` outlives the page's controls (the frame owns it). Showing the shown section
    // again keeps it as it is.
    void showSection(ResponseDocument* doc, long sectionIndex, EditorContext* context);
    long sectionIndex() const;

    // The document changed (`questionId`, or "" for everything): update relevance, problems,
    // provenance, and reload the answer of that question.
    void documentChanged(const std::string& questionId);
    void setInputProblem(const std::string& questionId, const wxString& problem);

    // Scrolls to the question and gives its control the focus.
    bool focusQuestion(const std::string& questionId);
    // The question's panel on the shown section, built first if it was not yet.
    QuestionPanel* panelFor(const std::string& questionId);
    // The shown section's panels built so far, in order (all once sectionComplete()).
    const std::vector<QuestionPanel*>& panels() const;
    bool sectionComplete() const;
    // Builds the rest of the shown section now.
    void completeSection();
    // How many sections' views are kept (the shown one included).
    static constexpr size_t kKeptSections = 3;
    size_t keptSections() const { return kept_.size(); }

    std::function<void(const std::string& questionId)> onConfirm;
    std::function<void()> onConfirmSection;
    // For revq --timing: called from the event loop after the shown view was painted, and
    // after its section is complete.
    std::function<void()> onPainted;
    std::function<void()> onComplete;

  private:
    void dropViews();
    void relayout();
    void rewrap();
    void onIdle(wxIdleEvent& e);
    void watchPaint(wxWindow* w);

    ResponseDocument* doc_ = nullptr;
    EditorContext* context_ = nullptr;
    std::string formLanguage_, uiLanguage_;  // what the kept views were built for
    bool readOnly_ = false;
    SectionView* view_ = nullptr;       // the shown one, or nullptr
    std::vector<SectionView*> kept_;    // most recently shown first, view_ included
    std::vector<SectionView*> doomed_;  // dropped from kept_, destroyed when idle
};

}  // namespace revq::gui
