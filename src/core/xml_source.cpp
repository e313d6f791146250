#include "core/xml_source.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/data_paths.h"
#include "core/utf8.h"

namespace revq {

namespace {

Diagnostic make(const std::string& file, SourcePos p, std::string code, std::string message,
                std::string hint) {
    Diagnostic d;
    d.file = file;
    d.line = p.line;
    d.column = p.column;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
           c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

size_t findForbiddenXmlControl(std::string_view text) {
    // Eight bytes at a time: only a word holding a byte below 0x20 (most often a line feed) is
    // looked at byte by byte. Forms are read on every lint and start; this was a tenth of lint.
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        if (((w - 0x20 * kOnes) & ~w & kHigh) == 0)
            continue;  // no byte below 0x20
        for (size_t k = i; k < i + 8; ++k) {
            const auto c = static_cast<unsigned char>(text[k]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return k;
        }
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return std::string_view::npos;
}

namespace {

// Offsets where lines start (memchr finds line feeds many bytes at a time).
void findLineStarts(std::string_view text, std::vector<size_t>& starts) {
    starts.assign(1, 0);
    const char* base = text.data();
    const char* end = base + text.size();
    for (const char* p = base; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
        if (!nl)
            break;
        p = static_cast<const char*>(nl) + 1;
        starts.push_back(static_cast<size_t>(p - base));
    }
}

// The DOCTYPE is parsed (not skipped) only so that it can be refused: pugixml never expands
// its entities nor fetches external ones, but a definition that declares them means something
// else to other tools, and revq's formats have none.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_doctype;

// After parsing (pugixml parses without recursion): refuse a DOCTYPE and absurd nesting before
// any code walks the tree. The walk itself is iterative.
bool refuseDoctypeAndDepth(const XmlSource& src, Diagnostics& diags) {
    for (pugi::xml_node n : src.doc().children()) {
        if (n.type() == pugi::node_doctype) {
            const size_t at = src.text().find("<!DOCTYPE");
            diags.add(make(src.name(), src.posOfOffset(at == std::string::npos ? 0 : at), "doctype",
                           "the file has a <!DOCTYPE> declaration; revq's XML formats have none "
                           "and revq never expands or fetches entities",
                           "remove the <!DOCTYPE ...> declaration and write the text itself "
                           "instead of entity references"));
            return false;
        }
    }
    int depth = 0;
    pugi::xml_node n = src.doc().first_child();
    while (n) {
        if (n.type() == pugi::node_element && depth + 1 > kMaxXmlDepth) {
            diags.add(make(src.name(), src.pos(n), "too-deep",
                           "elements are nested more than " + std::to_string(kMaxXmlDepth) +
                               " levels deep here",
                           "this is not a revq definition; check the file"));
            return false;
        }
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling()) {
            n = n.parent();
            --depth;
        }
        if (n)
            n = n.next_sibling();
    }
    return true;
}

}  // namespace

bool XmlSource::readFile(const std::string& path, std::string* out, Diagnostics& diags) {
    // Look before reading: a folder, a device (/dev/zero never ends) or a huge file gets a
    // clear error, never a hang or an exhausted memory.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        diags.add(make(path, {}, "unreadable-file", "the file does not exist",
                       "check the path and that the file is readable"));
        return false;
    }
    if (!std::filesystem::is_regular_file(status)) {
        diags.add(make(path, {}, "unreadable-file",
                       "this is not a regular file (a folder or a device)",
                       "give the path of an XML file"));
        return false;
    }
    const auto size = std::filesystem::file_size(pathFromUtf8(path), ec);
    if (!ec && size > kMaxXmlFileBytes) {
        diags.add(make(path, {}, "too-large",
                       "the file has " + std::to_string(size) +
                           " bytes; revq reads XML files of at "
                           "most " +
                           std::to_string(kMaxXmlFileBytes) + " bytes (64 MiB)",
                       "check that this is the right file; a form is a few megabytes at most"));
        return false;
    }
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in) {
        diags.add(make(path, {}, "unreadable-file",
                       "cannot open the file " + std::string(std::strerror(errno)),
                       "check the path and that the file is readable"));
        return false;
    }
    // Read at most one byte more than the limit, in case the file grows while it is read.
    std::string text(static_cast<size_t>(ec ? 0 : size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    char chunk[65536];
    while (in && !in.bad()) {
        in.read(chunk, sizeof chunk);
        if (in.gcount() <= 0)
            break;
        text.append(chunk, static_cast<size_t>(in.gcount()));
        if (text.size() > kMaxXmlFileBytes) {
            diags.add(make(path, {}, "too-large",
                           "the file has more than " + std::to_string(kMaxXmlFileBytes) +
                               " bytes (64 MiB), the most revq reads",
                           "check that this is the right file"));
            return false;
        }
    }
    if (in.bad()) {
        diags.add(make(path, {}, "unreadable-file", "cannot read the file",
                       "check that the file is readable"));
        return false;
    }
    *out = std::move(text);
    return true;
}

bool XmlSource::parse(std::string text, std::string displayName, Diagnostics& diags) {
    name_ = std::move(displayName);
    // UTF-16 (with or without a byte order mark) is not accepted: say so rather than letting
    // pugixml convert it silently or fail with a confusing message.
    auto starts = [&](const char* bytes, size_t n) {
        return text.size() >= n && std::memcmp(text.data(), bytes, n) == 0;
    };
    if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2) || starts("<\0?\0", 4) ||
        starts("\0<\0?", 4)) {
        diags.add(make(name_, {1, 1}, "not-utf8", "the file is UTF-16, not UTF-8",
                       "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)"));
        return false;
    }
    if (starts("\xEF\xBB\xBF", 3))
        text.erase(0, 3);  // a UTF-8 BOM is harmless; drop it
    text_ = std::move(text);

    findLineStarts(text_, lineStarts_);

    if (size_t bad = findForbiddenXmlControl(text_); bad != std::string::npos) {
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(text_[bad]));
        diags.add(make(name_, posOfOffset(bad), "control-character",
                       std::string("the file contains the control character ") + code +
                           ", which XML does not allow",
                       "remove it; such characters come from a damaged file or from text pasted "
                       "from another program"));
        return false;
    }

    if (size_t bad = findInvalidUtf8(text_); bad != std::string::npos) {
        diags.add(make(name_, posOfOffset(bad), "not-utf8",
                       "the file is not valid UTF-8 (invalid byte here)",
                       "save the file as UTF-8; the text near this position was probably written "
                       "in another encoding such as Windows-1252"));
        // Go on with a repaired copy so that the other problems are reported too. Replacing
        // bytes shifts columns only on the lines with bad bytes.
        std::string repaired = repairUtf8(text_);
        pugi::xml_parse_result r =
            doc_.load_buffer(repaired.data(), repaired.size(), kParseFlags, pugi::encoding_utf8);
        if (!r) {
            diags.add(make(name_, posOfOffset(std::min<size_t>(r.offset, text_.size())),
                           "malformed-xml", std::string("malformed XML: ") + r.description(),
                           "fix the XML syntax at this position"));
            return false;
        }
        text_ = std::move(repaired);
        findLineStarts(text_, lineStarts_);
        return refuseDoctypeAndDepth(*this, diags);
    }

    pugi::xml_parse_result r =
        doc_.load_buffer(text_.data(), text_.size(), kParseFlags, pugi::encoding_utf8);
    if (!r) {
        std::string hint = "fix the XML syntax at this position";
        if (r.status == pugi::status_end_element_mismatch)
            hint = "an end tag does not match the open element; check the nesting of elements";
        else if (r.status == pugi::status_no_document_element)
            hint = "the file is empty or has no root element";
        else if (r.status == pugi::status_bad_attribute)
            hint = "quote every attribute value and escape & and < as &amp; and &lt;";
        diags.add(make(name_, posOfOffset(std::min<size_t>(r.offset, text_.size())),
                       "malformed-xml", std::string("malformed XML: ") + r.description(), hint));
        return false;
    }
    return refuseDoctypeAndDepth(*this, diags);
}

SourcePos XmlSource::posOfOffset(size_t offset) const {
    if (lineStarts_.empty())
        return {1, 1};
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    size_t line = static_cast<size_t>(it - lineStarts_.begin());  // 1-based
    size_t start = lineStarts_[line - 1];
    int col =
        1 + static_cast<int>(codePointCount(std::string_view(text_).substr(start, offset - start)));
    return {static_cast<int>(line), col};
}

size_t XmlSource::nodeOffset(pugi::xml_node node) const {
    ptrdiff_t off = node.offset_debug();
    if (off < 0)
        return 0;
    size_t o = static_cast<size_t>(off);
    // For elements pugixml points at the name; step back to the '<'.
    if (node.type() == pugi::node_element && o > 0 && o <= text_.size() && text_[o - 1] == '<')
        --o;
    return o;
}

SourcePos XmlSource::pos(pugi::xml_node node) const {
    return posOfOffset(nodeOffset(node));
}

size_t XmlSource::attributeOffset(pugi::xml_node node, const char* attribute) const {
    if (!node || node.type() != pugi::node_element)
        return std::string::npos;
    size_t i = nodeOffset(node);
    if (i >= text_.size() || text_[i] != '<')
        return std::string::npos;
    ++i;
    while (i < text_.size() && isNameChar(text_[i]))
        ++i;  // element name
    const size_t len = std::strlen(attribute);
    // Walk the start tag attribute by attribute until '>' or '/>'.
    while (i < text_.size()) {
        while (i < text_.size() && std::isspace(static_cast<unsigned char>(text_[i])))
            ++i;
        if (i >= text_.size() || text_[i] == '>' || text_[i] == '/')
            return std::string::npos;
        size_t nameStart = i;
        while (i < text_.size() && isNameChar(text_[i]))
            ++i;
        if (i == nameStart)
            return std::string::npos;
        bool match = i - nameStart == len && text_.compare(nameStart, len, attribute) == 0;
        while (i < text_.size() && std::isspace(static_cast<unsigned char>(text_[i])))
            ++i;
        if (i >= text_.size() || text_[i] != '=')
            return std::string::npos;
        ++i;
        while (i < text_.size() && std::isspace(static_cast<unsigned char>(text_[i])))
            ++i;
        if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\''))
            return std::string::npos;
        char quote = text_[i];
        size_t close = text_.find(quote, i + 1);
        if (close == std::string::npos)
            return std::string::npos;
        if (match)
            return nameStart;
        i = close + 1;
    }
    return std::string::npos;
}

SourcePos XmlSource::pos(pugi::xml_node node, const char* attribute) const {
    size_t o = attributeOffset(node, attribute);
    return o == std::string::npos ? pos(node) : posOfOffset(o);
}

size_t XmlSource::valueOffset(pugi::xml_node node, const char* attribute) const {
    size_t o = attributeOffset(node, attribute);
    if (o == std::string::npos)
        return o;
    size_t q = text_.find_first_of("\"'", o);
    return q == std::string::npos ? q : q + 1;
}

SourcePos XmlSource::valuePos(pugi::xml_node node, const char* attribute) const {
    size_t o = valueOffset(node, attribute);
    return o == std::string::npos ? pos(node, attribute) : posOfOffset(o);
}

std::string XmlSource::rawValue(pugi::xml_node node, const char* attribute) const {
    size_t o = valueOffset(node, attribute);
    if (o == std::string::npos || o == 0)
        return {};
    char quote = text_[o - 1];
    size_t close = text_.find(quote, o);
    if (close == std::string::npos)
        return {};
    return text_.substr(o, close - o);
}

}  // namespace revq
