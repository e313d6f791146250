#include "core/base64.h"

namespace revq {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(unsigned char c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
}  // namespace

std::string base64Encode(std::string_view data, std::size_t lineLength) {
    std::string out;
    std::size_t encodedSize = (data.size() + 2) / 3 * 4;
    out.reserve(encodedSize + (lineLength ? encodedSize / lineLength : 0));
    std::size_t column = 0;
    auto put = [&](char c) {
        if (lineLength && column == lineLength) {
            out += '\n';
            column = 0;
        }
        out += c;
        ++column;
    };
    std::size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                     (static_cast<unsigned char>(data[i + 1]) << 8) |
                     static_cast<unsigned char>(data[i + 2]);
        put(kAlphabet[(v >> 18) & 63]);
        put(kAlphabet[(v >> 12) & 63]);
        put(kAlphabet[(v >> 6) & 63]);
        put(kAlphabet[v & 63]);
    }
    std::size_t rest = data.size() - i;
    if (rest) {
        unsigned v = static_cast<unsigned char>(data[i]) << 16;
        if (rest == 2)
            v |= static_cast<unsigned char>(data[i + 1]) << 8;
        put(kAlphabet[(v >> 18) & 63]);
        put(kAlphabet[(v >> 12) & 63]);
        put(rest == 2 ? kAlphabet[(v >> 6) & 63] : '=');
        put('=');
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text, std::size_t* badOffset) {
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned group = 0;  // bits collected so far
    int count = 0;       // sextets in the current group
    int padding = 0;     // '=' seen
    auto bad = [&](std::size_t at) -> std::optional<std::string> {
        if (badOffset)
            *badOffset = at;
        return std::nullopt;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (isSpace(c))
            continue;
        if (c == '=') {
            // Padding only in the last two places of a group, after at least two sextets.
            if (count + padding < 2)
                return bad(i);
            ++padding;
            if (count + padding == 4) {
                if (padding == 1) {
                    out += static_cast<char>((group >> 10) & 0xFF);
                    out += static_cast<char>((group >> 2) & 0xFF);
                } else {
                    out += static_cast<char>((group >> 4) & 0xFF);
                }
                count = 0;
                group = 0;
                // Nothing but white space may follow the padding.
                for (std::size_t k = i + 1; k < text.size(); ++k) {
                    if (!isSpace(static_cast<unsigned char>(text[k])))
                        return bad(k);
                }
                return out;
            }
            continue;
        }
        int s = sextet(c);
        if (s < 0 || padding)
            return bad(i);
        group = (group << 6) | static_cast<unsigned>(s);
        if (++count == 4) {
            out += static_cast<char>((group >> 16) & 0xFF);
            out += static_cast<char>((group >> 8) & 0xFF);
            out += static_cast<char>(group & 0xFF);
            count = 0;
            group = 0;
        }
    }
    if (count != 0 || padding != 0)
        return bad(text.size());
    return out;
}

}  // namespace revq
