// The whole response as one HTML page grouped by article, for print, preview and PDF
// (through the print dialog) — what a focal point sends round for national clearance.
#pragma once

#include <string>

#include <wx/string.h>

class wxWindow;

namespace revq::gui {

class ResponseDocument;

// `s` as HTML text: < > & " escaped, line breaks as <br>. Respondents' text is data, never markup.
wxString htmlEscape(const wxString& s);

wxString responseAsHtml(const ResponseDocument& doc, const std::string& lang);

// Opens a print preview of `html` in a window of its own (printable from there). The preview
// does not disable the other windows: wxHtmlEasyPrinting's app-modal preview does, and GTK 3
// crashed disabling a window holding multi-line text fields (seen under Xvfb).
bool previewHtml(wxWindow* parent, const wxString& html, const wxString& title);

}  // namespace revq::gui
