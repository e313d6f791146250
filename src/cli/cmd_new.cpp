// revq-cli new: creates a response file for a State, empty or carried over from an earlier
// cycle's response (answers mapped through `replaces`, the rest set aside, never dropped).
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/form_input.h"
#include "cli/options.h"
#include "core/carry_over.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/localized_text.h"
#include "core/response_store.h"
#include "core/states.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli new --form FORM --state ISO3 [--from EARLIER.revq] [--lang LANG]\n"
    "                    [--by NAME] [--force] -o OUT.revq\n"
    "\n"
    "Creates a draft response of the State ISO3 (ISO 3166-1 alpha-3, e.g. FRA) to FORM.\n"
    "With --from, the answers of an earlier response of the same State are carried over:\n"
    "moved by question id or through the form's `replaces`, each marked carried-over with\n"
    "its origin; answers that fit no question of FORM are kept under 'not in this form\n"
    "version' (set-aside). OUT is never overwritten unless --force.\n"
    "\n"
    "Options:\n"
    "  --form FORM      the form definition (forms/*.xml)\n"
    "  --state ISO3     the State answering\n"
    "  --from FILE      an earlier response of the same State to carry over\n"
    "  --lang LANG      response language: ar en es fr ru zh (default: the earlier\n"
    "                   response's, else en)\n"
    "  --by NAME        who creates it, for the history (default revq-cli)\n"
    "  --force          overwrite OUT if it exists (the old file is kept as OUT.bak)\n"
    "  -o, --output OUT the response file to write\n"
    "\n"
    "Exit status: 0 written, 1 a problem with the input (nothing written), 2 wrong usage.\n";

void printDiagnostics(const Diagnostics& d) {
    for (const auto& item : d.items)
        std::cerr << item.format() << "\n";
}

int runNew(const std::vector<std::string>& args) {
    std::string formPath, state, from, lang, by = "revq-cli", out;
    bool force = false;
    OptionParser parser("new");
    parser.value({"--form"}, formPath)
        .value({"--state"}, state)
        .value({"--from"}, from)
        .value({"--lang"}, lang)
        .value({"--by"}, by)
        .value({"-o", "--output"}, out)
        .flag({"--force"}, force);
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (state.empty())
        return parser.usageError("--state ISO3 is required");
    if (out.empty())
        return parser.usageError("-o OUT.revq is required");
    if (!lang.empty() && !isUnLanguage(lang)) {
        return parser.usageError("--lang '" + lang + "' is not one of ar en es fr ru zh");
    }
    for (auto& c : state)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));

    FormLoadResult form = loadCommandForm(formPath, "new", "nothing written");
    if (!form.form)
        return kExitProblems;

    std::shared_ptr<const StatesList> states;
    const DataDirs& dirs = dataDirs();
    if (dirs.found && std::filesystem::exists(dirs.statesFile())) {
        StatesLoadResult s = StatesList::load(pathToUtf8(dirs.statesFile()));
        states = s.states;
    }
    if (!isKnownStateCode(state, states.get())) {
        std::cerr << "revq-cli new: '" << state << "' is not a known State code"
                  << (states ? " (forms/states.xml)" : "")
                  << "; use the ISO 3166-1 alpha-3 code, e.g. FRA. Nothing written.\n";
        return kExitProblems;
    }

    Response response;
    std::string summary;
    if (!from.empty()) {
        ResponseReadOptions options;
        options.states = states.get();
        OpenedResponse earlier = openResponse(from, options);
        printDiagnostics(earlier.diagnostics);
        if (!earlier.response) {
            std::cerr << "revq-cli new: cannot read " << from << "; nothing written.\n";
            return kExitProblems;
        }
        CarryOverOptions co;
        co.originFile = pathToUtf8(pathFromUtf8(from).filename());
        co.stateCode = state;
        co.language = lang;
        co.by = by;
        CarryOverResult result = carryOver(*earlier.response, *form.form, co);
        if (!result.response) {
            std::cerr << from << ": error: " << result.error << ". Nothing written.\n";
            return kExitProblems;
        }
        response = std::move(*result.response);
        summary = std::to_string(result.report.kept.size() + result.report.moved.size()) +
                  " answers carried over (" + std::to_string(result.report.moved.size()) +
                  " through replaces), " + std::to_string(response.setAside.size()) +
                  " set aside as not in this form version";
    } else {
        response = newResponse(*form.form, state, lang, by);
        summary = "empty draft";
    }

    SaveOptions save;
    save.force = force;
    SaveResult saved = saveResponse(out, response, save);
    if (!saved) {
        std::cerr << "revq-cli new: " << saved.error << "\n";
        return kExitProblems;
    }
    std::cout << "Wrote " << out << ": response of " << state << " to " << form.form->id
              << " version " << form.form->version << ", " << summary << ".\n";
    return kExitOk;
}

[[maybe_unused]] const bool registered =
    registerCommand({"new", "create a response file (optionally carried over from an earlier one)",
                     kUsage, runNew});

}  // namespace

}  // namespace revq::cli
