// Markdown to HTML for the help window: the subset docs/user-guide.md uses (ATX headings,
// paragraphs, nested bullet and numbered lists, indented and fenced code, pipe tables, and
// inline code, strong, emphasis, links and images). Plain C++ so it is tested without a
// display; wxHtmlWindow shows the result.
#pragma once

#include <string>
#include <string_view>

namespace revq::gui {

// `imageBase` (a folder, with or without a trailing '/') is put before relative image paths so
// the HTML can be shown from memory; "" leaves them as written.
std::string markdownToHtml(std::string_view markdown, const std::string& imageBase = "");

// `text` with &, <, > and " escaped (HTML character data or attribute value).
std::string htmlText(std::string_view text);

}  // namespace revq::gui
