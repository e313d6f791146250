// The main window: navigation tree | section page, problems panel below, menus, toolbar and
// status bar. File operations live in main_frame_files.cpp, language and view switching in
// main_frame_view.cpp, so each file keeps to one job.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include "core/response_store.h"
#include "gui/question_controls.h"

class wxSplitterWindow;
class wxNotebook;
class wxChoice;
class wxMenu;
class wxHtmlEasyPrinting;

namespace revq::gui {

class ResponseDocument;
class AnswerCommandProcessor;
class NavigationTree;
class SectionPage;
class ProblemList;
class ProvisionPane;
struct RecoveryEntry;

class MainFrame : public wxFrame {
  public:
    MainFrame();
    ~MainFrame() override;

    // --- files (main_frame_files.cpp) ---
    // Opens a response (.revq) or a form definition (anything else: previewed as a new,
    // unsaved response, with its lint problems listed and reloaded when the file changes).
    bool openFile(const wxString& path);
    bool openForm(const wxString& path, const std::string& stateCode = {});
    bool openResponse(const wxString& path);
    // Starts a new response to `formPath` for `stateCode`, optionally carrying over the
    // answers of `earlier` (a response to this or an earlier form version).
    bool newResponse(const wxString& formPath, const std::string& stateCode,
                     const wxString& earlier = {});
    bool save();
    bool saveAs();
    bool saveTo(const wxString& path, bool force = false);
    void revert();
    bool submit();
    void reopen();
    bool exportToExcel(const wxString& path);
    // --- import (main_frame_import.cpp) ---
    // Imports answers linked by cross-reference or `replaces` from another response of the
    // same State (another instrument's questionnaire or an earlier cycle); `otherFormPath` is
    // that response's form when it is not this one. Asks before overwriting any answer.
    bool importAnswersFrom(const wxString& otherPath, const wxString& otherFormPath = {});
    // --- consultation (main_frame_consultation.cpp) ---
    void onMergeContributions();
    void onConsultationStatus();
    void onSplitContributions();
    // --- gap analysis (main_frame_gap.cpp) ---
    void onGapAnalysis(bool preview);
    bool restoreRecovery(const RecoveryEntry& entry);
    // Writes the recovery copy now if there are unsaved changes since the last one.
    bool writeRecoveryCopy();
    // Asks about unsaved changes; false when the person cancels.
    bool confirmDiscard();

    // --- view (main_frame_view.cpp) ---
    void setFormLanguage(const std::string& code);
    const std::string& formLanguage() const { return formLanguage_; }
    void setUiLanguage(const std::string& code);  // rebuilds menus and pages
    void showSection(long sectionIndex);
    bool goToQuestion(const std::string& questionId);
    bool goToNextUnanswered();
    void showProblems(bool show);
    void updateValidationPanel();
    bool writeScreenshot(const wxString& path);
    // Prints first-paint and section-switch times to stdout (revq --timing).
    void runTiming(long firstPaintMs);

    // --- provision pane (main_frame_provisions.cpp) ---
    // The pane shows what the question reviews, or else the section's article.
    void followQuestion(const std::string& questionId);
    void followSection(long sectionIndex);
    void showProvisionPane(bool show);
    bool provisionPaneShown() const;
    ProvisionPane* provisionPane() { return provisions_; }

    // For the GUI tests and the app.
    ResponseDocument* document() { return doc_.get(); }
    AnswerCommandProcessor* commands() { return commands_.get(); }
    SectionPage* sectionPage() { return page_; }
    NavigationTree* navigation() { return nav_; }
    ProblemList* validationList() { return validation_; }
    ProblemList* lintList() { return lint_; }
    const std::string& formPath() const { return formPath_; }
    bool commitAnswer(const std::string& questionId, Answer answer, long mergeKey = 0);

  private:
    // main_frame.cpp
    void buildMenus();
    void buildToolbar();
    void buildStatusBar();
    void bindEvents();
    void setDocument(std::unique_ptr<ResponseDocument> doc, const std::string& formPath);
    void documentChanged(const std::string& questionId);
    void updateTitleAndStatus();
    void updateMenus();
    void confirmSection();
    void onClose(wxCloseEvent& e);
    // main_frame_provisions.cpp
    void bindProvisionPane();
    // main_frame_files.cpp
    void onNew();
    void onOpen();
    void onOpenForm();
    void onExport();
    void onPrint(bool preview);
    void onFind();
    void onPreferences();
    void onAbout();
    void onUserGuide();
    void onOpenWorkspace();
    void onImportAnswers();
    void checkFormFileChanged();
    void discardRecoveryCopy();
    bool loadFormForDocument(const wxString& path, std::shared_ptr<const Form>* form);

    std::unique_ptr<ResponseDocument> doc_;
    std::unique_ptr<AnswerCommandProcessor> commands_;
    EditorContext context_;
    std::optional<FileStamp> readStamp_;
    std::string formPath_;
    bool watchForm_ = false;  // form preview: reload when the file changes
    long long formMtime_ = 0;
    std::string formLanguage_ = "en";
    std::string recoveryPath_;
    long changeGeneration_ = 0;
    long recoveryGeneration_ = 0;

    wxSplitterWindow* split_ = nullptr;
    wxSplitterWindow* rightSplit_ = nullptr;
    wxSplitterWindow* paneSplit_ = nullptr;  // questions and problems | provision pane
    ProvisionPane* provisions_ = nullptr;
    NavigationTree* nav_ = nullptr;
    SectionPage* page_ = nullptr;
    wxNotebook* bottom_ = nullptr;
    ProblemList* validation_ = nullptr;
    ProblemList* lint_ = nullptr;
    wxChoice* formLangChoice_ = nullptr;
    wxFileHistory history_;
    wxMenu* recentMenu_ = nullptr;
    wxTimer autosaveTimer_;
    wxTimer watchTimer_;
    std::unique_ptr<wxHtmlEasyPrinting> printer_;
};

}  // namespace revq::gui
