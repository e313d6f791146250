#include "gui/provision_pane.h"

#include <algorithm>
#include <cstdlib>

#include <wx/hyperlink.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/wupdlock.h>

#include "gui/language.h"
#include "gui/obligation_words.h"
#include "gui/text_wrap.h"

namespace revq::gui {
namespace {

enum TextStyle { Body = 0, Heading = 1, Label = 2, Muted = 4 };

const Provision& articleOf(const Instrument& ins, const Provision& p) {
    const Provision* a = &p;
    while (a->parent >= 0)
        a = &ins.provisions[static_cast<size_t>(a->parent)];
    return *a;
}

wxString artLabel(const ProvisionRef& ref) {
    return wxString::Format(_("Art. %s"), fromUtf8(ref.key()));
}

}  // namespace

ProvisionPane::ProvisionPane(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxTAB_TRAVERSAL) {
    SetName("provision-pane");
    SetScrollRate(0, FromDIP(16));
    SetSizer(new wxBoxSizer(wxVERTICAL));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (std::abs(GetClientSize().x - wrappedWidth_) > 8)
            CallAfter([this] { rewrap(); });
    });
}

void ProvisionPane::clear() {
    wxWindowUpdateLocker freeze(this);
    GetSizer()->Clear(true);
    texts_.clear();
    form_.reset();
    questionId_.clear();
    section_ = -1;
    FitInside();
}

void ProvisionPane::showQuestion(std::shared_ptr<const Form> form, size_t questionIndex,
                                 const std::string& lang) {
    if (!form || questionIndex >= form->questions.size())
        return clear();
    const Question& q = form->questions[questionIndex];
    if (form_ == form && lang_ == lang && questionId_ == q.id)
        return;  // focus moving inside one question: nothing to redo
    form_ = std::move(form);
    lang_ = lang;
    questionId_ = q.id;
    section_ = static_cast<long>(q.section);
    rebuild(form_->effectiveRefs(q), _("The question with the focus reviews:"));
}

void ProvisionPane::showSection(std::shared_ptr<const Form> form, long sectionIndex,
                                const std::string& lang) {
    if (!form || sectionIndex < 0 || sectionIndex >= static_cast<long>(form->sections.size()))
        return clear();
    form_ = std::move(form);
    lang_ = lang;
    questionId_.clear();
    section_ = sectionIndex;
    const Section& sec = form_->sections[static_cast<size_t>(sectionIndex)];
    std::vector<ProvisionRef> refs = sec.refs;
    if (!sec.article.empty())
        if (auto ref = parseProvisionRef(sec.article))
            refs = {*ref};
    rebuild(refs, _("This section reviews:"));
}

wxStaticText* ProvisionPane::addText(const wxString& text, int style, int indentLevel) {
    auto* t = new wxStaticText(this, wxID_ANY, wxString());
    t->SetLabelText(text);  // form and treaty texts may hold '&': not a mnemonic
    wxFont f = t->GetFont();
    if (style & Heading)
        f = f.Bold().Scaled(1.15f);
    if (style & Label)
        f = f.Bold();
    t->SetFont(f);
    if (style & Muted)
        t->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    GetSizer()->AddSpacer((style & (Heading | Label)) ? FromDIP(10) : FromDIP(3));
    GetSizer()->Add(t, 0, wxLEFT | wxRIGHT, FromDIP(10) + FromDIP(16) * indentLevel);
    texts_.push_back({t, text, indentLevel});
    return t;
}

void ProvisionPane::rebuild(const std::vector<ProvisionRef>& refs, const wxString& heading) {
    wxWindowUpdateLocker freeze(this);
    GetSizer()->Clear(true);
    texts_.clear();
    wrappedWidth_ = 0;
    const Instrument* ins = form_->instrument.get();
    if (!ins) {
        addText(_("This form names no instrument, so there is no provision to show."), Muted);
    } else {
        addText(formText(ins->shortTitle.empty() ? ins->title : ins->shortTitle, lang_).text,
                Muted);
        addText(heading, Label);
        bool any = false;
        for (const ProvisionRef& r : refs) {
            const Provision* p = ins->find(r);
            if (any)
                GetSizer()->Add(new wxStaticLine(this), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP,
                                FromDIP(10));
            any = true;
            if (p)
                addProvision(*p);
            else
                addText(wxString::Format(_("%s (not found in the instrument)"), artLabel(r)),
                        Heading);
        }
        if (!any)
            addText(_("No particular provision. Move the focus to a question to see the "
                      "provision it reviews."),
                    Muted);
        addInstrumentFooter();
    }
    applyLayoutDirection(this);
    rewrap();
    Scroll(0, 0);
}

void ProvisionPane::addProvision(const Provision& p) {
    const Instrument& ins = *form_->instrument;
    const Provision& article = articleOf(ins, p);
    wxString title = artLabel(p.ref);
    if (&article == &p && !p.title.empty())
        title += wxString::FromUTF8(" \xE2\x80\x94 ") + formText(p.title, lang_).text;
    addText(title, Heading);
    if (&article != &p && !article.title.empty())
        addText(artLabel(article.ref) + wxString::FromUTF8(" \xE2\x80\x94 ") +
                    formText(article.title, lang_).text,
                Muted);

    addText(_("Obligation level"), Label);
    addText(obligationName(p.level));
    if (!p.qualifier.empty()) {
        // The qualifier is the treaty's own words, kept in English in the instrument file.
        wxString words = (lang_ == "en" ? wxString() : wxString("[en] ")) +
                         wxString::FromUTF8("\xE2\x80\x9C") + fromUtf8(p.qualifier) +
                         wxString::FromUTF8("\xE2\x80\x9D");
        addText(wxString::Format(_("Qualified by: %s"), words));
    }

    if (!p.themes.empty()) {
        wxString themes;
        for (const std::string& id : p.themes) {
            const Theme* t = ins.theme(id);
            themes +=
                (themes.empty() ? "" : ", ") + (t ? formText(t->label, lang_).text : fromUtf8(id));
        }
        addText(_("Themes"), Label);
        addText(themes);
    }

    if (!p.summary.empty()) {
        addText(_("Summary written for revq (not the treaty text)"), Label);
        ShownText s = formText(p.summary, lang_);
        wxStaticText* t = addText(s.text);
        if (s.fellBack)
            t->SetFont(t->GetFont().Italic());
    }
    if (p.kind == Provision::Kind::Article && !p.children.empty()) {
        addText(_("Paragraphs"), Label);
        for (size_t c : p.children) {
            const Provision& child = ins.provisions[c];
            addText(artLabel(child.ref) + wxString::FromUTF8(" \xE2\x80\x94 ") +
                        obligationName(child.level),
                    Body, 1);
        }
    }

    addText(_("Authentic text"), Label);
    if (p.authentic.has(lang_)) {
        addText(fromUtf8(p.authentic.get(lang_)));
    } else if (!p.authentic.empty()) {
        wxString langs;
        for (const auto& [code, text] : p.authentic.all())
            langs += (langs.empty() ? "" : ", ") + nativeLanguageName(code);
        addText(wxString::Format(_("None supplied in this language (supplied in: %s)."), langs),
                Muted);
    } else {
        addText(_("None supplied. The summary above is not the treaty text: see the official "
                  "text through the link below."),
                Muted);
    }

    // Cross-references of the provision and of the paragraphs and article around it.
    std::vector<const CrossReference*> xrefs;
    for (const Provision* up = &p; up;
         up = up->parent >= 0 ? &ins.provisions[static_cast<size_t>(up->parent)] : nullptr)
        for (const CrossReference& x : up->xrefs)
            xrefs.push_back(&x);
    addText(_("Related provisions of other instruments"), Label);
    if (xrefs.empty())
        addText(_("None recorded."), Muted);
    for (const CrossReference* x : xrefs) {
        wxString what = x->note.empty() ? fromUtf8(x->instrument) + ", " +
                                              wxString::Format(_("Art. %s"), fromUtf8(x->provision))
                                        : formText(x->note, lang_).text;
        wxString mark = x->confirmed ? wxString(_("confirmed"))
                                     : wxString(_("a reading made for revq, not confirmed"));
        addText(wxString::FromUTF8("\xE2\x80\xA2 ") + what + " (" + mark + ")", Body, 1);
    }
}

void ProvisionPane::addInstrumentFooter() {
    const Instrument& ins = *form_->instrument;
    if (ins.citation.empty() && ins.link.empty())
        return;
    GetSizer()->Add(new wxStaticLine(this), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(10));
    addText(_("Source"), Label);
    if (!ins.citation.empty())
        addText(fromUtf8(ins.citation));
    if (!ins.link.empty()) {
        // wxHyperlinkCtrl opens the default browser when clicked (wxLaunchDefaultBrowser).
        auto* link = new wxHyperlinkCtrl(this, wxID_ANY, _("Official text of the treaty"),
                                         fromUtf8(ins.link));
        link->SetName("provision-link");
        link->SetToolTip(fromUtf8(ins.link));
        GetSizer()->Add(link, 0, wxLEFT | wxRIGHT | wxTOP | wxBOTTOM, FromDIP(10));
    }
}

void ProvisionPane::rewrap() {
    int w = GetClientSize().x;
    if (w <= 0)
        return;
    wrappedWidth_ = w;
    for (const ShownLine& line : texts_) {
        int width = w - 2 * (FromDIP(10) + FromDIP(16) * line.indent) - FromDIP(4);
        line.control->SetLabelText(wrapToWidth(line.control, line.text, std::max(width, 40)));
    }
    Layout();
    FitInside();
}

wxString ProvisionPane::shownText() const {
    wxString out;
    for (const ShownLine& line : texts_)
        out += line.text + "\n";
    for (const wxWindow* w : GetChildren())
        if (auto* h = dynamic_cast<const wxHyperlinkCtrl*>(w))
            out += h->GetLabel() + " <" + h->GetURL() + ">\n";
    return out;
}

}  // namespace revq::gui
