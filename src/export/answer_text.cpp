#include "export/answer_text.h"

namespace revq {

const std::string& choiceLabel(const Question& q, const std::string& value, std::string_view lang) {
    if (q.choices)
        if (const Choice* c = q.choices->find(value); c && !c->label.empty())
            return c->label.get(lang);
    return value;
}

namespace {

const std::string& axisLabel(const std::vector<TableAxisItem>& axis, const std::string& id,
                             std::string_view lang) {
    for (const auto& item : axis)
        if (item.id == id)
            return item.label.empty() ? item.id : item.label.get(lang);
    return id;
}

}  // namespace

std::string answerText(const Question& q, const Answer& a, std::string_view lang) {
    std::string out;
    auto sep = [&](std::string_view s) {
        if (!out.empty())
            out += s;
    };
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            for (const auto& v : a.values) {
                sep("; ");
                out += choiceLabel(q, v, lang);
            }
            if (!a.text.empty()) {
                sep(". ");
                out += a.text;
            }
            break;
        case QuestionType::Table:
            // Form order of rows and columns, so every State's cell reads the same way.
            for (const auto& r : q.table.rows)
                for (const auto& c : q.table.columns) {
                    auto it = a.cells.find({r.id, c.id});
                    if (it == a.cells.end())
                        continue;
                    sep("; ");
                    out += axisLabel(q.table.rows, r.id, lang);
                    out += " / ";
                    out += axisLabel(q.table.columns, c.id, lang);
                    out += ": ";
                    out += it->second;
                }
            break;
        case QuestionType::Legislation:
            for (const auto& c : a.citations) {
                sep("\n");
                out += c.title;
                if (!c.provision.empty())
                    out += ", " + c.provision;
                if (!c.url.empty())
                    out += " (" + c.url + ")";
            }
            break;
        default:
            out = a.text;
    }
    return out;
}

std::string referencesText(const Form& form, const Question& q) {
    std::string out;
    for (const auto& r : form.effectiveRefs(q)) {
        out += out.empty() ? "Art. " : ", ";
        out += r.key();
    }
    return out;
}

}  // namespace revq
