// revq-cli sample: writes plausible synthetic responses (one per State) for demos, tests and
// benchmarks; the same files for the same seed.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_store.h"
#include "core/sample.h"
#include "core/states.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli sample --form FORM [--states all|ISO3,ISO3...] [--seed N]\n"
    "                       [--states-file FILE] [--force] -o DIR\n"
    "\n"
    "Writes one synthetic response file per State (DIR/ISO3.revq) to FORM: about three in\n"
    "five submitted with a correct integrity hash, the others drafts at various stages; long\n"
    "texts in the State's language (Arabic, Chinese, English, French, Russian, Spanish),\n"
    "technical-assistance needs, statistics tables and legislation citations. Answers respect\n"
    "the form's relevance rules. The same seed always gives the same files.\n"
    "\n"
    "Options:\n"
    "  --form FORM         the form definition (e.g. forms/tip-protocol-review.xml)\n"
    "  --states LIST       'all' (default) or comma-separated ISO 3166-1 alpha-3 codes\n"
    "  --seed N            a whole number (default 1)\n"
    "  --states-file FILE  the States list (default: forms/states.xml of the installation)\n"
    "  --force             replace existing files in DIR (otherwise they are kept and reported)\n"
    "  -o, --output DIR    the folder to write to (created when missing)\n"
    "\n"
    "Exit status: 0 all written, 1 problems (bad form, unknown State, a file not written),\n"
    "2 wrong usage.\n";

int runSample(const std::vector<std::string>& args) {
    std::string formPath, statesArg = "all", statesFile, outDir;
    std::uint64_t seed = 1;
    bool force = false;
    std::string seedText = "1";
    OptionParser parser("sample");
    parser.value({"--form"}, formPath, "--form needs a file")
        .value({"--states"}, statesArg, "--states needs 'all' or ISO3 codes")
        .value({"--states-file"}, statesFile, "--states-file needs a file")
        .value({"--seed"}, seedText, "--seed needs a number")
        .value({"-o", "--output"}, outDir, "-o needs a folder")
        .flag({"--force"}, force);
    if (!parser.parse(args))
        return kExitUsage;
    try {
        size_t used = 0;
        seed = std::stoull(seedText, &used);
        if (used != seedText.size())
            throw std::invalid_argument(seedText);
    } catch (const std::exception&) {
        return parser.usageError("--seed needs a whole number, not '" + seedText + "'");
    }
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (outDir.empty())
        return parser.usageError("-o DIR is required");

    const FormLoadResult loaded = loadFormFile(formPath);
    for (const auto& d : loaded.diagnostics.items)
        if (d.severity == Severity::Error)
            std::cerr << d.format() << "\n";
    if (!loaded.form) {
        std::cerr << "revq-cli sample: the form " << formPath
                  << " has errors; fix them (revq-cli lint " << formPath << ")\n";
        return kExitProblems;
    }
    if (statesFile.empty()) {
        const DataDirs& dirs = dataDirs();
        if (!dirs.found) {
            std::cerr << "revq-cli sample: " << dirs.error << "\n(or pass --states-file)\n";
            return kExitProblems;
        }
        statesFile = pathToUtf8(dirs.statesFile());
    }
    const StatesLoadResult states = StatesList::load(statesFile);
    for (const auto& d : states.diagnostics.items)
        if (d.severity == Severity::Error)
            std::cerr << d.format() << "\n";
    if (!states.states)
        return kExitProblems;

    std::vector<const State*> chosen;
    if (statesArg == "all") {
        for (const State& s : states.states->all())
            chosen.push_back(&s);
    } else {
        std::stringstream in(statesArg);
        std::string code;
        while (std::getline(in, code, ',')) {
            if (code.empty())
                continue;
            const State* s = states.states->find(code);
            if (!s) {
                std::cerr << "revq-cli sample: '" << code << "' is not a State in " << statesFile
                          << "; use ISO 3166-1 alpha-3 codes such as FRA\n";
                return kExitProblems;
            }
            chosen.push_back(s);
        }
        if (chosen.empty())
            return parser.usageError("--states lists no State");
    }

    std::error_code ec;
    std::filesystem::create_directories(pathFromUtf8(outDir), ec);
    if (!std::filesystem::is_directory(pathFromUtf8(outDir), ec)) {
        std::cerr << "revq-cli sample: cannot create the folder " << outDir
                  << "; check the path and your permissions\n";
        return kExitProblems;
    }
    SampleOptions options;
    options.seed = seed;
    int written = 0, submitted = 0, failed = 0;
    for (const State* s : chosen) {
        std::string whyDraft;
        const Response r = makeSampleResponse(*loaded.form, *s, options, &whyDraft);
        if (!whyDraft.empty())
            std::cerr << "revq-cli sample: warning: " << s->code << " stays a draft: " << whyDraft
                      << "\n";
        const std::string path = pathToUtf8(pathFromUtf8(outDir) / (s->code + ".revq"));
        SaveOptions save;
        save.force = force;
        save.keepBackup = false;
        const SaveResult result = saveResponse(path, r, save);
        if (!result) {
            std::cerr << "revq-cli sample: " << result.error << "\n";
            ++failed;
            continue;
        }
        ++written;
        submitted += r.status == ResponseStatus::Submitted ? 1 : 0;
    }
    std::cout << "Wrote " << written << " responses to " << outDir << " (" << submitted
              << " submitted, " << written - submitted << " drafts; seed " << seed << ").\n";
    if (failed > 0) {
        std::cout << failed << " files were not written (see above; --force replaces them).\n";
        return kExitProblems;
    }
    return kExitOk;
}

const bool registered = registerCommand(
    {"sample", "write synthetic responses for every State (demos, tests)", kUsage, runSample});

}  // namespace

}  // namespace revq::cli
