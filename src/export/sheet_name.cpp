#include "export/sheet_name.h"

#include <algorithm>

#include "core/utf8.h"

namespace revq {

namespace {

bool sameIgnoringAsciiCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool isTaken(std::string_view name, const std::vector<std::string>& used) {
    // Excel reserves "History" for its change-tracking sheet.
    if (sameIgnoringAsciiCase(name, "History"))
        return true;
    return std::any_of(used.begin(), used.end(),
                       [&](const std::string& u) { return sameIgnoringAsciiCase(u, name); });
}

std::string trimApostrophesAndSpaces(std::string s) {
    while (!s.empty() && (s.front() == '\'' || s.front() == ' '))
        s.erase(s.begin());
    while (!s.empty() && (s.back() == '\'' || s.back() == ' '))
        s.pop_back();
    return s;
}

}  // namespace

std::string makeSheetName(std::string_view wanted, std::vector<std::string>& used) {
    std::string clean = repairUtf8(wanted);
    for (char& c : clean) {
        switch (c) {
            case '[':
            case ']':
            case ':':
            case '*':
            case '?':
            case '/':
            case '\\':
                c = '_';
                break;
            default:
                // Control characters are not allowed either.
                if (static_cast<unsigned char>(c) < 0x20)
                    c = ' ';
        }
    }
    clean = trimApostrophesAndSpaces(std::string(prefixCodePoints(clean, kMaxSheetNameChars)));
    if (clean.empty())
        clean = "Sheet";

    std::string name = clean;
    for (int n = 2; isTaken(name, used); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        const std::size_t room = kMaxSheetNameChars - suffix.size();
        name = trimApostrophesAndSpaces(std::string(prefixCodePoints(clean, room))) + suffix;
    }
    used.push_back(name);
    return name;
}

}  // namespace revq
