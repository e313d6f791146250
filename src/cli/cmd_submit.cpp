// revq-cli submit: validates a response, marks it submitted and stores the SHA-256 of its
// canonical answer content, saving the file atomically (the previous file kept as .bak).
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/form_input.h"
#include "cli/options.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/response_validation.h"
#include "core/states.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli submit --form FORM [--by NAME] [--note TEXT] RESPONSE\n"
    "\n"
    "Validates RESPONSE against FORM (as `revq-cli check` does) and, when it has no error,\n"
    "marks it submitted with today's date, appends a revision to its history and stores the\n"
    "SHA-256 of its canonical answer content (docs/response-format.md), so that a later\n"
    "change to the answers is detected by `revq-cli check`. The file is rewritten\n"
    "atomically and the previous version kept as RESPONSE.bak. When the response cannot be\n"
    "submitted the reasons are printed and the file is not touched.\n"
    "\n"
    "Options:\n"
    "  --form FORM   the form definition the response answers (same id and version)\n"
    "  --by NAME     who submits, for the history (default: the respondent's name)\n"
    "  --note TEXT   a note for the history\n"
    "\n"
    "Exit status: 0 submitted, 1 not submitted (reasons printed), 2 wrong usage.\n";

int runSubmit(const std::vector<std::string>& args) {
    std::string formPath, by, note;
    std::vector<std::string> files;
    OptionParser parser("submit");
    parser.value({"--form"}, formPath)
        .value({"--by"}, by)
        .value({"--note"}, note)
        .operands(files)
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (files.size() != 1)
        return parser.usageError("give exactly one RESPONSE file");
    const std::string& path = files[0];

    FormLoadResult form = loadCommandForm(formPath, "submit", "nothing submitted");
    if (!form.form)
        return kExitProblems;
    std::shared_ptr<const StatesList> states;
    const DataDirs& dirs = dataDirs();
    if (dirs.found && std::filesystem::exists(dirs.statesFile())) {
        states = StatesList::load(pathToUtf8(dirs.statesFile())).states;
    }
    ResponseReadOptions options;
    options.form = form.form.get();
    options.states = states.get();
    options.unknownQuestionsAreErrors = false;  // reported below with the other problems
    OpenedResponse opened = openResponse(path, options);
    for (const auto& d : opened.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!opened.response) {
        std::cerr << "revq-cli submit: " << path << " cannot be read; nothing submitted.\n";
        return kExitProblems;
    }
    Response response = *opened.response;
    if (response.formVersion != form.form->version) {
        std::cerr << path << ": error: the response answers version " << response.formVersion
                  << " of form '" << response.formId << "', not version " << form.form->version
                  << " (create a response to this version with `revq-cli new --from " << path
                  << "`, or submit with the form it answers); nothing submitted.\n";
        return kExitProblems;
    }
    if (response.status == ResponseStatus::Submitted) {
        IntegrityState integrity = checkIntegrity(response);
        std::cerr << path << ": error: the response is already submitted"
                  << (integrity == IntegrityState::Intact
                          ? ""
                          : " and " + describeIntegrityProblem(integrity))
                  << "; nothing submitted.\n";
        return kExitProblems;
    }
    if (by.empty())
        by = response.respondentName.empty() ? "revq-cli" : response.respondentName;

    ValidationOptions vopt;
    vopt.positions = &opened.answerPositions;
    SubmitResult result = submitResponse(*form.form, response, by, note);
    if (!result.ok) {
        // Re-run for positions: submitResponse validates without the reader's positions.
        ValidationReport report = validateResponse(*form.form, *opened.response, vopt);
        std::vector<ResponseProblem> errors;
        for (const auto& p : report.problems) {
            if (p.severity == Severity::Error)
                errors.push_back(p);
        }
        for (const auto& d : toDiagnostics(errors.empty() ? result.problems : errors, path).items) {
            std::cerr << d.format() << "\n";
        }
        std::cerr << path << ": not submitted: " << result.message << ".\n";
        return kExitProblems;
    }

    SaveOptions save;
    save.readStamp = &opened.stamp;
    SaveResult saved = saveResponse(path, response, save);
    if (!saved) {
        std::cerr << "revq-cli submit: " << saved.error << "\n";
        return kExitProblems;
    }
    std::cout << "Submitted " << path << " (" << response.stateCode << ", form " << response.formId
              << " " << response.formVersion << ") on " << response.submitted
              << "; content SHA-256 " << response.integritySha256 << ". Previous file kept as "
              << path << ".bak.\n";
    return kExitOk;
}

[[maybe_unused]] const bool registered =
    registerCommand({"submit", "validate a response, mark it submitted and store its content hash",
                     kUsage, runSubmit});

}  // namespace

}  // namespace revq::cli
