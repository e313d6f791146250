#include "core/file_name_state.h"

namespace revq {

namespace {

bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLetter(char c) {
    return isUpper(c) || (c >= 'a' && c <= 'z');
}

}  // namespace

std::string stateCodeInFileName(std::string_view path, const StatesList* states) {
    const size_t slash = path.find_last_of("/\\");
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (name.size() < 3 || !isUpper(name[0]) || !isUpper(name[1]) || !isUpper(name[2]))
        return {};
    if (name.size() > 3 && isLetter(name[3]))
        return {};  // a word such as "FRANCE.revq", not a code
    std::string code(name.substr(0, 3));
    if (states && !states->find(code))
        return {};
    return code;
}

std::optional<std::string> fileNameStateMismatch(std::string_view path, std::string_view stateCode,
                                                 const StatesList* states) {
    const std::string named = stateCodeInFileName(path, states);
    if (named.empty() || stateCode.empty() || named == stateCode)
        return std::nullopt;
    return "the file name says " + named + " but the response is from " + std::string(stateCode) +
           ": check which State sent it (it is counted as " + std::string(stateCode) +
           "); rename the file or ask the sender";
}

}  // namespace revq
