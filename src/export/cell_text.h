// Respondents' text made safe for a worksheet cell: valid UTF-8, within Excel's limit, and
// never taken for a formula (the writer always writes it as a string cell).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace revq {

// Excel's limit on the characters of one cell.
inline constexpr std::size_t kMaxCellChars = 32767;
// Appended to a text cut at kMaxCellChars, so the cut is visible.
inline constexpr std::string_view kTruncationMarker = " […truncated by revq]";

struct CellText {
    std::string text;
    bool repairedUtf8 = false;  // invalid bytes were replaced by U+FFFD
    bool truncated = false;     // cut to fit, with kTruncationMarker
};

CellText prepareCellText(std::string_view raw);
// True when Excel would read the text as a formula if typed: starts with = + - or @.
bool looksLikeFormula(std::string_view text);

}  // namespace revq
