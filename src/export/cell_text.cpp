#include "export/cell_text.h"

#include "core/utf8.h"

namespace revq {

CellText prepareCellText(std::string_view raw) {
    CellText out;
    std::size_t replaced = 0;
    out.text = repairUtf8(raw, &replaced);
    out.repairedUtf8 = replaced > 0;
    if (codePointCount(out.text) > kMaxCellChars) {
        const std::size_t keep = kMaxCellChars - codePointCount(kTruncationMarker);
        out.text = std::string(prefixCodePoints(out.text, keep)) + std::string(kTruncationMarker);
        out.truncated = true;
    }
    return out;
}

bool looksLikeFormula(std::string_view t) {
    return !t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@');
}

}  // namespace revq
