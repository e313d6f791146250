// Editors for typed answers: one-line and multi-line text, numbers with unit and range, dates.
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/language.h"
#include "gui/question_controls.h"

namespace revq::gui {
namespace {

// Shared by the text and number editors: a typing session (focus gained .. focus lost) is one
// undo step, and leaving the field asks for a recovery copy.
void bindTypingSession(wxTextCtrl* ctrl, long* session, EditorContext& ctx) {
    ctrl->Bind(wxEVT_SET_FOCUS, [ctrl, session](wxFocusEvent& e) {
        (void)ctrl;
        static long next = 1000000;
        *session = ++next;
        e.Skip();
    });
    ctrl->Bind(wxEVT_KILL_FOCUS, [&ctx](wxFocusEvent& e) {
        if (ctx.fieldLeft)
            ctx.fieldLeft();
        e.Skip();
    });
}

class TextEditor : public AnswerEditor {
  public:
    TextEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx) {
        bool multi = q.type == QuestionType::LongText;
        ctrl_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition,
                               multi ? wxSize(-1, FromDIP(110)) : wxDefaultSize,
                               multi ? wxTE_MULTILINE : 0);
        ctrl_->SetName(fromUtf8(q.id));
        ctrl_->SetEditable(!ctx.readOnly);
        ctrl_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
            Answer a;
            a.text = toUtf8(ctrl_->GetValue());
            commit(std::move(a), session_);
        });
        bindTypingSession(ctrl_, &session_, ctx);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(ctrl_, 0, wxEXPAND);
        SetSizer(sizer);
    }
    void load(const Answer& a) override {
        loading_ = true;
        if (toUtf8(ctrl_->GetValue()) != a.text)
            ctrl_->ChangeValue(fromUtf8(a.text));
        loading_ = false;
    }
    wxWindow* focusTarget() override { return ctrl_; }

  private:
    wxTextCtrl* ctrl_;
    long session_ = 0;
};

wxString formatBound(double v) {
    return wxString::FromCDouble(v);
}

class NumberEditor : public AnswerEditor {
  public:
    NumberEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx) {
        auto* sizer = new wxBoxSizer(wxHORIZONTAL);
        ctrl_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(140), -1),
                               wxTE_RIGHT);
        ctrl_->SetName(fromUtf8(q.id));
        ctrl_->SetEditable(!ctx.readOnly);
        ctrl_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(); });
        bindTypingSession(ctrl_, &session_, ctx);
        sizer->Add(ctrl_, 0, wxALIGN_CENTER_VERTICAL);
        if (!q.unit.empty())
            sizer->Add(new wxStaticText(this, wxID_ANY, text(q.unit)), 0,
                       wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
        wxString range = rangeText();
        if (!range.empty()) {
            auto* hint = new wxStaticText(this, wxID_ANY, range);
            hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
            sizer->Add(hint, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(12));
        }
        SetSizer(sizer);
    }
    void load(const Answer& a) override {
        loading_ = true;
        std::string shown;
        bool same = canonicalNumber(ctrl_->GetValue(), false, &shown) && shown == a.text;
        if (!same && !(a.text.empty() && ctrl_->GetValue().Strip(wxString::both).empty()))
            ctrl_->ChangeValue(fromUtf8(a.text));
        loading_ = false;
    }
    wxWindow* focusTarget() override { return ctrl_; }

  private:
    wxString rangeText() const {
        if (question_.min && question_.max)
            return wxString::Format(_("(from %s to %s)"), formatBound(*question_.min),
                                    formatBound(*question_.max));
        if (question_.min)
            return wxString::Format(_("(at least %s)"), formatBound(*question_.min));
        if (question_.max)
            return wxString::Format(_("(at most %s)"), formatBound(*question_.max));
        return {};
    }
    void changed() {
        if (loading_)
            return;
        bool integer = question_.type == QuestionType::Integer;
        wxString typed = ctrl_->GetValue();
        Answer a;
        if (!typed.Strip(wxString::both).empty()) {
            std::string canonical;
            if (!canonicalNumber(typed, integer, &canonical)) {
                problem(integer ? wxString::Format(_("\"%s\" is not a whole number."), typed)
                                : wxString::Format(_("\"%s\" is not a number."), typed));
                return;
            }
            double v = std::strtod(canonical.c_str(), nullptr);
            if ((question_.min && v < *question_.min) || (question_.max && v > *question_.max)) {
                problem(wxString::Format(_("%s is out of range %s."), fromUtf8(canonical),
                                         rangeText()));
                return;
            }
            a.text = canonical;
        }
        problem("");
        commit(std::move(a), session_);
    }
    wxTextCtrl* ctrl_;
    long session_ = 0;
};

class DateEditor : public AnswerEditor {
  public:
    DateEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx) {
        ctrl_ =
            new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                 wxDefaultSize, wxDP_DROPDOWN | wxDP_ALLOWNONE | wxDP_SHOWCENTURY);
        ctrl_->SetName(fromUtf8(q.id));
        ctrl_->Enable(!ctx.readOnly);
        ctrl_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
            Answer a;
            wxDateTime d = ctrl_->GetValue();
            if (d.IsValid())
                a.text = toUtf8(d.FormatISODate());
            commit(std::move(a));
        });
        auto* sizer = new wxBoxSizer(wxHORIZONTAL);
        sizer->Add(ctrl_, 0);
        auto* fmt = new wxStaticText(this, wxID_ANY, _("(year-month-day)"));
        fmt->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        sizer->Add(fmt, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
        SetSizer(sizer);
    }
    void load(const Answer& a) override {
        loading_ = true;
        wxDateTime d;
        if (!a.text.empty() && d.ParseISODate(fromUtf8(a.text)))
            ctrl_->SetValue(d);
        else
            ctrl_->SetValue(wxDefaultDateTime);
        loading_ = false;
    }
    wxWindow* focusTarget() override { return ctrl_; }

  private:
    wxDatePickerCtrl* ctrl_;
};

}  // namespace

AnswerEditor* createTextEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new TextEditor(parent, q, c);
}
AnswerEditor* createNumberEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new NumberEditor(parent, q, c);
}
AnswerEditor* createDateEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new DateEditor(parent, q, c);
}

}  // namespace revq::gui
