// revq-cli collate: reads response files (or folders of them), flags what needs attention and
// writes the secretariat's summary workbook.
#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/localized_text.h"
#include "core/states.h"
#include "core/workspace.h"
#include "export/collation.h"
#include "export/export_layout.h"
#include "export/summary_workbook.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli collate --form FORM [--layout LAYOUT] [--lang LANG] [--states-file FILE]\n"
    "                        [--only-responding] -o OUT.xlsx (RESPONSE|DIR)...\n"
    "\n"
    "Reads the response files given (a folder means every *.revq file in it, with the\n"
    "secretariat's decisions from its workspace.xml), flags each file that needs attention\n"
    "(a second revision from the same State, changed after submission, another form or\n"
    "version, unreadable) and writes the summary workbook OUT.xlsx: overview, answers per\n"
    "cluster, counts by regional group with charts, technical assistance, statistics, texts\n"
    "and legislation, as the layout says. No response file is changed. OUT.xlsx is replaced\n"
    "only when the new workbook is complete.\n"
    "\n"
    "Options:\n"
    "  --form FORM          the form definition the responses answer\n"
    "  --layout LAYOUT      the layout (default: templates/summary.xml of the installation)\n"
    "  --lang LANG          ar, en, es, fr, ru or zh (default en); Arabic sheets read right\n"
    "                       to left\n"
    "  --states-file FILE   the States list (default: forms/states.xml of the installation)\n"
    "  --only-responding    list only the States that sent a file (default: every State)\n"
    "  -o, --output OUT     the workbook to write\n"
    "\n"
    "Exit status: 0 written (flags are reported, not failures), 1 nothing usable or the\n"
    "workbook could not be written, 2 wrong usage.\n";

int usageError(const std::string& message) {
    std::cerr << "revq-cli collate: " << message << "\nRun 'revq-cli collate --help' for usage.\n";
    return kExitUsage;
}

void printList(const char* title, const std::vector<std::string>& items) {
    if (items.empty())
        return;
    std::cout << title << "\n";
    for (const auto& i : items)
        std::cout << "  " << i << "\n";
}

int runCollate(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    std::string formPath, layoutPath, lang = "en", statesFile, outPath;
    bool onlyResponding = false;
    std::vector<std::string> inputs;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string* into) {
            if (i + 1 >= args.size())
                return false;
            *into = args[++i];
            return true;
        };
        if (a == "--form") {
            if (!value(&formPath))
                return usageError("--form needs a file");
        } else if (a == "--layout") {
            if (!value(&layoutPath))
                return usageError("--layout needs a file");
        } else if (a == "--lang") {
            if (!value(&lang))
                return usageError("--lang needs a language");
        } else if (a == "--states-file") {
            if (!value(&statesFile))
                return usageError("--states-file needs a file");
        } else if (a == "-o" || a == "--output") {
            if (!value(&outPath))
                return usageError("-o needs a file");
        } else if (a == "--only-responding") {
            onlyResponding = true;
        } else if (a.starts_with("-") && a.size() > 1) {
            return usageError("unknown option '" + a + "'");
        } else {
            inputs.push_back(a);
        }
    }
    if (formPath.empty())
        return usageError("--form FORM is required");
    if (outPath.empty())
        return usageError("-o OUT.xlsx is required");
    if (inputs.empty())
        return usageError("give at least one response file or folder");
    if (!isUnLanguage(lang))
        return usageError("--lang must be one of ar, en, es, fr, ru, zh, not '" + lang + "'");

    const DataDirs& dirs = dataDirs();
    if (layoutPath.empty())
        layoutPath = dirs.found ? pathToUtf8(dirs.templates / "summary.xml")
                                : std::string("templates/summary.xml");
    const LayoutLoadResult layout =
        loadExportLayoutFile(layoutPath, "summary", summarySheetKinds());
    for (const auto& d : layout.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!layout.ok)
        return kExitProblems;

    const FormLoadResult loaded = loadFormFile(formPath);
    for (const auto& d : loaded.diagnostics.items)
        if (d.severity == Severity::Error)
            std::cerr << d.format() << "\n";
    if (!loaded.form) {
        std::cerr << "revq-cli collate: the form " << formPath
                  << " has errors; fix them (revq-cli lint " << formPath << ")\n";
        return kExitProblems;
    }

    std::shared_ptr<const StatesList> states;
    if (statesFile.empty() && dirs.found)
        statesFile = pathToUtf8(dirs.statesFile());
    if (!statesFile.empty()) {
        StatesLoadResult s = StatesList::load(statesFile);
        for (const auto& d : s.diagnostics.items)
            if (d.severity == Severity::Error)
                std::cerr << d.format() << "\n";
        states = s.states;
    }
    if (!states)
        std::cerr << "revq-cli collate: warning: no States list (" << dirs.error
                  << "); regional groups are unknown and State codes are not checked\n";

    ImportReport report;
    const Workspace ws = Workspace::fromPaths(inputs, loaded.form, states, &report);
    CollationOptions copts;
    copts.lang = lang;
    copts.includeMissingStates = !onlyResponding;
    const std::unique_ptr<Collation> collation = collate(ws, copts);

    std::cout << "Read " << ws.files().size() << " response files: " << collation->rows.size()
              << " States collated, " << report.flagged.size() << " files flagged, "
              << report.skipped.size() << " skipped.\n";
    printList("Flagged (collated, but look at them):", report.flagged);
    printList("Skipped (not collated):", report.skipped);
    printList("Errors:", report.errors);
    if (collation->rows.empty()) {
        std::cerr << "revq-cli collate: no usable response to collate; " << outPath
                  << " was not written\n";
        return kExitProblems;
    }

    const ExportReport written = writeSummaryWorkbook(layout.layout, collation->input, outPath);
    if (!written.notes.empty()) {
        std::cout << "Notes on the workbook:\n";
        for (const auto& n : written.notes)
            std::cout << "  " << n.where << ": " << n.message << "\n";
    }
    if (!written.ok) {
        std::cerr << "revq-cli collate: " << written.error << "\n";
        return kExitProblems;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "Wrote " << outPath << " (" << written.sheets.size() << " sheets, language "
              << lang << ") in " << static_cast<int>(seconds * 1000 + 0.5) << " ms.\n";
    return kExitOk;
}

const bool registered = registerCommand(
    {"collate", "collate responses into the secretariat's summary workbook", kUsage, runCollate});

}  // namespace

}  // namespace revq::cli
