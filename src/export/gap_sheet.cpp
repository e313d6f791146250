// Summary workbook sheet "gap-analysis"; see gap_sheet.h. Written top to bottom, row by row
// (the workbook may be in constant-memory mode).
#include "export/gap_sheet.h"

#include <algorithm>
#include <map>

#include "core/gap_analysis.h"

namespace revq {

namespace {

std::string levelText(SummaryContext& c, ObligationLevel level) {
    switch (level) {
        case ObligationLevel::Mandatory:
            return c.s("level-mandatory", "Mandatory");
        case ObligationLevel::MandatoryQualified:
            return c.s("level-mandatory-qualified", "Mandatory, qualified");
        case ObligationLevel::Consider:
            return c.s("level-consider", "Shall consider");
        case ObligationLevel::Endeavour:
            return c.s("level-endeavour", "Shall endeavour");
        case ObligationLevel::Recommendation:
            return c.s("level-recommendation", "Recommendation");
        case ObligationLevel::None:
            return c.s("level-none", "No obligation of its own");
        case ObligationLevel::Unset:
            break;
    }
    return {};
}

}  // namespace

void writeGapSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh =
        c.book.addSheet(c.sheetName(sheet, c.s("sheet-gap-analysis", "Gap analysis")), c.rtl);
    if (!sh.ws)
        return;
    const auto& fmt = c.book.formats();

    std::vector<const Response*> responses;
    std::vector<std::string> groupOf;
    for (const auto& row : c.rows) {
        responses.push_back(row.response);
        groupOf.push_back(row.groupId);
    }
    SummaryGapAnalysis gaps = analyseSummaryGaps(c.form, responses, groupOf, c.agg.groups);

    const std::string yes = c.s("gap-yes", "Yes"), inPart = c.s("gap-in-part", "In part"),
                      no = c.s("gap-no", "No"), none = c.s("gap-not-answered", "Not answered");

    c.book.text(
        sh, 0, 0,
        c.s("gap-title", "Gap analysis: States answering No or Yes, in part, per provision"),
        fmt.title);
    c.book.text(sh, 1, 0,
                c.s("gap-rule",
                    "A State's answer for a provision comes from the closed questions reviewing "
                    "it: all Yes gives Yes, all No gives No, any other mix In part. Mandatory "
                    "provisions first."),
                fmt.note);

    // Columns: provision, level, no-or-in-part (all, then per group), totals, then one per State.
    std::vector<std::string> head = {c.s("provision", "Provision"), c.s("level", "Level"),
                                     c.s("gap-no-or-in-part", "States answering No or In part")};
    std::vector<double> widths = {14, 22, 16};
    for (size_t g = 0; g < gaps.groups.size(); ++g) {
        head.push_back(c.groupName(g));
        widths.push_back(14);
    }
    for (const auto* t : {&yes, &inPart, &no, &none}) {
        head.push_back(*t);
        widths.push_back(10);
    }
    const size_t firstState = head.size();
    for (size_t ri = 0; ri < c.rows.size(); ++ri) {
        head.push_back(c.rows[ri].stateCode);
        widths.push_back(8);
    }
    const lxw_row_t headerRow = 3;
    c.header(sh, headerRow, head, widths);
    worksheet_freeze_panes(sh.ws, headerRow + 1, 2);

    lxw_row_t r = headerRow + 1;
    for (const auto& row : gaps.rows) {
        const Provision& p = *row.provision->provision;
        c.book.text(sh, r, 0, p.ref.display());
        c.book.text(sh, r, 1, levelText(c, p.level));
        c.book.number(sh, r, 2, row.noOrInPart, fmt.integer);
        lxw_col_t col = 3;
        for (int n : row.noOrInPartByGroup)
            c.book.number(sh, r, col++, n, fmt.integer);
        for (int n : {row.totals.yes, row.totals.inPart, row.totals.no, row.totals.notAnswered})
            c.book.number(sh, r, col++, n, fmt.integer);
        for (size_t ri = 0; ri < row.answers.size(); ++ri) {
            const GapAnswer a = row.answers[ri];
            const std::string& t = a == GapAnswer::Yes      ? yes
                                   : a == GapAnswer::InPart ? inPart
                                   : a == GapAnswer::No     ? no
                                                            : none;
            c.book.text(sh, r, static_cast<lxw_col_t>(firstState + ri), t);
        }
        ++r;
    }
    if (r > headerRow + 1)
        c.book.check(worksheet_autofilter(sh.ws, headerRow, 0, r - 1,
                                          static_cast<lxw_col_t>(head.size() - 1)),
                     "the filter of sheet '" + sh.name + "'");
}

}  // namespace revq

namespace revq {

namespace {

// Layout words with English fallbacks that outlive the call.
struct GapWords {
    const ExportLayout& layout;
    std::string lang;
    std::map<std::string, std::string, std::less<>> fallbacks;
    const std::string& s(std::string_view id, std::string_view english) {
        auto it = fallbacks.find(id);
        if (it == fallbacks.end())
            it = fallbacks.emplace(std::string(id), std::string(english)).first;
        return layout.text(id, lang, it->second);
    }
};

std::string levelWords(GapWords& w, ObligationLevel level) {
    switch (level) {
        case ObligationLevel::Mandatory:
            return w.s("level-mandatory", "Mandatory");
        case ObligationLevel::MandatoryQualified:
            return w.s("level-mandatory-qualified", "Mandatory, qualified");
        case ObligationLevel::Consider:
            return w.s("level-consider", "Shall consider");
        case ObligationLevel::Endeavour:
            return w.s("level-endeavour", "Shall endeavour");
        case ObligationLevel::Recommendation:
            return w.s("level-recommendation", "Recommendation");
        case ObligationLevel::None:
            return w.s("level-none", "No obligation of its own");
        case ObligationLevel::Unset:
            break;
    }
    return {};
}

}  // namespace

void writeResponseGapSheet(XlsxBook& book, const ExportLayout& layout, const LayoutSheet& sheet,
                           const ResponseExportInput& in) {
    GapWords w{layout, in.lang, {}};
    XlsxSheet sh = book.addSheet(
        sheet.name.empty() ? w.s("sheet-gap-analysis", "Gap analysis") : sheet.name.get(in.lang),
        isRightToLeft(in.lang));
    if (!sh.ws)
        return;
    const auto& fmt = book.formats();
    const Form& form = *in.form;
    StateGapAnalysis gaps = analyseStateGaps(form, *in.response);
    const std::string yes = w.s("gap-yes", "Yes"), inPart = w.s("gap-in-part", "In part"),
                      no = w.s("gap-no", "No"), none = w.s("gap-not-answered", "Not answered");
    auto answerText = [&](GapAnswer a) -> const std::string& {
        return a == GapAnswer::Yes      ? yes
               : a == GapAnswer::InPart ? inPart
               : a == GapAnswer::No     ? no
                                        : none;
    };

    book.text(sh, 0, 0,
              w.s("gap-title-state", "Gap analysis") + " \xE2\x80\x94 " +
                  (in.stateName.empty() ? in.response->stateCode : in.stateName),
              fmt.title);
    const std::vector<std::pair<std::string, double>> head = {
        {w.s("provision", "Provision"), 14},
        {w.s("level", "Level"), 22},
        {w.s("gap-answer", "Answer"), 14},
        {w.s("gap-ta-kinds", "Technical assistance needed"), 50},
        {w.s("gap-ta-text", "Needs explained"), 60}};
    for (size_t i = 0; i < head.size(); ++i) {
        book.text(sh, 2, static_cast<lxw_col_t>(i), head[i].first, fmt.header);
        worksheet_set_column(sh.ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                             head[i].second, nullptr);
    }
    lxw_row_t r = 3;
    for (const auto& row : gaps.rows) {
        const Provision& p = *row.provision->provision;
        book.text(sh, r, 0, p.ref.display());
        book.text(sh, r, 1, levelWords(w, p.level));
        book.text(sh, r, 2, answerText(row.answer));
        std::string kinds;
        for (const auto& v : row.taKinds) {
            std::string label = v;
            for (size_t qi : row.provision->taQuestions)
                if (const ChoiceList* cl = form.questions[qi].choices)
                    if (const Choice* c = cl->find(v))
                        label = c->label.get(in.lang);
            kinds += (kinds.empty() ? "" : "; ") + label;
        }
        book.text(sh, r, 3, kinds, fmt.wrap, in.response->stateCode, p.ref.key());
        book.text(sh, r, 4, row.taText, fmt.wrap, in.response->stateCode, p.ref.key());
        ++r;
    }

    // Totals: overall, then per level (mandatory first).
    r += 1;
    const std::vector<std::string> totalsHead = {w.s("level", "Level"), yes, inPart, no, none,
                                                 w.s("total", "Total")};
    for (size_t i = 0; i < totalsHead.size(); ++i)
        book.text(sh, r, static_cast<lxw_col_t>(i), totalsHead[i], fmt.header);
    ++r;
    auto totalsRow = [&](const std::string& label, const GapTotals& t) {
        book.text(sh, r, 0, label);
        int col = 1;
        for (int n : {t.yes, t.inPart, t.no, t.notAnswered, t.total()})
            book.number(sh, r, static_cast<lxw_col_t>(col++), n, fmt.integer);
        ++r;
    };
    std::vector<std::pair<int, ObligationLevel>> levels;
    for (const auto& [level, t] : gaps.byLevel)
        levels.emplace_back(obligationRank(level), level);
    std::sort(levels.begin(), levels.end());
    for (const auto& [rank, level] : levels)
        totalsRow(levelWords(w, level), gaps.byLevel.at(level));
    totalsRow(w.s("total", "Total"), gaps.totals);
}

}  // namespace revq
