// UTF-8 checks at the boundary: pugixml accepts invalid UTF-8 and libxlsxwriter does not check
// it, so revq validates every byte string that comes from outside.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace revq {

// Offset of the first byte that is not part of valid UTF-8 (rejecting overlong forms,
// surrogates and code points above U+10FFFF), or npos when the text is valid.
std::size_t findInvalidUtf8(std::string_view text);
inline bool isValidUtf8(std::string_view text) {
    return findInvalidUtf8(text) == std::string_view::npos;
}
// Copy with each invalid sequence replaced by U+FFFD; `*replaced` counts replacements.
std::string repairUtf8(std::string_view text, std::size_t* replaced = nullptr);
// Number of code points (valid UTF-8 assumed).
std::size_t codePointCount(std::string_view text);
// Longest prefix of at most `maxCodePoints` code points, cut on a code point boundary.
std::string_view prefixCodePoints(std::string_view text, std::size_t maxCodePoints);
// 1-based line and column (in code points) of byte `offset`.
void lineAndColumn(std::string_view text, std::size_t offset, int* line, int* column);

}  // namespace revq
