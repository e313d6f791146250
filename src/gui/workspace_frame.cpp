#include "gui/workspace_frame.h"

#include <filesystem>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "core/data_paths.h"
#include "export/collation.h"
#include "export/export_layout.h"
#include "export/summary_workbook.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/settings.h"
#include "gui/workspace_compare.h"

namespace revq::gui {

namespace fs = std::filesystem;

namespace {

// The form language: the person's choice when the form has it, else the UI language, else
// the form's first language.
std::string initialFormLanguage(const Form& form) {
    std::string lang = toUtf8(settings::formLanguage());
    if (lang.empty())
        lang = uiLanguage();
    const auto& langs = form.languages;
    if (langs.empty() || std::find(langs.begin(), langs.end(), lang) != langs.end())
        return lang;
    if (std::find(langs.begin(), langs.end(), uiLanguage()) != langs.end())
        return uiLanguage();
    return langs.front();
}

std::unique_ptr<Workspace> readWorkspace(const std::string& folder,
                                         std::shared_ptr<const Form> form,
                                         std::shared_ptr<const StatesList> states,
                                         const WorkspaceOpenOptions& options, wxWindow* parent,
                                         ImportReport* report) {
    std::unique_ptr<DialogImportProgress> progress;
    if (options.showProgress)
        progress = std::make_unique<DialogImportProgress>(parent, _("Opening the workspace"));
    return std::make_unique<Workspace>(
        Workspace::open(folder, std::move(form), std::move(states), report, progress.get()));
}

bool answersAnotherForm(const Workspace& ws) {
    bool other = false;
    for (const WorkspaceFile& f : ws.files()) {
        if (f.usable)
            return false;
        other |= f.has(FileFlag::OtherForm);
    }
    return other;
}

}  // namespace

WorkspaceFrame* openWorkspaceWindow(const wxString& dir, wxWindow* parent,
                                    const WorkspaceOpenOptions& options, wxString* error) {
    const std::string folder = toUtf8(dir);
    std::error_code ec;
    if (!fs::is_directory(pathFromUtf8(folder), ec)) {
        *error = wxString::Format(_("%s is not a folder. Choose the folder that holds the "
                                    "States' .revq files."),
                                  dir);
        return nullptr;
    }
    std::shared_ptr<const Form> form = findWorkspaceForm(folder, options, parent, error);
    if (!form)
        return nullptr;
    std::shared_ptr<const StatesList> states = loadShippedStates();
    ImportReport report;
    auto ws = readWorkspace(folder, form, states, options, parent, &report);
    // Every readable file answers another questionnaire: the workspace needs another form.
    if (answersAnotherForm(*ws) && !options.quiet) {
        form = askForForm(parent,
                          wxString::Format(_("The files in %s answer another questionnaire "
                                             "than %s. Choose their form"),
                                           dir, fromUtf8(form->id)),
                          error);
        if (!form)
            return nullptr;
        report = ImportReport();
        ws = readWorkspace(folder, form, states, options, parent, &report);
    }
    auto* frame = new WorkspaceFrame(parent, form, states, std::move(ws), options);
    if (report.cancelled)
        frame->showReport(report, _("Reading was cancelled"));
    else if (!report.errors.empty())
        frame->showReport(report, _("The workspace was opened with problems"));
    return frame;
}

wxFrame* openWorkspaceWindow(const wxString& dir, wxWindow* parent) {
    wxString error;
    WorkspaceFrame* frame = openWorkspaceWindow(dir, parent, WorkspaceOpenOptions(), &error);
    if (!frame) {
        showWorkspaceError(parent, wxString::Format(_("The workspace %s cannot be opened."), dir),
                           error);
        return nullptr;
    }
    frame->Show();
    frame->Raise();
    return frame;
}

wxWindow* workspaceScene(const std::string& name, std::string* error) {
    WorkspaceFrame* frame = nullptr;
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* f = dynamic_cast<WorkspaceFrame*>(w))
            frame = f;
    if (!frame) {
        *error = name + ": no workspace window is open; give --workspace DIR";
        return nullptr;
    }
    frame->SetSize(frame->FromDIP(wxSize(1280, 860)));
    if (name == "workspace-states") {
        frame->showStates();
        frame->statesModel()->sortBy(WorkspaceStatesModel::Flags, false);
        frame->selectRow(0);
    } else {
        const std::string question = frame->exampleQuestion();
        if (question.empty() || !frame->pickQuestion(question)) {
            *error = name + ": no choice question with answers to compare";
            return nullptr;
        }
    }
    frame->Raise();
    return frame;
}

void MainFrame::onOpenWorkspace() {
    wxDirDialog dlg(this, _("Choose the workspace folder (the States' .revq files)"), "",
                    wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK)
        openWorkspaceWindow(dlg.GetPath(), this);
}

WorkspaceFrame::WorkspaceFrame(wxWindow* parent, std::shared_ptr<const Form> form,
                               std::shared_ptr<const StatesList> states,
                               std::unique_ptr<Workspace> ws, const WorkspaceOpenOptions& options)
    : wxFrame(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE,
              "workspace.frame"),
      form_(std::move(form)),
      states_(std::move(states)),
      ws_(std::move(ws)),
      options_(options),
      model_(new WorkspaceStatesModel) {
    options_.formPath = fromUtf8(form_->path);
    formLang_ = initialFormLanguage(ws_->form());
    SetTitle(wxString::Format(_("Workspace %s — revq"),
                              wxFileName::DirName(fromUtf8(ws_->folder())).GetDirs().Last()));
    buildMenus();
    CreateStatusBar();

    auto* root = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    info_ = new wxInfoBar(root);
    sizer->Add(info_, 0, wxEXPAND);
    buildToolbar(root, sizer);
    book_ = new wxNotebook(root, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "workspace.book");
    book_->AddPage(buildStatesPage(book_), _("States"));
    compare_ = new WorkspaceComparePanel(book_);
    book_->AddPage(compare_, _("Compare answers"));
    sizer->Add(book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    root->SetSizer(sizer);

    SetSize(FromDIP(wxSize(1280, 860)));
    if (parent)
        SetPosition(parent->GetPosition() + FromDIP(wxPoint(30, 30)));
    refresh();
    applyLayoutDirection(this);
}

WorkspaceFrame::~WorkspaceFrame() {
    // The comparison points into the collation: drop the pointers first.
    if (compare_)
        compare_->setData(nullptr, nullptr, nullptr, formLang_, uiLanguage());
}

void WorkspaceFrame::buildMenus() {
    auto* bar = new wxMenuBar;
    auto* file = new wxMenu;
    const int rescanId = wxWindow::NewControlId(), importId = wxWindow::NewControlId(),
              exportId = wxWindow::NewControlId(), statesId = wxWindow::NewControlId(),
              compareId = wxWindow::NewControlId(), findId = wxWindow::NewControlId();
    file->Append(importId, _("&Import Files into the Workspace…\tCtrl+I"));
    file->Append(rescanId, _("&Rescan Folder\tF5"));
    file->AppendSeparator();
    file->Append(exportId, _("&Export Summary Workbook…\tCtrl+E"));
    file->AppendSeparator();
    file->Append(wxID_CLOSE, _("&Close Workspace\tCtrl+W"));
    bar->Append(file, _("&File"));
    auto* view = new wxMenu;
    view->Append(statesId, _("&States\tCtrl+1"));
    view->Append(compareId, _("&Compare Answers\tCtrl+2"));
    view->Append(findId, _("&Find Question…\tCtrl+F"));
    bar->Append(view, _("&View"));
    SetMenuBar(bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onImport(); }, importId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { rescan(); }, rescanId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onExport(); }, exportId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showStates(); }, statesId);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showComparison(); }, compareId);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            showComparison();
            compare_->searchBox()->SetFocus();
        },
        findId);
}

void WorkspaceFrame::buildToolbar(wxWindow* parent, wxSizer* into) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* importBtn = new wxButton(parent, wxID_ANY, _("&Import Files…"));
    importBtn->SetToolTip(
        _("Copy .revq files into the workspace folder; the originals are "
          "left where they are"));
    auto* rescanBtn = new wxButton(parent, wxID_ANY, _("&Rescan"));
    rescanBtn->SetToolTip(_("Read the folder again"));
    auto* exportBtn = new wxButton(parent, wxID_ANY, _("E&xport Summary…"), wxDefaultPosition,
                                   wxDefaultSize, 0, wxDefaultValidator, "workspace.export");
    exportBtn->SetToolTip(_("Write the summary workbook (Excel) in the form language"));
    auto* langLabel = new wxStaticText(parent, wxID_ANY, _("Form &language:"));
    formLangChoice_ = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr,
                                   0, wxDefaultValidator, "workspace.formLanguage");
    std::vector<std::string> langs = ws_->form().languages;
    if (langs.empty())
        langs.assign(kUnLanguages.begin(), kUnLanguages.end());
    for (const std::string& l : langs) {
        formLangChoice_->Append(nativeLanguageName(l));
        if (l == formLang_)
            formLangChoice_->SetSelection(formLangChoice_->GetCount() - 1);
    }
    row->Add(importBtn, 0, wxRIGHT, FromDIP(6));
    row->Add(rescanBtn, 0, wxRIGHT, FromDIP(6));
    row->Add(exportBtn, 0, wxRIGHT, FromDIP(6));
    row->AddStretchSpacer();
    row->Add(langLabel, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    row->Add(formLangChoice_, 0, wxALIGN_CENTER_VERTICAL);
    into->Add(row, 0, wxEXPAND | wxALL, FromDIP(6));

    importBtn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onImport(); });
    rescanBtn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { rescan(); });
    exportBtn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });
    formLangChoice_->Bind(wxEVT_CHOICE, [this, langs](wxCommandEvent& e) {
        if (e.GetSelection() >= 0)
            setFormLanguage(langs[static_cast<size_t>(e.GetSelection())]);
    });
}

wxWindow* WorkspaceFrame::buildStatesPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    auto* findLabel = new wxStaticText(page, wxID_ANY, _("&Filter:"));
    filterText_ = new wxSearchCtrl(page, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(240, -1)),
                                   0, wxDefaultValidator, "workspace.filterText");
    filterText_->ShowCancelButton(true);
    filterText_->SetDescriptiveText(_("State, code, file or flag"));
    auto* groupLabel = new wxStaticText(page, wxID_ANY, _("Regional &group:"));
    groupChoice_ = new wxChoice(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                wxDefaultValidator, "workspace.groupFilter");
    groupChoice_->Append(_("All groups"));
    groupIds_ = {""};
    for (const std::string& g : regionalGroupIds()) {
        groupChoice_->Append(g == "none" ? wxString(_("(no group)"))
                                         : fromUtf8(regionalGroupLabel(g).get(uiLanguage())));
        groupIds_.push_back(g);
    }
    groupChoice_->SetSelection(0);
    auto* statusLabel = new wxStaticText(page, wxID_ANY, _("&Show:"));
    statusChoice_ =
        new wxChoice(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, statusFilterLabels(), 0,
                     wxDefaultValidator, "workspace.statusFilter");
    statusChoice_->SetSelection(0);
    shownLabel_ = new wxStaticText(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                   "workspace.shown");
    filters->Add(findLabel, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    filters->Add(filterText_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    filters->Add(groupLabel, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    filters->Add(groupChoice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    filters->Add(statusLabel, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    filters->Add(statusChoice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
    filters->AddStretchSpacer();
    filters->Add(shownLabel_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(filters, 0, wxEXPAND | wxALL, FromDIP(6));

    table_ = new wxDataViewCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_ROW_LINES | wxDV_SINGLE | wxDV_HORIZ_RULES, wxDefaultValidator,
                                "workspace.states");
    table_->AssociateModel(model_.get());
    struct ColumnSpec {
        wxString title;
        int width;
        wxAlignment align;
    };
    const ColumnSpec columns[] = {
        {_("State"), 230, wxALIGN_NOT},          {_("ISO"), 60, wxALIGN_NOT},
        {_("Regional group"), 230, wxALIGN_NOT}, {_("Status"), 100, wxALIGN_NOT},
        {_("Complete"), 90, wxALIGN_RIGHT},      {_("Submitted"), 110, wxALIGN_NOT},
        {_("Flags"), 400, wxALIGN_NOT},
    };
    for (unsigned c = 0; c < WorkspaceStatesModel::ColumnCount; ++c)
        table_->AppendTextColumn(columns[c].title, c, wxDATAVIEW_CELL_INERT,
                                 FromDIP(columns[c].width), columns[c].align,
                                 wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));

    auto* detailsLabel = new wxStaticText(page, wxID_ANY, _("&Details of the selected row:"));
    details_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2, wxDefaultValidator,
                              "workspace.details");
    chooseBtn_ = new wxButton(page, wxID_ANY, _("&Choose Collated File…"), wxDefaultPosition,
                              wxDefaultSize, 0, wxDefaultValidator, "workspace.choose");
    chooseBtn_->SetToolTip(_("For a State that sent several revisions: which file counts"));
    noteBtn_ = new wxButton(page, wxID_ANY, _("&Note…"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "workspace.note");
    noteBtn_->SetToolTip(_("The secretariat's note on this State (kept in workspace.xml)"));
    auto* detailRow = new wxBoxSizer(wxHORIZONTAL);
    detailRow->Add(details_, 1, wxEXPAND | wxRIGHT, FromDIP(6));
    auto* decisionButtons = new wxBoxSizer(wxVERTICAL);
    decisionButtons->Add(chooseBtn_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    decisionButtons->Add(noteBtn_, 0, wxEXPAND);
    detailRow->Add(decisionButtons, 0);
    sizer->Add(detailsLabel, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    sizer->Add(detailRow, 0, wxEXPAND | wxALL, FromDIP(6));
    chooseBtn_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onChooseFile(); });
    noteBtn_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onNote(); });
    page->SetSizer(sizer);

    filterText_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyFilter(); });
    filterText_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN,
                      [this](wxCommandEvent&) { filterText_->Clear(); });
    groupChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilter(); });
    statusChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilter(); });
    table_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { updateDetails(); });
    // GTK sorted by the column clicked; the model keeps its rows in the order shown, so sort
    // them itself (its Compare then keeps that order).
    table_->Bind(wxEVT_DATAVIEW_COLUMN_SORTED, [this](wxDataViewEvent& e) {
        const wxDataViewColumn* col = e.GetDataViewColumn();
        if (!col)
            return;
        model_->sortBy(static_cast<int>(col->GetModelColumn()), col->IsSortOrderAscending());
        updateDetails();
    });
    return page;
}

void WorkspaceFrame::refresh() {
    collation_.reset();  // the comparison's pointers go first
    compare_->setData(nullptr, nullptr, nullptr, formLang_, uiLanguage());
    CollationOptions copts;
    copts.lang = formLang_;
    copts.includeMissingStates = false;
    collation_ = collate(*ws_, copts);
    model_->setRows(buildWorkspaceRows(*ws_, uiLanguage(), true));
    applyFilter();
    compare_->setData(ws_.get(), &collation_->rows, &collation_->aggregates, formLang_,
                      uiLanguage());
    updateStatus();
}

void WorkspaceFrame::applyFilter() {
    RowFilter f;
    f.text = filterText_->GetValue();
    const int g = groupChoice_->GetSelection();
    f.groupId = g > 0 ? groupIds_[static_cast<size_t>(g)] : std::string();
    const int s = statusChoice_->GetSelection();
    f.status = s > 0 ? static_cast<StatusFilter>(s) : StatusFilter::All;
    model_->setFilter(f);
    shownLabel_->SetLabel(
        wxString::Format(_("%zu of %zu rows shown"), model_->shownCount(), model_->totalCount()));
    shownLabel_->GetContainingSizer()->Layout();
    updateDetails();
}

void WorkspaceFrame::setFilter(const wxString& text, const std::string& groupId,
                               StatusFilter status) {
    filterText_->ChangeValue(text);
    int g = 0;
    for (size_t i = 0; i < groupIds_.size(); ++i)
        if (groupIds_[i] == groupId)
            g = static_cast<int>(i);
    groupChoice_->SetSelection(g);
    statusChoice_->SetSelection(static_cast<int>(status));
    applyFilter();
}

void WorkspaceFrame::selectRow(size_t index) {
    if (index >= model_->shownCount())
        return;
    table_->Select(model_->GetItem(static_cast<unsigned int>(index)));
    updateDetails();
}

void WorkspaceFrame::updateDetails() {
    const WorkspaceRow* row = model_->rowOf(table_->GetSelection());
    const WorkspaceState* state = row ? ws_->state(row->code) : nullptr;
    chooseBtn_->Enable(state && state->files.size() > 1);
    noteBtn_->Enable(state != nullptr);
    if (!row) {
        details_->ChangeValue(
            _("Select a row to see its files and, for each flag, what it means and what to do."));
        return;
    }
    wxString head = row->name;
    if (!row->code.empty())
        head += " (" + fromUtf8(row->code) + ")";
    head += " — " + row->status;
    details_->ChangeValue(head + "\n" + row->details);
}

void WorkspaceFrame::updateStatus() {
    size_t flagged = 0, unreadable = 0;
    for (const WorkspaceFile& f : ws_->files()) {
        flagged += f.usable && !f.problems.empty();
        unreadable += !f.usable;
    }
    SetStatusText(wxString::Format(_("%s: %zu files, %zu States collated, %zu files flagged, "
                                     "%zu not collated"),
                                   fromUtf8(ws_->folder()), ws_->files().size(),
                                   collation_->rows.size(), flagged, unreadable));
}

void WorkspaceFrame::setFormLanguage(const std::string& code) {
    formLang_ = code;
    const auto& langs = ws_->form().languages;
    for (size_t i = 0; i < langs.size(); ++i)
        if (langs[i] == code)
            formLangChoice_->SetSelection(static_cast<int>(i));
    refresh();
}

bool WorkspaceFrame::rescan() {
    ImportReport report;
    auto fresh = readWorkspace(ws_->folder(), form_, states_, options_, this, &report);
    if (report.cancelled) {
        showReport(report, _("Rescan cancelled; the workspace is shown as before"));
        return false;
    }
    compare_->setData(nullptr, nullptr, nullptr, formLang_, uiLanguage());
    collation_.reset();
    ws_ = std::move(fresh);
    refresh();
    showReport(report, _("Folder read again"));
    return true;
}

ImportReport WorkspaceFrame::importFiles(const std::vector<std::string>& paths) {
    // Importing adds files to the workspace: let go of everything that points into it.
    compare_->setData(nullptr, nullptr, nullptr, formLang_, uiLanguage());
    collation_.reset();
    std::unique_ptr<DialogImportProgress> progress;
    if (options_.showProgress)
        progress = std::make_unique<DialogImportProgress>(this, _("Importing files"));
    ImportReport report = ws_->importFiles(paths, progress.get());
    progress.reset();
    refresh();
    showReport(report, _("Import finished"));
    return report;
}

void WorkspaceFrame::showReport(const ImportReport& report, const wxString& what) {
    wxString summary = wxString::Format(
        _("%s: %zu files read, %zu flagged, %zu not collated, %zu errors."), what,
        report.imported.size(), report.flagged.size(), report.skipped.size(), report.errors.size());
    info_->ShowMessage(summary, report.errors.empty() ? wxICON_INFORMATION : wxICON_WARNING);
    if (options_.quiet || (report.errors.empty() && report.skipped.empty()))
        return;
    wxString details;
    for (const auto* list : {&report.errors, &report.skipped})
        for (const std::string& line : *list)
            details += fromUtf8(line) + "\n";
    wxMessageDialog dlg(this, summary, _("revq workspace"),
                        wxOK | (report.errors.empty() ? wxICON_INFORMATION : wxICON_WARNING));
    dlg.SetExtendedMessage(details);
    dlg.ShowModal();
}

void WorkspaceFrame::onImport() {
    wxFileDialog dlg(this, _("Import response files into the workspace (they are copied)"), "", "",
                     _("Response files (*.revq)|*.revq"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxArrayString chosen;
    dlg.GetPaths(chosen);
    std::vector<std::string> paths;
    for (const wxString& p : chosen)
        paths.push_back(toUtf8(p));
    importFiles(paths);
}

bool WorkspaceFrame::exportSummary(const wxString& path, wxString* error) {
    const DataDirs& dirs = dataDirs();
    const fs::path layoutPath = dirs.templates / "summary.xml";
    std::error_code ec;
    if (!dirs.found || !fs::exists(layoutPath, ec)) {
        *error = wxString::Format(_("The summary layout (templates/summary.xml) was not found: "
                                    "%s Reinstall revq or set REVQ_DATA_DIR."),
                                  fromUtf8(dirs.error));
        return false;
    }
    const LayoutLoadResult layout =
        loadExportLayoutFile(pathToUtf8(layoutPath), "summary", summarySheetKinds());
    if (!layout.ok) {
        *error = _("The summary layout has errors:") + "\n";
        for (const Diagnostic& d : layout.diagnostics.items)
            *error += fromUtf8(d.format()) + "\n";
        return false;
    }
    CollationOptions copts;
    copts.lang = formLang_;
    const std::unique_ptr<Collation> c = collate(*ws_, copts);
    if (c->rows.empty()) {
        *error = _("No response in the workspace can be collated; nothing was written.");
        return false;
    }
    wxBusyCursor busy;
    const ExportReport written = writeSummaryWorkbook(layout.layout, c->input, toUtf8(path));
    if (!written.ok) {
        *error = fromUtf8(written.error);
        return false;
    }
    info_->ShowMessage(wxString::Format(_("Wrote %s (%zu sheets, %zu notes)."), path,
                                        written.sheets.size(), written.notes.size()),
                       wxICON_INFORMATION);
    return true;
}

void WorkspaceFrame::onExport() {
    // Beside the workspace folder, not in it: the folder holds the States' files.
    wxFileName beside = wxFileName::DirName(fromUtf8(ws_->folder()));
    if (beside.GetDirCount() > 0)
        beside.RemoveLastDir();
    wxFileDialog dlg(this, _("Export the summary workbook"), beside.GetPath(),
                     wxString::Format("summary-%s.xlsx", fromUtf8(formLang_)),
                     _("Excel workbooks (*.xlsx)|*.xlsx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxString path = dlg.GetPath();
    if (!path.Lower().EndsWith(".xlsx"))
        path += ".xlsx";
    wxString error;
    if (!exportSummary(path, &error))
        showWorkspaceError(this,
                           wxString::Format(_("The summary workbook %s was not written."), path),
                           error + "\n" + _("Any existing file there was left as it was."));
}

bool WorkspaceFrame::pickQuestion(const std::string& questionId) {
    showComparison();
    return compare_->pickQuestion(questionId);
}

std::string WorkspaceFrame::exampleQuestion() const {
    const Aggregates& agg = collation_->aggregates;
    const QuestionCounts* best = nullptr;
    for (const QuestionCounts& qc : agg.counts)
        if (ws_->form().questions[qc.question].type == QuestionType::SingleChoice &&
            (!best || qc.answered.total > best->answered.total))
            best = &qc;
    return best ? ws_->form().questions[best->question].id : std::string();
}

void WorkspaceFrame::showStates() {
    book_->SetSelection(0);
    table_->SetFocus();
}

void WorkspaceFrame::showComparison() {
    book_->SetSelection(1);
}

}  // namespace revq::gui
