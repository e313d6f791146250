#include "gui/markdown_html.h"

#include <cctype>
#include <vector>

namespace revq::gui {
namespace {

bool isBlank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

int indentOf(std::string_view s) {
    int n = 0;
    for (char c : s) {
        if (c == ' ')
            ++n;
        else if (c == '\t')
            n += 4;
        else
            break;
    }
    return n;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isUrlAbsolute(std::string_view s) {
    return s.find("://") != std::string_view::npos || s.substr(0, 7) == "mailto:" ||
           (!s.empty() && (s.front() == '/' || s.front() == '#'));
}

std::string renderInline(std::string_view s, const std::string& imageBase);

// The position of `close` after `from` that ends a span, or npos.
size_t findClose(std::string_view s, size_t from, std::string_view close) {
    for (size_t i = from; i + close.size() <= s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s.substr(i, close.size()) == close)
            return i;
    }
    return std::string_view::npos;
}

// "[text](target)" at `i` (s[i] == '['): the text, the target and the index after ')'.
bool parseLink(std::string_view s, size_t i, std::string_view* text, std::string_view* target,
               size_t* end) {
    size_t mid = findClose(s, i + 1, "](");
    if (mid == std::string_view::npos)
        return false;
    size_t close = s.find(')', mid + 2);
    if (close == std::string_view::npos)
        return false;
    *text = s.substr(i + 1, mid - i - 1);
    *target = trim(s.substr(mid + 2, close - mid - 2));
    *end = close + 1;
    return true;
}

bool wordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

std::string renderInline(std::string_view s, const std::string& imageBase) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
            out += htmlText(s.substr(++i, 1));
            continue;
        }
        if (c == '`') {
            size_t close = s.find('`', i + 1);
            if (close != std::string_view::npos) {
                out += "<code>" + htmlText(s.substr(i + 1, close - i - 1)) + "</code>";
                i = close;
                continue;
            }
        }
        std::string_view text, target;
        size_t end = 0;
        if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' &&
            parseLink(s, i + 1, &text, &target, &end)) {
            std::string src(target);
            if (!imageBase.empty() && !isUrlAbsolute(target))
                src = imageBase + (imageBase.back() == '/' ? "" : "/") + src;
            out += "<img src=\"" + htmlText(src) + "\" alt=\"" + htmlText(text) + "\">";
            i = end - 1;
            continue;
        }
        if (c == '[' && parseLink(s, i, &text, &target, &end)) {
            out += "<a href=\"" + htmlText(target) + "\">" + renderInline(text, imageBase) + "</a>";
            i = end - 1;
            continue;
        }
        if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
            std::string_view mark = s.substr(i, 2);
            size_t close = findClose(s, i + 2, mark);
            if (close != std::string_view::npos && close > i + 2) {
                out += "<b>" + renderInline(s.substr(i + 2, close - i - 2), imageBase) + "</b>";
                i = close + 1;
                continue;
            }
        }
        // Single * or _ emphasis; _ only between words' edges (snake_case stays as written).
        if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] != ' ' &&
            (c == '*' || i == 0 || !wordChar(s[i - 1]))) {
            size_t close = i + 1;
            for (;;) {
                close = findClose(s, close, std::string_view(&c, 1));
                if (close == std::string_view::npos)
                    break;
                bool edge = c == '*' || close + 1 >= s.size() || !wordChar(s[close + 1]);
                if (edge && s[close - 1] != ' ')
                    break;
                ++close;
            }
            if (close != std::string_view::npos && close > i + 1) {
                out += "<i>" + renderInline(s.substr(i + 1, close - i - 1), imageBase) + "</i>";
                i = close;
                continue;
            }
        }
        out += htmlText(s.substr(i, 1));
    }
    return out;
}

// A heading's anchor, as GitHub makes it: lower case, spaces to '-', punctuation dropped.
std::string slug(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80 || c == '-' || c == '_')
            out += static_cast<char>(std::tolower(c));
        else if (c == ' ')
            out += '-';
    }
    return out;
}

std::vector<std::string_view> tableCells(std::string_view line) {
    line = trim(line);
    if (!line.empty() && line.front() == '|')
        line.remove_prefix(1);
    if (!line.empty() && line.back() == '|' && (line.size() < 2 || line[line.size() - 2] != '\\'))
        line.remove_suffix(1);
    std::vector<std::string_view> cells;
    size_t start = 0;
    bool inCode = false;
    for (size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] == '\\') {
            ++i;
            continue;
        }
        if (i < line.size() && line[i] == '`')
            inCode = !inCode;
        if (i == line.size() || (line[i] == '|' && !inCode)) {
            cells.push_back(trim(line.substr(start, i - start)));
            start = i + 1;
        }
    }
    return cells;
}

bool isTableSeparator(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.find('-') == std::string_view::npos)
        return false;
    for (char c : line)
        if (c != '|' && c != '-' && c != ':' && c != ' ')
            return false;
    return line.find('|') != std::string_view::npos;
}

// A list item's marker: its kind and where its text starts; false when `line` is not an item.
bool listItem(std::string_view line, bool* ordered, size_t* textStart) {
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos)
        return false;
    size_t j = i;
    if (line[j] == '-' || line[j] == '*' || line[j] == '+') {
        *ordered = false;
        ++j;
    } else {
        while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j])))
            ++j;
        if (j == i || j - i > 9 || j >= line.size() || (line[j] != '.' && line[j] != ')'))
            return false;
        *ordered = true;
        ++j;
    }
    if (j >= line.size() || line[j] != ' ')
        return false;
    *textStart = line.find_first_not_of(' ', j);
    return *textStart != std::string_view::npos;
}

class Converter {
  public:
    explicit Converter(const std::string& imageBase) : imageBase_(imageBase) {}

    std::string run(std::string_view md) {
        std::vector<std::string_view> lines;
        for (size_t start = 0; start <= md.size();) {
            size_t nl = md.find('\n', start);
            std::string_view line =
                md.substr(start, nl == std::string_view::npos ? md.size() - start : nl - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            lines.push_back(line);
            if (nl == std::string_view::npos)
                break;
            start = nl + 1;
        }
        for (size_t i = 0; i < lines.size(); ++i)
            i = block(lines, i);
        flushParagraph();
        closeLists();
        return out_;
    }

  private:
    // Handles the block starting at line `i`; returns the last line it used.
    size_t block(const std::vector<std::string_view>& lines, size_t i) {
        std::string_view line = lines[i];
        if (isBlank(line)) {
            flushParagraph();
            flushItem();
            blank_ = true;
            return i;
        }
        bool afterBlank = blank_;
        blank_ = false;
        std::string_view t = trim(line);
        if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {
            endTextBlocks();
            std::string code;
            size_t j = i + 1;
            for (; j < lines.size() && trim(lines[j]).substr(0, 3) != t.substr(0, 3); ++j)
                code += std::string(lines[j]) + "\n";
            out_ += "<pre>" + htmlText(code) + "</pre>\n";
            return j;
        }
        bool ordered = false;
        size_t textStart = 0;
        int indent = indentOf(line);
        if (listItem(line, &ordered, &textStart)) {
            flushParagraph();
            item(indent, ordered, line.substr(textStart));
            return i;
        }
        if (!lists_.empty() && (indent > lists_.back().indent || !afterBlank)) {
            // The item's text goes on (a nested paragraph is joined to it).
            itemText_ += (itemText_.empty() ? "" : " ") + std::string(t);
            return i;
        }
        if (indent >= 4) {
            endTextBlocks();
            std::string code;
            size_t j = i;
            for (; j < lines.size() && (indentOf(lines[j]) >= 4 || isBlank(lines[j])); ++j)
                code += std::string(lines[j].substr(std::min<size_t>(4, lines[j].size()))) + "\n";
            while (code.size() >= 2 && code[code.size() - 2] == '\n')
                code.pop_back();  // trailing blank lines belong to no block
            out_ += "<pre>" + htmlText(code) + "</pre>\n";
            return j - 1;
        }
        if (t.front() == '#') {
            size_t level = t.find_first_not_of('#');
            if (level != std::string_view::npos && level <= 6 && t[level] == ' ') {
                endTextBlocks();
                std::string_view text = trim(t.substr(level));
                std::string h = "h" + std::to_string(level);
                out_ += "<a name=\"" + slug(text) + "\"></a><" + h + ">" +
                        renderInline(text, imageBase_) + "</" + h + ">\n";
                return i;
            }
        }
        if (t.front() == '|' && i + 1 < lines.size() && isTableSeparator(lines[i + 1])) {
            endTextBlocks();
            return table(lines, i);
        }
        if (t == "---" || t == "***" || t == "___") {
            endTextBlocks();
            out_ += "<hr>\n";
            return i;
        }
        closeLists();
        paragraph_ += (paragraph_.empty() ? "" : " ") + std::string(t);
        return i;
    }

    size_t table(const std::vector<std::string_view>& lines, size_t i) {
        std::vector<std::string> align;
        for (std::string_view c : tableCells(lines[i + 1])) {
            bool left = !c.empty() && c.front() == ':', right = !c.empty() && c.back() == ':';
            align.push_back(left && right ? " align=\"center\"" : right ? " align=\"right\"" : "");
        }
        out_ += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n";
        auto row = [&](std::string_view line, const char* tag) {
            out_ += "<tr>";
            auto cells = tableCells(line);
            for (size_t k = 0; k < cells.size(); ++k)
                out_ += std::string("<") + tag + (k < align.size() ? align[k] : "") + ">" +
                        renderInline(cells[k], imageBase_) + "</" + tag + ">";
            out_ += "</tr>\n";
        };
        row(lines[i], "th");
        size_t j = i + 2;
        for (; j < lines.size() && !isBlank(lines[j]) && trim(lines[j]).front() == '|'; ++j)
            row(lines[j], "td");
        out_ += "</table>\n";
        return j - 1;
    }

    void item(int indent, bool ordered, std::string_view text) {
        flushItem();
        while (!lists_.empty() && indent < lists_.back().indent)
            closeLevel();
        if (!lists_.empty() && indent == lists_.back().indent && ordered != lists_.back().ordered)
            closeLevel();
        if (lists_.empty() || indent > lists_.back().indent) {
            lists_.push_back({indent, ordered});
            out_ += ordered ? "<ol>\n<li>" : "<ul>\n<li>";
        } else {
            out_ += "</li>\n<li>";
        }
        itemText_ = std::string(text);
    }

    void flushItem() {
        if (!itemText_.empty())
            out_ += renderInline(itemText_, imageBase_);
        itemText_.clear();
    }

    void closeLevel() {
        flushItem();
        out_ += lists_.back().ordered ? "</li>\n</ol>\n" : "</li>\n</ul>\n";
        lists_.pop_back();
    }

    void closeLists() {
        while (!lists_.empty())
            closeLevel();
    }

    void flushParagraph() {
        if (!paragraph_.empty())
            out_ += "<p>" + renderInline(paragraph_, imageBase_) + "</p>\n";
        paragraph_.clear();
    }

    void endTextBlocks() {
        flushParagraph();
        closeLists();
    }

    struct Level {
        int indent;
        bool ordered;
    };
    const std::string& imageBase_;
    std::string out_, paragraph_, itemText_;
    std::vector<Level> lists_;
    bool blank_ = false;
};

}  // namespace

std::string htmlText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string markdownToHtml(std::string_view markdown, const std::string& imageBase) {
    return Converter(imageBase).run(markdown);
}

}  // namespace revq::gui
