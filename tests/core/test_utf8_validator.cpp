// findInvalidUtf8 against a plain decoder written from the definition (code point by code
// point): the same answer for every short sequence of interesting bytes and for random texts
// mixing ASCII, Arabic, Chinese, Russian, emoji and damage.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace {

// Offset of the first byte that does not start a valid sequence, decoding each code point.
std::size_t referenceFind(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > s.size())
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            const unsigned b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

}  // namespace

TEST_CASE("findInvalidUtf8 agrees with a code-point decoder on every short sequence", "[utf8]") {
    // Bytes at every boundary of the well-formed table, plus ASCII.
    const unsigned char bytes[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                   0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                   0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
    const std::size_t nb = sizeof bytes;
    long checked = 0;
    std::string s;
    for (std::size_t a = 0; a < nb; ++a)
        for (std::size_t b = 0; b <= nb; ++b)
            for (std::size_t c = 0; c <= nb; ++c)
                for (std::size_t d = 0; d <= nb; ++d) {
                    s.clear();
                    s += char(bytes[a]);
                    if (b < nb)
                        s += char(bytes[b]);
                    if (c < nb)
                        s += char(bytes[c]);
                    if (d < nb)
                        s += char(bytes[d]);
                    // Also behind eight ASCII bytes, where the fast path hands over.
                    const std::string padded = "abcdefg" + s;
                    if (revq::findInvalidUtf8(s) != referenceFind(s) ||
                        revq::findInvalidUtf8(padded) != referenceFind(padded))
                        FAIL("disagreement on a sequence of " << s.size() << " bytes, first 0x"
                                                              << std::hex << int(bytes[a]));
                    ++checked;
                }
    CHECK(checked > 500000);
}

TEST_CASE("findInvalidUtf8 agrees with a code-point decoder on random mixed texts", "[utf8]") {
    const char* pieces[] = {"State ",   "الدولة",       "国家",     "Государство",
                            "😀",        "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80",
                            "\xE2\x82", "\x80",         "x",        "\xEF\xBF\xBD"};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, sizeof pieces / sizeof *pieces - 1);
    std::uniform_int_distribution<int> length(0, 40);
    int invalid = 0;
    for (int t = 0; t < 20000; ++t) {
        std::string s;
        for (int k = length(rng); k > 0; --k)
            s += pieces[pick(rng)];
        const std::size_t got = revq::findInvalidUtf8(s);
        REQUIRE(got == referenceFind(s));
        invalid += got != std::string_view::npos;
    }
    CHECK(invalid > 1000);  // both kinds were tried
    // repairUtf8: one U+FFFD for each byte that starts no valid sequence, the rest kept.
    for (int t = 0; t < 2000; ++t) {
        std::string s;
        for (int k = length(rng); k > 0; --k)
            s += pieces[pick(rng)];
        std::string expected;
        std::size_t expectedCount = 0;
        for (std::string_view rest = s; !rest.empty();) {
            const std::size_t bad = referenceFind(rest);
            if (bad == std::string_view::npos) {
                expected += rest;
                break;
            }
            expected += rest.substr(0, bad);
            expected += "\xEF\xBF\xBD";
            ++expectedCount;
            rest.remove_prefix(bad + 1);
        }
        std::size_t count = 0;
        REQUIRE(revq::repairUtf8(s, &count) == expected);
        REQUIRE(count == expectedCount);
        REQUIRE(revq::isValidUtf8(expected));
    }
    CHECK(revq::isValidUtf8("Государство الدولة 国家 😀"));
}
