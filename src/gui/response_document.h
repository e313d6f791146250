// The document the window edits: a loaded form, the response being filled in, the evaluated
// state of every question (relevance, required, constraint) and whether there are unsaved
// changes. No widgets here; views listen through `onChanged` and redraw what concerns them.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/form.h"
#include "core/form_evaluator.h"
#include "core/response.h"

namespace revq::gui {

struct Completion {
    int answered = 0;  // relevant questions (not notes) with an answer
    int relevant = 0;  // relevant questions (not notes)
    bool complete() const { return answered >= relevant; }
};

class ResponseDocument {
  public:
    ResponseDocument(std::shared_ptr<const Form> form, Response response);

    const Form& form() const { return *form_; }
    std::shared_ptr<const Form> formPtr() const { return form_; }
    const Response& response() const { return response_; }
    Response& mutableResponse() { return response_; }

    // The file the response was read from or last saved to; "" for a new response.
    const std::string& path() const { return path_; }
    void setPath(std::string path);
    // A form preview (form authors) has no response file and is never saved.
    bool isPreview() const { return preview_; }
    void setPreview(bool preview);

    // Unsaved changes: the response is not what its file holds. A response never saved (no
    // file yet, and not a preview) always has them, whatever undo takes back.
    bool isModified() const { return modified_ || neverSaved(); }
    bool neverSaved() const { return path_.empty() && !preview_; }
    // true: a change made outside the undo history (carried over, restored from a recovery
    // copy, submitted, reopened): undo can no longer reach the saved state, so the response
    // stays modified until it is saved. false: the file now holds the response (just saved).
    void setModified(bool modified);
    // The undo history's word after each step: `dirty` when its current step is not the one
    // last saved. Undo back to the saved step clears the mark only when nothing outside the
    // history changed the response since.
    void followHistory(bool dirty);
    bool isReadOnly() const { return response_.status == ResponseStatus::Submitted; }

    // The answer to `questionId`, or an empty one.
    Answer answer(const std::string& questionId) const;
    // Replaces (or removes, when empty) the answer, stamping its provenance, re-evaluates the
    // form and notifies. Returns false when read-only. `keepProvenance` restores an answer
    // exactly as it was (undo).
    bool setAnswer(const std::string& questionId, Answer answer, bool keepProvenance = false);
    // Clears the carried-over/imported mark of one answer (keeps its origin), outside the
    // undo history (the window uses confirmAnswers(), one undo step).
    bool confirmAnswer(const std::string& questionId);

    const std::vector<QuestionState>& states() const { return states_; }
    const QuestionState& state(size_t questionIndex) const { return states_[questionIndex]; }
    void reevaluate();

    Completion sectionCompletion(size_t sectionIndex) const;
    Completion overallCompletion() const;
    // Index of the first relevant unanswered question after `afterIndex` (wrapping), or -1.
    long nextUnanswered(long afterIndex) const;

    // Who is editing: becomes the `by` of every answer written (added to contributors).
    void setEditor(const std::string& name, const std::string& agency);
    std::string contributorLabel(const std::string& contributorId) const;

    // Listeners: (question id or "" for everything).
    std::vector<std::function<void(const std::string&)>> onChanged;
    std::vector<std::function<void()>> onModifiedChanged;

  private:
    void notify(const std::string& questionId);
    // Runs `change` and tells the listeners when isModified() changed with it.
    template <class F>
    void updateModified(F change);

    std::shared_ptr<const Form> form_;
    Response response_;
    std::vector<QuestionState> states_;
    std::string path_;
    std::string editorId_;
    bool modified_ = false;
    bool savedStateReachable_ = true;  // by undo (see setModified)
    bool preview_ = false;
};

}  // namespace revq::gui
