// revq-cli: dispatches to the registered commands.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"
#include "core/heap_tuning.h"

namespace revq::cli {

static std::vector<Command>& registry() {
    static std::vector<Command> list;
    return list;
}

bool registerCommand(Command command) {
    registry().push_back(std::move(command));
    return true;
}

const std::vector<Command>& commands() {
    return registry();
}

}  // namespace revq::cli

namespace {

void printHelp() {
    std::cout
        << "revq-cli — review of the implementation of the Trafficking in Persons Protocol\n\n"
           "Usage: revq-cli COMMAND [OPTIONS] [ARGS]\n\nCommands:\n";
    for (const auto& c : revq::cli::commands()) {
        std::string name = c.name;
        name.resize(12, ' ');
        std::cout << "  " << name << c.summary << "\n";
    }
    std::cout << "\n`revq-cli COMMAND --help` explains a command.\n"
                 "Exit status: 0 success, 1 problems found, 2 wrong usage.\n";
}

}  // namespace

int main(int argc, char** argv) {
    // Most of a command's memory is fresh heap (a form's tree, a few hundred responses, a
    // workbook's cells), and page faults were up to a third of a run: on Linux the heap gets
    // huge pages (docs/performance.md). REVQ_PLAIN_HEAP=1 leaves it as it is, to compare.
    const char* plainHeap = std::getenv("REVQ_PLAIN_HEAP");
    if (!plainHeap || std::string_view(plainHeap) != "1")
        revq::prepareLargeHeap(std::size_t(512) << 20);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp();
        return revq::cli::kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return revq::cli::kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "revq-cli 0.1.0\n";
        return revq::cli::kExitOk;
    }
    for (const auto& c : revq::cli::commands()) {
        if (c.name != args[0])
            continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& a : rest) {
            if (a == "--help" || a == "-h") {
                std::cout << c.usage;
                return revq::cli::kExitOk;
            }
        }
        try {
            return c.run(rest);
        } catch (const std::exception& e) {
            std::cerr << "revq-cli " << c.name << ": " << e.what() << "\n";
            return revq::cli::kExitProblems;
        }
    }
    std::cerr << "revq-cli: unknown command '" << args[0]
              << "'. Run 'revq-cli --help' for the list.\n";
    return revq::cli::kExitUsage;
}
