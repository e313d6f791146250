#include "gui/section_page.h"

#include <algorithm>
#include <cstdlib>

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/wupdlock.h>

#include "gui/language.h"
#include "gui/question_panel.h"
#include "gui/response_document.h"

namespace revq::gui {

SectionPage::SectionPage(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxTAB_TRAVERSAL) {
    SetName("section-page");
    SetScrollRate(0, FromDIP(16));
    SetSizer(new wxBoxSizer(wxVERTICAL));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        int w = GetClientSize().x;
        if (std::abs(w - wrappedWidth_) > 8)
            CallAfter([this] { rewrap(); });
    });
}

void SectionPage::showSection(ResponseDocument* doc, long sectionIndex, EditorContext* context) {
    wxWindowUpdateLocker freeze(this);
    // Destroying the old page's controls first keeps the memory of a big form bounded.
    GetSizer()->Clear(true);
    panels_.clear();
    title_ = intro_ = notApplicable_ = nullptr;
    confirmAll_ = nullptr;
    doc_ = doc;
    context_ = context;
    section_ = sectionIndex;
    wrappedWidth_ = 0;
    if (!doc || sectionIndex < 0 ||
        sectionIndex >= static_cast<long>(doc->form().sections.size())) {
        FitInside();
        return;
    }
    const Form& form = doc->form();
    const Section& sec = form.sections[sectionIndex];
    const std::string& lang = context->formLanguage;
    const int pad = FromDIP(14);
    wxSizer* sizer = GetSizer();

    ShownText title = formText(sec.title, lang);
    title_ = new wxStaticText(this, wxID_ANY, title.text);
    wxFont tf = title_->GetFont().Bold().Scaled(1.3f);
    if (title.fellBack)
        tf.MakeItalic();
    title_->SetFont(tf);
    sizer->Add(title_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    if (!sec.intro.empty()) {
        ShownText intro = formText(sec.intro, lang);
        intro_ = new wxStaticText(this, wxID_ANY, intro.text);
        if (intro.fellBack)
            intro_->SetFont(intro_->GetFont().Italic());
        sizer->Add(intro_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    }
    auto* headerRow = new wxBoxSizer(wxHORIZONTAL);
    auto* legend = new wxStaticText(this, wxID_ANY, _("* required"));
    legend->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    headerRow->Add(legend, 1, wxALIGN_CENTER_VERTICAL);
    confirmAll_ = new wxButton(this, wxID_ANY, _("Confirm &all carried-over answers"));
    confirmAll_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onConfirmSection)
            onConfirmSection();
    });
    headerRow->Add(confirmAll_, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(headerRow, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    notApplicable_ = new wxStaticText(this, wxID_ANY,
                                      _("This section does not apply, given the answers so far."));
    notApplicable_->SetFont(notApplicable_->GetFont().Italic());
    sizer->Add(notApplicable_, 0, wxALL, pad);

    for (size_t qi : sec.questions) {
        auto* line = new wxStaticLine(this);
        sizer->Add(line, 0, wxEXPAND | wxLEFT | wxRIGHT, pad);
        auto* panel = new QuestionPanel(this, *doc, qi, *context);
        panel->onConfirm = [this](const std::string& id) {
            if (onConfirm)
                onConfirm(id);
        };
        sizer->Add(panel, 0, wxEXPAND | wxALL, pad);
        panels_.push_back(panel);
    }
    updateVisibility(/*layout=*/false);
    applyLayoutDirection(this);
    rewrap();  // wraps the texts and lays the page out, once
    Scroll(0, 0);
}

void SectionPage::documentChanged(const std::string& questionId) {
    if (!doc_ || section_ < 0)
        return;
    for (QuestionPanel* p : panels_)
        p->refresh(questionId.empty() || p->question().id == questionId);
    updateVisibility();
}

void SectionPage::setInputProblem(const std::string& questionId, const wxString& problem) {
    if (QuestionPanel* p = panelFor(questionId))
        p->setInputProblem(problem);
    Layout();
    FitInside();
}

QuestionPanel* SectionPage::panelFor(const std::string& questionId) {
    for (QuestionPanel* p : panels_)
        if (p->question().id == questionId)
            return p;
    return nullptr;
}

bool SectionPage::focusQuestion(const std::string& questionId) {
    QuestionPanel* p = panelFor(questionId);
    if (!p || !p->IsShown())
        return false;
    int unitX, unitY;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    int y = CalcUnscrolledPosition(p->GetPosition()).y;
    if (unitY > 0)
        Scroll(-1, std::max(0, y - FromDIP(20)) / unitY);
    if (p->editor())
        p->editor()->focusTarget()->SetFocus();
    return true;
}

void SectionPage::updateVisibility(bool layout) {
    bool changed = false;
    bool anyRelevant = false;
    bool anyCopy = false;
    wxSizer* sizer = GetSizer();
    for (QuestionPanel* p : panels_) {
        bool relevant = doc_->state(p->questionIndex()).relevant;
        anyRelevant = anyRelevant || relevant;
        if (p->IsShown() != relevant) {
            // The separator line before the panel goes with it.
            int idx = -1;
            for (size_t i = 0; i < sizer->GetItemCount(); ++i)
                if (sizer->GetItem(i)->GetWindow() == p)
                    idx = static_cast<int>(i);
            if (idx > 0)
                sizer->Show(static_cast<size_t>(idx - 1), relevant);
            p->Show(relevant);
            changed = true;
        }
        if (const Answer* a = doc_->response().answer(p->question().id))
            anyCopy = anyCopy || a->provenance.carriedOver || a->provenance.imported;
    }
    if (notApplicable_ && notApplicable_->IsShown() == anyRelevant) {
        notApplicable_->Show(!anyRelevant);
        changed = true;
    }
    if (confirmAll_ && confirmAll_->IsShown() != (anyCopy && !doc_->isReadOnly())) {
        confirmAll_->Show(anyCopy && !doc_->isReadOnly());
        changed = true;
    }
    (void)changed;
    // Problem and provenance lines change height too, so lay out every time.
    if (layout) {
        Layout();
        FitInside();
    }
}

void SectionPage::rewrap() {
    int w = GetClientSize().x;
    if (w <= 0)
        return;
    if (w == wrappedWidth_)
        return;
    wrappedWidth_ = w;
    int textWidth = w - FromDIP(14) * 2 - FromDIP(20);
    if (title_)
        title_->Wrap(textWidth);
    if (intro_)
        intro_->Wrap(textWidth);
    for (QuestionPanel* p : panels_)
        p->wrapTo(textWidth);
    Layout();
    FitInside();
}

}  // namespace revq::gui
