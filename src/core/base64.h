// Base64 (RFC 4648, standard alphabet with padding) for attachments embedded in response files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace revq {

// Encodes `data`; when `lineLength` > 0 a '\n' follows every `lineLength` characters (the last
// line has no trailing newline), so a large attachment stays readable in a text editor.
std::string base64Encode(std::string_view data, std::size_t lineLength = 0);

// Decodes `text`, ignoring ASCII white space anywhere. nullopt when a character is outside the
// alphabet or the padding is wrong; `*badOffset` then holds the byte offset of the first
// offending character in `text` (its length when the text ends too early).
std::optional<std::string> base64Decode(std::string_view text, std::size_t* badOffset = nullptr);

}  // namespace revq
