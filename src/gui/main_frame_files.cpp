// The main window's file operations: open, new, save, revert, submit/reopen, export, the
// recovery copy, and watching a previewed form file for changes.
#include <filesystem>

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/splitter.h>

#include "core/carry_over.h"
#include "core/clock.h"
#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "gui/autosave.h"
#include "gui/form_lookup.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/new_response_dialog.h"
#include "gui/response_document.h"
#include "gui/section_page.h"
#include "gui/settings.h"
#include "gui/undo_commands.h"
#include "gui/validation_panel.h"

namespace revq::gui {
namespace fs = std::filesystem;

namespace {

// A short headline and the details below it, as native dialogs do.
void showError(wxWindow* parent, const wxString& headline, const wxString& details) {
    wxMessageDialog dlg(parent, headline, "revq", wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(details);
    dlg.SetOKLabel(_("OK"));
    dlg.ShowModal();
}

wxString describeDiagnostics(const Diagnostics& d, size_t max = 8) {
    wxString out;
    size_t n = 0;
    for (const Diagnostic& item : d.items) {
        if (item.severity != Severity::Error)
            continue;
        if (n++ == max) {
            out += wxString::Format(_("…and %zu more."), d.errorCount() - max);
            break;
        }
        out += fromUtf8(item.format()) + "\n";
    }
    return out;
}

long long mtimeOf(const std::string& path) {
    std::error_code ec;
    auto t = fs::last_write_time(pathFromUtf8(path), ec);
    return ec ? 0 : static_cast<long long>(t.time_since_epoch().count());
}

}  // namespace

bool MainFrame::loadFormForDocument(const wxString& path, std::shared_ptr<const Form>* form) {
    FormLoadResult r = loadFormFile(toUtf8(path));
    lint_->setRows(diagnosticRows(r.diagnostics));
    if (!r.form) {
        showError(this, wxString::Format(_("The form %s has errors and cannot be opened."), path),
                  describeDiagnostics(r.diagnostics) +
                      _("Correct the form file (revq-cli lint shows every problem) and open it "
                        "again."));
        bottom_->SetSelection(1);
        showProblems(true);
        return false;
    }
    *form = r.form;
    settings::rememberForm(path);
    return true;
}

bool MainFrame::openFile(const wxString& path) {
    if (path.Lower().EndsWith(".revq"))
        return openResponse(path);
    return openForm(path);
}

bool MainFrame::openForm(const wxString& path, const std::string& stateCode) {
    std::shared_ptr<const Form> form;
    if (!loadFormForDocument(path, &form))
        return false;
    Response r;
    r.formId = form->id;
    r.formVersion = form->version;
    r.stateCode = stateCode;
    r.created = nowUtcIso();
    auto doc = std::make_unique<ResponseDocument>(form, std::move(r));
    doc->setPreview(stateCode.empty());
    readStamp_.reset();
    watchForm_ = true;
    formMtime_ = mtimeOf(toUtf8(path));
    setDocument(std::move(doc), toUtf8(path));
    // Warnings (e.g. missing translations) stay in the Form problems tab; errors never get here.
    if (std::any_of(lint_->rows().begin(), lint_->rows().end(),
                    [](const ProblemRow& r) { return r.error; })) {
        bottom_->SetSelection(1);
        showProblems(true);
    }
    return true;
}

bool MainFrame::newResponse(const wxString& formPath, const std::string& stateCode,
                            const wxString& earlier) {
    if (earlier.empty()) {
        if (!openForm(formPath, stateCode))
            return false;
        doc_->setPreview(false);
        watchForm_ = false;
        appendRevision(doc_->mutableResponse(), toUtf8(settings::editorName()), "draft", "created");
        updateTitleAndStatus();
        return true;
    }
    // Carry-over (core/carry_over.h): the earlier cycle's answers mapped onto this form, each
    // marked until confirmed. Read everything first so a failure leaves the window as it was.
    OpenedResponse old = revq::openResponse(toUtf8(earlier));
    if (!old.response) {
        showError(this, wxString::Format(_("Cannot read %s."), earlier),
                  describeDiagnostics(old.diagnostics));
        return false;
    }
    std::shared_ptr<const Form> form;
    if (!loadFormForDocument(formPath, &form))
        return false;
    CarryOverOptions options;
    options.originFile = toUtf8(wxFileName(earlier).GetFullName());
    options.stateCode = stateCode;
    options.by = toUtf8(settings::editorName());
    CarryOverResult carried = carryOver(*old.response, *form, options);
    if (!carried.response) {
        showError(this, wxString::Format(_("The answers of %s cannot be carried over."), earlier),
                  fromUtf8(carried.error));
        return false;
    }
    auto doc = std::make_unique<ResponseDocument>(form, std::move(*carried.response));
    readStamp_.reset();
    watchForm_ = false;
    setDocument(std::move(doc), toUtf8(formPath));
    doc_->setModified(true);
    const MappingReport& report = carried.report;
    int n = static_cast<int>(report.kept.size() + report.moved.size());
    wxString note = wxString::Format(_("%d answers carried over; confirm each one."), n);
    if (!report.setAside.empty())
        note += " " + wxString::Format(_("%zu set aside (they fit no question of this form)."),
                                       report.setAside.size());
    updateTitleAndStatus();
    SetStatusText(note, 0);
    return true;
}

bool MainFrame::openResponse(const wxString& path) {
    std::string p = toUtf8(path);
    OpenedResponse opened = revq::openResponse(p);
    if (!opened.response) {
        showError(this, wxString::Format(_("%s cannot be opened."), path),
                  describeDiagnostics(opened.diagnostics));
        return false;
    }
    const Response& r = *opened.response;
    // Find its form: the one open now, one opened before, beside the file, or a shipped one.
    std::string formPath;
    if (doc_ && doc_->form().id == r.formId && doc_->form().version == r.formVersion)
        formPath = formPath_;
    if (formPath.empty())
        formPath = findFormFile(r.formId, r.formVersion, p);
    if (formPath.empty()) {
        wxFileDialog dlg(this,
                         wxString::Format(_("Choose the form %s, version %s"), fromUtf8(r.formId),
                                          fromUtf8(r.formVersion)),
                         "", "", _("Form definitions (*.xml)|*.xml"),
                         wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dlg.ShowModal() != wxID_OK)
            return false;
        formPath = toUtf8(dlg.GetPath());
    }
    std::shared_ptr<const Form> form;
    if (!loadFormForDocument(fromUtf8(formPath), &form))
        return false;
    if (form->id != r.formId) {
        showError(this, wxString::Format(_("%s answers another form."), path),
                  wxString::Format(_("The response answers form %s; %s is form %s. Choose the "
                                     "right form."),
                                   fromUtf8(r.formId), fromUtf8(formPath), fromUtf8(form->id)));
        return false;
    }
    auto doc = std::make_unique<ResponseDocument>(form, *opened.response);
    doc->setPath(p);
    readStamp_ = opened.stamp;
    watchForm_ = false;
    setDocument(std::move(doc), formPath);
    history_.AddFileToHistory(path);
    return true;
}

bool MainFrame::save() {
    if (!doc_)
        return false;
    if (doc_->path().empty())
        return saveAs();
    return saveTo(fromUtf8(doc_->path()));
}

bool MainFrame::saveAs() {
    if (!doc_)
        return false;
    if (doc_->response().stateCode.empty()) {
        // A preview becomes a response: it needs a State.
        NewResponseDialog dlg(this, fromUtf8(formPath_));
        dlg.lockForm();
        if (dlg.ShowModal() != wxID_OK)
            return false;
        doc_->mutableResponse().stateCode = dlg.stateCode();
        doc_->setPreview(false);
    }
    wxString suggested = fromUtf8(doc_->response().stateCode + "-" + doc_->form().id + ".revq");
    wxFileDialog dlg(this, _("Save the response"), "", suggested,
                     _("revq responses (*.revq)|*.revq"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return false;
    wxString path = dlg.GetPath();
    if (!path.Lower().EndsWith(".revq"))
        path += ".revq";
    readStamp_.reset();
    return saveTo(path, /*force=*/true);  // the person confirmed overwriting
}

bool MainFrame::saveTo(const wxString& path, bool force) {
    if (!doc_)
        return false;
    SaveOptions options;
    if (readStamp_ && toUtf8(path) == doc_->path())
        options.readStamp = &*readStamp_;
    options.force = force;
    SaveResult r = saveResponse(toUtf8(path), doc_->response(), options);
    if (!r && (r.code == "changed-on-disk" || r.code == "exists")) {
        wxMessageDialog ask(
            this, wxString::Format(_("%s has changed on disk since you opened it."), path), "revq",
            wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        ask.SetExtendedMessage(
            _("Someone or something else wrote to the file. Overwrite it with "
              "your version? (Choose No, then Save As, to keep both.)"));
        ask.SetYesNoLabels(_("&Overwrite"), _("Do &Not Overwrite"));
        if (ask.ShowModal() != wxID_YES)
            return false;
        options.force = true;
        r = saveResponse(toUtf8(path), doc_->response(), options);
    }
    if (!r) {
        showError(this, wxString::Format(_("%s could not be saved."), path),
                  fromUtf8(r.error) + "\n" +
                      _("Your answers are still open here and in the "
                        "recovery copy; try another folder."));
        return false;
    }
    readStamp_ = r.stamp;
    std::string oldRecovery = recoveryPath_;
    doc_->setPath(toUtf8(path));
    doc_->setPreview(false);
    watchForm_ = false;
    commands_->MarkAsSaved();
    doc_->setModified(false);
    removeRecovery(oldRecovery);
    recoveryPath_ = recoveryPathFor(doc_->path(), formPath_, doc_->response().created);
    removeRecovery(recoveryPath_);
    history_.AddFileToHistory(path);
    updateTitleAndStatus();
    return true;
}

void MainFrame::revert() {
    if (!doc_ || doc_->path().empty())
        return;
    wxMessageDialog ask(this, _("Discard your changes since the last save?"), "revq",
                        wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Discard Changes"), _("&Keep Editing"));
    if (ask.ShowModal() != wxID_YES)
        return;
    discardRecoveryCopy();
    wxString path = fromUtf8(doc_->path());
    openResponse(path);
}

bool MainFrame::submit() {
    if (!doc_ || doc_->isReadOnly())
        return false;
    SubmitResult r =
        submitResponse(doc_->form(), doc_->mutableResponse(), toUtf8(settings::editorName()));
    if (!r.ok) {
        updateValidationPanel();
        bottom_->SetSelection(0);
        showProblems(true);
        wxMessageDialog dlg(this, _("The response cannot be submitted yet."), "revq",
                            wxOK | wxICON_WARNING);
        dlg.SetExtendedMessage(
            fromUtf8(r.message) + "\n" +
            _("The Validation panel lists what blocks submission; double-click a line to go to "
              "the question."));
        dlg.ShowModal();
        return false;
    }
    doc_->setModified(true);
    context_.readOnly = true;
    commands_->ClearCommands();
    showSection(page_->sectionIndex());
    updateTitleAndStatus();
    return save();
}

void MainFrame::reopen() {
    if (!doc_ || !doc_->isReadOnly())
        return;
    reopenResponse(doc_->mutableResponse(), toUtf8(settings::editorName()), "reopened");
    doc_->setModified(true);
    context_.readOnly = false;
    showSection(page_->sectionIndex());
    updateTitleAndStatus();
}

bool MainFrame::writeRecoveryCopy() {
    if (!doc_ || !doc_->isModified() || recoveryGeneration_ == changeGeneration_)
        return true;
    std::string error = writeRecovery(recoveryPath_, doc_->response(), formPath_, doc_->path());
    if (!error.empty()) {
        SetStatusText(wxString::Format(_("Recovery copy failed: %s"), fromUtf8(error)), 0);
        return false;
    }
    recoveryGeneration_ = changeGeneration_;
    return true;
}

void MainFrame::discardRecoveryCopy() {
    removeRecovery(recoveryPath_);
    recoveryGeneration_ = changeGeneration_;
}

bool MainFrame::restoreRecovery(const RecoveryEntry& entry) {
    std::shared_ptr<const Form> form;
    if (!loadFormForDocument(fromUtf8(entry.formPath), &form))
        return false;
    OpenedResponse opened = revq::openResponse(entry.recoveryPath);
    if (!opened.response) {
        showError(this, _("The recovery copy cannot be read."),
                  describeDiagnostics(opened.diagnostics));
        return false;
    }
    auto doc = std::make_unique<ResponseDocument>(form, *opened.response);
    doc->setPath(entry.originalPath);
    readStamp_.reset();
    if (!entry.originalPath.empty()) {
        OpenedResponse original = revq::openResponse(entry.originalPath);
        if (original.response)
            readStamp_ = original.stamp;
    }
    watchForm_ = false;
    setDocument(std::move(doc), entry.formPath);
    // The restored answers are not saved yet: keep them marked and keep the copy.
    removeRecovery(entry.recoveryPath);
    doc_->setModified(true);
    ++changeGeneration_;
    writeRecoveryCopy();
    updateTitleAndStatus();
    return true;
}

bool MainFrame::confirmDiscard() {
    if (!doc_ || !doc_->isModified() || doc_->isPreview())
        return true;
    wxMessageDialog ask(this, _("Save your changes to this response?"), "revq",
                        wxYES_NO | wxCANCEL | wxYES_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(_("If you do not save, the changes since the last save are lost."));
    ask.SetYesNoCancelLabels(_("&Save"), _("&Don't Save"), _("Cancel"));
    switch (ask.ShowModal()) {
        case wxID_YES:
            return save();
        case wxID_NO:
            discardRecoveryCopy();
            return true;
        default:
            return false;
    }
}

void MainFrame::onNew() {
    if (!confirmDiscard())
        return;
    NewResponseDialog dlg(this, fromUtf8(formPath_));
    if (dlg.ShowModal() != wxID_OK)
        return;
    newResponse(dlg.formPath(), dlg.stateCode(), dlg.earlierResponse());
}

void MainFrame::onOpen() {
    if (!confirmDiscard())
        return;
    wxFileDialog dlg(this, _("Open a response"), "", "",
                     _("revq responses (*.revq)|*.revq|Form definitions (*.xml)|*.xml"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK)
        openFile(dlg.GetPath());
}

void MainFrame::onOpenForm() {
    if (!confirmDiscard())
        return;
    wxString dir = dataDirs().found ? fromUtf8(pathToUtf8(dataDirs().forms)) : wxString();
    wxFileDialog dlg(this, _("Preview a form definition"), dir, "",
                     _("Form definitions (*.xml)|*.xml"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK)
        openForm(dlg.GetPath());
}

void MainFrame::checkFormFileChanged() {
    if (!doc_ || !watchForm_ || formPath_.empty())
        return;
    long long m = mtimeOf(formPath_);
    if (m == 0 || m == formMtime_)
        return;
    formMtime_ = m;
    // Reload the previewed form, keeping the answers typed into the preview and the page.
    FormLoadResult r = loadFormFile(formPath_);
    lint_->setRows(diagnosticRows(r.diagnostics));
    if (!r.form) {
        bottom_->SetSelection(1);
        showProblems(true);
        SetStatusText(_("The form has errors; showing the last version that loaded."), 0);
        return;
    }
    long section = page_->sectionIndex();
    Response kept = doc_->response();
    kept.formId = r.form->id;
    kept.formVersion = r.form->version;
    auto doc = std::make_unique<ResponseDocument>(r.form, std::move(kept));
    doc->setPreview(doc_->isPreview());
    setDocument(std::move(doc), formPath_);
    if (section >= 0 && section < static_cast<long>(doc_->form().sections.size()))
        showSection(section);
    SetStatusText(_("Form reloaded."), 0);
}

}  // namespace revq::gui
