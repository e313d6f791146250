// The secretariat's view of a workspace (issue 6): a folder of .revq files and workspace.xml.
// A window of its own: the States table (who answered, how completely, what needs attention),
// every State's answer to one question side by side with counts by regional group, importing
// files into the folder (copies; originals untouched), rescanning and exporting the summary
// workbook. Reading never changes a file in the folder.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/string.h>

#include "core/workspace.h"
#include "gui/workspace_loading.h"
#include "gui/workspace_states_model.h"

class wxButton;
class wxChoice;
class wxDataViewCtrl;
class wxInfoBar;
class wxNotebook;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace revq {
struct Collation;
}

namespace revq::gui {

class WorkspaceComparePanel;

// Opens a window on the workspace in `dir` (imports it with a progress dialog). Returns the
// window, or nullptr when the folder cannot be opened (the person has been told why).
wxFrame* openWorkspaceWindow(const wxString& dir, wxWindow* parent);

class WorkspaceFrame;
// The same with options (tests: no progress dialog, no message boxes); on failure `error` says
// why.
WorkspaceFrame* openWorkspaceWindow(const wxString& dir, wxWindow* parent,
                                    const WorkspaceOpenOptions& options, wxString* error);

// Screenshot scenes: the open workspace window comparing a choice question that most States
// answered ("workspace"), or its States table sorted by flags with the first flagged row
// selected ("workspace-states"). Null with `error` set when no workspace window is open.
wxWindow* workspaceScene(const std::string& name, std::string* error);

class WorkspaceFrame : public wxFrame {
  public:
    WorkspaceFrame(wxWindow* parent, std::shared_ptr<const Form> form,
                   std::shared_ptr<const StatesList> states, std::unique_ptr<Workspace> ws,
                   const WorkspaceOpenOptions& options);
    ~WorkspaceFrame() override;

    // Reads the folder again (new, changed and removed files).
    bool rescan();
    // Copies `paths` into the folder (never moving or changing them) and reads them.
    ImportReport importFiles(const std::vector<std::string>& paths);
    // Writes the summary workbook in the form language with the shipped layout, atomically.
    bool exportSummary(const wxString& path, wxString* error);

    // The secretariat's decisions (workspace_decisions.cpp), saved in workspace.xml at once:
    // the file collated for a State with several revisions ("" = the automatic choice) and a
    // note on the State. False with `error` when refused or not saved.
    bool chooseCollatedFile(const std::string& code, const std::string& fileName, wxString* error);
    bool setNote(const std::string& code, const std::string& note, wxString* error);

    void setFormLanguage(const std::string& code);
    const std::string& formLanguage() const { return formLang_; }
    void setFilter(const wxString& text, const std::string& groupId, StatusFilter status);
    // Shows the comparison of `questionId` across States.
    bool pickQuestion(const std::string& questionId);
    // A choice question most States answered, for the screenshot scene ("" when none).
    std::string exampleQuestion() const;
    void showStates();
    void showComparison();

    const Workspace& workspace() const { return *ws_; }
    WorkspaceStatesModel* statesModel() { return model_.get(); }
    wxDataViewCtrl* statesView() { return table_; }
    WorkspaceComparePanel* comparePanel() { return compare_; }
    wxTextCtrl* detailPane() { return details_; }
    // Selects the shown row `index` and describes it in the detail pane.
    void selectRow(size_t index);
    // Tells what an import or rescan did (info bar; a box for errors unless quiet).
    void showReport(const ImportReport& report, const wxString& what);

  private:
    void buildMenus();
    wxWindow* buildStatesPage(wxWindow* parent);
    void buildToolbar(wxWindow* parent, wxSizer* into);
    void refresh();
    void applyFilter();
    void updateDetails();
    void updateStatus();
    void onImport();
    void onChooseFile();
    void onNote();
    bool saveDecisions(wxString* error);
    void onExport();

    std::shared_ptr<const Form> form_;
    std::shared_ptr<const StatesList> states_;
    std::unique_ptr<Workspace> ws_;
    std::unique_ptr<Collation> collation_;
    WorkspaceOpenOptions options_;
    std::string formLang_ = "en";
    std::vector<std::string> groupIds_;  // per group choice entry ("" = all)
    wxObjectDataPtr<WorkspaceStatesModel> model_;

    wxInfoBar* info_ = nullptr;
    wxNotebook* book_ = nullptr;
    wxChoice* formLangChoice_ = nullptr;
    wxSearchCtrl* filterText_ = nullptr;
    wxChoice* groupChoice_ = nullptr;
    wxChoice* statusChoice_ = nullptr;
    wxStaticText* shownLabel_ = nullptr;
    wxDataViewCtrl* table_ = nullptr;
    wxTextCtrl* details_ = nullptr;
    wxButton* chooseBtn_ = nullptr;
    wxButton* noteBtn_ = nullptr;
    WorkspaceComparePanel* compare_ = nullptr;
};

}  // namespace revq::gui
