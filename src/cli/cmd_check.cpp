// revq-cli check: validates responses against a form and reports completeness per article and
// whether a submitted response was changed after submission. Reads only; never writes.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "cli/form_input.h"
#include "cli/options.h"
#include "core/carry_over.h"
#include "core/data_paths.h"
#include "core/file_name_state.h"
#include "core/form_loader.h"
#include "core/provision_ref.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/response_validation.h"
#include "core/states.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli check --form FORM [--json] RESPONSE...\n"
    "\n"
    "Checks each response file against FORM: the file itself (XML, UTF-8, format, State\n"
    "code, attachments), then every answer (required while relevant, constraints, types and\n"
    "ranges, dates, table cells, choices, unknown questions, answers that are not relevant),\n"
    "and, for a submitted response, that its answers still match the content hash stored at\n"
    "submission. A response to another version of the form is mapped first (answers that\n"
    "fit nowhere are counted as set aside). Prints every problem as\n"
    "FILE:LINE:COL: severity: question 'ID' (Art. N): message, then the completeness\n"
    "(answered / relevant questions) overall and per article.\n"
    "\n"
    "Options:\n"
    "  --form FORM   the form definition (forms/*.xml)\n"
    "  --json        print one JSON document instead (shape in docs/response-format.md)\n"
    "\n"
    "Exit status: 0 every response valid, 1 a response is unreadable, invalid or changed\n"
    "after submission, 2 wrong usage.\n";

// Articles in treaty order ("" — the general part — first).
std::vector<std::string> sortedArticles(const std::map<std::string, Tally>& byArticle) {
    std::vector<std::string> out;
    for (const auto& [a, t] : byArticle)
        out.push_back(a);
    std::stable_sort(out.begin(), out.end(), [](const std::string& x, const std::string& y) {
        auto px = parseProvisionRef(x), py = parseProvisionRef(y);
        if (px && py)
            return *px < *py;
        return !px && py;
    });
    return out;
}

std::string tallyJson(const Tally& t) {
    return "{\"answered\": " + std::to_string(t.answered) +
           ", \"relevant\": " + std::to_string(t.relevant) + "}";
}

template <typename Map>
std::string tallyMapJson(const Map& m, const std::vector<std::string>& order, const char* key) {
    std::string out = "[";
    for (size_t i = 0; i < order.size(); ++i) {
        const Tally& t = m.at(order[i]);
        out += (i ? ", " : "") + std::string("{\"") + key + "\": " + jsonQuote(order[i]) +
               ", \"answered\": " + std::to_string(t.answered) +
               ", \"relevant\": " + std::to_string(t.relevant) + "}";
    }
    return out + "]";
}

struct FileReport {
    std::string file;
    Diagnostics readProblems;  // the file itself
    bool readable = false;
    std::string status;     // draft / submitted
    std::string integrity;  // toString(IntegrityState)
    std::string formVersion;
    size_t setAside = 0;
    std::vector<ResponseProblem> problems;
    Completeness completeness;
    bool valid = false;
};

FileReport checkFile(const std::string& path, const Form& form, const StatesList* states) {
    FileReport rep;
    rep.file = path;
    ResponseReadOptions options;
    options.form = &form;
    options.states = states;
    options.unknownQuestionsAreErrors = false;
    OpenedResponse opened = openResponse(path, options);
    rep.readProblems = opened.diagnostics;
    if (!opened.response)
        return rep;
    rep.readable = true;
    const Response& raw = *opened.response;
    // A file named for another State (FRA_….revq holding DEU) is read, with a warning.
    if (auto mismatch = fileNameStateMismatch(path, raw.stateCode, states)) {
        Diagnostic d;
        d.file = path;
        d.severity = Severity::Warning;
        d.code = "name-other-state";
        d.message = *mismatch;
        rep.readProblems.add(std::move(d));
    }
    rep.status = std::string(toString(raw.status));
    rep.formVersion = raw.formVersion;
    IntegrityState integrity = checkIntegrity(raw);
    rep.integrity = std::string(toString(integrity));

    Response mapped;
    const Response* response = &raw;
    ValidationOptions vopt;
    if (raw.formVersion != form.version) {
        mapped = mapResponseToForm(raw, form).response;
        response = &mapped;
    } else {
        vopt.positions = &opened.answerPositions;
    }
    rep.setAside = response->setAside.size();
    ValidationReport report = validateResponse(form, *response, vopt);
    rep.problems = report.problems;
    rep.completeness = computeCompleteness(form, *response, &report.states);
    rep.valid = !rep.readProblems.hasErrors() && !report.hasErrors() &&
                integrity != IntegrityState::ChangedAfterSubmission &&
                integrity != IntegrityState::MissingHash;
    return rep;
}

void printText(const FileReport& rep, const Form& form) {
    for (const auto& d : rep.readProblems.items)
        std::cout << d.format() << "\n";
    if (!rep.readable) {
        std::cout << rep.file << ": unreadable, not checked\n\n";
        return;
    }
    IntegrityState state = rep.integrity == "changed-after-submission"
                               ? IntegrityState::ChangedAfterSubmission
                           : rep.integrity == "missing-hash" ? IntegrityState::MissingHash
                                                             : IntegrityState::Intact;
    if (rep.integrity == "changed-after-submission" || rep.integrity == "missing-hash") {
        std::cout << rep.file << ": error: " << describeIntegrityProblem(state) << "\n";
    }
    for (const auto& d : toDiagnostics(rep.problems, rep.file).items) {
        std::cout << d.format() << "\n";
    }
    std::cout << rep.file << ": " << rep.status;
    if (rep.status == "submitted")
        std::cout << " (" << rep.integrity << ")";
    if (rep.formVersion != form.version) {
        std::cout << ", written for version " << rep.formVersion << " and mapped to "
                  << form.version << " (" << rep.setAside << " answers set aside)";
    }
    size_t errors = 0, warnings = 0;
    for (const auto& p : rep.problems)
        (p.severity == Severity::Error ? errors : warnings)++;
    std::cout << ", " << errors << " errors, " << warnings << " warnings; "
              << (rep.valid ? "valid" : "INVALID") << "\n";
    const Completeness& c = rep.completeness;
    std::cout << "  completeness: " << c.overall.answered << "/" << c.overall.relevant
              << " relevant questions answered\n";
    for (const auto& art : sortedArticles(c.byArticle)) {
        const Tally& t = c.byArticle.at(art);
        std::cout << "    " << (art.empty() ? std::string("General") : "Art. " + art) << ": "
                  << t.answered << "/" << t.relevant << (t.complete() ? "" : "  (incomplete)")
                  << "\n";
    }
    std::cout << "\n";
}

std::string jsonReport(const FileReport& rep) {
    std::string out = "{\"file\": " + jsonQuote(rep.file) +
                      ", \"readable\": " + (rep.readable ? "true" : "false") +
                      ", \"valid\": " + (rep.valid ? "true" : "false");
    out += ", \"read_problems\": " + rep.readProblems.toJson();
    if (rep.readable) {
        out += ", \"status\": " + jsonQuote(rep.status) +
               ", \"integrity\": " + jsonQuote(rep.integrity) +
               ", \"form_version\": " + jsonQuote(rep.formVersion) +
               ", \"set_aside\": " + std::to_string(rep.setAside);
        out += ", \"problems\": [";
        for (size_t i = 0; i < rep.problems.size(); ++i) {
            const auto& p = rep.problems[i];
            out += std::string(i ? ", " : "") + "{\"question\": " + jsonQuote(p.questionId) +
                   ", \"article\": " + jsonQuote(p.article) + ", \"severity\": " +
                   (p.severity == Severity::Error ? "\"error\"" : "\"warning\"") +
                   ", \"code\": " + jsonQuote(p.code) + ", \"message\": " + jsonQuote(p.message) +
                   ", \"line\": " + std::to_string(p.pos.line) +
                   ", \"column\": " + std::to_string(p.pos.column) + "}";
        }
        out += "]";
        const Completeness& c = rep.completeness;
        std::vector<std::string> clusters, sections;
        for (const auto& [k, v] : c.byCluster)
            clusters.push_back(k);
        for (const auto& [k, v] : c.bySection)
            sections.push_back(k);
        out += ", \"completeness\": {\"overall\": " + tallyJson(c.overall) + ", \"articles\": " +
               tallyMapJson(c.byArticle, sortedArticles(c.byArticle), "article") +
               ", \"clusters\": " + tallyMapJson(c.byCluster, clusters, "cluster") +
               ", \"sections\": " + tallyMapJson(c.bySection, sections, "section") + "}";
    }
    return out + "}";
}

int runCheck(const std::vector<std::string>& args) {
    std::string formPath;
    bool json = false;
    std::vector<std::string> files;
    OptionParser parser("check");
    parser.value({"--form"}, formPath).flag({"--json"}, json).operands(files);
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (files.empty())
        return parser.usageError("give at least one RESPONSE file");

    FormLoadResult form = loadCommandForm(formPath, "check", "no response checked");
    if (!form.form)
        return kExitProblems;
    std::shared_ptr<const StatesList> states;
    const DataDirs& dirs = dataDirs();
    if (dirs.found && std::filesystem::exists(dirs.statesFile())) {
        states = StatesList::load(pathToUtf8(dirs.statesFile())).states;
    }

    bool allValid = true;
    std::string jsonFiles;
    for (const auto& f : files) {
        FileReport rep = checkFile(f, *form.form, states.get());
        allValid = allValid && rep.valid;
        if (json) {
            jsonFiles += (jsonFiles.empty() ? "\n  " : ",\n  ") + jsonReport(rep);
        } else {
            printText(rep, *form.form);
        }
    }
    if (json) {
        std::cout << "{\"form\": " << jsonQuote(form.form->id)
                  << ", \"form_version\": " << jsonQuote(form.form->version)
                  << ", \"valid\": " << (allValid ? "true" : "false") << ", \"files\": ["
                  << jsonFiles << "\n]}\n";
    } else {
        std::cout << files.size() << (files.size() == 1 ? " response" : " responses")
                  << " checked: " << (allValid ? "all valid" : "problems found") << "\n";
    }
    return allValid ? kExitOk : kExitProblems;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"check", "validate responses against a form; completeness; changes after submission", kUsage,
     runCheck});

}  // namespace

}  // namespace revq::cli
