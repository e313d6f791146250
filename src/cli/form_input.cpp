#include "cli/form_input.h"

#include <iostream>

namespace revq::cli {

FormLoadResult loadCommandForm(const std::string& path, const std::string& command,
                               const std::string& consequence) {
    FormLoadResult form = loadFormFile(path);
    if (!form.form) {
        for (const auto& d : form.diagnostics.items)
            std::cerr << d.format() << "\n";
        std::cerr << "revq-cli " << command << ": the form has errors; " << consequence << ".\n";
    }
    return form;
}

}  // namespace revq::cli
