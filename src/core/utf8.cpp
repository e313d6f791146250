#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace revq {

std::size_t findInvalidUtf8(std::string_view s) {
    // Well-formed sequences as Unicode's table 3-7 lists them: the second byte's range depends
    // on the first (that rules out overlong forms, surrogates and code points past U+10FFFF),
    // later bytes are 80..BF. Every response file and every cell written is checked, much of it
    // Arabic, Chinese or Russian, so the multi-byte path is kept tight too.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    const auto cont = [p](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: XML markup, ids and many texts are ASCII.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
        } else if (c < 0xC2) {
            return i;  // a continuation byte or an overlong two-byte lead
        } else if (c < 0xE0) {
            if (i + 1 >= n || !cont(i + 1))
                return i;
            i += 2;
        } else if (c < 0xF0) {
            if (i + 2 >= n)
                return i;
            const unsigned c1 = p[i + 1];
            const bool ok1 = c == 0xE0   ? (c1 >= 0xA0 && c1 <= 0xBF)
                             : c == 0xED ? (c1 >= 0x80 && c1 <= 0x9F)
                                         : (c1 & 0xC0) == 0x80;
            if (!ok1 || !cont(i + 2))
                return i;
            i += 3;
        } else if (c < 0xF5) {
            if (i + 3 >= n)
                return i;
            const unsigned c1 = p[i + 1];
            const bool ok1 = c == 0xF0   ? (c1 >= 0x90 && c1 <= 0xBF)
                             : c == 0xF4 ? (c1 >= 0x80 && c1 <= 0x8F)
                                         : (c1 & 0xC0) == 0x80;
            if (!ok1 || !cont(i + 2) || !cont(i + 3))
                return i;
            i += 4;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

std::string repairUtf8(std::string_view s, std::size_t* replaced) {
    std::string out;
    out.reserve(s.size());
    std::size_t count = 0;
    // Each byte that does not start a valid sequence becomes one U+FFFD.
    for (std::size_t bad; (bad = findInvalidUtf8(s)) != std::string_view::npos;) {
        out.append(s.substr(0, bad));
        out += "\xEF\xBF\xBD";
        ++count;
        s.remove_prefix(bad + 1);
    }
    out.append(s);
    if (replaced)
        *replaced = count;
    return out;
}

std::size_t codePointCount(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string_view prefixCodePoints(std::string_view s, std::size_t maxCodePoints) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (count == maxCodePoints)
                return s.substr(0, i);
            ++count;
        }
    }
    return s;
}

void lineAndColumn(std::string_view s, std::size_t offset, int* line, int* column) {
    int l = 1, c = 1;
    if (offset > s.size())
        offset = s.size();
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            ++c;
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

}  // namespace revq
