// Internal to the summary workbook writer: what every sheet writer needs.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "export/export_layout.h"
#include "export/summary_workbook.h"
#include "export/xlsx_book.h"

namespace revq {

struct SummaryContext {
    SummaryContext(XlsxBook& b, const ExportLayout& l, const SummaryInput& i)
        : book(b),
          layout(l),
          in(i),
          form(*i.form),
          agg(*i.aggregates),
          rows(*i.rows),
          lang(i.lang),
          rtl(isRightToLeft(i.lang)) {}

    XlsxBook& book;
    const ExportLayout& layout;
    const SummaryInput& in;
    const Form& form;
    const Aggregates& agg;
    const std::vector<CollatedResponse>& rows;
    std::string lang;
    bool rtl = false;
    std::vector<long> stateOfRow;  // collated row -> index into in.states

    // Layout string `id` in the workbook's language, `fallback` (English) when missing.
    const std::string& s(std::string_view id, std::string_view fallback);
    // Header of a layout column: its own label, else the string named like its field.
    std::string columnLabel(const LayoutColumn& c, std::string_view fallback);
    // Sheet name from the layout in the workbook's language, else `fallback`.
    std::string sheetName(const LayoutSheet& sheet, std::string_view fallback) const;
    const SummaryStateRow& stateOf(size_t row) const {
        return in.states[static_cast<size_t>(stateOfRow[row])];
    }
    const std::string& groupName(size_t g) const;
    // Writes a header row and sets column widths.
    void header(const XlsxSheet& s, lxw_row_t row, const std::vector<std::string>& labels,
                const std::vector<double>& widths);

  private:
    std::map<std::string, std::string, std::less<>> fallbacks_;
};

void writeOverviewSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeAnswerSheets(SummaryContext& c, const LayoutSheet& sheet);
void writeCountsSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeTaSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeStatisticsSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeTextsSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeLegislationSheet(SummaryContext& c, const LayoutSheet& sheet);

}  // namespace revq
