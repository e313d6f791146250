// The options and operands of one revq-cli command: declared once, parsed in one go, with the
// same usage messages in every command ("revq-cli NAME: MESSAGE" and where to find --help).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

namespace revq::cli {

// Prints "revq-cli COMMAND: MESSAGE" and the hint to run --help; returns kExitUsage.
int usageError(const std::string& command, const std::string& message);

class OptionParser {
  public:
    explicit OptionParser(std::string command) : command_(std::move(command)) {}

    // An option followed by its value (`--form FILE`; a long option also as `--form=FILE`).
    // `missing` is the message when no value follows; by default "SPELLING needs a value".
    OptionParser& value(std::initializer_list<const char*> names, std::string& into,
                        std::string missing = {});
    // An option without a value; sets `into` to true.
    OptionParser& flag(std::initializer_list<const char*> names, bool& into);
    // Arguments that are not options, at most `max`; one more is "unexpected argument 'X'"
    // followed by `tooMany` (e.g. " (one FORM only)"). A command that declares no operands
    // reports every argument it does not know as unexpected, options included.
    OptionParser& operands(std::vector<std::string>& into,
                           std::size_t max = std::numeric_limits<std::size_t>::max(),
                           std::string tooMany = {});
    // "-" alone is an unknown option rather than an operand.
    OptionParser& dashIsOption();

    // Parses `args` into the declared places. On wrong usage prints the message (usageError)
    // and returns false.
    bool parse(const std::vector<std::string>& args) const;

    // usageError for this command.
    int usageError(const std::string& message) const;

  private:
    struct Option {
        std::vector<std::string> names;
        std::string* value = nullptr;  // null for a flag
        bool* flag = nullptr;
        std::string missing;
    };
    const Option* find(const std::string& name) const;

    std::string command_;
    std::vector<Option> options_;
    std::vector<std::string>* operands_ = nullptr;
    std::size_t maxOperands_ = 0;
    std::string tooMany_;
    bool dashIsOption_ = false;
};

}  // namespace revq::cli
