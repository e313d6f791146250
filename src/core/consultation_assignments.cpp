// Parsing assignments: the shorthand and the INI-like ASSIGNMENTS file (docs/consultation.md).
#include "core/consultation_assignments.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include "core/data_paths.h"
#include "core/response_validation.h"

namespace revq {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool toInt(std::string_view s, long& out) {
    s = trim(s);
    if (s.empty())
        return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::vector<std::string_view> splitOn(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        size_t p = s.find(sep, start);
        out.push_back(s.substr(start, p == std::string_view::npos ? s.npos : p - start));
        if (p == std::string_view::npos)
            break;
        start = p + 1;
    }
    return out;
}

Diagnostic problem(const std::string& file, int line, int column, std::string message,
                   std::string hint) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.code = "assignment";
    return d;
}

const char* kPartHint =
    "name articles (\"3\", \"5\"), a range of articles (\"10-13\") or section ids of the form";

// Adds the sections of a comma-separated part list to `a`; reports parts naming nothing.
void addParts(const Form& form, std::string_view list, Assignment& a, const std::string& file,
              int line, int column, Diagnostics& diags) {
    std::set<std::string> have(a.parts.begin(), a.parts.end());
    size_t offset = 0;
    for (std::string_view raw : splitOn(list, ',')) {
        std::string_view part = trim(raw);
        size_t lead = raw.find_first_not_of(" \t");
        int col = column + static_cast<int>(offset + (lead == std::string_view::npos ? 0 : lead));
        offset += raw.size() + 1;
        if (part.empty()) {
            diags.add(problem(file, line, col, "an empty part in the list for '" + a.agency + "'",
                              kPartHint));
            continue;
        }
        std::vector<std::string> sections = sectionsForPart(form, part);
        if (sections.empty()) {
            diags.add(problem(file, line, col,
                              "'" + std::string(part) + "' names no article or section of form '" +
                                  form.id + "' " + form.version,
                              kPartHint));
            continue;
        }
        for (auto& s : sections) {
            if (have.insert(s).second)
                a.parts.push_back(s);
        }
    }
    // Form order, so that the same assignment always gives the same contribution.
    std::sort(a.parts.begin(), a.parts.end(), [&](const std::string& x, const std::string& y) {
        return form.sectionIndexById.at(x) < form.sectionIndexById.at(y);
    });
}

void checkDuplicates(AssignmentsResult& r, const std::string& file) {
    std::set<std::string> seen;
    for (const auto& a : r.assignments) {
        if (!seen.insert(a.agency).second) {
            r.diagnostics.add(problem(file, 0, 0, "agency '" + a.agency + "' is assigned twice",
                                      "give each agency one entry listing all its parts"));
        }
    }
    if (r.assignments.empty()) {
        r.diagnostics.add(problem(file, 0, 0, "no agency is assigned anything",
                                  "write e.g. \"Ministry of Justice=3,5;Police=10-13\""));
    }
    if (r.diagnostics.hasErrors())
        r.assignments.clear();
}

}  // namespace

std::vector<std::string> sectionsForPart(const Form& form, std::string_view part) {
    part = trim(part);
    std::vector<std::string> out;
    if (const Section* s = form.section(part)) {
        out.push_back(s->id);
        return out;
    }
    long lo = 0, hi = 0;
    size_t dash = part.find('-');
    if (dash != std::string_view::npos && dash > 0) {
        if (!toInt(part.substr(0, dash), lo) || !toInt(part.substr(dash + 1), hi) || hi < lo)
            return out;
    } else if (toInt(part, lo)) {
        hi = lo;
    } else {
        // An article written as the form writes it (e.g. "5bis").
        for (const auto& s : form.sections) {
            if (!s.article.empty() && s.article == part)
                out.push_back(s.id);
        }
        return out;
    }
    for (const auto& s : form.sections) {
        long n = 0;
        if (!s.article.empty() && toInt(s.article, n) && n >= lo && n <= hi)
            out.push_back(s.id);
    }
    return out;
}

std::string sectionOfQuestion(const Form& form, std::string_view questionId) {
    const Question* q = form.question(questionId);
    if (!q || q->section >= form.sections.size())
        return {};
    return form.sections[q->section].id;
}

AssignmentsResult parseAssignmentsShorthand(std::string_view text, const Form& form,
                                            const std::string& displayName) {
    AssignmentsResult r;
    size_t offset = 0;
    for (std::string_view entry : splitOn(text, ';')) {
        int column = static_cast<int>(offset) + 1;
        offset += entry.size() + 1;
        if (trim(entry).empty())
            continue;
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos) {
            r.diagnostics.add(problem(displayName, 1, column,
                                      "'" + std::string(trim(entry)) + "' has no '='",
                                      "write AGENCY=PARTS, e.g. \"Police=10-13\""));
            continue;
        }
        Assignment a;
        a.agency = std::string(trim(entry.substr(0, eq)));
        if (a.agency.empty()) {
            r.diagnostics.add(problem(displayName, 1, column, "an assignment without an agency",
                                      "write AGENCY=PARTS, e.g. \"Police=10-13\""));
            continue;
        }
        addParts(form, entry.substr(eq + 1), a, displayName, 1, column + static_cast<int>(eq) + 1,
                 r.diagnostics);
        r.assignments.push_back(std::move(a));
    }
    checkDuplicates(r, displayName);
    return r;
}

AssignmentsResult parseAssignmentsText(std::string_view text, const Form& form,
                                       const std::string& displayName) {
    AssignmentsResult r;
    int lineNo = 0;
    std::vector<int> partsLine;  // line of each agency's [header], for "no parts"
    for (std::string_view line : splitOn(text, '\n')) {
        ++lineNo;
        std::string_view t = trim(line);
        size_t lead = line.find_first_not_of(" \t");
        int column = static_cast<int>(lead == std::string_view::npos ? 0 : lead) + 1;
        if (t.empty() || t.front() == '#')
            continue;
        if (t.front() == '[') {
            if (t.back() != ']' || trim(t.substr(1, t.size() - 2)).empty()) {
                r.diagnostics.add(problem(displayName, lineNo, column,
                                          "a section header must be [AGENCY NAME]",
                                          "e.g. [Ministry of Justice]"));
                continue;
            }
            Assignment a;
            a.agency = std::string(trim(t.substr(1, t.size() - 2)));
            r.assignments.push_back(std::move(a));
            partsLine.push_back(lineNo);
            continue;
        }
        size_t eq = t.find('=');
        if (eq == std::string_view::npos) {
            r.diagnostics.add(problem(displayName, lineNo, column,
                                      "expected KEY = VALUE, [AGENCY] or a # comment",
                                      "keys are contact, deadline and parts"));
            continue;
        }
        if (r.assignments.empty()) {
            r.diagnostics.add(problem(displayName, lineNo, column,
                                      "a setting before any [AGENCY] header",
                                      "start each agency's entry with [AGENCY NAME]"));
            continue;
        }
        Assignment& a = r.assignments.back();
        std::string key(trim(t.substr(0, eq)));
        std::string_view value = trim(t.substr(eq + 1));
        int valueColumn = column + static_cast<int>(t.find(value.empty() ? "=" : value, eq));
        if (key == "contact") {
            a.contact = std::string(value);
        } else if (key == "deadline") {
            if (!isCalendarDate(value)) {
                r.diagnostics.add(
                    problem(displayName, lineNo, valueColumn,
                            "deadline '" + std::string(value) + "' is not a date YYYY-MM-DD",
                            "e.g. deadline = 2027-01-31"));
            }
            a.deadline = std::string(value);
        } else if (key == "parts") {
            addParts(form, value, a, displayName, lineNo, valueColumn, r.diagnostics);
        } else {
            r.diagnostics.add(problem(displayName, lineNo, column, "unknown key '" + key + "'",
                                      "keys are contact, deadline and parts"));
        }
    }
    for (size_t i = 0; i < r.assignments.size(); ++i) {
        if (r.assignments[i].parts.empty() && !r.diagnostics.hasErrors()) {
            r.diagnostics.add(problem(displayName, partsLine[i], 1,
                                      "agency '" + r.assignments[i].agency + "' has no parts",
                                      "add a line parts = 3, 5"));
        }
    }
    checkDuplicates(r, displayName);
    return r;
}

AssignmentsResult parseAssignmentsFile(const std::string& path, const Form& form) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in) {
        AssignmentsResult r;
        r.diagnostics.add(problem(path, 0, 0, "cannot open the assignments file",
                                  "check the path, or give the shorthand \"AGENCY=3,5;...\""));
        return r;
    }
    std::string text;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        text.append(buf, static_cast<size_t>(in.gcount()));
        if (text.size() > 1024 * 1024) {
            AssignmentsResult r;
            r.diagnostics.add(problem(path, 0, 0, "the assignments file is larger than 1 MiB",
                                      "an assignments file lists a few agencies; check the path"));
            return r;
        }
    }
    return parseAssignmentsText(text, form, path);
}

}  // namespace revq
