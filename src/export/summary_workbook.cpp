#include "export/summary_workbook.h"

#include <chrono>
#include <ctime>

#include "core/clock.h"
#include "export/gap_sheet.h"
#include "export/summary_context.h"

namespace revq {

const std::vector<std::string>& summarySheetKinds() {
    static const std::vector<std::string> kinds = {
        "overview",   "answers", "counts",      "technical-assistance",
        "statistics", "texts",   "legislation", "gap-analysis"};
    return kinds;
}

const std::string& SummaryContext::s(std::string_view id, std::string_view fallback) {
    auto it = fallbacks_.find(id);
    if (it == fallbacks_.end())
        it = fallbacks_.emplace(std::string(id), std::string(fallback)).first;
    return layout.text(id, lang, it->second);
}

std::string SummaryContext::columnLabel(const LayoutColumn& c, std::string_view fallback) {
    if (!c.label.empty())
        return c.label.get(lang);
    return s(c.field, fallback);
}

std::string SummaryContext::sheetName(const LayoutSheet& sheet, std::string_view fallback) const {
    if (!sheet.name.empty())
        return sheet.name.get(lang);
    return std::string(fallback);
}

const std::string& SummaryContext::groupName(size_t g) const {
    if (g < in.groupNames.size() && !in.groupNames[g].empty())
        return in.groupNames[g];
    return agg.groups[g];
}

void SummaryContext::header(const XlsxSheet& sh, lxw_row_t row,
                            const std::vector<std::string>& labels,
                            const std::vector<double>& widths) {
    for (size_t i = 0; i < labels.size(); ++i) {
        book.text(sh, row, static_cast<lxw_col_t>(i), labels[i], book.formats().header);
        if (i < widths.size() && widths[i] > 0 && sh.ws)
            worksheet_set_column(sh.ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                                 widths[i], nullptr);
    }
}

namespace {

struct OverviewField {
    const char* id;
    const char* english;
    double width;
};

constexpr OverviewField kOverviewFields[] = {
    {"state-name", "State", 34},
    {"iso", "ISO code", 9},
    {"group", "Regional group", 28},
    {"status", "Status", 14},
    {"completeness", "Completeness", 13},
    {"submitted", "Submitted", 20},
    {"flags", "Flags", 60},
    {"file", "File", 30},
};

const OverviewField* overviewField(std::string_view id) {
    for (const auto& f : kOverviewFields)
        if (id == f.id)
            return &f;
    return nullptr;
}

}  // namespace

void writeOverviewSheet(SummaryContext& c, const LayoutSheet& sheet) {
    XlsxSheet sh = c.book.addSheet(c.sheetName(sheet, c.s("sheet-overview", "Overview")), c.rtl);
    if (!sh.ws)
        return;
    std::vector<LayoutColumn> columns = sheet.columns;
    if (columns.empty())
        for (const auto& f : kOverviewFields)
            columns.push_back(LayoutColumn{f.id, {}, 0, {}});

    std::vector<std::string> headers;
    const auto& fmt = c.book.formats();
    for (size_t ci = 0; ci < columns.size(); ++ci) {
        const OverviewField* f = overviewField(columns[ci].field);
        if (!f) {
            c.book.fail(c.layout.path + ":" + std::to_string(columns[ci].pos.line) + ":" +
                        std::to_string(columns[ci].pos.column) + ": unknown overview field '" +
                        columns[ci].field +
                        "' (use state-name, iso, group, status, completeness, submitted, flags "
                        "or file)");
            return;
        }
        std::string label = c.columnLabel(columns[ci], f->english);
        // Table headers must be unique; a layout naming a field twice still gets a valid table.
        for (const auto& h : headers)
            if (h == label)
                label += " " + std::to_string(ci + 1);
        headers.push_back(label);
        worksheet_set_column(sh.ws, ci, ci, columns[ci].width > 0 ? columns[ci].width : f->width,
                             nullptr);
    }

    // A native table: banded rows, a filter button on every header, and a style. Added before
    // the rows: in constant-memory mode a row cannot be written once a later one is.
    std::vector<lxw_table_column> cols(headers.size());
    std::vector<lxw_table_column*> colPtrs;
    for (size_t i = 0; i < headers.size(); ++i) {
        cols[i] = lxw_table_column{};
        cols[i].header = const_cast<char*>(headers[i].c_str());
        cols[i].header_format = fmt.header;
        colPtrs.push_back(&cols[i]);
    }
    colPtrs.push_back(nullptr);
    lxw_table_options options{};
    options.name = const_cast<char*>("StatesOverview");
    options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    options.style_type_number = 2;
    options.columns = colPtrs.data();
    const lxw_row_t last = c.in.states.empty() ? 1 : static_cast<lxw_row_t>(c.in.states.size());
    c.book.check(worksheet_add_table(sh.ws, 0, 0, last, static_cast<lxw_col_t>(headers.size() - 1),
                                     &options),
                 "the overview table");
    const std::string& statusSubmitted = c.s("status-submitted", "submitted");
    const std::string& statusDraft = c.s("status-draft", "draft");
    const std::string& statusNone = c.s("status-none", "no response");
    lxw_row_t r = 1;
    for (const SummaryStateRow& st : c.in.states) {
        for (size_t ci = 0; ci < columns.size(); ++ci) {
            const std::string_view field = columns[ci].field;
            const lxw_col_t col = static_cast<lxw_col_t>(ci);
            if (field == "state-name") {
                c.book.text(sh, r, col, st.name.empty() ? st.code : st.name);
            } else if (field == "iso") {
                c.book.text(sh, r, col, st.code);
            } else if (field == "group") {
                c.book.text(sh, r, col, st.groupName.empty() ? st.groupId : st.groupName);
            } else if (field == "status") {
                c.book.text(sh, r, col,
                            st.status == "submitted" ? statusSubmitted
                            : st.status == "draft"   ? statusDraft
                            : st.status.empty()      ? statusNone
                                                     : st.status);
            } else if (field == "completeness") {
                if (st.completeness >= 0)
                    c.book.number(sh, r, col, st.completeness, fmt.percent);
            } else if (field == "submitted") {
                c.book.text(sh, r, col, st.submitted);
            } else if (field == "flags") {
                c.book.text(sh, r, col, st.flags, fmt.wrap, st.code);
            } else if (field == "file") {
                c.book.text(sh, r, col, st.file, nullptr, st.code);
            }
        }
        ++r;
    }

    worksheet_freeze_panes(sh.ws, 1, 0);
}

ExportReport writeSummaryWorkbook(const ExportLayout& layout, const SummaryInput& input,
                                  const std::string& outPath) {
    const auto started = std::chrono::steady_clock::now();
    ExportReport report;
    if (!input.form || !input.rows || !input.aggregates) {
        report.error = "internal error: the summary input is incomplete";
        return report;
    }
    XlsxBook book(outPath);
    SummaryContext c(book, layout, input);
    c.stateOfRow.assign(input.rows->size(), -1);
    for (size_t i = 0; i < input.states.size(); ++i)
        if (input.states[i].row >= 0 && size_t(input.states[i].row) < input.rows->size())
            c.stateOfRow[static_cast<size_t>(input.states[i].row)] = static_cast<long>(i);
    for (size_t r = 0; r < c.stateOfRow.size(); ++r)
        if (c.stateOfRow[r] < 0) {
            report.error =
                "internal error: collated response " + std::to_string(r) + " has no Overview row";
            return report;
        }

    // Document properties: what a reader sees under File > Info.
    const std::string title =
        layout.title.empty() ? std::string("Summary of responses") : layout.title.get(input.lang);
    const std::string formTitle = input.form->title.get(input.lang);
    const std::string subject = formTitle + " (" + input.form->id + " " + input.form->version + ")";
    const std::string generated = input.generatedAt.empty() ? nowUtcIso() : input.generatedAt;
    const std::string comments = "Generated by revq at " + generated + " from " +
                                 std::to_string(input.rows->size()) + " responses";
    lxw_doc_properties props{};
    props.title = const_cast<char*>(title.c_str());
    props.subject = const_cast<char*>(subject.c_str());
    props.author = const_cast<char*>("revq");
    props.comments = const_cast<char*>(comments.c_str());
    props.keywords = const_cast<char*>("revq, Trafficking in Persons Protocol");
    if (book.workbook()) {
        book.check(workbook_set_properties(book.workbook(), &props), "the document properties");
        book.check(
            workbook_set_custom_property_string(book.workbook(), "Form id", input.form->id.c_str()),
            "the property 'Form id'");
        book.check(workbook_set_custom_property_string(book.workbook(), "Form version",
                                                       input.form->version.c_str()),
                   "the property 'Form version'");
        book.check(
            workbook_set_custom_property_string(book.workbook(), "Generated", generated.c_str()),
            "the property 'Generated'");
        book.check(
            workbook_set_custom_property_string(book.workbook(), "Language", input.lang.c_str()),
            "the property 'Language'");
    }

    for (const LayoutSheet& sheet : layout.sheets) {
        if (!book.ok())
            break;
        if (sheet.kind == "overview")
            writeOverviewSheet(c, sheet);
        else if (sheet.kind == "answers")
            writeAnswerSheets(c, sheet);
        else if (sheet.kind == "counts")
            writeCountsSheet(c, sheet);
        else if (sheet.kind == "technical-assistance")
            writeTaSheet(c, sheet);
        else if (sheet.kind == "statistics")
            writeStatisticsSheet(c, sheet);
        else if (sheet.kind == "texts")
            writeTextsSheet(c, sheet);
        else if (sheet.kind == "legislation")
            writeLegislationSheet(c, sheet);
        else if (sheet.kind == "gap-analysis")
            writeGapSheet(c, sheet);
        else
            book.fail(layout.path + ": unknown sheet kind '" + sheet.kind + "'");
    }

    report.notes = book.notes();
    report.sheets = book.sheetNames();
    const auto built = std::chrono::steady_clock::now();
    const WriteResult written = book.finish();
    report.sheetsSeconds = std::chrono::duration<double>(built - started).count();
    report.writeSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - built).count();
    report.ok = written.ok;
    report.error = written.error;
    return report;
}

}  // namespace revq
