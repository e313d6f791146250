// The gap-analysis sheets (issue 11): in the summary workbook, provisions x States with, per
// provision, the number of States answering "no" or "in part" overall and per regional group,
// mandatory provisions first (sheet kind "gap-analysis"); the rules deciding a State's answer
// for a provision are in core/gap_analysis.h.
#pragma once

#include "export/summary_context.h"

namespace revq {

void writeGapSheet(SummaryContext& c, const LayoutSheet& sheet);

}  // namespace revq
