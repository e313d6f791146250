// Writes a Response as response-file XML (docs/response-format.md): deterministic (the same
// response always gives the same bytes), UTF-8, every text escaped, attachments as base64 in
// lines of 76 characters.
#pragma once

#include <string>
#include <string_view>

#include "core/response.h"

namespace revq {

inline constexpr std::string_view kResponseNamespace = "urn:revq:response:1";
inline constexpr int kResponseFormatVersion = 1;
inline constexpr std::size_t kBase64LineLength = 76;

// Kept-for-round-trip XML (Answer::unknownXml, Response::unknownXml) uses one convention:
// attributes are written as ` name="escaped value"` (each with its leading space) and come
// first; child elements follow as XML text. Response::unknownXml holds one item per unknown
// attribute or element, in that form.

// The whole file. Characters XML 1.0 cannot carry (control characters other than tab, line
// feed and carriage return; invalid UTF-8) are written as U+FFFD; validation reports them
// before a submission, so a submitted response never contains them.
std::string writeResponseXml(const Response& response);

// Appends `text` escaped for XML content (attribute = false) or a double-quoted attribute.
void appendXmlEscaped(std::string& out, std::string_view text, bool attribute);

// True when `text` holds a character that XML 1.0 cannot carry (see writeResponseXml).
bool hasCharacterXmlCannotCarry(std::string_view text);

}  // namespace revq
