// Undo/Redo of answer changes: one named wxCommand per change ("Answer to a5_1"), and a
// processor that folds the keystrokes of one typing session into a single step.
#pragma once

#include <string>
#include <vector>

#include <wx/cmdproc.h>

#include "core/answer.h"
#include "core/response.h"

namespace revq::gui {

class ResponseDocument;

class SetAnswerCommand : public wxCommand {
  public:
    SetAnswerCommand(ResponseDocument& doc, const std::string& questionId, Answer after,
                     long mergeKey);
    bool Do() override;
    bool Undo() override;

    const std::string& questionId() const { return questionId_; }
    long mergeKey() const { return mergeKey_; }
    // Continues the same typing session: the step now ends at `after`.
    bool amend(Answer after);

  private:
    ResponseDocument& doc_;
    std::string questionId_;
    Answer before_;
    Answer after_;
    bool done_once_ = false;
    long mergeKey_;
};

// Several answers changed as one named step (e.g. confirming a section's carried-over answers):
// each answer is written exactly as given, provenance included (an empty one removes the
// answer), and undo restores every one as it was.
class SetAnswersCommand : public wxCommand {
  public:
    SetAnswersCommand(ResponseDocument& doc, const wxString& name, std::vector<Answer> after);
    bool Do() override;
    bool Undo() override;

  private:
    ResponseDocument& doc_;
    std::vector<Answer> before_;
    std::vector<Answer> after_;
};

// Many answers (and the response's contributors, history, consultation record) changed at
// once, e.g. a merge of contributions: one named step that swaps the whole response.
class ReplaceResponseCommand : public wxCommand {
  public:
    ReplaceResponseCommand(ResponseDocument& doc, const wxString& name, Response after);
    bool Do() override;
    bool Undo() override;

  private:
    bool show(const Response& r);
    ResponseDocument& doc_;
    Response before_;
    Response after_;
};

class AnswerCommandProcessor : public wxCommandProcessor {
  public:
    explicit AnswerCommandProcessor(ResponseDocument& doc) : doc_(doc) {}
    // Records a change to `questionId`. A non-zero `mergeKey` equal to the last step's (same
    // question, same typing session) extends that step instead of adding one.
    bool submitAnswer(const std::string& questionId, Answer answer, long mergeKey = 0);
    // Records several answers (each Answer names its question) as one step called `name`.
    bool submitAnswers(const wxString& name, std::vector<Answer> answers);
    // Replaces the whole response as one undo step called `name`.
    bool submitResponse(const wxString& name, Response after);
    // Keeps the document's unsaved mark in step with the processor: undo back to the saved
    // step means no unsaved changes, unless the response was never saved or was changed
    // outside the history since (ResponseDocument::followHistory).
    bool Undo() override;
    bool Redo() override;

  private:
    void syncModified();
    ResponseDocument& doc_;
};

}  // namespace revq::gui
