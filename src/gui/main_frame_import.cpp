// File > Import Answers from Another Response: reads another response of the same State (an
// earlier cycle of this form, or a response to another instrument's questionnaire), maps its
// answers with core/answer_import.h, shows what would change (import_answers_dialog.h) and
// applies the person's choice as one undo step. The other file is only read.
#include <algorithm>

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "core/answer_import.h"
#include "core/form_loader.h"
#include "core/response_store.h"
#include "gui/form_lookup.h"
#include "gui/import_answers_dialog.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/response_document.h"
#include "gui/settings.h"
#include "gui/undo_commands.h"

namespace revq::gui {
namespace {

// A headline, the reader's messages (FILE:LINE:COL: ...) and what to do.
void refuseImport(wxWindow* parent, const wxString& headline, const Diagnostics* problems,
                  const wxString& whatToDo) {
    wxString details;
    if (problems) {
        int shown = 0;
        for (const Diagnostic& d : problems->items)
            if (d.severity == Severity::Error && shown++ < 6)
                details += fromUtf8(d.format()) + "\n";
    }
    wxMessageDialog dlg(parent, headline, "revq", wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(details + whatToDo + "\n" + _("Nothing was changed."));
    dlg.ShowModal();
}

wxString questionName(const Form& form, const std::string& id, const std::string& lang) {
    const Question* q = form.question(id);
    return q ? questionTitle(form, *q, lang) : fromUtf8(id);
}

// What the dialog lists: `result` was computed with overwrite on, so every linked answer that
// fits is among `imported`; the ones whose question is answered already are the conflicts.
ImportPlan buildPlan(const ResponseDocument& doc, const Form& sourceForm,
                     const ImportResult& result, const wxString& sourceName,
                     const std::string& lang) {
    const Form& form = doc.form();
    ImportPlan plan;
    plan.sourceName = sourceName;
    plan.sourceFormTitle = formText(sourceForm.title, lang).text;
    for (const auto& [targetId, sourceId] : result.report.imported) {
        ImportItem item;
        item.targetId = targetId;
        item.sourceId = sourceId;
        item.incoming = *result.response->answer(targetId);
        item.existing = doc.answer(targetId);
        if (item.conflict() && item.existing.sameContent(item.incoming)) {
            plan.notImported.push_back(wxString::Format(_("%s: your answer is already the same."),
                                                        questionName(form, targetId, lang)));
            continue;
        }
        plan.items.push_back(std::move(item));
    }
    // In the open form's order, as the person meets the questions.
    std::stable_sort(plan.items.begin(), plan.items.end(),
                     [&form](const ImportItem& a, const ImportItem& b) {
                         return form.questionIndex(a.targetId) < form.questionIndex(b.targetId);
                     });
    for (const auto& [targetId, sourceId] : result.report.unfit)
        plan.notImported.push_back(wxString::Format(
            _("%s: the answer to %s does not fit this question (its choices or table differ)."),
            questionName(form, targetId, lang), fromUtf8(sourceId)));
    for (const std::string& sourceId : result.report.unmatched)
        plan.notImported.push_back(wxString::Format(
            _("%s: no question of this form is linked to it."),
            // The id too: imported answers' origins name it (FILE#id).
            questionName(sourceForm, sourceId, lang) + " [" + fromUtf8(sourceId) + "]"));
    return plan;
}

}  // namespace

void MainFrame::onImportAnswers() {
    if (!doc_ || doc_->isReadOnly() || doc_->isPreview())
        return;
    wxFileDialog dlg(this, _("Import answers from another response"), "", "",
                     _("revq responses (*.revq)|*.revq"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK)
        importAnswersFrom(dlg.GetPath());
}

bool MainFrame::importAnswersFrom(const wxString& otherPath, const wxString& otherFormPath) {
    if (!doc_ || doc_->isReadOnly() || doc_->isPreview() || !commands_)
        return false;
    const wxString name = wxFileName(otherPath).GetFullName();
    OpenedResponse opened = revq::openResponse(toUtf8(otherPath));
    if (!opened.response) {
        refuseImport(this, wxString::Format(_("%s cannot be read."), otherPath),
                     &opened.diagnostics,
                     _("Choose a response file saved by revq (a .revq file), or correct the "
                       "problem shown."));
        return false;
    }
    const Response& source = *opened.response;
    const Response& target = doc_->response();
    if (source.stateCode != target.stateCode) {
        refuseImport(this,
                     wxString::Format(_("%s is a response of %s, not of %s."), otherPath,
                                      fromUtf8(source.stateCode), fromUtf8(target.stateCode)),
                     nullptr,
                     _("Answers can only be imported from a response of the same State. "
                       "Choose a response of your own State."));
        return false;
    }

    // The form the other response answers: this one (an earlier cycle or version), else find
    // it, else ask.
    std::shared_ptr<const Form> sourceForm = doc_->formPtr();
    if (source.formId != doc_->form().id) {
        std::string formPath = toUtf8(otherFormPath);
        if (formPath.empty())
            formPath = findFormFile(source.formId, source.formVersion, toUtf8(otherPath));
        if (formPath.empty()) {
            wxFileDialog ask(
                this,
                wxString::Format(_("Choose the form %s, version %s, that %s answers"),
                                 fromUtf8(source.formId), fromUtf8(source.formVersion), name),
                "", "", _("Form definitions (*.xml)|*.xml"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
            if (ask.ShowModal() != wxID_OK)
                return false;
            formPath = toUtf8(ask.GetPath());
        }
        FormLoadResult loaded = loadFormFile(formPath);
        if (!loaded.form) {
            refuseImport(this,
                         wxString::Format(_("The form %s has errors and cannot be used."),
                                          fromUtf8(formPath)),
                         &loaded.diagnostics,
                         _("Correct the form file (revq-cli lint shows every problem) or "
                           "choose another one."));
            return false;
        }
        if (loaded.form->id != source.formId) {
            refuseImport(
                this,
                wxString::Format(_("%s is not the form %s answers."), fromUtf8(formPath), name),
                nullptr,
                wxString::Format(_("%s answers form %s; %s is form %s. Choose the "
                                   "right form."),
                                 name, fromUtf8(source.formId), fromUtf8(formPath),
                                 fromUtf8(loaded.form->id)));
            return false;
        }
        settings::rememberForm(fromUtf8(formPath));
        sourceForm = loaded.form;
    }

    ImportOptions options;
    options.originFile = toUtf8(name);
    options.overwrite = true;  // every candidate; the dialog asks about existing answers
    options.by = toUtf8(settings::editorName());
    ImportResult result = importAnswers(target, doc_->form(), source, *sourceForm, options);
    if (!result.response) {
        refuseImport(this, wxString::Format(_("Answers cannot be imported from %s."), otherPath),
                     nullptr, fromUtf8(result.error) + ".");
        return false;
    }
    ImportPlan plan = buildPlan(*doc_, *sourceForm, result, name, formLanguage_);
    if (plan.items.empty()) {
        wxMessageDialog dlg(this, wxString::Format(_("There is nothing to import from %s."), name),
                            "revq", wxOK | wxICON_INFORMATION);
        wxString details;
        for (const wxString& line : plan.notImported)
            details += line + "\n";
        dlg.SetExtendedMessage(details);
        dlg.ShowModal();
        return false;
    }
    ImportAnswersDialog dlg(this, doc_->form(), formLanguage_, plan);
    if (dlg.ShowModal() != wxID_OK)
        return false;
    std::vector<Answer> answers = dlg.chosenPlan().answersToWrite();
    if (answers.empty())
        return false;
    // One step that swaps the whole response: a single re-evaluation however many answers come
    // in, and undo takes back the history line too.
    const size_t n = answers.size();
    Response after = doc_->response();
    for (Answer& a : answers)
        after.answers[a.questionId] = std::move(a);
    Revision revision = result.response->history.back();
    revision.note = "imported " + std::to_string(n) + " answers from " + toUtf8(name);
    after.history.push_back(std::move(revision));
    if (!commands_->submitResponse(wxString::Format(_("Import answers from %s"), name),
                                   std::move(after)))
        return false;
    SetStatusText(wxString::Format(_("%zu answers imported from %s; confirm each one."), n, name),
                  0);
    return true;
}

}  // namespace revq::gui
