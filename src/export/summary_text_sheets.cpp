// The Texts sheet (the States' own words, wrapped) and the Legislation sheet (citations, with
// hyperlinks for valid http(s) addresses).
#include "export/answer_text.h"
#include "export/summary_context.h"

namespace revq {

namespace {

bool hasOwnWords(QuestionType t) {
    return t == QuestionType::ShortText || t == QuestionType::LongText ||
           t == QuestionType::TaNeeds || t == QuestionType::MultipleChoice ||
           t == QuestionType::SingleChoice;
}

}  // namespace

void writeTextsSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh = c.book.addSheet(c.sheetName(sheet, c.s("sheet-texts", "Texts")), c.rtl);
    if (!sh.ws)
        return;
    const auto& fmt = c.book.formats();
    c.header(sh, 0,
             {c.s("iso", "ISO code"), c.s("state-name", "State"), c.s("group", "Regional group"),
              c.s("question-id", "Question id"), c.s("reference", "Reference"),
              c.s("question", "Question"), c.s("text", "Text")},
             {9, 26, 22, 14, 14, 45, 90});
    worksheet_freeze_panes(sh.ws, 1, 0);
    lxw_row_t r = 1;
    // Question by question, so one reads every State's words on one provision together.
    for (size_t qi = 0; qi < c.form.questions.size(); ++qi) {
        const Question& q = c.form.questions[qi];
        if (!hasOwnWords(q.type))
            continue;
        std::string refs;
        for (size_t ri = 0; ri < c.rows.size(); ++ri) {
            const CollatedResponse& row = c.rows[ri];
            if (qi >= row.states.size() || !row.states[qi].relevant)
                continue;
            const Answer* a = row.answerTo(c.form, qi);
            if (!a || a->text.empty())
                continue;
            if (refs.empty())
                refs = referencesText(c.form, q);
            const SummaryStateRow& st = c.stateOf(ri);
            c.book.text(sh, r, 0, st.code);
            c.book.text(sh, r, 1, st.name.empty() ? st.code : st.name);
            c.book.text(sh, r, 2, st.groupName.empty() ? st.groupId : st.groupName);
            c.book.text(sh, r, 3, q.id);
            c.book.text(sh, r, 4, refs);
            c.book.text(sh, r, 5, q.label.get(c.lang), fmt.wrap);
            c.book.text(sh, r, 6, a->text, fmt.wrap, st.code, q.id);
            ++r;
        }
    }
    c.book.check(worksheet_autofilter(sh.ws, 0, 0, r > 1 ? r - 1 : 1, 6),
                 "the filter of sheet '" + sh.name + "'");
}

void writeLegislationSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh =
        c.book.addSheet(c.sheetName(sheet, c.s("sheet-legislation", "Legislation")), c.rtl);
    if (!sh.ws)
        return;
    const auto& fmt = c.book.formats();
    c.header(sh, 0,
             {c.s("iso", "ISO code"), c.s("state-name", "State"), c.s("question-id", "Question id"),
              c.s("reference", "Reference"), c.s("law-title", "Title"),
              c.s("law-provision", "Provision"), c.s("law-link", "Link"),
              c.s("law-excerpt", "Excerpt attached")},
             {9, 26, 14, 14, 50, 20, 50, 24});
    worksheet_freeze_panes(sh.ws, 1, 0);
    lxw_row_t r = 1;
    for (size_t qi = 0; qi < c.form.questions.size(); ++qi) {
        const Question& q = c.form.questions[qi];
        if (q.type != QuestionType::Legislation)
            continue;
        const std::string refs = referencesText(c.form, q);
        for (size_t ri = 0; ri < c.rows.size(); ++ri) {
            const CollatedResponse& row = c.rows[ri];
            if (qi >= row.states.size() || !row.states[qi].relevant)
                continue;
            const Answer* a = row.answerTo(c.form, qi);
            if (!a)
                continue;
            const SummaryStateRow& st = c.stateOf(ri);
            for (const Citation& cit : a->citations) {
                c.book.text(sh, r, 0, st.code);
                c.book.text(sh, r, 1, st.name.empty() ? st.code : st.name);
                c.book.text(sh, r, 2, q.id);
                c.book.text(sh, r, 3, refs);
                c.book.text(sh, r, 4, cit.title, fmt.wrap, st.code, q.id);
                c.book.text(sh, r, 5, cit.provision, fmt.wrap, st.code, q.id);
                c.book.link(sh, r, 6, cit.url, st.code, q.id);
                if (cit.hasExcerpt)
                    c.book.text(sh, r, 7, cit.excerpt.fileName, nullptr, st.code);
                ++r;
            }
        }
    }
    c.book.check(worksheet_autofilter(sh.ws, 0, 0, r > 1 ? r - 1 : 1, 7),
                 "the filter of sheet '" + sh.name + "'");
}

}  // namespace revq
