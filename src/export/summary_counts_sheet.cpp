// The Counts sheet: per question and option, how many States chose it, overall and per UN
// regional group, with the bases per group under each question (States answering: the
// percentages' denominator; States the question applies to), and a native stacked column chart
// per question (groups stacked).
#include "export/answer_text.h"
#include "export/summary_context.h"

namespace revq {

namespace {

void writePercent(SummaryContext& c, const XlsxSheet& sh, lxw_row_t r, lxw_col_t x, int count,
                  int of) {
    if (of > 0)
        c.book.number(sh, r, x, double(count) / of, c.book.formats().percent);
}

}  // namespace

void writeCountsSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh = c.book.addSheet(c.sheetName(sheet, c.s("sheet-counts", "Counts")), c.rtl);
    if (!sh.ws)
        return;
    const size_t ng = c.agg.groups.size();
    const bool charts = sheet.option("chart", "stacked-by-group") != "none";

    std::vector<std::string> head = {c.s("question-id", "Question id"),
                                     c.s("reference", "Reference"),
                                     c.s("question", "Question"),
                                     c.s("option", "Option"),
                                     c.s("value", "Value"),
                                     c.s("all-states", "All States"),
                                     "%"};
    std::vector<double> widths = {14, 14, 50, 30, 16, 10, 8};
    for (size_t g = 0; g < ng; ++g) {
        head.push_back(c.groupName(g));
        head.push_back("% " + c.groupName(g));
        widths.push_back(14);
        widths.push_back(8);
    }
    worksheet_set_row(sh.ws, 0, 45, nullptr);
    c.header(sh, 0, head, widths);
    worksheet_freeze_panes(sh.ws, 1, 0);
    const lxw_col_t chartCol = static_cast<lxw_col_t>(head.size() + 1);
    const std::string& answeredLabel = c.s("states-answering", "States answering");
    const std::string& relevantLabel =
        c.s("states-relevant", "States to which the question applies");
    const std::string& chartYAxis = c.s("states", "States");

    lxw_row_t r = 1;
    size_t chartIndex = 0;
    for (const QuestionCounts& qc : c.agg.counts) {
        const Question& q = c.form.questions[qc.question];
        const std::string refs = referencesText(c.form, q);
        const std::string& label = q.label.get(c.lang);
        const lxw_row_t first = r;
        auto rowStart = [&](lxw_row_t row) {
            c.book.text(sh, row, 0, q.id);
            c.book.text(sh, row, 1, refs);
            c.book.text(sh, row, 2, label);
        };
        for (size_t o = 0; o < qc.options.size(); ++o, ++r) {
            const Choice& ch = q.choices->choices[o];
            const GroupCounts& n = qc.options[o];
            rowStart(r);
            c.book.text(sh, r, 3, ch.label.get(c.lang));
            c.book.text(sh, r, 4, ch.value);
            c.book.number(sh, r, 5, n.total);
            writePercent(c, sh, r, 6, n.total, qc.answered.total);
            for (size_t g = 0; g < ng; ++g) {
                c.book.number(sh, r, static_cast<lxw_col_t>(7 + 2 * g), n.byGroup[g]);
                writePercent(c, sh, r, static_cast<lxw_col_t>(8 + 2 * g), n.byGroup[g],
                             qc.answered.byGroup[g]);
            }
        }
        const lxw_row_t lastOption = r - 1;
        // The bases, overall and per group: the denominator of the percentages (States with a
        // relevant answer), then the States the question applies to (its relevance rule holds).
        for (const auto& [base, baseLabel] :
             {std::pair{&qc.answered, &answeredLabel}, std::pair{&qc.relevant, &relevantLabel}}) {
            rowStart(r);
            c.book.text(sh, r, 3, *baseLabel, c.book.formats().note);
            c.book.number(sh, r, 5, base->total);
            for (size_t g = 0; g < ng; ++g)
                c.book.number(sh, r, static_cast<lxw_col_t>(7 + 2 * g), base->byGroup[g]);
            ++r;
        }

        if (!charts || qc.options.empty() || !c.book.workbook())
            continue;
        lxw_chart* chart = workbook_add_chart(c.book.workbook(), LXW_CHART_COLUMN_STACKED);
        if (!chart) {
            c.book.fail("could not add a chart for question " + q.id + " in " + c.book.path());
            return;
        }
        const std::string title = q.id + " \xE2\x80\x94 " + refs;  // em dash
        chart_title_set_name(chart, title.c_str());
        chart_axis_set_name(chart->y_axis, chartYAxis.c_str());
        auto addSeries = [&](lxw_col_t valueCol) {
            lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(s, sh.name.c_str(), first, 3, lastOption, 3);
            chart_series_set_values(s, sh.name.c_str(), first, valueCol, lastOption, valueCol);
            chart_series_set_name_range(s, sh.name.c_str(), 0, valueCol);
        };
        if (ng == 0)
            addSeries(5);
        else
            for (size_t g = 0; g < ng; ++g)
                addSeries(static_cast<lxw_col_t>(7 + 2 * g));
        lxw_chart_options pos{};
        pos.x_scale = 1.2;
        c.book.check(worksheet_insert_chart_opt(sh.ws, static_cast<lxw_row_t>(1 + 18 * chartIndex),
                                                chartCol, chart, &pos),
                     "the chart of question " + q.id);
        ++chartIndex;
    }
    c.book.check(worksheet_autofilter(sh.ws, 0, 0, r > 1 ? r - 1 : 1,
                                      static_cast<lxw_col_t>(head.size() - 1)),
                 "the filter of sheet '" + sh.name + "'");
}

}  // namespace revq
