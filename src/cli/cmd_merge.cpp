// revq-cli merge: contributions back into the master (docs/consultation.md).
#include <iostream>

#include "cli/command.h"
#include "cli/form_input.h"
#include "cli/options.h"
#include "core/consultation_merge.h"
#include "core/form_loader.h"
#include "core/response_store.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli merge --form FORM MASTER.revq CONTRIBUTION.revq... [--by NAME]\n"
    "                      [--prefer master|latest|AGENCY] [--include-outside]\n"
    "\n"
    "Merges contributions (written by `revq-cli split` and filled by the agencies) into the\n"
    "master. Identical answers merge quietly. An answer that differs from the master's or from\n"
    "another contribution's is a conflict: the master keeps its own answer, every version is\n"
    "stored in the master (who, agency, when) and listed here, and the exit status is 1.\n"
    "Answers outside a contribution's assignment are reported and not taken unless\n"
    "--include-outside. Merging the same contribution again changes nothing; the order of\n"
    "the contributions does not matter. A contribution for another State or form is refused.\n"
    "The master is saved atomically (previous file kept as MASTER.revq.bak); contribution\n"
    "files are only read.\n"
    "\n"
    "Options:\n"
    "  --form FORM          the form the master answers\n"
    "  --prefer WHICH       resolve conflicts in bulk: master (keep the master's answer),\n"
    "                       latest (the most recently written version) or an agency's name\n"
    "  --include-outside    take answers outside a contribution's assignment too\n"
    "  --by NAME            who merges, for the history (default: the respondent's name)\n"
    "\n"
    "Exit status: 0 merged without conflicts left, 1 conflicts left or a contribution\n"
    "refused (the rest are merged), 2 wrong usage.\n";

std::string oneLine(const Answer& a) {
    std::string s;
    for (const auto& v : a.values)
        s += (s.empty() ? "" : ", ") + v;
    if (!a.text.empty())
        s += (s.empty() ? "" : "; ") + a.text;
    if (!a.cells.empty())
        s += (s.empty() ? "" : "; ") + std::to_string(a.cells.size()) + " table cells";
    if (!a.citations.empty())
        s += (s.empty() ? "" : "; ") + std::to_string(a.citations.size()) + " citations";
    for (auto& c : s) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    if (s.size() > 70) {
        size_t cut = 67;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;
        s = s.substr(0, cut) + "...";
    }
    return s;
}

std::string list(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
        s += (s.empty() ? "" : " ") + x;
    return s;
}

int runMerge(const std::vector<std::string>& args) {
    std::string formPath, prefer, by;
    bool includeOutside = false;
    std::vector<std::string> files;
    OptionParser parser("merge");
    parser.value({"--form"}, formPath)
        .value({"--prefer"}, prefer)
        .value({"--by"}, by)
        .flag({"--include-outside"}, includeOutside)
        .operands(files)
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (formPath.empty())
        return parser.usageError("--form FORM is required");
    if (files.size() < 2)
        return parser.usageError("give MASTER.revq and at least one CONTRIBUTION.revq");

    FormLoadResult form = loadCommandForm(formPath, "merge", "nothing merged");
    if (!form.form)
        return kExitProblems;
    const std::string& masterPath = files[0];
    ResponseReadOptions ropt;
    ropt.form = form.form.get();
    OpenedResponse master = openResponse(masterPath, ropt);
    for (const auto& d : master.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!master.response) {
        std::cerr << "revq-cli merge: " << masterPath << " cannot be read; nothing merged.\n";
        return kExitProblems;
    }
    MergeSession session(*form.form, *master.response, masterPath);
    if (std::string problem = session.masterProblem(); !problem.empty()) {
        std::cerr << "revq-cli merge: error: " << problem << "; nothing merged.\n";
        return kExitProblems;
    }
    if (by.empty())
        by = master.response->respondentName.empty() ? "revq-cli" : master.response->respondentName;
    MergeOptions options;
    options.includeOutside = includeOutside;
    options.by = by;
    bool refused = false;
    bool changed = false;
    for (size_t i = 1; i < files.size(); ++i) {
        const std::string& path = files[i];
        // Read without the form: another version is mapped by the merge, not refused here.
        ResponseReadOptions copt;
        OpenedResponse c = openResponse(path, copt);
        for (const auto& d : c.diagnostics.items)
            std::cerr << d.format() << "\n";
        if (!c.response) {
            std::cerr << path << ": error: cannot be read; not merged.\n";
            refused = true;
            continue;
        }
        ContributionMergeReport r = session.add(*c.response, path, options);
        if (r.refused) {
            std::cerr << "error: " << r.error << "; not merged.\n";
            refused = true;
            continue;
        }
        if (r.alreadyMerged) {
            std::cout << path << ": " << r.agency << ": already merged; nothing changed.\n";
            continue;
        }
        changed = true;
        std::cout << path << ": " << r.agency << ": " << r.taken.size() << " answers taken, "
                  << r.unchanged.size() << " identical to the master's";
        if (!r.conflicts.empty())
            std::cout << ", " << r.conflicts.size() << " in conflict";
        std::cout << ".\n";
        if (!r.outside.empty()) {
            std::cout << "  outside its assignment"
                      << (includeOutside ? " (taken)"
                                         : " (not taken; use --include-outside to take them)")
                      << ": " << list(r.outside) << "\n";
        }
        if (!r.setAside.empty()) {
            std::cout << "  not taken (no question of this form version): " << list(r.setAside)
                      << "\n";
        }
    }
    if (!prefer.empty()) {
        Preference p = prefer == "master"   ? Preference::Master
                       : prefer == "latest" ? Preference::Latest
                                            : Preference::Agency;
        size_t n = session.resolveAll(p, prefer, by);
        if (n > 0)
            changed = true;
        std::cout << "Resolved " << n << " conflict(s) preferring " << prefer << ".\n";
    }
    std::vector<Conflict> conflicts = session.conflicts();
    if (changed) {
        SaveOptions so;
        so.readStamp = &master.stamp;
        SaveResult saved = saveResponse(masterPath, session.result(), so);
        if (!saved) {
            std::cerr << "revq-cli merge: " << saved.error << "\n";
            return kExitProblems;
        }
        std::cout << "Saved " << masterPath << " (previous file kept as " << masterPath
                  << ".bak).\n";
    } else {
        std::cout << masterPath << " unchanged.\n";
    }
    if (!conflicts.empty()) {
        std::cout << conflicts.size() << " conflict(s) left in " << masterPath
                  << " (the master keeps its own answer until one is chosen):\n";
        for (const auto& c : conflicts) {
            std::cout << "  " << c.questionId << "\n";
            for (const auto& v : c.versions) {
                std::cout << "    " << (v.fromMaster ? "master" : "contribution") << " — "
                          << (v.agency.empty() ? "(no agency)" : v.agency);
                if (!v.person.empty())
                    std::cout << ", " << v.person;
                if (!v.changed.empty())
                    std::cout << ", " << v.changed;
                std::cout << ": " << oneLine(v.answer) << "\n";
            }
        }
        std::cout << "Resolve them in revq (File > Merge contributions...), or run merge again "
                     "with --prefer master|latest|AGENCY.\n";
    }
    return conflicts.empty() && !refused ? kExitOk : kExitProblems;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"merge", "merge agencies' contributions into the master response", kUsage, runMerge});

}  // namespace

}  // namespace revq::cli
