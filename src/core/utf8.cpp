#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace revq {

namespace {
// Length of the valid sequence starting at s[i], or 0 when invalid.
std::size_t validSequenceLength(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t n;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        return 0;
    if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        return 0;
    return n;
}
}  // namespace

std::size_t findInvalidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        // Eight ASCII bytes at a time: XML markup, ids and most texts are ASCII, and this check
        // runs over every response file and every cell written (bench: 6% of collate's work).
        while (i + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= s.size())
            break;
        std::size_t n = validSequenceLength(s, i);
        if (n == 0)
            return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string repairUtf8(std::string_view s, std::size_t* replaced) {
    std::string out;
    out.reserve(s.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = validSequenceLength(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++count;
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
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
