// Help > User Guide: docs/user-guide.md shown in a window of its own (Markdown rendered to HTML
// by markdown_html.h). The guide is found next to the data folder: share/doc/revq when
// installed, docs/ in the source tree.
#pragma once

#include <string>
#include <vector>

#include <wx/frame.h>

class wxHtmlWindow;
class wxHtmlLinkEvent;

namespace revq::gui {

// Where the user guide may be, best first.
std::vector<std::string> userGuideCandidates();
// The first candidate that exists, or "".
std::string findUserGuide();

class HelpWindow : public wxFrame {
  public:
    explicit HelpWindow(wxWindow* parent);
    // Shows the Markdown file at `path`; false (and a message in the window) when unreadable.
    bool showDocument(const std::string& path);
    const std::string& documentPath() const { return path_; }
    wxHtmlWindow* html() { return html_; }
    const std::string& shownHtml() const { return shownHtml_; }

  private:
    void onLink(wxHtmlLinkEvent& e);
    wxHtmlWindow* html_;
    std::string path_;
    std::string shownHtml_;
};

// Opens (or raises) the user guide. When it cannot be found, says so in a message box naming
// the folders looked in, and returns nullptr.
HelpWindow* showUserGuide(wxWindow* parent);

}  // namespace revq::gui
