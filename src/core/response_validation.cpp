#include "core/response_validation.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/response_writer.h"

namespace revq {

namespace {

std::string describeRefs(const Form& form, const Question& q) {
    std::string out;
    for (const auto& ref : form.effectiveRefs(q)) {
        out += out.empty() ? "Art. " : ", ";
        out += ref.key();
    }
    return out;
}

bool allDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Validator {
  public:
    Validator(const Form& form, const Response& response, const ValidationOptions& options,
              ValidationReport& report)
        : form_(form), r_(response), options_(options), report_(report) {
        language_ = options.language.empty() ? response.language : options.language;
    }

    void run() {
        report_.states = evaluateForm(form_, r_.answers);
        for (std::size_t i = 0; i < form_.questions.size(); ++i) {
            const Question& q = form_.questions[i];
            const QuestionState& st = report_.states[i];
            const Answer* a = r_.answer(q.id);
            bool answered = a && !a->empty();
            if (q.type == QuestionType::Note) {
                if (answered) {
                    add(q, a, Severity::Error, "unknown-question",
                        "this is a note and takes no answer; the answer will be ignored");
                }
                continue;
            }
            // A constraint says nothing useful about a value that is not even of its type.
            std::size_t errorsBefore = report_.errorCount();
            if (answered)
                checkAnswer(q, *a);
            bool valueOk = report_.errorCount() == errorsBefore;
            if (answered && !st.relevant) {
                add(q, a, Severity::Warning, "not-relevant",
                    "answered but not relevant given the other answers; the answer is kept "
                    "but not counted");
            }
            if (st.relevant && st.required && !answered) {
                add(q, a, Severity::Error, "required", "a required answer is missing");
            }
            if (answered && st.relevant && !st.constraintOk && valueOk) {
                std::string msg = q.constraintMessage.get(language_);
                if (msg.empty())
                    msg = "the answer does not meet the form's condition: " + q.constraint.text;
                add(q, a, Severity::Error, "constraint", msg);
            }
        }
        for (const auto& [id, a] : r_.answers) {
            if (!form_.question(id)) {
                ResponseProblem p;
                p.questionId = id;
                p.severity = Severity::Error;
                p.code = "unknown-question";
                p.message = "form '" + form_.id + "' version " + form_.version +
                            " has no such question; the answer is kept but not counted "
                            "(check the id, or the form version the response was written for)";
                p.pos = positionOf(id);
                report_.problems.push_back(std::move(p));
            }
        }
    }

  private:
    const Form& form_;
    const Response& r_;
    const ValidationOptions& options_;
    ValidationReport& report_;
    std::string language_;

    SourcePos positionOf(std::string_view id) const {
        if (!options_.positions)
            return {};
        auto it = options_.positions->find(id);
        return it == options_.positions->end() ? SourcePos{} : it->second;
    }

    void add(const Question& q, const Answer* a, Severity sev, std::string code,
             std::string message) {
        ResponseProblem p;
        p.questionId = q.id;
        p.article = describeRefs(form_, q);
        p.severity = sev;
        p.code = std::move(code);
        p.message = std::move(message);
        if (a)
            p.pos = positionOf(q.id);
        report_.problems.push_back(std::move(p));
    }

    void checkText(const Question& q, const Answer& a, std::string_view text) {
        if (hasCharacterXmlCannotCarry(text)) {
            add(q, &a, Severity::Error, "character",
                "the answer contains a control character or invalid UTF-8 that a response file "
                "cannot hold; retype the text");
        }
    }

    void checkNumber(const Question& q, const Answer& a, std::string_view text, bool integer,
                     const std::string& where) {
        bool ok = integer ? isCanonicalInteger(text) : isCanonicalDecimal(text);
        if (!ok) {
            std::string hint = text.find(',') != std::string_view::npos
                                   ? " (write the number with '.' as decimal separator and no "
                                     "thousands separators)"
                                   : "";
            std::string_view digits = text.substr(!text.empty() && text[0] == '-' ? 1 : 0);
            bool tooLong = allDigits(digits) ||
                           (!integer && isCanonicalDecimal(std::string(text.substr(0, 30))));
            add(q, &a, Severity::Error, "type",
                where + "'" + std::string(text) + "' is not " +
                    (tooLong ? std::string("a number revq can hold (too many digits)")
                             : std::string(integer ? "a whole number" : "a number")) +
                    hint);
            return;
        }
        double v = std::strtod(std::string(text).c_str(), nullptr);
        if ((q.min && v < *q.min) || (q.max && v > *q.max)) {
            auto num = [](double d) {
                std::string s = std::to_string(d);
                s.erase(s.find_last_not_of('0') + 1);
                if (!s.empty() && s.back() == '.')
                    s.pop_back();
                return s;
            };
            std::string range = q.min && q.max ? "between " + num(*q.min) + " and " + num(*q.max)
                                : q.min        ? "at least " + num(*q.min)
                                               : "at most " + num(*q.max);
            add(q, &a, Severity::Error, "range",
                where + std::string(text) + " is out of range: the answer must be " + range);
        }
    }

    // Reports content that the question's type does not hold.
    void checkShape(const Question& q, const Answer& a, bool values, bool text, bool cells,
                    bool citations) {
        auto wrong = [&](const char* what) {
            add(q, &a, Severity::Error, "type",
                std::string("the answer has ") + what + ", which a question of type '" +
                    std::string(toString(q.type)) + "' does not take");
        };
        if (!values && !a.values.empty())
            wrong("choice values");
        if (!text && !a.text.empty())
            wrong("text");
        if (!cells && !a.cells.empty())
            wrong("table cells");
        if (!citations && !a.citations.empty())
            wrong("citations");
    }

    void checkChoices(const Question& q, const Answer& a) {
        std::set<std::string> seen;
        for (const auto& v : a.values) {
            if (!seen.insert(v).second) {
                add(q, &a, Severity::Error, "choice", "choice '" + v + "' is selected twice");
            }
            if (q.choices && !q.choices->find(v)) {
                add(q, &a, Severity::Error, "choice",
                    "'" + v + "' is not one of the choices of list '" + q.choiceListId + "'");
            }
        }
    }

    void checkAnswer(const Question& q, const Answer& a) {
        for (const auto& v : a.values)
            checkText(q, a, v);
        checkText(q, a, a.text);
        for (const auto& [key, v] : a.cells)
            checkText(q, a, v);
        for (const auto& c : a.citations) {
            checkText(q, a, c.title);
            checkText(q, a, c.provision);
            checkText(q, a, c.url);
        }
        switch (q.type) {
            case QuestionType::SingleChoice:
                checkShape(q, a, true, false, false, false);
                if (a.values.size() > 1) {
                    add(q, &a, Severity::Error, "choice",
                        "only one choice may be selected, but the answer has " +
                            std::to_string(a.values.size()));
                }
                checkChoices(q, a);
                break;
            case QuestionType::MultipleChoice:
                checkShape(q, a, true, false, false, false);
                checkChoices(q, a);
                break;
            case QuestionType::TaNeeds:
                checkShape(q, a, true, true, false, false);
                checkChoices(q, a);
                break;
            case QuestionType::ShortText:
            case QuestionType::LongText:
                checkShape(q, a, false, true, false, false);
                break;
            case QuestionType::Integer:
            case QuestionType::Decimal:
                checkShape(q, a, false, true, false, false);
                if (!a.text.empty())
                    checkNumber(q, a, a.text, q.type == QuestionType::Integer, "");
                break;
            case QuestionType::Date:
                checkShape(q, a, false, true, false, false);
                if (!a.text.empty() && !isCalendarDate(a.text)) {
                    add(q, &a, Severity::Error, "date",
                        "'" + a.text + "' is not a date of the calendar written YYYY-MM-DD");
                }
                break;
            case QuestionType::Table:
                checkTable(q, a);
                break;
            case QuestionType::Legislation:
                checkShape(q, a, false, false, false, true);
                for (const auto& c : a.citations) {
                    if (c.title.empty()) {
                        add(q, &a, Severity::Error, "type", "a citation has no title");
                    }
                    if (c.hasExcerpt && c.excerpt.data.size() > kMaxAttachmentBytes) {
                        add(q, &a, Severity::Error, "type",
                            "the attachment '" + c.excerpt.fileName + "' has " +
                                std::to_string(c.excerpt.data.size()) +
                                " bytes, more than the 25 MiB allowed");
                    }
                }
                break;
            case QuestionType::Note:
                break;
        }
    }

    void checkTable(const Question& q, const Answer& a) {
        checkShape(q, a, false, false, true, false);
        auto hasId = [](const std::vector<TableAxisItem>& axis, const std::string& id) {
            return std::any_of(axis.begin(), axis.end(),
                               [&](const TableAxisItem& t) { return t.id == id; });
        };
        for (const auto& [key, value] : a.cells) {
            const auto& [row, col] = key;
            std::string where = "cell row '" + row + "', column '" + col + "': ";
            if (!hasId(q.table.rows, row) || !hasId(q.table.columns, col)) {
                add(q, &a, Severity::Error, "cell",
                    where + "the table has no such " +
                        (!hasId(q.table.rows, row) ? "row" : "column"));
                continue;
            }
            if (value.empty() || q.table.cellType == CellType::Text)
                continue;
            checkNumber(q, a, value, q.table.cellType == CellType::Integer, where);
        }
    }
};

}  // namespace

bool ValidationReport::hasErrors() const {
    return errorCount() > 0;
}

std::size_t ValidationReport::errorCount() const {
    return static_cast<std::size_t>(
        std::count_if(problems.begin(), problems.end(),
                      [](const ResponseProblem& p) { return p.severity == Severity::Error; }));
}

bool isCanonicalInteger(std::string_view s) {
    if (!s.empty() && s[0] == '-')
        s.remove_prefix(1);
    return allDigits(s) && s.size() <= 18;
}

bool isCanonicalDecimal(std::string_view s) {
    if (!s.empty() && s[0] == '-')
        s.remove_prefix(1);
    std::size_t dot = s.find('.');
    if (dot == std::string_view::npos)
        return allDigits(s) && s.size() <= 30;
    return allDigits(s.substr(0, dot)) && allDigits(s.substr(dot + 1)) && s.size() <= 30;
}

bool isCalendarDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!allDigits(s.substr(0, 4)) || !allDigits(s.substr(5, 2)) || !allDigits(s.substr(8, 2))) {
        return false;
    }
    int y = std::atoi(std::string(s.substr(0, 4)).c_str());
    int m = std::atoi(std::string(s.substr(5, 2)).c_str());
    int d = std::atoi(std::string(s.substr(8, 2)).c_str());
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int days = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
    return d <= days;
}

ValidationReport validateResponse(const Form& form, const Response& response,
                                  const ValidationOptions& options) {
    ValidationReport report;
    if (response.formId != form.id || response.formVersion != form.version) {
        ResponseProblem p;
        p.code = "other-form";
        p.message = "the response answers form '" + response.formId + "' version " +
                    response.formVersion + ", not '" + form.id + "' version " + form.version;
        report.problems.push_back(std::move(p));
        return report;
    }
    Validator(form, response, options, report).run();
    return report;
}

Diagnostics toDiagnostics(const std::vector<ResponseProblem>& problems, const std::string& file) {
    Diagnostics out;
    for (const auto& p : problems) {
        Diagnostic d;
        d.file = file;
        d.line = p.pos.line;
        d.column = p.pos.column;
        d.severity = p.severity;
        d.code = p.code;
        if (!p.questionId.empty()) {
            d.message = "question '" + p.questionId + "'";
            if (!p.article.empty())
                d.message += " (" + p.article + ")";
            d.message += ": ";
        }
        d.message += p.message;
        out.add(std::move(d));
    }
    return out;
}

std::vector<std::string> articlesOf(const Form& form, const Question& q) {
    if (q.section < form.sections.size() && !form.sections[q.section].article.empty()) {
        return {form.sections[q.section].article};
    }
    std::vector<std::string> out;
    for (const auto& ref : form.effectiveRefs(q)) {
        if (std::find(out.begin(), out.end(), ref.article) == out.end()) {
            out.push_back(ref.article);
        }
    }
    if (out.empty())
        out.emplace_back();
    return out;
}

Completeness computeCompleteness(const Form& form, const Response& response,
                                 const std::vector<QuestionState>* states) {
    std::vector<QuestionState> own;
    if (!states) {
        own = evaluateForm(form, response.answers);
        states = &own;
    }
    Completeness c;
    for (std::size_t i = 0; i < form.questions.size() && i < states->size(); ++i) {
        const Question& q = form.questions[i];
        const QuestionState& st = (*states)[i];
        if (q.type == QuestionType::Note || !st.relevant)
            continue;
        int answered = st.answered ? 1 : 0;
        auto count = [&](Tally& t) {
            ++t.relevant;
            t.answered += answered;
        };
        count(c.overall);
        if (q.section < form.sections.size()) {
            const Section& s = form.sections[q.section];
            count(c.bySection[s.id]);
            if (s.cluster < form.clusters.size())
                count(c.byCluster[form.clusters[s.cluster].id]);
        }
        for (const auto& art : articlesOf(form, q))
            count(c.byArticle[art]);
    }
    return c;
}

}  // namespace revq
