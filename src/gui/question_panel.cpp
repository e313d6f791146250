#include "gui/question_panel.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/collpane.h>
#include <wx/datetime.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "gui/language.h"
#include "gui/response_document.h"
#include "gui/text_wrap.h"

namespace revq::gui {
namespace {

wxString refsText(const Form& form, const Question& q) {
    wxString out;
    for (const ProvisionRef& r : form.effectiveRefs(q)) {
        if (!out.empty())
            out += ", ";
        out += fromUtf8(r.key());
    }
    return out.empty() ? out : wxString::Format(_("Art. %s"), out);
}

wxString whenText(const std::string& iso) {
    wxDateTime t;
    wxString s = fromUtf8(iso);
    if (s.EndsWith("Z"))
        s.RemoveLast();
    if (!t.ParseISOCombined(s))
        return fromUtf8(iso);
    return t.FormatISODate() + " " + t.Format("%H:%M") + " UTC";
}

}  // namespace

QuestionPanel::QuestionPanel(wxWindow* parent, ResponseDocument& doc, size_t questionIndex,
                             EditorContext& context)
    : wxPanel(parent, wxID_ANY), doc_(doc), index_(questionIndex), context_(context) {
    const Question& q = question();
    const std::string& lang = context.formLanguage;
    SetName(fromUtf8("question." + q.id));
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    wxString ref = refsText(doc.form(), q);
    if (!ref.empty() && q.type != QuestionType::Note) {
        auto* refLabel = new wxStaticText(this, wxID_ANY, ref);
        refLabel->SetFont(refLabel->GetFont().Smaller());
        refLabel->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        sizer->Add(refLabel, 0, wxBOTTOM, FromDIP(2));
    }
    ShownText label = formText(q.label, lang);
    wxString labelText = label.text;
    if (q.requiredAlways || !q.required.empty())
        labelText += " *";  // explained in the section header
    label_ = new wxStaticText(this, wxID_ANY, labelText);
    wxFont f = label_->GetFont();
    if (q.type != QuestionType::Note)
        f.MakeBold();
    if (label.fellBack)
        f.MakeItalic();
    label_->SetFont(f);
    sizer->Add(label_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));

    if (!q.help.empty()) {
        // The help text is made when first opened: most help is never read, and a wrapped
        // static text per question was a large part of building a page.
        helpPane_ = new wxCollapsiblePane(this, wxID_ANY, _("Help"), wxDefaultPosition,
                                          wxDefaultSize, wxCP_DEFAULT_STYLE | wxCP_NO_TLW_RESIZE);
        helpPane_->SetName(fromUtf8(q.id + ".help"));
        helpPane_->Bind(wxEVT_COLLAPSIBLEPANE_CHANGED, [this](wxCollapsiblePaneEvent&) {
            if (!helpPane_->IsCollapsed() && createHelpText()) {
                helpPane_->GetPane()->Layout();
                helpPane_->InvalidateBestSize();
                InvalidateBestSize();
            }
            wxWindow* page = GetParent();
            page->Layout();
            page->FitInside();
        });
        sizer->Add(helpPane_, 0, wxEXPAND | wxBOTTOM, FromDIP(2));
    }

    editor_ = createAnswerEditor(this, q, context);
    if (editor_) {
        // Screen readers announce the question's label for the control.
        editor_->SetLabel(label.text);
        sizer->Add(editor_, 0, wxEXPAND | wxTOP | wxBOTTOM, FromDIP(2));
    }

    // The problem line's icon and the provenance line are made when they first have something
    // to say: most questions never show either, and each native widget costs. The problem
    // text is made now (hidden) so it can be found by its name from the start.
    problemRow_ = new wxBoxSizer(wxHORIZONTAL);
    problemText_ = new wxStaticText(this, wxID_ANY, "");
    problemText_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    problemText_->SetName(fromUtf8(q.id + ".problem"));
    problemText_->Hide();  // shown with a problem; hidden now so no layout is needed
    problemRow_->Add(problemText_, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(problemRow_, 0, wxEXPAND | wxTOP, FromDIP(2));
    SetSizer(sizer);
    sizer_ = sizer;
    refresh(true);
}

const Question& QuestionPanel::question() const {
    return doc_.form().questions[index_];
}

void QuestionPanel::refresh(bool reloadAnswer) {
    const Question& q = question();
    const Answer* a = doc_.response().answer(q.id);
    if (editor_ && reloadAnswer)
        editor_->load(a ? *a : Answer{});
    wxString prov;
    bool copy = false;
    if (a) {
        const Provenance& p = a->provenance;
        copy = p.carriedOver || p.imported;
        if (p.carriedOver)
            prov =
                wxString::Format(_("Carried over from %s, not yet confirmed."), fromUtf8(p.origin));
        else if (p.imported)
            prov = wxString::Format(_("Imported from %s, not yet confirmed."), fromUtf8(p.origin));
        else if (!p.by.empty() || !p.changed.empty()) {
            wxString who = fromUtf8(doc_.contributorLabel(p.by));
            prov = who.empty()
                       ? wxString::Format(_("Answered %s"), whenText(p.changed))
                       : wxString::Format(_("Answered by %s, %s"), who, whenText(p.changed));
        }
    }
    const bool showConfirm = copy && !doc_.isReadOnly();
    if (!provenance_ && prov.empty() && !showConfirm)
        return showProblem();
    const bool sameRows = provenance_ && provenance_->IsShown() == !prov.empty() &&
                          confirm_->IsShown() == showConfirm;
    if (!provenance_)
        createProvenanceLine();
    if (provenance_->GetLabel() != prov)
        provenance_->SetLabel(prov);
    provenance_->Show(!prov.empty());
    confirm_->Show(showConfirm);
    if (!sameRows && wrappedWidth_ > 0)  // while the page is built, it lays out once at the end
        Layout();
    showProblem();
}

void QuestionPanel::setInputProblem(const wxString& text) {
    inputProblem_ = text;
    showProblem();
}

void QuestionPanel::showProblem() {
    wxString text = inputProblem_;
    if (text.empty() && index_ < doc_.states().size() && !doc_.state(index_).constraintOk) {
        const Question& q = question();
        text = q.constraintMessage.empty()
                   ? wxString(_("This answer does not meet the condition the form sets."))
                   : formText(q.constraintMessage, context_.formLanguage).text;
    }
    if (problemText_->GetLabel() != text)
        problemText_->SetLabel(text);
    bool show = !text.empty();
    if (show && !problemIcon_) {
        problemIcon_ = new wxStaticBitmap(this, wxID_ANY,
                                          wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_MENU));
        problemIcon_->Hide();
        problemRow_->Insert(0, problemIcon_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
        applyLayoutDirection(problemIcon_);
    }
    if (problemText_->IsShown() != show) {
        problemText_->Show(show);
        problemIcon_->Show(show);
        if (wrappedWidth_ > 0)  // while the page is built, it lays out once at the end
            Layout();
    }
}

void QuestionPanel::createProvenanceLine() {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    provenance_ = new wxStaticText(this, wxID_ANY, "");
    provenance_->SetFont(provenance_->GetFont().Smaller());
    provenance_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    provenance_->SetName(fromUtf8(question().id + ".provenance"));
    row->Add(provenance_, 1, wxALIGN_CENTER_VERTICAL);
    confirm_ = new wxButton(this, wxID_ANY, _("&Confirm"), wxDefaultPosition, wxDefaultSize,
                            wxBU_EXACTFIT);
    confirm_->SetToolTip(_("Keep this answer as your own"));
    confirm_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onConfirm)
            onConfirm(question().id);
    });
    row->Add(confirm_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
    sizer_->Add(row, 0, wxEXPAND | wxTOP, FromDIP(2));
    applyLayoutDirection(provenance_);
    applyLayoutDirection(confirm_);
}

bool QuestionPanel::createHelpText() {
    if (help_ || !helpPane_)
        return false;
    ShownText help = formText(question().help, context_.formLanguage);
    help_ = new wxStaticText(helpPane_->GetPane(), wxID_ANY, help.text);
    if (help.fellBack)
        help_->SetFont(help_->GetFont().Italic());
    auto* hs = new wxBoxSizer(wxVERTICAL);
    hs->Add(help_, 0, wxEXPAND | wxLEFT, FromDIP(12));
    helpPane_->GetPane()->SetSizer(hs);
    applyLayoutDirection(helpPane_->GetPane());
    if (wrappedWidth_ > 0)
        help_->SetLabel(wrapToWidth(help_, help.text, wrappedWidth_ - FromDIP(30)));
    return true;
}

bool QuestionPanel::openHelp() {
    if (!helpPane_)
        return false;
    createHelpText();
    helpPane_->Expand();
    helpPane_->GetPane()->Layout();
    helpPane_->InvalidateBestSize();
    InvalidateBestSize();
    GetParent()->Layout();
    if (auto* page = dynamic_cast<wxScrolledWindow*>(GetParent()))
        page->FitInside();
    return true;
}

void QuestionPanel::wrapTo(int width) {
    // Wrapping measures the text: do it once per width (a page is wrapped when
    // built and again only when its width changes).
    if (width <= 50 || width == wrappedWidth_)
        return;
    wrappedWidth_ = width;
    ShownText label = formText(question().label, context_.formLanguage);
    wxString labelText = label.text;
    if (question().requiredAlways || !question().required.empty())
        labelText += " *";
    label_->SetLabel(wrapToWidth(label_, labelText, width));
    if (help_)
        help_->SetLabel(wrapToWidth(help_, formText(question().help, context_.formLanguage).text,
                                    width - FromDIP(30)));
}

}  // namespace revq::gui
