// The gap-analysis sheets (issue 11): in the summary workbook, provisions x States with, per
// provision, the number of States answering "no" or "in part" overall and per regional group,
// mandatory provisions first; in the single-response workbook, each reviewed provision with its
// level, the State's answer and the technical assistance it needs, with totals. Both are the
// layout sheet kind "gap-analysis"; the rules deciding a State's answer for a provision are in
// core/gap_analysis.h.
#pragma once

#include "export/response_workbook.h"
#include "export/summary_context.h"

namespace revq {

void writeGapSheet(SummaryContext& c, const LayoutSheet& sheet);
void writeResponseGapSheet(XlsxBook& book, const ExportLayout& layout, const LayoutSheet& sheet,
                           const ResponseExportInput& in);

}  // namespace revq
