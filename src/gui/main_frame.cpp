#include "gui/main_frame.h"

#include <wx/artprov.h>
#include <wx/choice.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/html/htmprint.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include "gui/autosave.h"
#include "gui/confirm_answers.h"
#include "gui/language.h"
#include "gui/main_frame_ids.h"
#include "gui/navigation_tree.h"
#include "gui/provision_pane.h"
#include "gui/response_document.h"
#include "gui/section_page.h"
#include "gui/settings.h"
#include "gui/undo_commands.h"
#include "gui/validation_panel.h"

namespace revq::gui {
namespace {

// Dropping a .revq (or a form) onto the window opens it.
class FileDrop : public wxFileDropTarget {
  public:
    explicit FileDrop(MainFrame* frame) : frame_(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        if (files.empty())
            return false;
        wxString path = files[0];
        frame_->CallAfter([f = frame_, path] {
            if (f->confirmDiscard())
                f->openFile(path);
        });
        return true;
    }

  private:
    MainFrame* frame_;
};

}  // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, "revq", wxDefaultPosition, wxDefaultSize),
      autosaveTimer_(this),
      watchTimer_(this) {
    SetName("revq-main");
    split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split_->SetMinimumPaneSize(FromDIP(160));
    nav_ = new NavigationTree(split_);
    paneSplit_ = new wxSplitterWindow(split_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxSP_LIVE_UPDATE | wxSP_3DSASH);
    paneSplit_->SetMinimumPaneSize(FromDIP(160));
    paneSplit_->SetSashGravity(1.0);  // the questions take what the window gains
    rightSplit_ = new wxSplitterWindow(paneSplit_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH);
    rightSplit_->SetMinimumPaneSize(FromDIP(80));
    rightSplit_->SetSashGravity(1.0);
    page_ = new SectionPage(rightSplit_);
    bottom_ = new wxNotebook(rightSplit_, wxID_ANY);
    validation_ = new ProblemList(bottom_, "validation");
    lint_ = new ProblemList(bottom_, "lint");
    bottom_->AddPage(validation_, _("Validation"));
    bottom_->AddPage(lint_, _("Form problems"));
    rightSplit_->Initialize(page_);
    provisions_ = new ProvisionPane(paneSplit_);
    paneSplit_->SplitVertically(rightSplit_, provisions_, -FromDIP(360));
    split_->SplitVertically(nav_, paneSplit_, FromDIP(settings::navigationWidth()));

    context_.commit = [this](const std::string& id, Answer a, long key) {
        commitAnswer(id, std::move(a), key);
    };
    context_.inputProblem = [this](const std::string& id, const wxString& problem) {
        page_->setInputProblem(id, problem);
    };
    context_.fieldLeft = [this] { writeRecoveryCopy(); };

    settings::loadRecentFiles(history_);
    buildMenus();
    buildToolbar();
    buildStatusBar();
    bindEvents();
    SetDropTarget(new FileDrop(this));

    wxRect r = settings::windowRect();
    if (r.width > 200 && r.height > 200)
        SetSize(r);
    else
        SetSize(FromDIP(wxSize(1280, 860)));
    if (settings::windowMaximized())
        Maximize();
    autosaveTimer_.Start(settings::autosaveSeconds() * 1000);
    watchTimer_.Start(1000);
    showProvisionPane(settings::provisionPaneShown());
    applyLayoutDirection(this);
    updateTitleAndStatus();
    updateMenus();
}

MainFrame::~MainFrame() {
    autosaveTimer_.Stop();
    watchTimer_.Stop();
    // Controls hold references into the document: destroy them first.
    page_->showSection(nullptr, -1, &context_);
    if (commands_)
        commands_->ClearCommands();
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(ID_NEW_RESPONSE, _("&New Response…\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open…\tCtrl+O"));
    file->Append(ID_OPEN_FORM, _("Open Form for &Preview…"));
    file->Append(ID_OPEN_WORKSPACE, _("Open &Workspace (Secretariat)…"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &Recent"));
    file->AppendSeparator();
    file->Append(wxID_SAVE, _("&Save\tCtrl+S"));
    file->Append(wxID_SAVEAS, _("Save &As…\tCtrl+Shift+S"));
    file->Append(ID_REVERT, _("Re&vert to Saved"));
    file->AppendSeparator();
    file->Append(ID_SUBMIT, _("S&ubmit…"));
    file->Append(ID_REOPEN, _("Reopen for &Editing"));
    file->AppendSeparator();
    file->Append(ID_IMPORT_ANSWERS, _("&Import Answers from Another Response…"));
    auto* consult = new wxMenu;
    consult->Append(ID_SPLIT_CONTRIBUTIONS, _("&Send Parts to Agencies…"));
    consult->Append(ID_MERGE_CONTRIBUTIONS, _("&Merge Contributions…"));
    consult->Append(ID_CONSULTATION_STATUS, _("&Where Things Stand…"));
    file->AppendSubMenu(consult, _("National &Consultation"));
    file->AppendSeparator();
    file->Append(ID_EXPORT_EXCEL, _("&Export My Answers to Excel…"));
    file->Append(ID_PRINT_PREVIEW, _("Print Pre&view"));
    file->Append(wxID_PRINT, _("&Print…\tCtrl+P"));
    file->Append(ID_GAP_ANALYSIS_PREVIEW, _("&Gap Analysis Preview"));
    file->Append(ID_GAP_ANALYSIS_PRINT, _("Print Gap &Analysis…"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    edit->AppendSeparator();
    edit->Append(ID_FIND, _("&Find…\tCtrl+F"));
    edit->Append(ID_CONFIRM_SECTION, _("&Confirm Carried-over and Imported Answers in Section"));
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("Pre&ferences…"));

    auto* go = new wxMenu;
    go->Append(ID_NEXT_UNANSWERED, _("&Next Unanswered Question\tF8"));
    go->Append(ID_VALIDATE, _("&Check Answers\tF7"));
    go->AppendCheckItem(ID_SHOW_PROBLEMS, _("Show &Problems Panel"));
    go->AppendCheckItem(ID_SHOW_PROVISION_PANE, _("Show P&rovision Pane"));
    go->AppendSeparator();
    auto* langs = new wxMenu;
    for (size_t i = 0; i < kUnLanguages.size(); ++i)
        langs->AppendRadioItem(ID_FORM_LANGUAGE_FIRST + static_cast<int>(i),
                               nativeLanguageName(std::string(kUnLanguages[i])));
    go->AppendSubMenu(langs, _("Form &Language"));

    auto* help = new wxMenu;
    help->Append(ID_USER_GUIDE, _("&User Guide\tF1"));
    help->Append(wxID_ABOUT, _("&About revq"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(go, _("&View"));
    bar->Append(help, _("&Help"));
    wxMenuBar* old = GetMenuBar();
    if (recentMenu_)
        history_.RemoveMenu(recentMenu_);
    recentMenu_ = recent;
    history_.UseMenu(recent);
    history_.AddFilesToMenu(recent);
    SetMenuBar(bar);
    delete old;
}

void MainFrame::buildToolbar() {
    if (wxToolBar* old = GetToolBar()) {
        SetToolBar(nullptr);
        old->Destroy();
    }
    wxToolBar* tb = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_FLAT);
    auto art = [](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR); };
    tb->AddTool(ID_NEW_RESPONSE, _("New"), art(wxART_NEW), _("New response"));
    tb->AddTool(wxID_OPEN, _("Open"), art(wxART_FILE_OPEN), _("Open a response"));
    tb->AddTool(wxID_SAVE, _("Save"), art(wxART_FILE_SAVE), _("Save the response"));
    tb->AddSeparator();
    tb->AddTool(wxID_UNDO, _("Undo"), art(wxART_UNDO), _("Undo"));
    tb->AddTool(wxID_REDO, _("Redo"), art(wxART_REDO), _("Redo"));
    tb->AddSeparator();
    tb->AddTool(ID_NEXT_UNANSWERED, _("Next unanswered"), art(wxART_GO_FORWARD),
                _("Go to the next question without an answer (F8)"));
    tb->AddTool(ID_FIND, _("Find"), art(wxART_FIND), _("Find a question (Ctrl+F)"));
    tb->AddTool(ID_VALIDATE, _("Check"), art(wxART_TICK_MARK),
                _("List missing and invalid answers (F7)"));
    tb->AddSeparator();
    tb->AddControl(new wxStaticText(tb, wxID_ANY, _("Form language:")));
    formLangChoice_ = new wxChoice(tb, ID_FORM_LANGUAGE_CHOICE);
    formLangChoice_->SetName("form-language");
    tb->AddControl(formLangChoice_, _("Form language"));
    tb->Realize();
}

void MainFrame::buildStatusBar() {
    wxStatusBar* sb = GetStatusBar() ? GetStatusBar() : CreateStatusBar(4);
    int widths[] = {-3, -2, -2, -2};
    sb->SetStatusWidths(4, widths);
}

void MainFrame::bindEvents() {
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onNew(); }, ID_NEW_RESPONSE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpen(); }, wxID_OPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenForm(); }, ID_OPEN_FORM);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_SAVE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { saveAs(); }, wxID_SAVEAS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { revert(); }, ID_REVERT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { submit(); }, ID_SUBMIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reopen(); }, ID_REOPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onExport(); }, ID_EXPORT_EXCEL);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onPrint(true); }, ID_PRINT_PREVIEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onPrint(false); }, wxID_PRINT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (commands_)
                commands_->Undo();
        },
        wxID_UNDO);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (commands_)
                commands_->Redo();
        },
        wxID_REDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onFind(); }, ID_FIND);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { confirmSection(); }, ID_CONFIRM_SECTION);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onPreferences(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { goToNextUnanswered(); }, ID_NEXT_UNANSWERED);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            updateValidationPanel();
            bottom_->SetSelection(0);
            showProblems(true);
        },
        ID_VALIDATE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& e) { showProblems(e.IsChecked()); }, ID_SHOW_PROBLEMS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& e) { showProvisionPane(e.IsChecked()); },
        ID_SHOW_PROVISION_PANE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onAbout(); }, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onUserGuide(); }, ID_USER_GUIDE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenWorkspace(); }, ID_OPEN_WORKSPACE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onImportAnswers(); }, ID_IMPORT_ANSWERS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onSplitContributions(); }, ID_SPLIT_CONTRIBUTIONS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onMergeContributions(); }, ID_MERGE_CONTRIBUTIONS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onConsultationStatus(); }, ID_CONSULTATION_STATUS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onGapAnalysis(true); }, ID_GAP_ANALYSIS_PREVIEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onGapAnalysis(false); }, ID_GAP_ANALYSIS_PRINT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            setFormLanguage(std::string(kUnLanguages[e.GetId() - ID_FORM_LANGUAGE_FIRST]));
        },
        ID_FORM_LANGUAGE_FIRST, ID_FORM_LANGUAGE_LAST);
    Bind(
        wxEVT_CHOICE,
        [this](wxCommandEvent& e) {
            auto* data = static_cast<wxStringClientData*>(
                formLangChoice_->GetClientObject(e.GetSelection()));
            if (data)
                setFormLanguage(toUtf8(data->GetData()));
        },
        ID_FORM_LANGUAGE_CHOICE);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            wxString path = history_.GetHistoryFile(e.GetId() - wxID_FILE1);
            if (confirmDiscard() && !openFile(path))
                history_.RemoveFileFromHistory(e.GetId() - wxID_FILE1);
        },
        wxID_FILE1, wxID_FILE9);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { writeRecoveryCopy(); }, autosaveTimer_.GetId());
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { checkFormFileChanged(); }, watchTimer_.GetId());

    nav_->onSectionSelected = [this](long s) { showSection(s); };
    page_->onConfirm = [this](const std::string& id) {
        if (doc_ && commands_)
            confirmAnswers(*commands_, *doc_, {id});
    };
    page_->onConfirmSection = [this] { confirmSection(); };
    auto jump = [this](const ProblemRow& row) {
        if (!row.questionId.empty())
            goToQuestion(row.questionId);
    };
    validation_->onActivate = jump;
    lint_->onActivate = jump;
    bindProvisionPane();
}

void MainFrame::setDocument(std::unique_ptr<ResponseDocument> doc, const std::string& formPath) {
    page_->showSection(nullptr, -1, &context_);  // old controls reference the old document
    commands_.reset();
    doc_ = std::move(doc);
    formPath_ = formPath;
    changeGeneration_ = recoveryGeneration_ = 0;
    if (!doc_) {
        nav_->setDocument(nullptr, formLanguage_);
        provisions_->clear();
        updateTitleAndStatus();
        updateMenus();
        return;
    }
    doc_->setEditor(toUtf8(settings::editorName()), toUtf8(settings::editorAgency()));
    commands_ = std::make_unique<AnswerCommandProcessor>(*doc_);
    commands_->SetEditMenu(GetMenuBar()->GetMenu(1));
    commands_->SetMenuStrings();
    doc_->onChanged.push_back([this](const std::string& id) { documentChanged(id); });
    doc_->onModifiedChanged.push_back([this] { updateTitleAndStatus(); });
    context_.readOnly = doc_->isReadOnly();

    // Form language: the preference if the form has it, else the UI language, else English.
    std::string want = toUtf8(settings::formLanguage());
    if (want.empty())
        want = uiLanguage();
    const auto& langs = doc_->form().languages;
    if (std::find(langs.begin(), langs.end(), want) == langs.end())
        want = std::find(langs.begin(), langs.end(), "en") != langs.end() || langs.empty()
                   ? "en"
                   : langs.front();
    formLanguage_.clear();
    setFormLanguage(want);  // builds the tree and the first page
    recoveryPath_ = recoveryPathFor(doc_->path(), formPath_, doc_->response().created);
    updateValidationPanel();
    updateTitleAndStatus();
}

bool MainFrame::commitAnswer(const std::string& questionId, Answer answer, long mergeKey) {
    if (!commands_)
        return false;
    return commands_->submitAnswer(questionId, std::move(answer), mergeKey);
}

void MainFrame::documentChanged(const std::string& questionId) {
    ++changeGeneration_;
    // Undo may change a question on another page: show it so the person sees what happened.
    if (!questionId.empty()) {
        long qi = doc_->form().questionIndex(questionId);
        if (qi >= 0 &&
            static_cast<long>(doc_->form().questions[qi].section) != page_->sectionIndex())
            showSection(static_cast<long>(doc_->form().questions[qi].section));
    }
    page_->documentChanged(questionId);
    nav_->updateBadges();
    if (rightSplit_->IsSplit())
        updateValidationPanel();
    updateTitleAndStatus();
}

void MainFrame::updateTitleAndStatus() {
    wxString title = "revq";
    if (doc_) {
        wxString name = doc_->path().empty() ? wxString(_("Untitled response"))
                                             : wxFileName(fromUtf8(doc_->path())).GetFullName();
        if (doc_->isPreview())
            name =
                wxString::Format(_("Preview of %s"), wxFileName(fromUtf8(formPath_)).GetFullName());
        title = (doc_->isModified() ? "*" : "") + name + " - revq";
        const Response& r = doc_->response();
        SetStatusText(r.stateCode.empty() ? wxString(_("State: not chosen"))
                                          : wxString::Format(_("State: %s"), fromUtf8(r.stateCode)),
                      0);
        SetStatusText(wxString::Format(_("Form %s, version %s"), fromUtf8(doc_->form().id),
                                       fromUtf8(doc_->form().version)),
                      1);
        Completion c = doc_->overallCompletion();
        int pct = c.relevant ? c.answered * 100 / c.relevant : 100;
        SetStatusText(wxString::Format(_("Answered %d of %d (%d%%)"), c.answered, c.relevant, pct),
                      2);
        wxString state = doc_->isReadOnly()   ? wxString(_("Submitted (read-only)"))
                         : doc_->isModified() ? wxString(_("Unsaved changes"))
                                              : wxString(_("Saved"));
        SetStatusText(state, 3);
    } else {
        for (int i = 0; i < 4; ++i)
            SetStatusText("", i);
        SetStatusText(_("Open a response or a form to begin."), 0);
    }
    SetTitle(title);
    updateMenus();
}

void MainFrame::updateMenus() {
    wxMenuBar* bar = GetMenuBar();
    if (!bar)
        return;
    bool has = doc_ != nullptr;
    bool editable = has && !doc_->isReadOnly();
    for (int id :
         {(int)wxID_SAVE, (int)wxID_SAVEAS, (int)ID_EXPORT_EXCEL, (int)ID_PRINT_PREVIEW,
          (int)wxID_PRINT, (int)ID_NEXT_UNANSWERED, (int)ID_FIND, (int)ID_VALIDATE,
          (int)ID_GAP_ANALYSIS_PREVIEW, (int)ID_GAP_ANALYSIS_PRINT, (int)ID_CONSULTATION_STATUS})
        bar->Enable(id, has);
    for (int id :
         {(int)ID_IMPORT_ANSWERS, (int)ID_MERGE_CONTRIBUTIONS, (int)ID_SPLIT_CONTRIBUTIONS})
        bar->Enable(id, editable && !doc_->isPreview());
    bar->Enable(ID_REVERT, has && !doc_->path().empty() && doc_->isModified());
    bar->Enable(ID_SUBMIT, editable && !doc_->isPreview());
    bar->Enable(ID_REOPEN, has && doc_->isReadOnly());
    bar->Enable(ID_CONFIRM_SECTION, editable);
    bar->Check(ID_SHOW_PROBLEMS, rightSplit_->IsSplit());
    bar->Check(ID_SHOW_PROVISION_PANE, paneSplit_->IsSplit());
    if (wxToolBar* tb = GetToolBar()) {
        tb->EnableTool(wxID_SAVE, has);
        tb->EnableTool(ID_NEXT_UNANSWERED, has);
        tb->EnableTool(ID_FIND, has);
        tb->EnableTool(ID_VALIDATE, has);
        tb->EnableTool(wxID_UNDO, commands_ && commands_->CanUndo());
        tb->EnableTool(wxID_REDO, commands_ && commands_->CanRedo());
    }
}

void MainFrame::confirmSection() {
    if (!doc_ || page_->sectionIndex() < 0)
        return;
    std::vector<std::string> ids;
    for (size_t qi : doc_->form().sections[page_->sectionIndex()].questions)
        ids.push_back(doc_->form().questions[qi].id);
    if (commands_)
        confirmAnswers(*commands_, *doc_, ids);  // one undo step for the section
}

void MainFrame::onClose(wxCloseEvent& e) {
    if (e.CanVeto() && !confirmDiscard()) {
        e.Veto();
        return;
    }
    discardRecoveryCopy();
    if (!IsMaximized() && !IsIconized())
        settings::setWindowRect(GetRect());
    settings::setWindowMaximized(IsMaximized());
    settings::setNavigationWidth(ToDIP(split_->GetSashPosition()));
    settings::setProvisionPaneShown(provisionPaneShown());
    settings::saveRecentFiles(history_);
    settings::flush();
    Destroy();
}

}  // namespace revq::gui
