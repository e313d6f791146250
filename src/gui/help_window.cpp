#include "gui/help_window.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <wx/html/htmlwin.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "core/data_paths.h"
#include "gui/language.h"
#include "gui/markdown_html.h"

namespace revq::gui {
namespace fs = std::filesystem;

std::vector<std::string> userGuideCandidates() {
    std::vector<std::string> out;
    const DataDirs& dirs = dataDirs();
    if (dirs.found) {
        // Installed: PREFIX/share/revq is the data, PREFIX/share/doc/revq the documents.
        out.push_back(pathToUtf8(dirs.root.parent_path() / "doc" / "revq" / "user-guide.md"));
        // The source tree (or a portable folder holding docs/).
        out.push_back(pathToUtf8(dirs.root / "docs" / "user-guide.md"));
    }
#ifdef REVQ_BUILD_SOURCE_DIR
    out.push_back(pathToUtf8(pathFromUtf8(REVQ_BUILD_SOURCE_DIR) / "docs" / "user-guide.md"));
#endif
    return out;
}

std::string findUserGuide() {
    for (const std::string& p : userGuideCandidates()) {
        std::error_code ec;
        if (fs::is_regular_file(pathFromUtf8(p), ec))
            return p;
    }
    return {};
}

HelpWindow::HelpWindow(wxWindow* parent)
    : wxFrame(parent, wxID_ANY, _("revq User Guide"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE) {
    SetName("help-window");
    html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    html_->SetName("help-html");
    html_->Bind(wxEVT_HTML_LINK_CLICKED, &HelpWindow::onLink, this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(html_, 1, wxEXPAND);
    SetSizer(sizer);
    SetSize(FromDIP(wxSize(820, 760)));
    applyLayoutDirection(this);
}

bool HelpWindow::showDocument(const std::string& path) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    std::ostringstream text;
    if (in)
        text << in.rdbuf();
    if (!in || in.bad()) {
        shownHtml_ = "<p>" +
                     htmlText(toUtf8(wxString::Format(_("%s cannot be read."), fromUtf8(path)))) +
                     "</p>";
        html_->SetPage(fromUtf8(shownHtml_));
        return false;
    }
    path_ = path;
    std::string base = pathToUtf8(pathFromUtf8(path).parent_path());
    shownHtml_ = "<html><body>" + markdownToHtml(text.str(), base) + "</body></html>";
    html_->SetPage(fromUtf8(shownHtml_));
    SetTitle(wxString::Format(_("revq User Guide — %s"),
                              fromUtf8(pathToUtf8(pathFromUtf8(path).filename()))));
    return true;
}

void HelpWindow::onLink(wxHtmlLinkEvent& e) {
    wxString href = e.GetLinkInfo().GetHref();
    if (href.StartsWith("#")) {
        html_->LoadPage(href);  // a "#name" location scrolls to the anchor
        return;
    }
    if (href.Contains("://") || href.StartsWith("mailto:")) {
        wxLaunchDefaultBrowser(href);
        return;
    }
    // Another document of the guide's folder (e.g. installing.md): show it here.
    wxString file = href.BeforeFirst('#');
    fs::path target = pathFromUtf8(path_).parent_path() / pathFromUtf8(toUtf8(file));
    std::error_code ec;
    if (file.Lower().EndsWith(".md") && fs::is_regular_file(target, ec)) {
        showDocument(pathToUtf8(target));
        if (href.Contains("#"))
            html_->LoadPage("#" + href.AfterFirst('#'));
        return;
    }
    wxLaunchDefaultBrowser(fromUtf8(pathToUtf8(target)));
}

HelpWindow* showUserGuide(wxWindow* parent) {
    for (wxWindow* w : parent->GetChildren())
        if (auto* open = dynamic_cast<HelpWindow*>(w)) {
            open->Show();
            open->Raise();
            return open;
        }
    std::string path = findUserGuide();
    if (path.empty()) {
        wxString tried;
        for (const std::string& p : userGuideCandidates())
            tried += "\n" + fromUtf8(p);
        wxMessageDialog dlg(parent, _("The user guide was not found."), "revq",
                            wxOK | wxICON_WARNING);
        dlg.SetExtendedMessage(
            wxString::Format(_("revq looked for user-guide.md in:%s\n\nReinstall revq, or read "
                               "docs/user-guide.md in the source code."),
                             tried));
        dlg.ShowModal();
        return nullptr;
    }
    auto* w = new HelpWindow(parent);
    w->showDocument(path);
    w->Show();
    return w;
}

}  // namespace revq::gui
