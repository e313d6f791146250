#include "core/localized_text.h"

#include <algorithm>

namespace revq {

bool isUnLanguage(std::string_view code) {
    return std::find(kUnLanguages.begin(), kUnLanguages.end(), code) != kUnLanguages.end();
}

bool isRightToLeft(std::string_view code) {
    return code == "ar";
}

bool LocalizedText::has(std::string_view lang) const {
    auto it = texts_.find(lang);
    return it != texts_.end() && !it->second.empty();
}

const std::string& LocalizedText::get(std::string_view lang, bool* fellBack) const {
    static const std::string kEmpty;
    if (fellBack)
        *fellBack = false;
    if (auto it = texts_.find(lang); it != texts_.end() && !it->second.empty())
        return it->second;
    if (fellBack)
        *fellBack = !texts_.empty();
    if (auto it = texts_.find(kFallbackLanguage); it != texts_.end())
        return it->second;
    if (!texts_.empty())
        return texts_.begin()->second;
    if (fellBack)
        *fellBack = false;
    return kEmpty;
}

}  // namespace revq
