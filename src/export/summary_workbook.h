// The secretariat's summary workbook: every State's answers, counts by UN regional group with
// charts, the technical-assistance matrix, statistics summed across States, the States' own
// words and legislation. Sheets come from a layout (templates/summary.xml,
// docs/export-layout.md). The same struct is filled by `revq-cli collate` and by the GUI.
#pragma once

#include <string>
#include <vector>

#include "core/aggregates.h"
#include "core/form.h"
#include "export/export_layout.h"
#include "export/xlsx_book.h"

namespace revq {

// One row of the Overview sheet: a State, answered or not.
struct SummaryStateRow {
    std::string code;  // ISO 3166-1 alpha-3
    std::string name;  // in the workbook's language
    std::string groupId;
    std::string groupName;     // in the workbook's language
    std::string status;        // "draft", "submitted", or "" when no usable response
    double completeness = -1;  // 0..1; negative when unknown
    std::string submitted;     // ISO 8601, may be empty
    std::string flags;         // workspace flags, as sentences, "; " separated
    std::string file;          // response file used (base name)
    long row = -1;             // index into SummaryInput::rows, -1 without a usable response
};

struct SummaryInput {
    const Form* form = nullptr;
    const std::vector<CollatedResponse>* rows = nullptr;  // chosen responses, relevance done
    const Aggregates* aggregates = nullptr;
    std::vector<SummaryStateRow> states;  // Overview rows, in display order
    std::vector<std::string> groupNames;  // labels of aggregates->groups, same order
    std::string lang = "en";
    std::string generatedAt;  // ISO 8601 UTC; now when empty
};

// The sheet kinds a summary layout may use.
const std::vector<std::string>& summarySheetKinds();

struct ExportReport {
    bool ok = false;
    std::string error;  // when !ok: what failed; the target was left as it was
    std::vector<ExportNote> notes;
    std::vector<std::string> sheets;  // names written
    // Wall time spent building the sheets (revq's logic and libxlsxwriter's cells) and then
    // writing the file (libxlsxwriter's XML and zip), for `revq-cli collate --timings`.
    double sheetsSeconds = 0;
    double writeSeconds = 0;
};

ExportReport writeSummaryWorkbook(const ExportLayout& layout, const SummaryInput& input,
                                  const std::string& outPath);

}  // namespace revq
