// Worksheet names that Excel accepts: at most 31 characters, none of []:*?/\, not starting or
// ending with an apostrophe, not the reserved "History", unique without regard to case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revq {

inline constexpr std::size_t kMaxSheetNameChars = 31;

// A valid name made from `wanted` (any text, even invalid UTF-8), different from every name in
// `used` (compared without regard to ASCII case); the result is appended to `used`.
std::string makeSheetName(std::string_view wanted, std::vector<std::string>& used);

}  // namespace revq
