// The Technical assistance sheet (States x articles matrix of needs, totals per kind and per
// article, a chart) and the Statistics sheet (table questions summed across States).
#include "export/answer_text.h"
#include "export/summary_context.h"

namespace revq {

void writeTaSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh = c.book.addSheet(
        c.sheetName(sheet, c.s("sheet-technical-assistance", "Technical assistance")), c.rtl);
    if (!sh.ws)
        return;
    const TaMatrix& ta = c.agg.ta;
    const size_t na = ta.articles.size(), nk = ta.kinds.size();
    const auto& fmt = c.book.formats();

    // Matrix: each cell counts the kinds of assistance a State needs for an article.
    std::vector<std::string> head = {c.s("iso", "ISO code"), c.s("state-name", "State"),
                                     c.s("group", "Regional group")};
    std::vector<double> widths = {9, 30, 24};
    for (const auto& a : ta.articles) {
        head.push_back("Art. " + a);
        widths.push_back(9);
    }
    head.push_back(c.s("articles-with-needs", "Articles with needs"));
    widths.push_back(14);
    head.push_back(c.s("total-needs", "Needs (kinds × articles)"));
    widths.push_back(14);
    c.header(sh, 0, head, widths);
    worksheet_freeze_panes(sh.ws, 1, 3);

    lxw_row_t r = 1;
    for (size_t ri = 0; ri < c.rows.size(); ++ri, ++r) {
        const SummaryStateRow& st = c.stateOf(ri);
        c.book.text(sh, r, 0, st.code);
        c.book.text(sh, r, 1, st.name.empty() ? st.code : st.name);
        c.book.text(sh, r, 2, st.groupName.empty() ? st.groupId : st.groupName);
        int articles = 0, needs = 0;
        for (size_t a = 0; a < na; ++a) {
            const int n = ta.count(ri, a);
            if (n == 0)
                continue;
            c.book.number(sh, r, static_cast<lxw_col_t>(3 + a), n);
            ++articles;
            needs += n;
        }
        c.book.number(sh, r, static_cast<lxw_col_t>(3 + na), articles);
        c.book.number(sh, r, static_cast<lxw_col_t>(4 + na), needs);
    }
    c.book.text(sh, r, 1, c.s("states-needing", "States needing assistance"), fmt.header);
    for (size_t a = 0; a < na; ++a)
        c.book.number(sh, r, static_cast<lxw_col_t>(3 + a), ta.statesByArticle[a], fmt.header);
    c.book.number(sh, r, static_cast<lxw_col_t>(3 + na),
                  ta.statesByGroup.empty() ? 0 : ta.statesByGroup.back(), fmt.header);
    c.book.check(worksheet_autofilter(sh.ws, 0, 0, r > 1 ? r - 1 : 1,
                                      static_cast<lxw_col_t>(head.size() - 1)),
                 "the filter of sheet '" + sh.name + "'");
    r += 2;

    // Kinds x articles: States needing each kind for each article.
    const lxw_row_t kindsHeader = r;
    std::vector<std::string> head2 = {c.s("value", "Value"), c.s("kind", "Kind of assistance"), ""};
    for (const auto& a : ta.articles)
        head2.push_back("Art. " + a);
    head2.push_back(c.s("states-any-article", "States (any article)"));
    head2.push_back(c.s("needs-all-articles", "Needs (all articles)"));
    c.header(sh, r, head2, {});
    ++r;
    const lxw_row_t firstKind = r;
    for (size_t k = 0; k < nk; ++k, ++r) {
        c.book.text(sh, r, 0, ta.kinds[k]);
        const Choice* ch = ta.kindList ? ta.kindList->find(ta.kinds[k]) : nullptr;
        c.book.text(sh, r, 1, ch ? ch->label.get(c.lang) : ta.kinds[k]);
        for (size_t a = 0; a < na; ++a)
            c.book.number(sh, r, static_cast<lxw_col_t>(3 + a), ta.statesByArticleKind[a * nk + k]);
        c.book.number(sh, r, static_cast<lxw_col_t>(3 + na), ta.statesByKind[k]);
        c.book.number(sh, r, static_cast<lxw_col_t>(4 + na), ta.needsByKind[k]);
    }
    r += 1;

    // States with at least one need, per regional group.
    c.book.text(sh, r, 1, c.s("states-needing-by-group", "States needing assistance, by group"),
                fmt.header);
    ++r;
    for (size_t g = 0; g < c.agg.groups.size(); ++g, ++r) {
        c.book.text(sh, r, 0, c.agg.groups[g]);
        c.book.text(sh, r, 1, c.groupName(g));
        c.book.number(sh, r, 3, ta.statesByGroup[g]);
    }
    c.book.text(sh, r, 1, c.s("all-states", "All States"));
    c.book.number(sh, r, 3, ta.statesByGroup.empty() ? 0 : ta.statesByGroup.back());
    ++r;

    if (na == 0 || nk == 0 || sheet.option("chart", "stacked-by-kind") == "none" ||
        !c.book.workbook())
        return;
    lxw_chart* chart = workbook_add_chart(c.book.workbook(), LXW_CHART_COLUMN_STACKED);
    if (!chart) {
        c.book.fail("could not add the technical assistance chart in " + c.book.path());
        return;
    }
    const std::string& title =
        c.s("ta-chart-title", "States needing technical assistance, by article and kind");
    chart_title_set_name(chart, title.c_str());
    chart_axis_set_name(chart->y_axis, c.s("states", "States").c_str());
    for (size_t k = 0; k < nk; ++k) {
        const lxw_row_t kr = static_cast<lxw_row_t>(firstKind + k);
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, sh.name.c_str(), kindsHeader, 3, kindsHeader,
                                    static_cast<lxw_col_t>(2 + na));
        chart_series_set_values(s, sh.name.c_str(), kr, 3, kr, static_cast<lxw_col_t>(2 + na));
        chart_series_set_name_range(s, sh.name.c_str(), kr, 1);
    }
    lxw_chart_options pos{};
    pos.x_scale = 2.0;
    pos.y_scale = 1.5;
    c.book.check(worksheet_insert_chart_opt(sh.ws, r + 1, 1, chart, &pos),
                 "the technical assistance chart");
}

void writeStatisticsSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh =
        c.book.addSheet(c.sheetName(sheet, c.s("sheet-statistics", "Statistics")), c.rtl);
    if (!sh.ws)
        return;
    const auto& fmt = c.book.formats();
    worksheet_set_column(sh.ws, 0, 0, 36, nullptr);
    worksheet_set_column(sh.ws, 1, 40, 12, nullptr);
    const std::string& total = c.s("total", "Total");
    const std::string& reporting = c.s("states-reporting", "States reporting");
    lxw_row_t r = 0;
    for (const TableSums& t : c.agg.tables) {
        const Question& q = c.form.questions[t.question];
        const TableSpec& spec = q.table;
        const size_t nr = spec.rows.size(), nc = spec.columns.size();
        std::string title = q.id + " \xE2\x80\x94 " + referencesText(c.form, q) + " \xE2\x80\x94 " +
                            q.label.get(c.lang);
        c.book.text(sh, r, 0, title, fmt.title);
        ++r;
        c.book.text(sh, r, 0, reporting + ": " + std::to_string(t.statesReporting), fmt.note);
        ++r;
        c.book.text(sh, r, 0, "", fmt.header);
        for (size_t ci = 0; ci < nc; ++ci)
            c.book.text(sh, r, static_cast<lxw_col_t>(1 + ci), spec.columns[ci].label.get(c.lang),
                        fmt.header);
        c.book.text(sh, r, static_cast<lxw_col_t>(1 + nc), total, fmt.header);
        ++r;
        std::vector<double> colSum(nc, 0.0);
        double all = 0;
        for (size_t ri = 0; ri < nr; ++ri, ++r) {
            c.book.text(sh, r, 0, spec.rows[ri].label.get(c.lang));
            double rowSum = 0;
            for (size_t ci = 0; ci < nc; ++ci) {
                const double v = t.sums[ri * nc + ci];
                c.book.number(sh, r, static_cast<lxw_col_t>(1 + ci), v);
                rowSum += v;
                colSum[ci] += v;
            }
            c.book.number(sh, r, static_cast<lxw_col_t>(1 + nc), rowSum, fmt.header);
            all += rowSum;
        }
        c.book.text(sh, r, 0, total, fmt.header);
        for (size_t ci = 0; ci < nc; ++ci)
            c.book.number(sh, r, static_cast<lxw_col_t>(1 + ci), colSum[ci], fmt.header);
        c.book.number(sh, r, static_cast<lxw_col_t>(1 + nc), all, fmt.header);
        r += 3;
    }
    if (c.agg.tables.empty())
        c.book.text(sh, 0, 0, c.s("no-tables", "The form has no statistics tables."), fmt.note);
}

}  // namespace revq
