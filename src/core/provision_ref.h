// A reference to a provision of an instrument: "5", "5(1)", "5(2)(a)", "3(a)".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revq {

struct ProvisionRef {
    std::string article;       // "5"
    std::string paragraph;     // "2" or "" (digits)
    std::string subparagraph;  // "a" or "" (letters)

    // Canonical key, as written in forms: "5(2)(a)".
    std::string key() const;
    // For people: "Art. 5(2)(a)".
    std::string display() const { return "Art. " + key(); }
    // True when `other` is this provision or lies inside it (5 contains 5(2)(a)).
    bool contains(const ProvisionRef& other) const;
    bool operator==(const ProvisionRef&) const = default;
    // Article order, then paragraph, then subparagraph (numeric where numeric).
    bool operator<(const ProvisionRef& other) const;
};

// Parses one reference; nullopt when it is not of the form ART[(PARA)][(SUB)].
std::optional<ProvisionRef> parseProvisionRef(std::string_view text);
// Splits a space-separated list; refs that do not parse are returned in `bad`.
std::vector<ProvisionRef> parseProvisionRefs(std::string_view text,
                                             std::vector<std::string>* bad = nullptr);

}  // namespace revq
