// The States list a command works with: the file given with --states-file, else the
// installation's forms/states.xml (core/data_paths.h).
#pragma once

#include <memory>
#include <string>

#include "core/states.h"

namespace revq::cli {

// Loads `statesFile` (the installation's list when empty), printing its errors. Null when there
// is no usable list; then prints "revq-cli COMMAND: warning: no States list (...); CONSEQUENCE".
std::shared_ptr<const StatesList> loadStatesList(std::string statesFile, const char* command,
                                                 const char* consequence);

}  // namespace revq::cli
