#include "gui/section_view.h"

#include <chrono>

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

#include "gui/language.h"
#include "gui/question_panel.h"
#include "gui/response_document.h"
#include "gui/text_wrap.h"

namespace revq::gui {

SectionView::SectionView(wxWindow* parent, ResponseDocument& doc, long sectionIndex,
                         EditorContext& context)
    : wxPanel(parent, wxID_ANY), doc_(doc), context_(context), section_(sectionIndex) {
    const Section& sec = doc.form().sections[sectionIndex];
    SetName(fromUtf8("section." + sec.id));
    questions_ = sec.questions;
    SetSizer(new wxBoxSizer(wxVERTICAL));
    buildHeader();
}

void SectionView::buildHeader() {
    const Section& sec = doc_.form().sections[section_];
    const std::string& lang = context_.formLanguage;
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
    confirmAll_ = new wxButton(this, wxID_ANY, _("Confirm &all carried-over and imported answers"));
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
    headerItems_ = sizer->GetItemCount();
    applyLayoutDirection(this);
    updateVisibility();
    measure();
}

void SectionView::addPanel() {
    const size_t qi = questions_[panels_.size()];
    const int pad = FromDIP(14);
    auto* line = new wxStaticLine(this);
    GetSizer()->Add(line, 0, wxEXPAND | wxLEFT | wxRIGHT, pad);
    auto* panel = new QuestionPanel(this, doc_, qi, context_);
    panel->onConfirm = [this](const std::string& id) {
        if (onConfirm)
            onConfirm(id);
    };
    GetSizer()->Add(panel, 0, wxEXPAND | wxALL, pad);
    if (!doc_.state(qi).relevant) {
        line->Hide();
        panel->Hide();
    }
    applyLayoutDirection(line);
    applyLayoutDirection(panel);
    if (pageWidth_ > 0)
        panel->wrapTo(pageWidth_ - pad * 2 - FromDIP(20));
    lines_.push_back(line);
    panels_.push_back(panel);
    if (panel->IsShown())
        builtHeight_ += line->GetBestSize().y + panel->GetBestSize().y + 2 * pad;
}

bool SectionView::buildUpTo(size_t count) {
    bool added = false;
    while (panels_.size() < std::min(count, questions_.size())) {
        addPanel();
        added = true;
    }
    if (added)
        updateVisibility();
    return added;
}

bool SectionView::buildUntil(int height, long budgetMs) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    bool added = false;
    while (!complete() && builtHeight_ < height) {
        addPanel();
        added = true;
        if (std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count() >=
            budgetMs)
            break;
    }
    if (added)
        updateVisibility();
    return added;
}

void SectionView::measure() {
    // Best sizes are cached by the widgets, so this only adds up.
    const int pad = FromDIP(14);
    int h = 0;
    size_t n = 0;
    for (wxSizerItem* item : GetSizer()->GetChildren()) {
        if (n++ == headerItems_)
            break;
        if (item->IsShown()) {
            item->CalcMin();
            h += item->GetMinSizeWithBorder().y;
        }
    }
    for (size_t i = 0; i < panels_.size(); ++i)
        if (panels_[i]->IsShown())
            h += lines_[i]->GetBestSize().y + panels_[i]->GetBestSize().y + 2 * pad;
    builtHeight_ = h;
}

bool SectionView::wrapTo(int pageWidth) {
    if (pageWidth <= 0 || pageWidth == pageWidth_)
        return false;
    pageWidth_ = pageWidth;
    const int textWidth = pageWidth - FromDIP(14) * 2 - FromDIP(20);
    const Section& sec = doc_.form().sections[section_];
    title_->SetLabel(
        wrapToWidth(title_, formText(sec.title, context_.formLanguage).text, textWidth));
    if (intro_)
        intro_->SetLabel(
            wrapToWidth(intro_, formText(sec.intro, context_.formLanguage).text, textWidth));
    for (QuestionPanel* p : panels_)
        p->wrapTo(textWidth);
    measure();
    return true;
}

void SectionView::documentChanged(const std::string& questionId) {
    for (QuestionPanel* p : panels_)
        p->refresh(questionId.empty() || p->question().id == questionId);
    updateVisibility();
    measure();
}

void SectionView::noteChange(const std::string& questionId) {
    if (pending_.count(""))
        return;
    if (questionId.empty())
        pending_.clear();
    pending_.insert(questionId);
}

bool SectionView::applyPending() {
    if (pending_.empty())
        return false;
    std::set<std::string> pending;
    pending.swap(pending_);
    if (pending.count(""))
        documentChanged("");
    else
        for (const std::string& id : pending)
            documentChanged(id);
    return true;
}

QuestionPanel* SectionView::builtPanelFor(const std::string& questionId) {
    for (QuestionPanel* p : panels_)
        if (p->question().id == questionId)
            return p;
    return nullptr;
}

QuestionPanel* SectionView::panelFor(const std::string& questionId) {
    const auto& questions = doc_.form().questions;
    for (size_t i = 0; i < questions_.size(); ++i) {
        if (questions[questions_[i]].id != questionId)
            continue;
        buildUpTo(i + 1);
        return panels_[i];
    }
    return nullptr;
}

void SectionView::updateVisibility() {
    bool anyRelevant = false;
    bool anyCopy = false;
    for (size_t qi : questions_) {
        anyRelevant = anyRelevant || doc_.state(qi).relevant;
        if (const Answer* a = doc_.response().answer(doc_.form().questions[qi].id))
            anyCopy = anyCopy || a->provenance.carriedOver || a->provenance.imported;
    }
    for (size_t i = 0; i < panels_.size(); ++i) {
        bool relevant = doc_.state(panels_[i]->questionIndex()).relevant;
        if (panels_[i]->IsShown() != relevant) {
            panels_[i]->Show(relevant);
            lines_[i]->Show(relevant);  // the separator line goes with its question
        }
    }
    if (notApplicable_->IsShown() == anyRelevant)
        notApplicable_->Show(!anyRelevant);
    const bool confirm = anyCopy && !doc_.isReadOnly();
    if (confirmAll_->IsShown() != confirm)
        confirmAll_->Show(confirm);
}

}  // namespace revq::gui
