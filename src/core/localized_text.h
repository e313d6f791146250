// Text in several languages, keyed by the six UN language codes, with English as fallback.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>

namespace revq {

// The six official UN languages, in the order revq lists them.
inline constexpr std::array<std::string_view, 6> kUnLanguages = {"ar", "en", "es",
                                                                 "fr", "ru", "zh"};
inline constexpr std::string_view kFallbackLanguage = "en";

bool isUnLanguage(std::string_view code);
// Right-to-left script (Arabic).
bool isRightToLeft(std::string_view code);

class LocalizedText {
  public:
    void set(std::string lang, std::string text) { texts_[std::move(lang)] = std::move(text); }
    bool has(std::string_view lang) const;
    bool empty() const { return texts_.empty(); }
    // The text in `lang`; else English; else any language; else "". `*fellBack` tells whether
    // the text shown is not in `lang`.
    const std::string& get(std::string_view lang, bool* fellBack = nullptr) const;
    const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }

    bool operator==(const LocalizedText&) const = default;

  private:
    std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace revq
