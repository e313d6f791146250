// The main window's views: form and UI language, section switching, jumping to questions,
// the problems panel, screenshots and the timing run; and the dialogs it opens (find,
// preferences, print, export, about).
#include <chrono>
#include <cstdio>

#include <wx/aboutdlg.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/evtloop.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/html/htmprint.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/splitter.h>
#include <wx/timer.h>
#include <wx/toolbar.h>

#include "gui/find_dialog.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/main_frame_ids.h"
#include "gui/navigation_tree.h"
#include "gui/preferences_dialog.h"
#include "gui/print_response.h"
#include "gui/question_panel.h"
#include "gui/response_document.h"
#include "gui/response_export.h"
#include "gui/screenshot_scenes.h"
#include "gui/section_page.h"
#include "gui/settings.h"
#include "gui/undo_commands.h"
#include "gui/validation_panel.h"

namespace revq::gui {

void MainFrame::setFormLanguage(const std::string& code) {
    if (!isUnLanguage(code))
        return;
    bool changed = code != formLanguage_;
    formLanguage_ = code;
    context_.formLanguage = code;
    if (wxMenuBar* bar = GetMenuBar()) {
        for (size_t i = 0; i < kUnLanguages.size(); ++i) {
            int id = ID_FORM_LANGUAGE_FIRST + static_cast<int>(i);
            bool offered = !doc_ || doc_->form().languages.empty() ||
                           std::find(doc_->form().languages.begin(), doc_->form().languages.end(),
                                     kUnLanguages[i]) != doc_->form().languages.end();
            bar->Enable(id, offered);
            if (kUnLanguages[i] == code)
                bar->Check(id, true);
        }
    }
    // The toolbar's choice lists the form's own languages.
    formLangChoice_->Clear();
    if (doc_) {
        for (const std::string& l : doc_->form().languages) {
            int i =
                formLangChoice_->Append(nativeLanguageName(l), new wxStringClientData(fromUtf8(l)));
            if (l == code)
                formLangChoice_->SetSelection(i);
        }
    }
    if (GetToolBar())
        GetToolBar()->Realize();
    if (!doc_ || !changed)
        return;
    long section = page_->sectionIndex();
    nav_->setDocument(doc_.get(), code);
    showSection(section >= 0 ? section : (doc_->form().sections.empty() ? -1 : 0));
    applyLayoutDirection(nav_);
}

void MainFrame::setUiLanguage(const std::string& code) {
    revq::gui::setUiLanguage(code);
    buildMenus();
    buildToolbar();
    bottom_->SetPageText(0, _("Validation"));
    bottom_->SetPageText(1, _("Form problems"));
    std::string lang = formLanguage_;
    formLanguage_.clear();
    if (doc_) {
        commands_->SetEditMenu(GetMenuBar()->GetMenu(1));
        commands_->SetMenuStrings();
        setFormLanguage(lang);
        updateValidationPanel();
    } else {
        setFormLanguage(lang.empty() ? "en" : lang);
    }
    applyLayoutDirection(this);
    updateTitleAndStatus();
    Layout();
    SendSizeEvent();
}

void MainFrame::showSection(long sectionIndex) {
    if (!doc_)
        return;
    page_->showSection(doc_.get(), sectionIndex, &context_);
    nav_->selectSection(sectionIndex);
    followSection(sectionIndex);
}

bool MainFrame::goToQuestion(const std::string& questionId) {
    if (!doc_)
        return false;
    const Question* q = doc_->form().question(questionId);
    if (!q)
        return false;
    if (static_cast<long>(q->section) != page_->sectionIndex())
        showSection(static_cast<long>(q->section));
    page_->Layout();
    followQuestion(questionId);
    return page_->focusQuestion(questionId);
}

bool MainFrame::goToNextUnanswered() {
    if (!doc_)
        return false;
    // Start after the focused question, else after the top of the current page.
    long after = -1;
    wxWindow* focus = wxWindow::FindFocus();
    for (QuestionPanel* p : page_->panels())
        if (focus && (focus == reinterpret_cast<wxWindow*>(p) ||
                      reinterpret_cast<wxWindow*>(p)->IsDescendant(focus)))
            after = static_cast<long>(p->questionIndex());
    if (after < 0 && page_->sectionIndex() >= 0) {
        const auto& qs = doc_->form().sections[page_->sectionIndex()].questions;
        after = qs.empty() ? -1 : static_cast<long>(qs.front()) - 1;
    }
    long next = doc_->nextUnanswered(after);
    if (next < 0) {
        SetStatusText(_("Every question that applies has an answer."), 0);
        return false;
    }
    return goToQuestion(doc_->form().questions[next].id);
}

void MainFrame::showProblems(bool show) {
    if (show && !rightSplit_->IsSplit()) {
        bottom_->Show();
        rightSplit_->SplitHorizontally(page_, bottom_, -FromDIP(180));
    } else if (!show && rightSplit_->IsSplit()) {
        rightSplit_->Unsplit(bottom_);
    }
    updateMenus();
}

void MainFrame::updateValidationPanel() {
    if (doc_)
        validation_->setRows(validationRows(*doc_, formLanguage_));
    else
        validation_->setRows({});
}

bool MainFrame::writeScreenshot(const wxString& path) {
    return writeWindowScreenshot(this, path);
}

namespace {

struct SwitchTimes {
    long paintedMs = -1;  // the new page painted with its first screenful
    long builtMs = -1;    // every question of the section built (on idle after the paint)
};

// Times one switch in the app's own event loop, where GTK paints before idle work runs: from
// the request until the end of the first paint of the new page, and until its last question
// is built.
SwitchTimes timeSwitch(MainFrame& frame, long section) {
    using Clock = std::chrono::steady_clock;
    SectionPage* page = frame.sectionPage();
    wxGUIEventLoop loop;
    SwitchTimes t;
    const auto start = Clock::now();
    auto since = [&] {
        return static_cast<long>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
    };
    auto finish = [&] {
        if (t.paintedMs >= 0 && t.builtMs >= 0 && loop.IsRunning())
            loop.Exit();
    };
    page->onPainted = [&] {
        if (t.paintedMs < 0)
            t.paintedMs = since();
        finish();
    };
    page->onComplete = [&] {
        if (t.builtMs < 0)
            t.builtMs = since();
        finish();
    };
    frame.showSection(section);
    if (page->sectionComplete())
        t.builtMs = since();
    wxTimer guard;  // a page that is never painted must not hang the run
    guard.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { loop.Exit(); });
    guard.StartOnce(20000);
    loop.Run();
    page->onPainted = nullptr;
    page->onComplete = nullptr;
    return t;
}

}  // namespace

void MainFrame::runTiming(long firstPaintMs) {
    std::printf("first-paint-ms %ld\n", firstPaintMs);
    if (doc_) {
        const long n = static_cast<long>(doc_->form().sections.size());
        // A few switches spread over the form. switch-ms ends when the new page is painted
        // with its first screenful; section-built-ms when the rest of it is built on idle.
        for (long k = 1; k <= 5 && n > 0; ++k) {
            SwitchTimes t = timeSwitch(*this, (k * n / 5) % n);
            std::printf("switch-ms %ld\n", t.paintedMs);
            std::printf("section-built-ms %ld\n", t.builtMs);
        }
    }
    std::fflush(stdout);
}

void MainFrame::onFind() {
    if (!doc_)
        return;
    FindDialog dlg(this, *doc_, formLanguage_);
    if (dlg.ShowModal() == wxID_OK && !dlg.chosenQuestion().empty())
        goToQuestion(dlg.chosenQuestion());
}

void MainFrame::onPreferences() {
    PreferencesDialog dlg(this);
    if (dlg.ShowModal() != wxID_OK)
        return;
    autosaveTimer_.Start(settings::autosaveSeconds() * 1000);
    if (doc_)
        doc_->setEditor(toUtf8(settings::editorName()), toUtf8(settings::editorAgency()));
    std::string ui = toUtf8(settings::uiLanguage());
    if ((ui.empty() ? uiLanguage() : ui) != uiLanguage() || ui.empty())
        setUiLanguage(ui);
    std::string fl = toUtf8(settings::formLanguage());
    if (!fl.empty())
        setFormLanguage(fl);
}

void MainFrame::onPrint(bool preview) {
    if (!doc_)
        return;
    if (!printer_)
        printer_ = std::make_unique<wxHtmlEasyPrinting>(_("Printing the response"), this);
    printer_->SetFooter(_("Page @PAGENUM@ of @PAGESCNT@"), wxPAGE_ALL);
    wxString html = responseAsHtml(*doc_, formLanguage_);
    if (preview)
        previewHtml(this, html, _("Printing the response"));
    else
        printer_->PrintText(html);
}

void MainFrame::onExport() {
    if (!doc_)
        return;
    wxString suggested =
        wxFileName(fromUtf8(doc_->path().empty() ? "response" : doc_->path())).GetName() + ".xlsx";
    wxFileDialog dlg(this, _("Export my answers to Excel"), "", suggested,
                     _("Excel workbooks (*.xlsx)|*.xlsx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() == wxID_OK)
        exportToExcel(dlg.GetPath());
}

bool MainFrame::exportToExcel(const wxString& path) {
    if (!doc_)
        return false;
    std::string error = exportResponseWorkbook(*doc_, toUtf8(path), formLanguage_);
    if (!error.empty()) {
        wxMessageDialog dlg(this, wxString::Format(_("%s could not be written."), path), "revq",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(fromUtf8(error));
        dlg.ShowModal();
        return false;
    }
    SetStatusText(wxString::Format(_("Exported to %s"), path), 0);
    return true;
}

void MainFrame::onAbout() {
    wxAboutDialogInfo info;
    info.SetName("revq");
    info.SetVersion(REVQ_VERSION_STRING);
    info.SetDescription(
        _("Review of the implementation of the Trafficking in Persons Protocol: fill in your "
          "State's response offline, in any of the six UN languages.\n\nThe user guide is "
          "docs/user-guide.md."));
    wxAboutBox(info, this);
}

}  // namespace revq::gui
