// Answer sheets: one per review cluster (or per article), rows = States, columns = questions.
#include <algorithm>

#include "export/answer_text.h"
#include "export/summary_context.h"

namespace revq {

namespace {

struct AnswerColumn {
    size_t question = 0;
    enum class Part { Whole, Option, Explanation } part = Part::Whole;
    size_t option = 0;
};

std::vector<AnswerColumn> columnsFor(const Form& form, const std::vector<size_t>& questions) {
    std::vector<AnswerColumn> cols;
    for (size_t qi : questions) {
        const Question& q = form.questions[qi];
        if (q.type == QuestionType::Note)
            continue;
        const bool perOption =
            (q.type == QuestionType::MultipleChoice || q.type == QuestionType::TaNeeds) &&
            q.choices;
        if (perOption) {
            for (size_t o = 0; o < q.choices->choices.size(); ++o)
                cols.push_back({qi, AnswerColumn::Part::Option, o});
            if (q.type == QuestionType::TaNeeds)
                cols.push_back({qi, AnswerColumn::Part::Explanation, 0});
        } else {
            cols.push_back({qi, AnswerColumn::Part::Whole, 0});
        }
    }
    return cols;
}

void writeOneAnswerSheet(SummaryContext& c, const std::string& name,
                         const std::vector<size_t>& questions) {
    const std::vector<AnswerColumn> cols = columnsFor(c.form, questions);
    XlsxSheet sh = c.book.addSheet(name, c.rtl);
    if (!sh.ws)
        return;
    const auto& fmt = c.book.formats();
    const std::string& explanation = c.s("explanation", "Explanation");
    const std::string check = "\xE2\x9C\x93";  // ✓

    // Row 0: stable ids (question id, or id:option) for filtering across cycles and tools;
    // row 1: what a person reads — reference, question, option.
    // Row by row (constant-memory mode): first every id, then every readable header.
    std::vector<std::string> ids, heads;
    std::vector<double> widths;
    for (const AnswerColumn& col : cols) {
        const Question& q = c.form.questions[col.question];
        std::string id = q.id, head = referencesText(c.form, q) + "\n" + q.label.get(c.lang);
        double width = 24;
        if (col.part == AnswerColumn::Part::Option) {
            const Choice& ch = q.choices->choices[col.option];
            id += ":" + ch.value;
            head += "\n\xE2\x80\xA2 " + ch.label.get(c.lang);
            width = 14;
        } else if (col.part == AnswerColumn::Part::Explanation) {
            id += ":text";
            head += "\n\xE2\x80\xA2 " + explanation;
            width = 40;
        } else if (q.type == QuestionType::LongText || q.type == QuestionType::Legislation ||
                   q.type == QuestionType::Table) {
            width = 50;
        } else if (isNumeric(q.type)) {
            width = 12;
        }
        ids.push_back(std::move(id));
        heads.push_back(std::move(head));
        widths.push_back(width);
    }
    worksheet_set_column(sh.ws, 0, 0, 8, nullptr);
    worksheet_set_column(sh.ws, 1, 1, 28, nullptr);
    for (size_t i = 0; i < cols.size(); ++i)
        worksheet_set_column(sh.ws, static_cast<lxw_col_t>(i + 2), static_cast<lxw_col_t>(i + 2),
                             widths[i], nullptr);
    worksheet_set_row(sh.ws, 1, 90, nullptr);
    c.book.text(sh, 0, 0, c.s("iso", "ISO code"), fmt.header);
    c.book.text(sh, 0, 1, c.s("state-name", "State"), fmt.header);
    for (size_t i = 0; i < cols.size(); ++i)
        c.book.text(sh, 0, static_cast<lxw_col_t>(i + 2), ids[i], fmt.header);
    c.book.text(sh, 1, 0, c.s("iso", "ISO code"), fmt.header);
    c.book.text(sh, 1, 1, c.s("state-name", "State"), fmt.header);
    for (size_t i = 0; i < cols.size(); ++i)
        c.book.text(sh, 1, static_cast<lxw_col_t>(i + 2), heads[i], fmt.header);

    lxw_row_t r = 2;
    std::string buffer;
    for (size_t ri = 0; ri < c.rows.size(); ++ri, ++r) {
        const CollatedResponse& row = c.rows[ri];
        const SummaryStateRow& st = c.stateOf(ri);
        c.book.text(sh, r, 0, st.code);
        c.book.text(sh, r, 1, st.name.empty() ? st.code : st.name);
        for (size_t i = 0; i < cols.size(); ++i) {
            const AnswerColumn& col = cols[i];
            if (col.question >= row.states.size() || !row.states[col.question].relevant)
                continue;
            const Question& q = c.form.questions[col.question];
            const Answer* a = row.answerTo(c.form, col.question);
            if (!a || a->empty())
                continue;
            const lxw_col_t x = static_cast<lxw_col_t>(i + 2);
            switch (col.part) {
                case AnswerColumn::Part::Option: {
                    const std::string& v = q.choices->choices[col.option].value;
                    if (std::find(a->values.begin(), a->values.end(), v) != a->values.end())
                        c.book.text(sh, r, x, check);
                    break;
                }
                case AnswerColumn::Part::Explanation:
                    c.book.text(sh, r, x, a->text, fmt.wrap, st.code, q.id);
                    break;
                case AnswerColumn::Part::Whole:
                    if (q.type == QuestionType::SingleChoice && a->values.size() == 1) {
                        c.book.text(sh, r, x, choiceLabel(q, a->values[0], c.lang));
                    } else if (isNumeric(q.type)) {
                        double v = 0;
                        if (parseCanonicalNumber(a->text, &v))
                            c.book.number(sh, r, x, v);
                        else
                            c.book.text(sh, r, x, a->text, nullptr, st.code, q.id);
                    } else if (q.type == QuestionType::ShortText ||
                               q.type == QuestionType::LongText || q.type == QuestionType::Date) {
                        c.book.text(sh, r, x, a->text, fmt.wrap, st.code, q.id);
                    } else {
                        buffer = answerText(q, *a, c.lang);
                        c.book.text(sh, r, x, buffer, fmt.wrap, st.code, q.id);
                    }
                    break;
            }
        }
    }
    worksheet_freeze_panes(sh.ws, 2, 2);
    const lxw_row_t last = std::max<lxw_row_t>(r - 1, 1);
    c.book.check(worksheet_autofilter(sh.ws, 1, 0, last, static_cast<lxw_col_t>(cols.size() + 1)),
                 "the filter of sheet '" + sh.name + "'");
}

}  // namespace

void writeAnswerSheets(SummaryContext& c, const LayoutSheet& sheet) {
    const std::string prefix = sheet.name.empty() ? std::string() : sheet.name.get(c.lang) + " ";
    if (sheet.option("per", "cluster") == "article") {
        // Sections grouped by the article they review, in form order; the general part last.
        std::vector<std::string> articles;
        for (const Section& s : c.form.sections)
            if (std::find(articles.begin(), articles.end(), s.article) == articles.end())
                articles.push_back(s.article);
        for (const std::string& art : articles) {
            std::vector<size_t> qs;
            for (const Section& s : c.form.sections)
                if (s.article == art)
                    qs.insert(qs.end(), s.questions.begin(), s.questions.end());
            if (qs.empty())
                continue;
            std::string name = prefix;
            if (art.empty()) {
                name += c.s("general-part", "General");
            } else {
                name += "Art. " + art;
                if (c.form.instrument)
                    if (const Provision* p = c.form.instrument->find(art); p && !p->title.empty())
                        name += " " + p->title.get(c.lang);
            }
            writeOneAnswerSheet(c, name, qs);
            if (!c.book.ok())
                return;
        }
        return;
    }
    for (const Cluster& cl : c.form.clusters) {
        std::vector<size_t> qs;
        for (size_t si : cl.sections) {
            const auto& sq = c.form.sections[si].questions;
            qs.insert(qs.end(), sq.begin(), sq.end());
        }
        if (qs.empty())
            continue;
        writeOneAnswerSheet(c, prefix + cl.number + ". " + cl.title.get(c.lang), qs);
        if (!c.book.ok())
            return;
    }
}

}  // namespace revq
