// revq-cli collate: reads response files (or folders of them), flags what needs attention and
// writes the secretariat's summary workbook.
#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/report_list.h"
#include "cli/states_input.h"
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
    "                        [--only-responding] [--timings] -o OUT.xlsx (RESPONSE|DIR)...\n"
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
    "  --timings            print where the time went (milliseconds) on standard error\n"
    "\n"
    "Exit status: 0 written (flags are reported, not failures), 1 nothing usable or the\n"
    "workbook could not be written, 2 wrong usage.\n";

// Milliseconds since `from`, for --timings.
long msSince(std::chrono::steady_clock::time_point from) {
    return static_cast<long>(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - from).count() +
        0.5);
}

int runCollate(const std::vector<std::string>& args) {
    const auto start = std::chrono::steady_clock::now();
    std::string formPath, layoutPath, lang = "en", statesFile, outPath;
    bool onlyResponding = false, timings = false;
    std::vector<std::string> inputs;
    OptionParser parser("collate");
    parser.value({"--form"}, formPath, "--form needs a file")
        .value({"--layout"}, layoutPath, "--layout needs a file")
        .value({"--lang"}, lang, "--lang needs a language")
        .value({"--states-file"}, statesFile, "--states-file needs a file")
        .value({"-o", "--output"}, outPath, "-o needs a file")
        .flag({"--only-responding"}, onlyResponding)
        .flag({"--timings"}, timings)
        .operands(inputs);
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (outPath.empty())
        return parser.usageError("-o OUT.xlsx is required");
    if (inputs.empty())
        return parser.usageError("give at least one response file or folder");
    if (!isUnLanguage(lang))
        return parser.usageError("--lang must be one of ar, en, es, fr, ru, zh, not '" + lang +
                                 "'");

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

    const std::shared_ptr<const StatesList> states = loadStatesList(
        statesFile, "collate", "regional groups are unknown and State codes are not checked");

    const long setupMs = msSince(start);
    ImportReport report;
    const Workspace ws = Workspace::fromPaths(inputs, loaded.form, states, &report);
    const long readMs = msSince(start);
    CollationOptions copts;
    copts.lang = lang;
    copts.includeMissingStates = !onlyResponding;
    const std::unique_ptr<Collation> collation = collate(ws, copts);

    const long collateMs = msSince(start);
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
    const long totalMs = msSince(start);
    std::cout << "Wrote " << outPath << " (" << written.sheets.size() << " sheets, language "
              << lang << ") in " << totalMs << " ms.\n";
    if (timings) {
        const auto ms = [](double s) { return static_cast<long>(s * 1000 + 0.5); };
        std::cerr << "timings (ms): set-up " << setupMs << ", reading " << readMs - setupMs
                  << ", collating " << collateMs - readMs << ", sheets "
                  << ms(written.sheetsSeconds) << ", writing the file " << ms(written.writeSeconds)
                  << ", total " << totalMs << "\n";
    }
    return kExitOk;
}

const bool registered = registerCommand(
    {"collate", "collate responses into the secretariat's summary workbook", kUsage, runCollate});

}  // namespace

}  // namespace revq::cli
