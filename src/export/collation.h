// From a workspace to everything a summary workbook needs: the chosen responses, the figures
// across States and one Overview row per State, in the workbook's language. Used by
// `revq-cli collate` and by the GUI's export.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/aggregates.h"
#include "core/workspace.h"
#include "export/summary_workbook.h"

namespace revq {

struct Collation {
    std::vector<CollatedResponse> rows;
    Aggregates aggregates;
    SummaryInput input;  // points into rows and aggregates: a Collation is never copied

    Collation() = default;
    Collation(const Collation&) = delete;
    Collation& operator=(const Collation&) = delete;
};

struct CollationOptions {
    std::string lang = "en";
    // Also list, as "no response", every State of the States list that sent nothing.
    bool includeMissingStates = true;
};

std::unique_ptr<Collation> collate(const Workspace& ws, const CollationOptions& options);

}  // namespace revq
