// Reads a response file (docs/response-format.md) into a Response. Every problem becomes a
// Diagnostic naming the file and line:column; reading never throws and never changes a file.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/form.h"
#include "core/response.h"
#include "core/states.h"

namespace revq {

// The largest response file revq reads: 100 MiB. Attachments are at most 25 MiB each
// (kMaxAttachmentBytes), a third more as base64; 100 MiB leaves room for a few of them and
// any amount of text while keeping a damaged or hostile file from exhausting memory.
inline constexpr std::uintmax_t kMaxResponseFileBytes = 100u * 1024u * 1024u;

struct ResponseReadOptions {
    // When given: a response to another form id is an error, and (when the form versions are
    // equal) so is an answer to a question the form does not have. A response to another
    // version of the form is read (a warning says so) for mapResponseToForm to map.
    const Form* form = nullptr;
    // When given, the State code must be in this list; otherwise any three uppercase letters
    // are accepted (the list is data and may be absent, e.g. in a portable test run).
    const StatesList* states = nullptr;
    // With a form of the same version: whether an answer to a question the form lacks is an
    // error here. `revq-cli check` turns it off to report it with the other problems.
    bool unknownQuestionsAreErrors = true;
    // Whether to fill ResponseReadResult::answerPositions. Finding line:column means counting
    // through the file; a caller that reports nothing per answer (the workspace) turns it off.
    bool answerPositions = true;
};

struct ResponseReadResult {
    std::optional<Response> response;  // present when there is no error (warnings allowed)
    Diagnostics diagnostics;
    // Where each answer (by question id) was written, for validation messages.
    std::map<std::string, SourcePos, std::less<>> answerPositions;
};

ResponseReadResult readResponseText(std::string_view xml, const std::string& displayName,
                                    const ResponseReadOptions& options = {});
ResponseReadResult readResponseFile(const std::string& path,
                                    const ResponseReadOptions& options = {});

// A State code revq accepts: in `states` when given, else three uppercase ASCII letters.
bool isKnownStateCode(std::string_view code, const StatesList* states = nullptr);

}  // namespace revq
