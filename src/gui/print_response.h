// The whole response as one HTML page grouped by article, for print, preview and PDF
// (through the print dialog) — what a focal point sends round for national clearance.
#pragma once

#include <string>

#include <wx/string.h>

namespace revq::gui {

class ResponseDocument;

// `s` as HTML text: < > & " escaped, line breaks as <br>. Respondents' text is data, never markup.
wxString htmlEscape(const wxString& s);

wxString responseAsHtml(const ResponseDocument& doc, const std::string& lang);

}  // namespace revq::gui
