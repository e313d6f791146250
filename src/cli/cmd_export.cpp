// revq-cli export: one State's response as a readable workbook.
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/carry_over.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/states.h"
#include "export/response_workbook.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli export --form FORM [--layout LAYOUT] [--lang LANG] -o OUT.xlsx RESPONSE\n"
    "\n"
    "Writes one response as a workbook: a cover (State, status, integrity, respondent) and the\n"
    "answers grouped by article, with the question, its provision reference, the answer and\n"
    "who gave it, from which agency, when, and whether it was carried over or imported. The\n"
    "response file is not changed; OUT.xlsx is replaced only when the new one is complete.\n"
    "\n"
    "Options:\n"
    "  --form FORM      the form definition the response answers\n"
    "  --layout LAYOUT  the layout (default: templates/response.xml of the installation)\n"
    "  --lang LANG      ar, en, es, fr, ru or zh (default: the response's language)\n"
    "  -o, --output OUT the workbook to write\n"
    "\n"
    "Exit status: 0 written, 1 the response or form could not be read or the workbook not\n"
    "written, 2 wrong usage.\n";

int runExport(const std::vector<std::string>& args) {
    std::string formPath, layoutPath, lang, outPath;
    std::vector<std::string> inputs;
    OptionParser parser("export");
    parser.value({"--form"}, formPath, "--form needs a file")
        .value({"--layout"}, layoutPath, "--layout needs a file")
        .value({"--lang"}, lang, "--lang needs a language")
        .value({"-o", "--output"}, outPath, "-o needs a file")
        .operands(inputs);
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (outPath.empty())
        return parser.usageError("-o OUT.xlsx is required");
    if (inputs.size() != 1)
        return parser.usageError("give exactly one response file");
    if (!lang.empty() && !isUnLanguage(lang))
        return parser.usageError("--lang must be one of ar, en, es, fr, ru, zh, not '" + lang +
                                 "'");

    const DataDirs& dirs = dataDirs();
    if (layoutPath.empty())
        layoutPath = dirs.found ? pathToUtf8(dirs.templates / "response.xml")
                                : std::string("templates/response.xml");
    const LayoutLoadResult layout =
        loadExportLayoutFile(layoutPath, "response", responseSheetKinds());
    for (const auto& d : layout.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!layout.ok)
        return kExitProblems;

    const FormLoadResult loaded = loadFormFile(formPath);
    for (const auto& d : loaded.diagnostics.items)
        if (d.severity == Severity::Error)
            std::cerr << d.format() << "\n";
    if (!loaded.form) {
        std::cerr << "revq-cli export: the form " << formPath
                  << " has errors; fix them (revq-cli lint " << formPath << ")\n";
        return kExitProblems;
    }
    const OpenedResponse opened = openResponse(inputs[0]);
    for (const auto& d : opened.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!opened.response) {
        std::cerr << "revq-cli export: " << inputs[0] << " cannot be read (see above)\n";
        return kExitProblems;
    }
    const Response& original = *opened.response;
    if (original.formId != loaded.form->id) {
        std::cerr << inputs[0] << ": error: the response answers the form '" << original.formId
                  << "', not '" << loaded.form->id << "' (pass the right --form)\n";
        return kExitProblems;
    }
    ResponseExportInput in;
    in.form = loaded.form.get();
    in.lang = lang.empty() ? (isUnLanguage(original.language) ? original.language : "en") : lang;
    in.fileName = std::filesystem::path(inputs[0]).filename().string();
    const IntegrityState integrity = checkIntegrity(original);
    in.integrity = integrity == IntegrityState::Intact ? "intact (the content matches the hash "
                                                         "stored at submission)"
                                                       : describeIntegrityProblem(integrity);
    Response mapped;
    if (original.formVersion != loaded.form->version) {
        mapped = mapResponseToForm(original, *loaded.form).response;
        std::cerr << inputs[0] << ": warning: the response answers version " << original.formVersion
                  << " of the form; its answers were mapped to version " << loaded.form->version
                  << "\n";
        in.response = &mapped;
    } else {
        in.response = &original;
    }
    if (dirs.found) {
        const StatesLoadResult states = StatesList::load(pathToUtf8(dirs.statesFile()));
        if (states.states)
            if (const State* s = states.states->find(original.stateCode))
                in.stateName = s->name.get(in.lang);
    }
    const ExportReport written = writeResponseWorkbook(layout.layout, in, outPath);
    for (const auto& n : written.notes)
        std::cout << n.where << ": " << n.message << "\n";
    if (!written.ok) {
        std::cerr << "revq-cli export: " << written.error << "\n";
        return kExitProblems;
    }
    std::cout << "Wrote " << outPath << " (" << written.sheets.size() << " sheets).\n";
    return kExitOk;
}

const bool registered =
    registerCommand({"export", "write one response as a readable workbook", kUsage, runExport});

}  // namespace

}  // namespace revq::cli
