// A response file's name often starts with the State's code (FRA_2024.revq, FRA.revq, as revq
// names the files it prepares). When that code names another State than the file's <state>,
// a person must look: the file may have been renamed, or sent for the wrong State. This is a
// warning, never a reason to refuse the file (`revq-cli check` and workspace import flag it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/states.h"

namespace revq {

// The State code a file name starts with: three uppercase ASCII letters followed by a
// character that is not a letter (or by the extension), e.g. "FRA" for "FRA_2024.revq" or
// "FRA (2).revq"; "" for "France.revq" or "response.revq". `path` may include folders; only
// the base name counts. When `states` is given the code must be in it.
std::string stateCodeInFileName(std::string_view path, const StatesList* states = nullptr);

// A sentence for the person when the file name names another State than `stateCode`;
// nothing when they agree or the name names no State.
std::optional<std::string> fileNameStateMismatch(std::string_view path, std::string_view stateCode,
                                                 const StatesList* states = nullptr);

}  // namespace revq
