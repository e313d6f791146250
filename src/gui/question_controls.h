// The answer control of each question type. Every editor is a panel that shows an Answer and
// reports the respondent's changes through its EditorContext; the section page owns it.
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "core/answer.h"
#include "core/form.h"

namespace revq::gui {

struct EditorContext {
    std::string formLanguage;
    bool readOnly = false;
    // Records a change. `mergeKey` (non-zero) folds a typing session into one undo step.
    std::function<void(const std::string& questionId, Answer answer, long mergeKey)> commit;
    // Shows (or clears, with "") a problem with what was typed that is not yet an answer,
    // e.g. "12x is not a whole number", beside the control.
    std::function<void(const std::string& questionId, const wxString& problem)> inputProblem;
    // The respondent left a field: a good moment for a recovery copy.
    std::function<void()> fieldLeft;
};

class AnswerEditor : public wxPanel {
  public:
    AnswerEditor(wxWindow* parent, const Question& question, EditorContext& context);
    // Shows `answer` without reporting it back as a change. Editors leave text the
    // respondent is typing alone when it already says the same.
    virtual void load(const Answer& answer) = 0;
    // The control that should take the focus when the question is jumped to.
    virtual wxWindow* focusTarget() { return this; }
    const Question& question() const { return question_; }

  protected:
    void commit(Answer answer, long mergeKey = 0);
    void problem(const wxString& text);
    // A new key for each typing session (focus gained) so one session is one undo step.
    static long newTypingSession();
    wxString text(const LocalizedText& t) const;

    const Question& question_;
    EditorContext& context_;
    bool loading_ = false;  // true while load() sets controls, so their events are ignored
};

// The legislation editor's list, for the dialog and for tests that add a citation directly.
class CitationListEditor {
  public:
    virtual ~CitationListEditor() = default;
    virtual void addCitation(const Citation& citation) = 0;
};

// The editor for `question`, or nullptr for notes (display only).
AnswerEditor* createAnswerEditor(wxWindow* parent, const Question& question,
                                 EditorContext& context);

// Implementations, one per kind of control (choice_editors.cpp, text_editors.cpp, ...).
AnswerEditor* createSingleChoiceEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createMultipleChoiceEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createTaNeedsEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createTextEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createNumberEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createDateEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createTableEditor(wxWindow*, const Question&, EditorContext&);
AnswerEditor* createLegislationEditor(wxWindow*, const Question&, EditorContext&);

// Canonical number text ("-12", "3.5") from what a person typed (either '.' or ',' as the
// decimal separator); false when it is not a number of that kind.
bool canonicalNumber(const wxString& typed, bool integer, std::string* canonical);

}  // namespace revq::gui
