#include "gui/import_answers_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "export/answer_text.h"
#include "gui/language.h"

namespace revq::gui {
namespace {

// An answer on one line for a list: line breaks become " / ", long texts are shortened.
wxString oneLine(const Form& form, const std::string& questionId, const Answer& a,
                 const std::string& lang, size_t max = 200) {
    const Question* q = form.question(questionId);
    if (!q || a.empty())
        return _("(no answer)");
    wxString text = fromUtf8(answerText(*q, a, lang));
    text.Replace("\n", " / ");
    if (text.length() > max)
        text = text.Left(max) + wxString::FromUTF8("\xE2\x80\xA6");
    return text;
}

wxString sourceText(const ImportPlan& plan, const ImportItem& item) {
    return wxString::Format(_("%s, question %s"), plan.sourceName, fromUtf8(item.sourceId));
}

}  // namespace

std::vector<Answer> ImportPlan::answersToWrite() const {
    std::vector<Answer> out;
    for (const ImportItem& item : items)
        if (!item.conflict() || item.replace)
            out.push_back(item.incoming);
    return out;
}

wxString questionTitle(const Form& form, const Question& q, const std::string& lang) {
    wxString refs;
    for (const ProvisionRef& r : form.effectiveRefs(q))
        refs += (refs.empty() ? "" : ", ") + fromUtf8(r.key());
    wxString label = formText(q.label, lang).text;
    if (label.length() > 160)
        label = label.Left(160) + wxString::FromUTF8("\xE2\x80\xA6");
    if (refs.empty())
        return label;
    return wxString::Format(_("Art. %s"), refs) + ": " + label;
}

ImportAnswersDialog::ImportAnswersDialog(wxWindow* parent, const Form& form,
                                         const std::string& lang, const ImportPlan& plan)
    : wxDialog(parent, wxID_ANY, _("Import answers"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      plan_(plan) {
    SetName("import-answers");
    const int pad = FromDIP(10);
    const int wrap = FromDIP(760);
    auto* top = new wxBoxSizer(wxVERTICAL);

    auto* head = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Answers from %s (%s)"), plan.sourceName, plan.sourceFormTitle));
    head->SetFont(head->GetFont().Bold());
    head->Wrap(wrap);
    top->Add(head, 0, wxALL, pad);
    auto* note = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Each imported answer is marked as imported until you confirm it. "
                           "%s itself is not changed. The whole import is one step you can "
                           "undo."),
                         plan.sourceName));
    note->Wrap(wrap);
    top->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, pad);

    std::vector<const ImportItem*> fresh, conflicts;
    for (const ImportItem& item : plan.items)
        (item.conflict() ? conflicts : fresh).push_back(&item);

    // Answers that go into unanswered questions.
    top->Add(new wxStaticText(this, wxID_ANY,
                              wxString::Format(_("&Answers to import (%zu):"), fresh.size())),
             0, wxLEFT | wxRIGHT, pad);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 170)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName("import.answers");
    list->AppendColumn(_("Question"), wxLIST_FORMAT_LEFT, FromDIP(360));
    list->AppendColumn(_("Incoming answer"), wxLIST_FORMAT_LEFT, FromDIP(220));
    list->AppendColumn(_("From"), wxLIST_FORMAT_LEFT, FromDIP(200));
    for (const ImportItem* item : fresh) {
        const Question* q = form.question(item->targetId);
        long row = list->InsertItem(list->GetItemCount(),
                                    q ? questionTitle(form, *q, lang) : fromUtf8(item->targetId));
        list->SetItem(row, 1, oneLine(form, item->targetId, item->incoming, lang));
        list->SetItem(row, 2, sourceText(plan, *item));
    }
    top->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, pad);

    // Questions already answered: never overwritten unless ticked.
    if (!conflicts.empty()) {
        top->Add(new wxStaticText(
                     this, wxID_ANY,
                     wxString::Format(_("Questions you have already answered (%zu): your answer "
                                        "is kept unless you tick \"Replace my answer\"."),
                                      conflicts.size())),
                 0, wxLEFT | wxRIGHT, pad);
        auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition,
                                            FromDIP(wxSize(-1, 170)), wxVSCROLL | wxBORDER_THEME);
        scroll->SetName("import.conflicts");
        scroll->SetScrollRate(0, FromDIP(10));
        auto* inner = new wxBoxSizer(wxVERTICAL);
        for (const ImportItem* item : conflicts) {
            const Question* q = form.question(item->targetId);
            auto* title = new wxStaticText(
                scroll, wxID_ANY, q ? questionTitle(form, *q, lang) : fromUtf8(item->targetId));
            title->SetFont(title->GetFont().Bold());
            title->Wrap(wrap - pad * 2);
            inner->Add(title, 0, wxLEFT | wxRIGHT | wxTOP, pad);
            auto* mine = new wxStaticText(
                scroll, wxID_ANY,
                wxString::Format(_("Your answer: %s"),
                                 oneLine(form, item->targetId, item->existing, lang)));
            mine->Wrap(wrap - pad * 3);
            inner->Add(mine, 0, wxLEFT | wxRIGHT, pad * 2);
            auto* theirs = new wxStaticText(
                scroll, wxID_ANY,
                wxString::Format(_("Incoming answer: %s (%s)"),
                                 oneLine(form, item->targetId, item->incoming, lang),
                                 sourceText(plan, *item)));
            theirs->Wrap(wrap - pad * 3);
            inner->Add(theirs, 0, wxLEFT | wxRIGHT, pad * 2);
            auto* box = new wxCheckBox(scroll, wxID_ANY, _("&Replace my answer"));
            box->SetName(fromUtf8("replace." + item->targetId));
            box->SetValue(false);
            inner->Add(box, 0, wxLEFT | wxRIGHT | wxBOTTOM, pad * 2);
            replace_[item->targetId] = box;
        }
        scroll->SetSizer(inner);
        scroll->FitInside();
        top->Add(scroll, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, pad);
    }

    // What cannot be imported, and why.
    if (!plan.notImported.empty()) {
        top->Add(
            new wxStaticText(this, wxID_ANY,
                             wxString::Format(_("&Not imported (%zu):"), plan.notImported.size())),
            0, wxLEFT | wxRIGHT, pad);
        wxArrayString lines;
        for (const wxString& line : plan.notImported)
            lines.Add(line);
        auto* rest = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                                   lines, wxLB_SINGLE | wxLB_HSCROLL);
        rest->SetName("import.not-imported");
        top->Add(rest, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, pad);
    }

    wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK)))
        ok->SetLabel(_("&Import"));
    top->Add(buttons, 0, wxEXPAND | wxALL, pad);
    SetSizerAndFit(top);
    SetSize(FromDIP(wxSize(840, 640)));
    CentreOnParent();
    applyLayoutDirection(this);
    list->SetFocus();
}

ImportPlan ImportAnswersDialog::chosenPlan() const {
    ImportPlan out = plan_;
    for (ImportItem& item : out.items) {
        auto it = replace_.find(item.targetId);
        item.replace = item.conflict() && it != replace_.end() && it->second->GetValue();
    }
    return out;
}

}  // namespace revq::gui
