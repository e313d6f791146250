// An XML file parsed with pugixml, remembering its text so that byte offsets (all pugixml
// gives) can be turned into line:column for diagnostics, also for problems found after parsing.
#pragma once

#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/instrument.h"  // SourcePos

namespace revq {

// The largest form, instrument or other XML definition revq reads: 64 MiB. A form of 2,000
// questions in six languages is a few MB; the limit keeps a wrong or hostile file (a device, a
// 200 MB dump) from exhausting memory before anything is said about it.
inline constexpr std::uintmax_t kMaxXmlFileBytes = 64u * 1024u * 1024u;
// Elements nested deeper than this are refused before any code walks the tree (revq's formats
// nest about ten levels; recursive code must never meet 100,000).
inline constexpr int kMaxXmlDepth = 100;

// Offset of the first byte XML 1.0 does not allow at all (a control character other than tab,
// line feed and carriage return; NUL above all), or npos. Exact on UTF-8: such bytes are never
// part of a multi-byte sequence.
std::size_t findForbiddenXmlControl(std::string_view text);

class XmlSource {
  public:
    // Reads a whole file into `out`; on failure adds a diagnostic for `path` and returns false.
    // Only regular files of at most kMaxXmlFileBytes are read (a folder, a device such as
    // /dev/zero or a huge file gets a clear error instead of a hang).
    static bool readFile(const std::string& path, std::string* out, Diagnostics& diags);

    // Checks the encoding (UTF-16 BOM, invalid UTF-8, control characters XML forbids such as
    // NUL), parses, and refuses a DOCTYPE (entities are never expanded nor fetched) and
    // elements nested deeper than kMaxXmlDepth. Problems go to `diags` under
    // `displayName`. Returns false when no document could be built (malformed XML).
    bool parse(std::string text, std::string displayName, Diagnostics& diags);

    const std::string& name() const { return name_; }
    const std::string& text() const { return text_; }
    const pugi::xml_document& doc() const { return doc_; }

    // 1-based line and column (in code points) of a byte offset into text().
    SourcePos posOfOffset(size_t offset) const;
    // Position of the element's '<'.
    SourcePos pos(pugi::xml_node node) const;
    // Position of the attribute's name in the element's start tag; the element's position when
    // the attribute is not there.
    SourcePos pos(pugi::xml_node node, const char* attribute) const;
    // Position of the first character of the attribute's value; npos-safe like pos().
    SourcePos valuePos(pugi::xml_node node, const char* attribute) const;
    // Byte offset of the first character of the attribute's value (as written, before entity
    // expansion), or std::string::npos.
    size_t valueOffset(pugi::xml_node node, const char* attribute) const;
    // The attribute value exactly as written in the file (entities not expanded).
    std::string rawValue(pugi::xml_node node, const char* attribute) const;

  private:
    size_t nodeOffset(pugi::xml_node node) const;
    size_t attributeOffset(pugi::xml_node node, const char* attribute) const;

    std::string name_;
    std::string text_;
    std::vector<size_t> lineStarts_;
    pugi::xml_document doc_;
};

}  // namespace revq
