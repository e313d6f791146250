// revq-cli split: one contribution file per agency from a master response (docs/consultation.md).
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/form_input.h"
#include "cli/options.h"
#include "core/consultation_split.h"
#include "core/form_loader.h"
#include "core/response_store.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli split --form FORM MASTER.revq --assign ASSIGNMENTS -o DIR [--by NAME]\n"
    "                      [--force]\n"
    "\n"
    "Writes one contribution file per agency into DIR: a response limited to the sections\n"
    "assigned to it, pre-filled with the master's answers, naming the agency, its contact and\n"
    "deadline. ASSIGNMENTS is an assignments file (docs/consultation.md) or the shorthand\n"
    "\"Ministry of Justice=3,5;Police=10-13\" (articles, ranges of articles, section ids).\n"
    "The master records what was assigned (for `revq-cli status`) and is saved atomically.\n"
    "\n"
    "Options:\n"
    "  --form FORM         the form the master answers\n"
    "  --assign ASSIGN     assignments file or shorthand\n"
    "  -o, --output DIR    folder for the contribution files (created when missing)\n"
    "  --by NAME           who splits, for the history (default: the respondent's name)\n"
    "  --force             overwrite contribution files that already exist\n"
    "\n"
    "Exit status: 0 written, 1 problems (nothing written), 2 wrong usage.\n";

int runSplit(const std::vector<std::string>& args) {
    std::string formPath, assign, outDir, by;
    bool force = false;
    std::vector<std::string> files;
    OptionParser parser("split");
    parser.value({"--form"}, formPath)
        .value({"--assign"}, assign)
        .value({"-o", "--output"}, outDir)
        .value({"--by"}, by)
        .flag({"--force"}, force)
        .operands(files)
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (assign.empty())
        return parser.usageError("--assign ASSIGNMENTS is required");
    if (outDir.empty())
        return parser.usageError("-o DIR is required");
    if (files.size() != 1)
        return parser.usageError("give exactly one MASTER.revq");
    const std::string& masterPath = files[0];

    FormLoadResult form = loadCommandForm(formPath, "split", "nothing written");
    if (!form.form)
        return kExitProblems;
    ResponseReadOptions ropt;
    ropt.form = form.form.get();
    OpenedResponse opened = openResponse(masterPath, ropt);
    for (const auto& d : opened.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!opened.response) {
        std::cerr << "revq-cli split: " << masterPath << " cannot be read; nothing written.\n";
        return kExitProblems;
    }
    std::error_code ec;
    AssignmentsResult assignments =
        std::filesystem::is_regular_file(assign, ec) || assign.find('=') == std::string::npos
            ? parseAssignmentsFile(assign, *form.form)
            : parseAssignmentsShorthand(assign, *form.form);
    for (const auto& d : assignments.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (assignments.diagnostics.hasErrors()) {
        std::cerr << "revq-cli split: the assignments have errors; nothing written.\n";
        return kExitProblems;
    }
    if (by.empty())
        by = opened.response->respondentName.empty() ? "revq-cli" : opened.response->respondentName;
    SplitResult split =
        splitMaster(*form.form, *opened.response, opened.stamp.sha256, assignments.assignments, by);
    if (!split.error.empty()) {
        std::cerr << masterPath << ": error: " << split.error << "; nothing written.\n";
        return kExitProblems;
    }
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::cerr << "revq-cli split: cannot create " << outDir << ": " << ec.message()
                  << " (choose a folder you can write to); nothing written.\n";
        return kExitProblems;
    }
    // Check every target first so that a refusal leaves nothing half written.
    if (!force) {
        for (const auto& c : split.contributions) {
            std::filesystem::path p = std::filesystem::path(outDir) / c.fileName;
            if (std::filesystem::exists(p, ec)) {
                std::cerr << p.string()
                          << ": error: exists already (a contribution sent earlier?); use "
                             "--force to overwrite it, or another -o DIR; nothing written.\n";
                return kExitProblems;
            }
        }
    }
    for (const auto& c : split.contributions) {
        std::string p = (std::filesystem::path(outDir) / c.fileName).string();
        SaveOptions so;
        so.force = force;
        so.keepBackup = false;
        SaveResult saved = saveResponse(p, c.response, so);
        if (!saved) {
            std::cerr << "revq-cli split: " << saved.error << "\n";
            return kExitProblems;
        }
        std::string parts;
        for (const auto& s : c.assignment.parts)
            parts += (parts.empty() ? "" : " ") + s;
        std::cout << p << ": " << c.assignment.agency << " (" << c.response.answers.size()
                  << " answers pre-filled; parts " << parts << ")\n";
    }
    SaveOptions mo;
    mo.readStamp = &opened.stamp;
    SaveResult saved = saveResponse(masterPath, split.master, mo);
    if (!saved) {
        std::cerr << "revq-cli split: " << saved.error << "\n";
        return kExitProblems;
    }
    std::cout << "Wrote " << split.contributions.size() << " contribution(s); " << masterPath
              << " records the assignments.\n";
    return kExitOk;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"split", "write one contribution file per agency from a master response", kUsage, runSplit});

}  // namespace

}  // namespace revq::cli
