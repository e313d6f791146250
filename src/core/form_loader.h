// Loading and linting form definitions and instrument definitions. Every problem is
// reported at once as a Diagnostic with FILE:LINE:COL (docs/form-format.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/form.h"
#include "core/instrument.h"

namespace revq {

struct LoadOptions {
    // Languages whose missing translations are errors rather than warnings.
    std::vector<std::string> requiredLanguages;
};

struct FormLoadResult {
    std::shared_ptr<const Form> form;  // null when errors prevent using it
    Diagnostics diagnostics;
};

struct InstrumentLoadResult {
    std::shared_ptr<const Instrument> instrument;
    Diagnostics diagnostics;
};

// Reads and checks FILE. The form is returned when there is no error (warnings allowed).
FormLoadResult loadFormFile(const std::string& path, const LoadOptions& options = {});
// The same from text in memory; `displayName` is used in diagnostics and `baseDir` resolves
// an instrument href.
FormLoadResult loadFormText(const std::string& xml, const std::string& displayName,
                            const std::string& baseDir = ".", const LoadOptions& options = {});

InstrumentLoadResult loadInstrumentFile(const std::string& path, const LoadOptions& options = {});
InstrumentLoadResult loadInstrumentText(const std::string& xml, const std::string& displayName,
                                        const LoadOptions& options = {});

}  // namespace revq
