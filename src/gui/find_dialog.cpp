#include "gui/find_dialog.h"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/provision_ref.h"
#include "gui/language.h"
#include "gui/response_document.h"

namespace revq::gui {
namespace {

// "art. 6(3)", "Article 11", "Art 6 (3)(d)", "6(3)", and the same in the other UN languages
// ("第6条", "المادة 6", "статья 6", "artículo 6") -> the canonical key; "" when the query is
// not a reference.
std::string asProvisionKey(const wxString& query) {
    wxString q = query.Lower().Strip(wxString::both);
    // Longest first, so "article" is not read as "art" + "icle".
    static const char* const prefixes[] = {"articles", "article", "artículo", "arts.",
                                           "arts",     "art.",    "art",      "статья",
                                           "ст.",      "المادة",  "第"};
    for (const char* prefix : prefixes) {
        wxString p = wxString::FromUTF8(prefix);
        if (q.StartsWith(p)) {
            q = q.Mid(p.length()).Strip(wxString::leading);
            break;
        }
    }
    q.Replace(wxString::FromUTF8("条"), "");  // 第6条(3)
    q.Replace(wxString::FromUTF8("（"), "(");
    q.Replace(wxString::FromUTF8("）"), ")");
    q.Replace(" ", "");
    if (q.EndsWith("."))
        q.RemoveLast();
    auto ref = parseProvisionRef(toUtf8(q));
    return ref ? ref->key() : std::string();
}

}  // namespace

std::vector<std::string> findQuestions(const ResponseDocument& doc, const std::string& lang,
                                       const wxString& query) {
    std::vector<std::string> out;
    wxString needle = query.Lower().Strip(wxString::both);
    if (needle.empty())
        return out;
    std::string key = asProvisionKey(query);
    std::optional<ProvisionRef> wanted = key.empty() ? std::nullopt : parseProvisionRef(key);
    for (const Question& q : doc.form().questions) {
        bool hit = false;
        if (wanted) {
            for (const ProvisionRef& r : doc.form().effectiveRefs(q))
                hit = hit || wanted->contains(r);
        }
        if (!hit) {
            for (const LocalizedText* t : {&q.label, &q.help}) {
                wxString s = fromUtf8(t->get(lang)).Lower();
                wxString en = fromUtf8(t->get("en")).Lower();
                if (s.Contains(needle) || en.Contains(needle))
                    hit = true;
            }
            hit = hit || fromUtf8(q.id).Lower().Contains(needle);
        }
        if (hit)
            out.push_back(q.id);
    }
    return out;
}

FindDialog::FindDialog(wxWindow* parent, const ResponseDocument& doc, const std::string& lang)
    : wxDialog(parent, wxID_ANY, _("Find a question"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      doc_(doc),
      lang_(lang) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY,
                                _("&Words, a question id or an article such as 6(3) or art. 11:")),
               0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    query_ =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    query_->SetName("find-query");
    sizer->Add(query_, 0, wxEXPAND | wxALL, FromDIP(12));
    results_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 320)));
    results_->SetName("find-results");
    sizer->Add(results_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* go = new wxButton(this, wxID_OK, _("&Go to Question"));
    go->SetDefault();
    buttons->AddButton(go);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Close")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    query_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { search(); });
    query_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { choose(); });
    results_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { choose(); });
    go->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(); });
    applyLayoutDirection(this);
    query_->SetFocus();
}

void FindDialog::search() {
    ids_ = findQuestions(doc_, lang_, query_->GetValue());
    results_->Freeze();
    results_->Clear();
    const Form& form = doc_.form();
    for (const std::string& id : ids_) {
        const Question* q = form.question(id);
        wxString refs;
        for (const ProvisionRef& r : form.effectiveRefs(*q))
            refs += (refs.empty() ? "" : ", ") + fromUtf8(r.key());
        wxString label = formText(q->label, lang_).text;
        if (label.length() > 100)
            label = label.Left(98) + wxString::FromUTF8("…");
        results_->Append(wxString::Format(_("Art. %s"), refs) + "  " + label);
    }
    if (!ids_.empty())
        results_->SetSelection(0);
    results_->Thaw();
}

void FindDialog::choose() {
    int i = results_->GetSelection();
    if (i == wxNOT_FOUND)
        return;
    chosen_ = ids_[i];
    EndModal(wxID_OK);
}

}  // namespace revq::gui
