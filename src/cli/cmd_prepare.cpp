// revq-cli prepare: the next review cycle's pre-filled response files, one per State, from the
// previous cycle's workspace (core prepareNextCycle; answers carried over and marked so).
// Files are written into a staging folder first and then renamed into place one by one, so a
// refusal or a failure never leaves a half-written file and existing files change only with
// --force (kept as .bak).
#include <filesystem>
#include <iostream>
#include <random>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/report_list.h"
#include "cli/states_input.h"
#include "core/atomic_file.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_store.h"
#include "core/states.h"
#include "core/workspace.h"

namespace revq::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "Usage: revq-cli prepare --form NEXT_FORM [--previous-form FORM] [--states-file FILE]\n"
    "                        [--by NAME] [--force] -o DIR WORKSPACE\n"
    "\n"
    "Prepares the next review cycle: writes one draft response file per State (DIR/ISO3.revq)\n"
    "to NEXT_FORM, pre-filled with the answers the State gave in the previous cycle's\n"
    "workspace WORKSPACE (the folder of *.revq files, with the secretariat's choices in its\n"
    "workspace.xml). Answers move by question id or through NEXT_FORM's `replaces`; each is\n"
    "marked carried-over with its origin (FILE#QUESTION) until the State confirms it; answers\n"
    "that fit no question of NEXT_FORM are kept as set aside. A State whose files are all\n"
    "unusable (unreadable, another form, unknown State) is skipped and the reason printed.\n"
    "WORKSPACE is only read. Existing files in DIR are not replaced unless --force.\n"
    "\n"
    "Options:\n"
    "  --form NEXT_FORM      the form of the new cycle\n"
    "  --previous-form FORM  the form the workspace's responses answer (default: NEXT_FORM;\n"
    "                        responses to another version of it are mapped)\n"
    "  --states-file FILE    the States list (default: forms/states.xml of the installation)\n"
    "  --by NAME             who prepares the files, for their history (default secretariat)\n"
    "  --force               replace files already in DIR (each old file kept as .bak)\n"
    "  -o, --output DIR      the folder to write to (created when missing; not WORKSPACE)\n"
    "\n"
    "Exit status: 0 every usable State prepared, 1 a problem (nothing written when the input\n"
    "is wrong or a file exists; otherwise the problems are listed), 2 wrong usage.\n";

constexpr const char* kCommand = "prepare";

std::shared_ptr<const Form> loadForm(const std::string& path) {
    const FormLoadResult loaded = loadFormFile(path);
    for (const auto& d : loaded.diagnostics.items)
        if (d.severity == Severity::Error)
            std::cerr << d.format() << "\n";
    if (!loaded.form)
        std::cerr << "revq-cli prepare: the form " << path
                  << " cannot be used (above); fix it (revq-cli lint " << path
                  << ") or name another. Nothing written.\n";
    return loaded.form;
}

bool sameFolder(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// A fresh, empty folder inside `dir` for the files before they are renamed into place.
fs::path makeStagingFolder(const fs::path& dir, std::string* error) {
    std::random_device rd;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const fs::path p = dir / (".revq-prepare-" + std::to_string(rd()));
        std::error_code ec;
        if (fs::create_directory(p, ec))
            return p;
        if (ec) {
            *error = ec.message();
            return {};
        }
    }
    *error = "no free temporary name";
    return {};
}

// "N answers carried over, M set aside" for a file just written (read back as a check).
std::string carriedSummary(const std::string& path, std::string* problem) {
    const OpenedResponse opened = openResponse(path);
    if (!opened.response) {
        *problem = path + ": error: the file written cannot be read back";
        return {};
    }
    size_t carried = 0;
    for (const auto& [id, a] : opened.response->answers)
        carried += a.provenance.carriedOver ? 1 : 0;
    return std::to_string(carried) + " answers carried over, " +
           std::to_string(opened.response->setAside.size()) + " set aside";
}

int runPrepare(const std::vector<std::string>& args) {
    std::string formPath, previousFormPath, statesFile, outDir, by = "secretariat";
    bool force = false;
    std::vector<std::string> operands;
    OptionParser parser(kCommand);
    parser.value({"--form"}, formPath)
        .value({"--previous-form"}, previousFormPath)
        .value({"--states-file"}, statesFile)
        .value({"--by"}, by)
        .value({"-o", "--output"}, outDir)
        .flag({"--force"}, force)
        .operands(operands, 1, " (one WORKSPACE folder only)")
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form NEXT_FORM is required");
    if (outDir.empty())
        return parser.usageError("-o DIR is required");
    if (operands.empty())
        return parser.usageError("give the previous cycle's WORKSPACE folder");
    const std::string& wsDir = operands[0];
    const fs::path wsPath = pathFromUtf8(wsDir), outPath = pathFromUtf8(outDir);

    std::error_code ec;
    if (!fs::is_directory(wsPath, ec)) {
        std::cerr << wsDir << ": error: "
                  << (fs::exists(wsPath, ec) ? "this is a file, not a folder" : "no such folder")
                  << "; name the previous cycle's workspace folder (the one holding its *.revq "
                     "files). Nothing written.\n";
        return kExitProblems;
    }
    if (sameFolder(wsPath, outPath)) {
        std::cerr << outDir << ": error: this is the workspace folder itself; write the next "
                  << "cycle's files into another folder (-o DIR). Nothing written.\n";
        return kExitProblems;
    }
    if (fs::exists(outPath, ec) && !fs::is_directory(outPath, ec)) {
        std::cerr << outDir << ": error: this is a file, not a folder; name a folder for -o. "
                  << "Nothing written.\n";
        return kExitProblems;
    }

    const std::shared_ptr<const Form> nextForm = loadForm(formPath);
    if (!nextForm)
        return kExitProblems;
    std::shared_ptr<const Form> previousForm = nextForm;
    if (!previousFormPath.empty() && !(previousForm = loadForm(previousFormPath)))
        return kExitProblems;

    const std::shared_ptr<const StatesList> states =
        loadStatesList(statesFile, "prepare", "State codes are not checked");

    ImportReport read;
    const Workspace ws = Workspace::open(wsDir, previousForm, states, &read);
    std::vector<std::string> skipped = read.skipped, notes;
    std::vector<fs::path> targets;
    std::vector<std::string> mappedHere;  // files mapped onto NEXT_FORM by the workspace
    for (const WorkspaceState& s : ws.states()) {
        if (!ws.chosenFile(s)) {
            skipped.push_back(s.code + ": no usable file (" + ws.flagsOf(s) + ")");
            continue;
        }
        if (s.conflict)
            notes.push_back(s.code + ": several revisions; carried over from " +
                            ws.chosenFile(s)->fileName +
                            " (the automatic choice; record another in the workspace)");
        targets.push_back(outPath / (s.code + ".revq"));
        if (previousFormPath.empty() && ws.chosenFile(s)->has(FileFlag::OtherVersion))
            mappedHere.push_back(ws.chosenFile(s)->fileName);
    }
    if (!mappedHere.empty())
        notes.push_back(std::to_string(mappedHere.size()) + " file(s) (" + mappedHere.front() +
                        (mappedHere.size() > 1 ? ", ..." : "") + ") answer another version of " +
                        nextForm->id +
                        ": their answers are carried over, but each origin names the new "
                        "question id; give --previous-form FORM (the form they answer) for "
                        "origins that name the earlier question");
    std::cout << "Read " << ws.files().size() << " response files in " << wsDir << ": "
              << targets.size() << " States to prepare, " << read.flagged.size()
              << " files flagged, " << skipped.size() << " skipped.\n";
    printList("Flagged (carried over, but look at them):", read.flagged);
    printList("Skipped (nothing prepared for them):", skipped);
    printList("Notes:", notes);
    if (targets.empty()) {
        std::cerr << "revq-cli prepare: no State has a usable response in " << wsDir
                  << "; nothing written.\n";
        return kExitProblems;
    }
    // Refuse before writing anything, so that a refusal changes nothing.
    if (!force) {
        std::vector<std::string> existing;
        for (const auto& t : targets)
            if (fs::exists(t, ec))
                existing.push_back(pathToUtf8(t));
        if (!existing.empty()) {
            for (const auto& e : existing)
                std::cerr << e << ": error: exists already (prepared earlier?)\n";
            std::cerr << "revq-cli prepare: " << existing.size()
                      << " file(s) exist already; use --force to replace them (kept as .bak), "
                         "or another -o DIR. Nothing written.\n";
            return kExitProblems;
        }
    }

    fs::create_directories(outPath, ec);
    std::string why;
    const fs::path staging = makeStagingFolder(outPath, &why);
    if (staging.empty()) {
        std::cerr << outDir << ": error: cannot write in this folder (" << why
                  << "); choose a folder you can write to. Nothing written.\n";
        return kExitProblems;
    }
    const std::string stagingText = pathToUtf8(staging);
    const NextCycleReport rep = prepareNextCycle(ws, *nextForm, stagingText, by);
    std::vector<std::string> problems;
    for (std::string p : rep.problems) {
        // Name the file where it was meant to go, not the staging folder.
        if (const size_t at = p.find(stagingText); at != std::string::npos)
            p.replace(at, stagingText.size(), outDir);
        problems.push_back(p);
    }
    size_t written = 0;
    for (const auto& staged : rep.written) {
        const fs::path target = outPath / pathFromUtf8(staged).filename();
        AtomicWriteOptions commit;
        commit.keepBackup = force;
        const bool existed = fs::exists(target, ec);
        const WriteResult moved = commitTemporaryFile(staged, pathToUtf8(target), commit);
        if (!moved) {
            problems.push_back(moved.error);
            continue;
        }
        ++written;
        std::string problem;
        const std::string summary = carriedSummary(pathToUtf8(target), &problem);
        if (!problem.empty())
            problems.push_back(problem);
        std::cout << "Wrote " << pathToUtf8(target) << ": " << summary
                  << (existed ? " (replaced; old file kept as .bak)" : "") << "\n";
    }
    fs::remove_all(staging, ec);
    printList("Problems:", problems);
    std::cout << "Prepared " << written << " response file(s) to " << nextForm->id << " version "
              << nextForm->version << " in " << outDir << "; " << skipped.size() << " skipped, "
              << problems.size() << " problem(s).\n";
    return problems.empty() && written == targets.size() ? kExitOk : kExitProblems;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"prepare", "pre-filled response files for the next cycle, one per State", kUsage, runPrepare});

}  // namespace

}  // namespace revq::cli
