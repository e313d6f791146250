// Export layouts (templates/*.xml): which sheets a workbook has, in which order, with which
// columns and charts, and the words used in headers in each language, so the secretariat can
// change an export without recompiling. Format: docs/export-layout.md.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/instrument.h"
#include "core/localized_text.h"

namespace revq {

struct LayoutColumn {
    std::string field;    // e.g. "state-name"
    LocalizedText label;  // header; empty: the layout's string named like the field
    double width = 0;     // characters; 0: the writer's default
    SourcePos pos;
};

struct LayoutSheet {
    std::string kind;    // "overview", "answers", "counts", ... (the writer says which it knows)
    LocalizedText name;  // sheet name (or prefix, for sheets made per cluster/article)
    std::map<std::string, std::string, std::less<>> options;  // other attributes: per, chart, ...
    std::vector<LayoutColumn> columns;
    SourcePos pos;

    std::string_view option(std::string_view key, std::string_view fallback = {}) const;
};

struct ExportLayout {
    std::string path;
    std::string kind;  // "summary" or "response"
    LocalizedText title;
    std::vector<LayoutSheet> sheets;
    std::map<std::string, LocalizedText, std::less<>> strings;  // header words by id

    // The string `id` in `lang` (English fallback); `fallback` when the layout lacks it.
    const std::string& text(std::string_view id, std::string_view lang,
                            const std::string& fallback) const;
};

struct LayoutLoadResult {
    ExportLayout layout;
    bool ok = false;
    Diagnostics diagnostics;
};

// Reads a layout. `expectedKind` ("summary"/"response") must match the root's kind;
// `knownSheetKinds` lists the sheet kinds the caller can write (others are errors that name
// the file, line and column and the kinds allowed).
LayoutLoadResult loadExportLayoutFile(const std::string& path, std::string_view expectedKind,
                                      const std::vector<std::string>& knownSheetKinds);
LayoutLoadResult loadExportLayoutText(const std::string& xml, const std::string& displayName,
                                      std::string_view expectedKind,
                                      const std::vector<std::string>& knownSheetKinds);

}  // namespace revq
