// One State's response as a readable workbook: a cover sheet and the answers grouped by
// article (question, reference, answer, who/agency/when and where it came from). Layout:
// templates/response.xml (docs/export-layout.md).
#pragma once

#include <string>
#include <vector>

#include "core/form.h"
#include "core/response.h"
#include "export/export_layout.h"
#include "export/summary_workbook.h"

namespace revq {

struct ResponseExportInput {
    const Form* form = nullptr;
    const Response* response = nullptr;
    std::string stateName;  // in the workbook's language; the code when empty
    std::string fileName;   // the response file, for the cover
    std::string integrity;  // a sentence about the integrity check; may be empty
    std::string lang = "en";
    std::string generatedAt;  // now when empty
};

const std::vector<std::string>& responseSheetKinds();

ExportReport writeResponseWorkbook(const ExportLayout& layout, const ResponseExportInput& input,
                                   const std::string& outPath);

}  // namespace revq
