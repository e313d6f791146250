// revq-cli import: imports answers into a response from another response of the same State —
// an earlier cycle of the same form, or a response to another instrument's questionnaire linked
// by cross-references (rule: core/answer_import.h, docs/form-format.md).
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/answer_import.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_store.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli import --form FORM --from OTHER.revq [--other-form FORM2] [--overwrite]\n"
    "                       [-o OUT.revq] RESPONSE.revq\n"
    "\n"
    "Imports answers into RESPONSE (a response to FORM) from OTHER, a response of the same\n"
    "State: to an earlier cycle or version of FORM (mapped by question id and `replaces`), or\n"
    "to FORM2, another instrument's questionnaire, for questions linked by the instruments'\n"
    "cross-references. Each imported answer is marked imported with its origin until\n"
    "confirmed. An answer RESPONSE already has is reported and kept unless --overwrite.\n"
    "OTHER is never changed; RESPONSE is updated in place (previous file kept as .bak)\n"
    "unless -o names another file.\n"
    "\n"
    "Options:\n"
    "  --form FORM         the form RESPONSE answers\n"
    "  --from OTHER        the response to import from\n"
    "  --other-form FORM2  the form OTHER answers (default: FORM)\n"
    "  --overwrite         replace answers RESPONSE already has\n"
    "  --by NAME           who imports, for the history (default revq-cli)\n"
    "  -o, --output OUT    write the result to OUT (never overwritten) instead of RESPONSE\n"
    "\n"
    "Exit status: 0 imported (or nothing to import), 1 a problem with the input (no file\n"
    "changed), 2 wrong usage.\n";

void printDiagnostics(const Diagnostics& d) {
    for (const auto& item : d.items)
        std::cerr << item.format() << "\n";
}

std::shared_ptr<const Form> loadForm(const std::string& path) {
    FormLoadResult r = loadFormFile(path);
    if (!r.form) {
        printDiagnostics(r.diagnostics);
        std::cerr << "revq-cli import: " << path
                  << " has errors (above); correct them first. No file changed.\n";
    }
    return r.form;
}

int runImport(const std::vector<std::string>& args) {
    std::string formPath, from, otherFormPath, target, out, by = "revq-cli";
    bool overwrite = false;
    std::vector<std::string> operands;
    OptionParser parser("import");
    parser.value({"--form"}, formPath)
        .value({"--from"}, from)
        .value({"--other-form"}, otherFormPath)
        .value({"--by"}, by)
        .value({"-o", "--output"}, out)
        .flag({"--overwrite"}, overwrite)
        .operands(operands, 1, " (one RESPONSE only)")
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (!operands.empty())
        target = operands[0];
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (from.empty())
        return parser.usageError("--from OTHER.revq is required");
    if (target.empty())
        return parser.usageError("RESPONSE.revq is required");

    auto form = loadForm(formPath);
    if (!form)
        return kExitProblems;
    std::shared_ptr<const Form> otherForm = form;
    if (!otherFormPath.empty() && !(otherForm = loadForm(otherFormPath)))
        return kExitProblems;

    ResponseReadOptions targetOptions;
    targetOptions.form = form.get();
    OpenedResponse opened = openResponse(target, targetOptions);
    printDiagnostics(opened.diagnostics);
    if (!opened.response) {
        std::cerr << "revq-cli import: cannot read " << target
                  << " (above); correct it or name another response. No file changed.\n";
        return kExitProblems;
    }
    ResponseReadOptions sourceOptions;
    sourceOptions.form = otherForm.get();
    OpenedResponse source = openResponse(from, sourceOptions);
    printDiagnostics(source.diagnostics);
    if (!source.response) {
        std::cerr << "revq-cli import: cannot read " << from << " (above); name a readable response"
                  << (otherFormPath.empty() ? " to " + formPath : " to " + otherFormPath)
                  << ", or pass --other-form with the form it answers. No file changed.\n";
        return kExitProblems;
    }

    ImportOptions options;
    options.originFile = pathToUtf8(pathFromUtf8(from).filename());
    options.overwrite = overwrite;
    options.by = by;
    ImportResult result =
        importAnswers(*opened.response, *form, *source.response, *otherForm, options);
    if (!result.response) {
        std::cerr << from << ": error: " << result.error << ". No file changed.\n";
        return kExitProblems;
    }
    const ImportReport& r = result.report;
    for (const auto& [t, s] : r.imported)
        std::cout << "imported  " << t << " <- " << s << "\n";
    for (const auto& [t, s] : r.kept)
        std::cout << "kept      " << t << " (already answered; " << s
                  << " not imported, use --overwrite to replace)\n";
    for (const auto& [t, s] : r.unfit)
        std::cout << "unfit     " << t << " <- " << s
                  << " (the answer does not fit the question's choices or table)\n";
    for (const auto& s : r.unmatched)
        std::cout << "unmatched " << s << " (no linked question in " << form->id << ")\n";

    const std::string dest = out.empty() ? target : out;
    if (r.imported.empty()) {
        std::cout << "Nothing imported; " << dest << " not written.\n";
        return kExitOk;
    }
    SaveOptions save;
    if (out.empty())
        save.readStamp = &opened.stamp;
    SaveResult saved = saveResponse(dest, *result.response, save);
    if (!saved) {
        std::cerr << "revq-cli import: " << saved.error << "\n";
        return kExitProblems;
    }
    std::cout << "Wrote " << dest << ": " << r.imported.size() << " imported, " << r.kept.size()
              << " kept, " << r.unfit.size() << " unfit, " << r.unmatched.size() << " unmatched.\n";
    return kExitOk;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"import", "import answers from another response of the same State", kUsage, runImport});

}  // namespace

}  // namespace revq::cli
