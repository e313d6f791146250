// revq-cli commands register themselves here, one file per command (cmd_lint.cpp, ...).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace revq::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;  // invalid input, problems found
inline constexpr int kExitUsage = 2;     // wrong arguments

struct Command {
    std::string name;
    std::string summary;  // one line for `revq-cli --help`
    std::string usage;    // full text for `revq-cli NAME --help`
    std::function<int(const std::vector<std::string>& args)> run;
};

// Registers at static-initialisation time; returns true so it can initialise a variable.
bool registerCommand(Command command);
const std::vector<Command>& commands();

}  // namespace revq::cli
