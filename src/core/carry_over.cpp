#include "core/carry_over.h"

#include <algorithm>

#include "core/clock.h"
#include "core/response_integrity.h"
#include "core/response_validation.h"

namespace revq {

namespace {

bool hasAxisId(const std::vector<TableAxisItem>& axis, const std::string& id) {
    return std::any_of(axis.begin(), axis.end(),
                       [&](const TableAxisItem& t) { return t.id == id; });
}

bool choiceExists(const Question& q, const std::string& v) {
    return q.choices && q.choices->find(v) != nullptr;
}

// Splits `a` into what `q` can hold (`fits`) and what it cannot (`rest`). Returns false when
// nothing of it fits.
bool split(const Answer& a, const Question& q, Answer& fits, Answer& rest) {
    fits = a;
    fits.values.clear();
    fits.text.clear();
    fits.cells.clear();
    fits.citations.clear();
    fits.unknownXml = a.unknownXml;
    rest = fits;
    rest.unknownXml.clear();
    auto textFits = [&](bool ok) { (ok ? fits : rest).text = a.text; };
    switch (q.type) {
        case QuestionType::SingleChoice:
            if (a.values.size() == 1 && choiceExists(q, a.values[0])) {
                fits.values = a.values;
            } else {
                rest.values = a.values;
            }
            rest.text = a.text;
            break;
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            // In the target list's order, as the format asks.
            if (q.choices) {
                for (const auto& c : q.choices->choices) {
                    if (std::find(a.values.begin(), a.values.end(), c.value) != a.values.end()) {
                        fits.values.push_back(c.value);
                    }
                }
            }
            for (const auto& v : a.values) {
                if (!choiceExists(q, v))
                    rest.values.push_back(v);
            }
            textFits(q.type == QuestionType::TaNeeds);
            break;
        case QuestionType::ShortText:
        case QuestionType::LongText:
            textFits(true);
            break;
        case QuestionType::Integer:
            textFits(isCanonicalInteger(a.text));
            break;
        case QuestionType::Decimal:
            textFits(isCanonicalDecimal(a.text));
            break;
        case QuestionType::Date:
            textFits(isCalendarDate(a.text));
            break;
        case QuestionType::Table:
            for (const auto& [key, v] : a.cells) {
                bool ok =
                    hasAxisId(q.table.rows, key.first) && hasAxisId(q.table.columns, key.second);
                (ok ? fits : rest).cells.emplace(key, v);
            }
            rest.text = a.text;
            break;
        case QuestionType::Legislation:
            fits.citations = a.citations;
            rest.text = a.text;
            break;
        case QuestionType::Note:
            rest = a;
            break;
    }
    if (q.type != QuestionType::Table)
        rest.cells.insert(a.cells.begin(), a.cells.end());
    if (q.type != QuestionType::Legislation)
        rest.citations = a.citations;
    if (q.type != QuestionType::SingleChoice && q.type != QuestionType::MultipleChoice &&
        q.type != QuestionType::TaNeeds) {
        rest.values = a.values;
    }
    if (q.type == QuestionType::Note)
        fits = Answer{};
    return !fits.empty();
}

class Mapper {
  public:
    Mapper(const Response& source, const Form& form) : source_(source), form_(form) {}

    MapResult run() {
        MapResult out;
        out.response = source_;
        out.response.answers.clear();
        out.response.setAside.clear();
        bool sameVersion = source_.formId == form_.id && source_.formVersion == form_.version;
        out.response.formId = form_.id;
        out.response.formVersion = form_.version;

        // Same question id first, then `replaces`, so a question kept under its id is never
        // taken by another question that says it replaces it.
        for (const auto& [id, a] : source_.answers) {
            const Question* q = form_.question(id);
            if (q && q->type != QuestionType::Note)
                place(out, a, *q, nullptr);
        }
        for (const auto& [id, a] : source_.answers) {
            const Question* q = form_.question(id);
            if (q && q->type != QuestionType::Note)
                continue;
            const Question* r = form_.replacing(id);
            if (r) {
                place(out, a, *r, nullptr);
            } else {
                setAside(out, a, source_.formId, source_.formVersion);
            }
        }
        // Answers set aside earlier come back when they now fit an unanswered question.
        for (const auto& s : source_.setAside) {
            const Question* q = form_.question(s.answer.questionId);
            if (!q || q->type == QuestionType::Note)
                q = form_.replacing(s.answer.questionId);
            if (q && !out.response.answers.count(q->id)) {
                place(out, s.answer, *q, &s);
            } else {
                out.response.setAside.push_back(s);
                out.report.setAside.push_back(s.answer.questionId);
            }
        }
        if (!sameVersion) {
            out.response.status = ResponseStatus::Draft;
            out.response.submitted.clear();
            out.response.integritySha256.clear();
            appendRevision(out.response, "revq", "draft",
                           "mapped from form " + source_.formId + " version " +
                               source_.formVersion + " to version " + form_.version);
        }
        return out;
    }

  private:
    const Response& source_;
    const Form& form_;

    void setAside(MapResult& out, const Answer& a, const std::string& fromForm,
                  const std::string& fromVersion) {
        SetAsideAnswer s;
        s.answer = a;
        s.fromForm = fromForm;
        s.fromVersion = fromVersion;
        out.response.setAside.push_back(std::move(s));
        out.report.setAside.push_back(a.questionId);
    }

    // `from` is the set-aside entry the answer comes from, if any.
    void place(MapResult& out, const Answer& a, const Question& q, const SetAsideAnswer* from) {
        const std::string& fromForm = from ? from->fromForm : source_.formId;
        const std::string& fromVersion = from ? from->fromVersion : source_.formVersion;
        if (out.response.answers.count(q.id)) {  // two old answers for one new question
            setAside(out, a, fromForm, fromVersion);
            return;
        }
        Answer fits, rest;
        if (!split(a, q, fits, rest)) {
            setAside(out, a, fromForm, fromVersion);
            return;
        }
        fits.questionId = q.id;
        out.report.sourceIdOf[q.id] = a.questionId;
        if (q.id == a.questionId) {
            out.report.kept.push_back(a.questionId);
        } else {
            out.report.moved.emplace_back(a.questionId, q.id);
        }
        out.response.answers.emplace(q.id, std::move(fits));
        if (!rest.empty())
            setAside(out, rest, fromForm, fromVersion);
    }
};

}  // namespace

MapResult mapResponseToForm(const Response& source, const Form& form) {
    return Mapper(source, form).run();
}

Response newResponse(const Form& form, const std::string& stateCode, const std::string& language,
                     const std::string& by) {
    Response r;
    r.formId = form.id;
    r.formVersion = form.version;
    r.stateCode = stateCode;
    r.language = language.empty() ? std::string("en") : language;
    r.status = ResponseStatus::Draft;
    r.created = nowUtcIso();
    appendRevision(r, by, "draft", "created");
    return r;
}

CarryOverResult carryOver(const Response& earlier, const Form& form,
                          const CarryOverOptions& options) {
    CarryOverResult result;
    if (!options.stateCode.empty() && options.stateCode != earlier.stateCode) {
        result.error = "the earlier response is from " + earlier.stateCode + ", not " +
                       options.stateCode + "; answers are carried over only within one State";
        return result;
    }
    MapResult mapped = mapResponseToForm(earlier, form);
    Response r =
        newResponse(form, earlier.stateCode,
                    options.language.empty() ? earlier.language : options.language, options.by);
    r.history.back().note = "created from " + options.originFile + " (answers carried over)";
    r.respondentName = earlier.respondentName;
    r.respondentOffice = earlier.respondentOffice;
    r.respondentEmail = earlier.respondentEmail;
    r.respondentAgency = earlier.respondentAgency;
    r.contributors = earlier.contributors;  // provenance keeps naming who wrote each answer
    for (auto& [id, a] : mapped.response.answers) {
        a.provenance.carriedOver = true;
        a.provenance.imported = false;
        a.provenance.origin = options.originFile + "#" + mapped.report.sourceIdOf[id];
        r.answers.emplace(id, std::move(a));
    }
    for (auto& s : mapped.response.setAside) {
        if (s.answer.provenance.origin.empty()) {
            s.answer.provenance.origin = options.originFile + "#" + s.answer.questionId;
        }
        r.setAside.push_back(std::move(s));
    }
    result.response = std::move(r);
    result.report = std::move(mapped.report);
    return result;
}

}  // namespace revq
