#include "gui/undo_commands.h"

#include <wx/intl.h>

#include "gui/language.h"
#include "gui/response_document.h"

namespace revq::gui {

SetAnswerCommand::SetAnswerCommand(ResponseDocument& doc, const std::string& questionId,
                                   Answer after, long mergeKey)
    : wxCommand(true, wxString::Format(_("Answer to %s"), fromUtf8(questionId))),
      doc_(doc),
      questionId_(questionId),
      before_(doc.answer(questionId)),
      after_(std::move(after)),
      mergeKey_(mergeKey) {}

bool SetAnswerCommand::Do() {
    if (!done_once_) {
        // The first time the document stamps provenance; redo restores exactly that.
        if (!doc_.setAnswer(questionId_, after_))
            return false;
        after_ = doc_.answer(questionId_);
        done_once_ = true;
        return true;
    }
    return doc_.setAnswer(questionId_, after_, /*keepProvenance=*/true);
}

bool SetAnswerCommand::Undo() {
    return doc_.setAnswer(questionId_, before_, true);
}

bool SetAnswerCommand::amend(Answer after) {
    if (!doc_.setAnswer(questionId_, std::move(after)))
        return false;
    after_ = doc_.answer(questionId_);
    return true;
}

SetAnswersCommand::SetAnswersCommand(ResponseDocument& doc, const wxString& name,
                                     std::vector<Answer> after)
    : wxCommand(true, name), doc_(doc), after_(std::move(after)) {
    for (const Answer& a : after_)
        before_.push_back(doc.answer(a.questionId));
}

bool SetAnswersCommand::Do() {
    for (const Answer& a : after_)
        if (!doc_.setAnswer(a.questionId, a, /*keepProvenance=*/true))
            return false;
    return true;
}

bool SetAnswersCommand::Undo() {
    // In reverse, so a question listed twice ends as it was before the first.
    for (auto it = before_.rbegin(); it != before_.rend(); ++it)
        if (!doc_.setAnswer(it->questionId, *it, true))
            return false;
    return true;
}

bool AnswerCommandProcessor::submitAnswers(const wxString& name, std::vector<Answer> answers) {
    if (doc_.isReadOnly() || answers.empty())
        return false;
    bool ok = Submit(new SetAnswersCommand(doc_, name, std::move(answers)));
    syncModified();
    return ok;
}

ReplaceResponseCommand::ReplaceResponseCommand(ResponseDocument& doc, const wxString& name,
                                               Response after)
    : wxCommand(true, name), doc_(doc), before_(doc.response()), after_(std::move(after)) {}

bool ReplaceResponseCommand::show(const Response& r) {
    if (doc_.isReadOnly())
        return false;
    doc_.mutableResponse() = r;
    doc_.reevaluate();
    doc_.followHistory(true);  // the processor then says whether this is the saved step
    for (auto& f : doc_.onChanged)
        f("");
    return true;
}

bool ReplaceResponseCommand::Do() {
    return show(after_);
}

bool ReplaceResponseCommand::Undo() {
    return show(before_);
}

bool AnswerCommandProcessor::submitResponse(const wxString& name, Response after) {
    if (doc_.isReadOnly())
        return false;
    if (after == doc_.response())
        return true;  // nothing changed: no empty undo step
    bool ok = Submit(new ReplaceResponseCommand(doc_, name, std::move(after)));
    syncModified();
    return ok;
}

bool AnswerCommandProcessor::submitAnswer(const std::string& questionId, Answer answer,
                                          long mergeKey) {
    if (doc_.isReadOnly())
        return false;
    if (answer.sameContent(doc_.answer(questionId)))
        return true;  // nothing changed: no empty undo step
    wxCommand* current = GetCurrentCommand();
    auto* last = dynamic_cast<SetAnswerCommand*>(current);
    // Only the newest step may grow (after an undo the current command is older).
    if (mergeKey != 0 && last && last->mergeKey() == mergeKey && last->questionId() == questionId &&
        GetCommands().GetLast() && GetCommands().GetLast()->GetData() == current) {
        bool ok = last->amend(std::move(answer));
        syncModified();
        return ok;
    }
    bool ok = Submit(new SetAnswerCommand(doc_, questionId, std::move(answer), mergeKey));
    syncModified();
    return ok;
}

bool AnswerCommandProcessor::Undo() {
    bool ok = wxCommandProcessor::Undo();
    syncModified();
    return ok;
}

bool AnswerCommandProcessor::Redo() {
    bool ok = wxCommandProcessor::Redo();
    syncModified();
    return ok;
}

void AnswerCommandProcessor::syncModified() {
    doc_.followHistory(IsDirty());
}

}  // namespace revq::gui
