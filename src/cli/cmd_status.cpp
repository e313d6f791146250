// revq-cli status: where a national consultation stands (docs/consultation.md).
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/consultation_status.h"
#include "core/form_loader.h"
#include "core/response_store.h"

namespace revq::cli {

namespace {

constexpr const char* kUsage =
    "Usage: revq-cli status MASTER.revq [--form FORM] [--reminders OUT.csv]\n"
    "\n"
    "Shows, per agency and per article, what the master assigned (`revq-cli split`), which\n"
    "contributions came back and were merged, the conflicts left and — with --form — how many\n"
    "relevant questions are still unanswered. --reminders writes a CSV list of the agencies\n"
    "to remind (not returned, conflicts to settle, answers missing).\n"
    "\n"
    "Exit status: 0 shown, 1 the master cannot be read, 2 wrong usage.\n";

std::string pad(std::string s, size_t width) {
    size_t chars = 0;
    for (unsigned char c : s)
        chars += (c & 0xC0) != 0x80;
    if (chars < width)
        s.append(width - chars, ' ');
    return s + " ";
}

int runStatus(const std::vector<std::string>& args) {
    std::string formPath, reminders;
    std::vector<std::string> files;
    OptionParser parser("status");
    parser.value({"--form"}, formPath)
        .value({"--reminders"}, reminders)
        .operands(files)
        .dashIsOption();
    if (!parser.parse(args))
        return kExitUsage;
    if (files.size() != 1)
        return parser.usageError("give exactly one MASTER.revq");
    std::shared_ptr<const Form> form;
    if (!formPath.empty()) {
        FormLoadResult loaded = loadFormFile(formPath);
        for (const auto& d : loaded.diagnostics.items) {
            if (d.severity == Severity::Error)
                std::cerr << d.format() << "\n";
        }
        if (!loaded.form) {
            std::cerr << "revq-cli status: the form has errors.\n";
            return kExitProblems;
        }
        form = loaded.form;
    }
    OpenedResponse opened = openResponse(files[0]);
    for (const auto& d : opened.diagnostics.items)
        std::cerr << d.format() << "\n";
    if (!opened.response) {
        std::cerr << "revq-cli status: " << files[0] << " cannot be read.\n";
        return kExitProblems;
    }
    const Response& master = *opened.response;
    if (form && (form->id != master.formId || form->version != master.formVersion)) {
        std::cerr << files[0] << ": warning: the master answers '" << master.formId << "' "
                  << master.formVersion << ", not the form given; missing answers not counted.\n";
    }
    ConsultationStatus st = consultationStatus(master, form.get());
    if (st.agencies.empty()) {
        std::cout << files[0] << ": no consultation recorded (split it with `revq-cli split`).\n";
    } else {
        std::cout << "Agencies (" << files[0] << "):\n  " << pad("agency", 28)
                  << pad("deadline", 10) << pad("returned", 8) << pad("merged", 6)
                  << pad("conflicts", 9) << "missing\n";
        for (const auto& a : st.agencies) {
            std::cout << "  " << pad(a.agency, 28) << pad(a.deadline.empty() ? "-" : a.deadline, 10)
                      << pad(a.returned ? "yes" : "no", 8) << pad(a.merged() ? "yes" : "no", 6)
                      << pad(std::to_string(a.conflictsLeft), 9)
                      << (a.missing < 0 ? "? (give --form)" : std::to_string(a.missing)) << "\n";
        }
        std::cout << "Articles:\n  " << pad("article", 20) << pad("assigned to", 40)
                  << pad("returned", 8) << pad("conflicts", 9) << "missing\n";
        for (const auto& a : st.articles) {
            std::string who;
            for (const auto& x : a.agencies)
                who += (who.empty() ? "" : ", ") + x;
            std::cout << "  " << pad(a.article, 20) << pad(who.empty() ? "-" : who, 40)
                      << pad(std::to_string(a.returned) + "/" + std::to_string(a.agencies.size()),
                             8)
                      << pad(std::to_string(a.conflictsLeft), 9)
                      << (a.missing < 0 ? "?" : std::to_string(a.missing)) << "\n";
        }
        std::cout << st.conflictsLeft << " conflict(s) left.\n";
    }
    if (!reminders.empty()) {
        WriteResult w = writeFileAtomically(reminders, remindersCsv(st));
        if (!w) {
            std::cerr << "revq-cli status: " << w.error << "\n";
            return kExitProblems;
        }
        std::cout << "Reminder list written to " << reminders << ".\n";
    }
    return kExitOk;
}

[[maybe_unused]] const bool registered = registerCommand(
    {"status", "where a national consultation stands, per agency and article", kUsage, runStatus});

}  // namespace

}  // namespace revq::cli
