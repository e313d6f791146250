// Loading the States list for a command (states_input.h).
#include "cli/states_input.h"

#include <iostream>

#include "core/data_paths.h"

namespace revq::cli {

std::shared_ptr<const StatesList> loadStatesList(std::string statesFile, const char* command,
                                                 const char* consequence) {
    const DataDirs& dirs = dataDirs();
    if (statesFile.empty() && dirs.found)
        statesFile = pathToUtf8(dirs.statesFile());
    std::shared_ptr<const StatesList> states;
    if (!statesFile.empty()) {
        StatesLoadResult s = StatesList::load(statesFile);
        for (const auto& d : s.diagnostics.items)
            if (d.severity == Severity::Error)
                std::cerr << d.format() << "\n";
        states = s.states;
    }
    if (!states)
        std::cerr << "revq-cli " << command << ": warning: no States list (" << dirs.error << "); "
                  << consequence << "\n";
    return states;
}

}  // namespace revq::cli
