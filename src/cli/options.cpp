// Option parsing shared by every revq-cli command (options.h).
#include "cli/options.h"

#include <iostream>

#include "cli/command.h"

namespace revq::cli {

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "revq-cli " << command << ": " << message << "\nRun 'revq-cli " << command
              << " --help' for usage.\n";
    return kExitUsage;
}

int OptionParser::usageError(const std::string& message) const {
    return cli::usageError(command_, message);
}

OptionParser& OptionParser::value(std::initializer_list<const char*> names, std::string& into,
                                  std::string missing) {
    options_.push_back({{names.begin(), names.end()}, &into, nullptr, std::move(missing)});
    return *this;
}

OptionParser& OptionParser::flag(std::initializer_list<const char*> names, bool& into) {
    options_.push_back({{names.begin(), names.end()}, nullptr, &into, {}});
    return *this;
}

OptionParser& OptionParser::operands(std::vector<std::string>& into, std::size_t max,
                                     std::string tooMany) {
    operands_ = &into;
    maxOperands_ = max;
    tooMany_ = std::move(tooMany);
    return *this;
}

OptionParser& OptionParser::dashIsOption() {
    dashIsOption_ = true;
    return *this;
}

const OptionParser::Option* OptionParser::find(const std::string& name) const {
    for (const auto& o : options_)
        for (const auto& n : o.names)
            if (n == name)
                return &o;
    return nullptr;
}

bool OptionParser::parse(const std::vector<std::string>& args) const {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const Option* option = find(a);
        const std::string* inlineValue = nullptr;
        std::string afterEquals;
        const size_t eq = a.find('=');
        if (!option && a.starts_with("--") && eq != std::string::npos) {
            option = find(a.substr(0, eq));
            if (option && option->value) {
                afterEquals = a.substr(eq + 1);
                inlineValue = &afterEquals;
            } else {
                option = nullptr;  // a flag takes no value
            }
        }
        if (option) {
            if (option->flag) {
                *option->flag = true;
            } else if (inlineValue) {
                *option->value = *inlineValue;
            } else if (i + 1 < args.size()) {
                *option->value = args[++i];
            } else {
                usageError(option->missing.empty() ? a + " needs a value" : option->missing);
                return false;
            }
            continue;
        }
        const bool looksLikeOption = (a.size() > 1 && a[0] == '-') || (a == "-" && dashIsOption_);
        if (!operands_) {
            usageError("unexpected argument '" + a + "'");
            return false;
        }
        if (looksLikeOption) {
            usageError("unknown option '" + a + "'");
            return false;
        }
        if (operands_->size() >= maxOperands_) {
            usageError("unexpected argument '" + a + "'" + tooMany_);
            return false;
        }
        operands_->push_back(a);
    }
    return true;
}

}  // namespace revq::cli
