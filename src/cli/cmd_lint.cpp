// revq-cli lint: checks form definitions (and instrument definitions) and prints every problem
// as FILE:LINE:COL: error|warning: message (hint).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/coverage.h"
#include "core/form_loader.h"
#include "core/localized_text.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli lint [--json] [--coverage] [--require-languages LANGS] FILE...\n"
    "\n"
    "Checks form definitions (docs/form-format.md) and the instrument they review\n"
    "(docs/instrument-format.md). An instrument definition may be linted on its own too.\n"
    "Every problem is printed as FILE:LINE:COL: error|warning: message (hint), then a\n"
    "summary line.\n"
    "\n"
    "Options:\n"
    "  --json                    print a JSON document instead: the diagnostics, the counts\n"
    "                            and, with --coverage, the coverage of each form\n"
    "  --coverage                also print, per language, the share of texts translated and,\n"
    "                            per article and provision, how many questions review it\n"
    "                            (Markdown tables)\n"
    "  --require-languages LANGS comma-separated languages (ar,en,es,fr,ru,zh) whose missing\n"
    "                            translations are errors rather than warnings\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage.\n";

// True when the file's root element is <instrument-definition> (cheap look at the start).
bool looksLikeInstrument(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    size_t i = 0;
    // Skip the declaration, comments and processing instructions to the first element.
    while ((i = head.find('<', i)) != std::string::npos) {
        if (head.compare(i, 2, "<?") == 0 || head.compare(i, 2, "<!") == 0) {
            size_t end = head.compare(i, 4, "<!--") == 0 ? head.find("-->", i) : head.find('>', i);
            if (end == std::string::npos)
                return false;
            i = end + 1;
            continue;
        }
        return head.compare(i, 22, "<instrument-definition") == 0;
    }
    return false;
}

std::vector<std::string> splitComma(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

int runLint(const std::vector<std::string>& args) {
    bool json = false, coverage = false;
    LoadOptions options;
    std::vector<std::string> files;
    std::string languages;
    OptionParser parser("lint");
    parser.flag({"--json"}, json)
        .flag({"--coverage"}, coverage)
        .value({"--require-languages"}, languages,
               "--require-languages needs a list, e.g. ar,en,fr")
        .operands(files);
    if (!parser.parse(args))
        return kExitUsage;
    for (const auto& l : splitComma(languages)) {
        if (!isUnLanguage(l))
            return parser.usageError("unknown language '" + l +
                                     "' in --require-languages; use ar, en, es, fr, ru, zh");
        options.requiredLanguages.push_back(l);
    }
    if (files.empty())
        return parser.usageError("no file to check");

    Diagnostics all;
    std::string coverageText, coverageJsonText;
    std::vector<std::pair<std::string, bool>> results;  // file, valid
    for (const auto& file : files) {
        Diagnostics d;
        bool valid = false;
        if (looksLikeInstrument(file)) {
            auto r = loadInstrumentFile(file, options);
            d = std::move(r.diagnostics);
            valid = r.instrument != nullptr;
        } else {
            auto r = loadFormFile(file, options);
            d = std::move(r.diagnostics);
            valid = r.form != nullptr;
            if (coverage && r.form) {
                FormCoverage cov = computeCoverage(*r.form);
                coverageText += "\n## Coverage of " + file + "\n\n" + coverageMarkdown(cov);
                if (!coverageJsonText.empty())
                    coverageJsonText += ", ";
                coverageJsonText +=
                    "{\"file\": " + jsonQuote(file) + ", \"coverage\": " + coverageJson(cov) + "}";
            }
        }
        results.emplace_back(file, valid);
        for (auto& item : d.items)
            all.add(std::move(item));
    }

    if (json) {
        std::cout << "{\"files\": [";
        for (size_t i = 0; i < results.size(); ++i)
            std::cout << (i ? ", " : "") << "{\"file\": " << jsonQuote(results[i].first)
                      << ", \"valid\": " << (results[i].second ? "true" : "false") << "}";
        std::cout << "],\n\"errors\": " << all.errorCount()
                  << ", \"warnings\": " << all.warningCount()
                  << ",\n\"diagnostics\": " << all.toJson();
        if (coverage)
            std::cout << ",\n\"coverage\": [" << coverageJsonText << "]";
        std::cout << "}\n";
    } else {
        for (const auto& item : all.items)
            std::cout << item.format() << "\n";
        std::cout << coverageText;
        std::cout << (coverageText.empty() ? "" : "\n") << files.size()
                  << (files.size() == 1 ? " file" : " files") << " checked: " << all.errorCount()
                  << (all.errorCount() == 1 ? " error, " : " errors, ") << all.warningCount()
                  << (all.warningCount() == 1 ? " warning" : " warnings") << "\n";
    }
    return all.hasErrors() ? kExitProblems : kExitOk;
}

const bool registered =
    registerCommand({"lint", "check form and instrument definitions", kUsage, runLint});

}  // namespace

}  // namespace revq::cli
