// Finding the form file a response answers (form id and version), without loading every
// candidate: the forms opened before, the response's own folder, the shipped forms folder.
#pragma once

#include <string>

namespace revq::gui {

// The path (UTF-8) of a form file with this id and version, or "" when none is found. Looks at
// the forms opened before (settings), the folder of `nearFile` (may be ""), then the shipped
// forms folder.
std::string findFormFile(const std::string& formId, const std::string& version,
                         const std::string& nearFile);

}  // namespace revq::gui
