#include "gui/response_document.h"

#include "core/clock.h"

namespace revq::gui {

ResponseDocument::ResponseDocument(std::shared_ptr<const Form> form, Response response)
    : form_(std::move(form)), response_(std::move(response)) {
    reevaluate();
}

template <class F>
void ResponseDocument::updateModified(F change) {
    const bool was = isModified();
    change();
    if (isModified() != was)
        for (auto& f : onModifiedChanged)
            f();
}

void ResponseDocument::setPath(std::string path) {
    updateModified([&] { path_ = std::move(path); });
}

void ResponseDocument::setPreview(bool preview) {
    updateModified([&] { preview_ = preview; });
}

void ResponseDocument::setModified(bool modified) {
    updateModified([&] {
        modified_ = modified;
        savedStateReachable_ = !modified;
    });
}

void ResponseDocument::followHistory(bool dirty) {
    updateModified([&] { modified_ = dirty || !savedStateReachable_; });
}

Answer ResponseDocument::answer(const std::string& questionId) const {
    if (const Answer* a = response_.answer(questionId))
        return *a;
    Answer empty;
    empty.questionId = questionId;
    return empty;
}

bool ResponseDocument::setAnswer(const std::string& questionId, Answer answer,
                                 bool keepProvenance) {
    if (isReadOnly())
        return false;
    answer.questionId = questionId;
    if (answer.empty()) {
        response_.answers.erase(questionId);
    } else {
        if (!keepProvenance) {
            answer.provenance.changed = nowUtcIso();
            answer.provenance.by = editorId_;
            // Editing an answer is the respondent's own act: it is no longer a copy to confirm.
            answer.provenance.carriedOver = false;
            answer.provenance.imported = false;
        }
        response_.answers[questionId] = std::move(answer);
    }
    reevaluate();
    // Undo steps call this too: the history then says whether the saved state is back.
    updateModified([&] { modified_ = true; });
    notify(questionId);
    return true;
}

bool ResponseDocument::confirmAnswer(const std::string& questionId) {
    auto it = response_.answers.find(questionId);
    if (isReadOnly() || it == response_.answers.end())
        return false;
    Provenance& p = it->second.provenance;
    if (!p.carriedOver && !p.imported)
        return false;
    p.carriedOver = false;
    p.imported = false;
    setModified(true);
    notify(questionId);
    return true;
}

void ResponseDocument::reevaluate() {
    states_ = evaluateForm(*form_, response_.answers);
}

Completion ResponseDocument::sectionCompletion(size_t sectionIndex) const {
    Completion c;
    for (size_t qi : form_->sections[sectionIndex].questions) {
        if (form_->questions[qi].type == QuestionType::Note || qi >= states_.size())
            continue;
        const QuestionState& s = states_[qi];
        if (!s.relevant)
            continue;
        ++c.relevant;
        if (s.answered)
            ++c.answered;
    }
    return c;
}

Completion ResponseDocument::overallCompletion() const {
    Completion total;
    for (size_t i = 0; i < form_->sections.size(); ++i) {
        Completion c = sectionCompletion(i);
        total.answered += c.answered;
        total.relevant += c.relevant;
    }
    return total;
}

long ResponseDocument::nextUnanswered(long afterIndex) const {
    const long n = static_cast<long>(form_->questions.size());
    for (long step = 1; step <= n; ++step) {
        long i = ((afterIndex + step) % n + n) % n;
        if (form_->questions[i].type == QuestionType::Note ||
            i >= static_cast<long>(states_.size()))
            continue;
        if (states_[i].relevant && !states_[i].answered)
            return i;
    }
    return -1;
}

void ResponseDocument::setEditor(const std::string& name, const std::string& agency) {
    for (const Contributor& c : response_.contributors) {
        if (c.name == name && c.agency == agency) {
            editorId_ = c.id;
            return;
        }
    }
    if (name.empty() && agency.empty()) {
        editorId_.clear();
        return;
    }
    Contributor c;
    c.id = "p" + std::to_string(response_.contributors.size() + 1);
    c.name = name;
    c.agency = agency;
    editorId_ = c.id;
    response_.contributors.push_back(std::move(c));
}

std::string ResponseDocument::contributorLabel(const std::string& contributorId) const {
    for (const Contributor& c : response_.contributors) {
        if (c.id != contributorId)
            continue;
        if (c.agency.empty())
            return c.name;
        if (c.name.empty())
            return c.agency;
        return c.name + " (" + c.agency + ")";
    }
    return contributorId;
}

void ResponseDocument::notify(const std::string& questionId) {
    for (auto& f : onChanged)
        f(questionId);
}

}  // namespace revq::gui
