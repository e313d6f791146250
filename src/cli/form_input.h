// Loading the --form of a command: on errors the diagnostics go to stderr, followed by
// "revq-cli COMMAND: the form has errors; CONSEQUENCE." so the person knows nothing was done.
#pragma once

#include <string>

#include "core/form_loader.h"

namespace revq::cli {

FormLoadResult loadCommandForm(const std::string& path, const std::string& command,
                               const std::string& consequence);

}  // namespace revq::cli
