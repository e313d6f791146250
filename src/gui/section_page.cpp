#include "gui/section_page.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

#include <wx/sizer.h>
#include <wx/wupdlock.h>

#include "gui/language.h"
#include "gui/question_panel.h"
#include "gui/response_document.h"
#include "gui/section_view.h"

namespace revq::gui {
namespace {

// An idle step builds questions for about this long, so typing and scrolling stay smooth
// while the rest of a section is made.
constexpr long kIdleBudgetMs = 25;

}  // namespace

SectionPage::SectionPage(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxTAB_TRAVERSAL) {
    SetName("section-page");
    SetScrollRate(0, FromDIP(16));
    // The scroll bar always takes its place, so the page's width (and the wrapping of every
    // text) does not change when a section grows past the window's height.
    ShowScrollbars(wxSHOW_SB_NEVER, wxSHOW_SB_ALWAYS);
    SetSizer(new wxBoxSizer(wxVERTICAL));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { rewrap(); });
    });
    Bind(wxEVT_IDLE, &SectionPage::onIdle, this);
    watchPaint(this);
}

long SectionPage::sectionIndex() const {
    return view_ ? view_->sectionIndex() : -1;
}

void SectionPage::watchPaint(wxWindow* w) {
    w->Bind(wxEVT_PAINT, [this](wxPaintEvent& e) {
        e.Skip();
        if (onPainted)
            CallAfter([this] {
                if (onPainted)
                    onPainted();
            });
    });
}

void SectionPage::showSection(ResponseDocument* doc, long sectionIndex, EditorContext* context) {
    wxWindowUpdateLocker freeze(this);
    const bool valid = doc && context && sectionIndex >= 0 &&
                       sectionIndex < static_cast<long>(doc->form().sections.size());
    // Kept views hold the texts of one form language and UI language, and controls enabled
    // or not for one read-only state, and refer into one document.
    if (!valid || doc != doc_ || context->formLanguage != formLanguage_ ||
        uiLanguage() != uiLanguage_ || context->readOnly != readOnly_)
        dropViews();
    doc_ = valid ? doc : nullptr;
    context_ = context;
    SetLayoutDirection(uiIsRightToLeft() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
    if (!valid) {
        FitInside();
        return;
    }
    formLanguage_ = context->formLanguage;
    uiLanguage_ = uiLanguage();
    readOnly_ = context->readOnly;
    if (view_ && view_->sectionIndex() == sectionIndex) {
        if (view_->applyPending())
            relayout();
        return;
    }
    if (view_) {
        view_->savedScroll = GetViewStart().y;
        GetSizer()->Detach(view_);
        view_->Hide();
        view_ = nullptr;
    }
    auto kept = std::find_if(kept_.begin(), kept_.end(),
                             [&](SectionView* v) { return v->sectionIndex() == sectionIndex; });
    const bool fresh = kept == kept_.end();
    // With nothing kept (a document just opened, a language or read-only change) the section
    // is built whole, as the first page always was; switching sections builds a screenful.
    const bool whole = kept_.empty();
    if (fresh) {
        view_ = new SectionView(this, *doc, sectionIndex, *context);
        view_->onConfirm = [this](const std::string& id) {
            if (onConfirm)
                onConfirm(id);
        };
        view_->onConfirmSection = [this] {
            if (onConfirmSection)
                onConfirmSection();
        };
        watchPaint(view_);
        kept_.insert(kept_.begin(), view_);
        while (kept_.size() > kKeptSections) {
            // Destroying a few hundred widgets takes as long as making a screenful: later.
            doomed_.push_back(kept_.back());
            kept_.pop_back();
        }
    } else {
        view_ = *kept;
        kept_.erase(kept);
        kept_.insert(kept_.begin(), view_);
        view_->Show();
        view_->applyPending();
    }
    GetSizer()->Add(view_, 0, wxEXPAND);
    view_->wrapTo(GetClientSize().x);
    if (whole)
        view_->buildUpTo(view_->questionCount());
    else if (fresh)
        view_->buildUntil(GetClientSize().y + FromDIP(100), LONG_MAX);
    relayout();
    Scroll(0, fresh ? 0 : view_->savedScroll);
}

void SectionPage::dropViews() {
    if (view_)
        GetSizer()->Detach(view_);
    view_ = nullptr;
    for (SectionView* v : kept_)
        v->Destroy();
    for (SectionView* v : doomed_)
        v->Destroy();
    kept_.clear();
    doomed_.clear();
}

void SectionPage::relayout() {
    FitInside();
    wxSize before = view_ ? view_->GetSize() : wxSize();
    Layout();
    if (view_ && view_->GetSize() == before)
        view_->Layout();  // a new size lays it out already
}

void SectionPage::rewrap() {
    if (!view_)
        return;
    int w = GetClientSize().x;
    if (w <= 0)
        return;
    if (view_->wrapTo(w))
        relayout();
}

void SectionPage::onIdle(wxIdleEvent& e) {
    e.Skip();
    if (view_ && !view_->complete()) {
        wxWindowUpdateLocker freeze(this);
        view_->buildUntil(INT_MAX, kIdleBudgetMs);
        relayout();
        if (view_->complete() && onComplete)
            onComplete();
    }
    if (!doomed_.empty()) {
        doomed_.back()->Destroy();
        doomed_.pop_back();
    }
    if ((view_ && !view_->complete()) || !doomed_.empty())
        e.RequestMore();
}

void SectionPage::documentChanged(const std::string& questionId) {
    if (!view_)
        return;
    for (SectionView* v : kept_)
        if (v != view_)
            v->noteChange(questionId);
    view_->documentChanged(questionId);
    relayout();
}

void SectionPage::setInputProblem(const std::string& questionId, const wxString& problem) {
    if (QuestionPanel* p = view_ ? view_->builtPanelFor(questionId) : nullptr) {
        p->setInputProblem(problem);
        relayout();
    }
}

QuestionPanel* SectionPage::panelFor(const std::string& questionId) {
    if (!view_)
        return nullptr;
    size_t built = view_->panels().size();
    QuestionPanel* p = view_->panelFor(questionId);
    if (view_->panels().size() != built)
        relayout();
    return p;
}

const std::vector<QuestionPanel*>& SectionPage::panels() const {
    static const std::vector<QuestionPanel*> none;
    return view_ ? view_->panels() : none;
}

bool SectionPage::sectionComplete() const {
    return !view_ || view_->complete();
}

void SectionPage::completeSection() {
    if (view_ && view_->buildUpTo(view_->questionCount()))
        relayout();
}

bool SectionPage::focusQuestion(const std::string& questionId) {
    QuestionPanel* p = panelFor(questionId);
    if (!p || !p->IsShown())
        return false;
    // A screenful below the question, too, before the page scrolls there.
    if (view_->buildUntil(p->GetPosition().y + p->GetSize().y + GetClientSize().y, LONG_MAX))
        relayout();
    int unitX, unitY;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    int y = CalcUnscrolledPosition(wxPoint(0, view_->GetPosition().y + p->GetPosition().y)).y;
    if (unitY > 0)
        Scroll(-1, std::max(0, y - FromDIP(20)) / unitY);
    if (p->editor())
        p->editor()->focusTarget()->SetFocus();
    return true;
}

}  // namespace revq::gui
