#include "core/provision_ref.h"

#include <cctype>
#include <cstdlib>

namespace revq {

namespace {
bool allDigits(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}
bool allLower(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}
int compareNumeric(const std::string& a, const std::string& b) {
    if (allDigits(a) && allDigits(b)) {
        long x = std::strtol(a.c_str(), nullptr, 10), y = std::strtol(b.c_str(), nullptr, 10);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return a < b ? -1 : a > b ? 1 : 0;
}
}  // namespace

std::string ProvisionRef::key() const {
    std::string k = article;
    if (!paragraph.empty())
        k += "(" + paragraph + ")";
    if (!subparagraph.empty())
        k += "(" + subparagraph + ")";
    return k;
}

bool ProvisionRef::contains(const ProvisionRef& o) const {
    if (article != o.article)
        return false;
    if (!paragraph.empty() && paragraph != o.paragraph)
        return false;
    if (!subparagraph.empty() && subparagraph != o.subparagraph)
        return false;
    return true;
}

bool ProvisionRef::operator<(const ProvisionRef& o) const {
    if (int c = compareNumeric(article, o.article))
        return c < 0;
    if (int c = compareNumeric(paragraph, o.paragraph))
        return c < 0;
    return subparagraph < o.subparagraph;
}

std::optional<ProvisionRef> parseProvisionRef(std::string_view t) {
    ProvisionRef r;
    size_t i = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])))
        ++i;
    if (i == 0)
        return std::nullopt;
    r.article = std::string(t.substr(0, i));
    while (i < t.size()) {
        if (t[i] != '(')
            return std::nullopt;
        size_t close = t.find(')', i);
        if (close == std::string_view::npos)
            return std::nullopt;
        std::string_view part = t.substr(i + 1, close - i - 1);
        if (allDigits(part) && r.paragraph.empty() && r.subparagraph.empty()) {
            r.paragraph = std::string(part);
        } else if (allLower(part) && r.subparagraph.empty()) {
            r.subparagraph = std::string(part);
        } else {
            return std::nullopt;
        }
        i = close + 1;
    }
    return r;
}

std::vector<ProvisionRef> parseProvisionRefs(std::string_view text, std::vector<std::string>* bad) {
    std::vector<ProvisionRef> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        size_t j = i;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])))
            ++j;
        if (j > i) {
            auto token = text.substr(i, j - i);
            if (auto r = parseProvisionRef(token)) {
                out.push_back(*r);
            } else if (bad) {
                bad->emplace_back(token);
            }
        }
        i = j;
    }
    return out;
}

}  // namespace revq
