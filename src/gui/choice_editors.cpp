// Choice editors: radio buttons for a single choice, check boxes for several, and the
// technical-assistance-needs checklist with its explanation.
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/language.h"
#include "gui/question_controls.h"

namespace revq::gui {
namespace {

class SingleChoiceEditor : public AnswerEditor {
  public:
    SingleChoiceEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        // GTK always keeps one button of a group selected; a hidden button stands for
        // "not answered" so an unanswered question shows no choice.
        none_ = new wxRadioButton(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
        none_->Hide();
        if (q.choices) {
            for (const Choice& c : q.choices->choices) {
                auto* b = new wxRadioButton(this, wxID_ANY, text(c.label));
                b->SetName(fromUtf8(q.id + "." + c.value));
                b->Enable(!ctx.readOnly);
                b->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { changed(); });
                sizer->Add(b, 0, wxBOTTOM, FromDIP(3));
                buttons_.push_back(b);
            }
        }
        clear_ = new wxButton(this, wxID_ANY, _("C&lear answer"), wxDefaultPosition, wxDefaultSize,
                              wxBU_EXACTFIT);
        clear_->Enable(!ctx.readOnly);
        clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            none_->SetValue(true);
            changed();
        });
        sizer->Add(clear_, 0, wxTOP, FromDIP(2));
        SetSizer(sizer);
    }

    void load(const Answer& a) override {
        loading_ = true;
        std::string v = a.values.empty() ? std::string() : a.values.front();
        bool any = false;
        for (size_t i = 0; i < buttons_.size(); ++i) {
            if (question_.choices->choices[i].value == v) {
                buttons_[i]->SetValue(true);
                any = true;
            }
        }
        if (!any)
            none_->SetValue(true);
        clear_->Show(any);
        loading_ = false;
    }
    wxWindow* focusTarget() override {
        return buttons_.empty() ? static_cast<wxWindow*>(this) : buttons_.front();
    }

  private:
    void changed() {
        Answer a;
        for (size_t i = 0; i < buttons_.size(); ++i)
            if (buttons_[i]->GetValue())
                a.values.push_back(question_.choices->choices[i].value);
        clear_->Show(!a.values.empty());
        GetParent()->Layout();
        commit(std::move(a));
    }
    wxRadioButton* none_;
    wxButton* clear_;
    std::vector<wxRadioButton*> buttons_;
};

// Check boxes for a choice list (multiple choice and the TA-needs checklist).
class CheckListEditor : public AnswerEditor {
  public:
    CheckListEditor(wxWindow* parent, const Question& q, EditorContext& ctx, bool withText)
        : AnswerEditor(parent, q, ctx) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        if (q.choices) {
            for (const Choice& c : q.choices->choices) {
                auto* b = new wxCheckBox(this, wxID_ANY, text(c.label));
                b->SetName(fromUtf8(q.id + "." + c.value));
                b->Enable(!ctx.readOnly);
                b->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { changed(0); });
                sizer->Add(b, 0, wxBOTTOM, FromDIP(3));
                boxes_.push_back(b);
            }
        }
        if (withText) {
            auto* label = new wxStaticText(this, wxID_ANY, _("&Explain the assistance needed:"));
            sizer->Add(label, 0, wxTOP, FromDIP(6));
            text_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(70)),
                                   wxTE_MULTILINE);
            text_->SetName(fromUtf8(q.id + ".text"));
            text_->SetEditable(!ctx.readOnly);
            text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(session_); });
            text_->Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) {
                session_ = newTypingSession();
                e.Skip();
            });
            text_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
                if (context_.fieldLeft)
                    context_.fieldLeft();
                e.Skip();
            });
            sizer->Add(text_, 0, wxEXPAND | wxTOP, FromDIP(2));
        }
        SetSizer(sizer);
    }

    void load(const Answer& a) override {
        loading_ = true;
        for (size_t i = 0; i < boxes_.size(); ++i) {
            const std::string& v = question_.choices->choices[i].value;
            bool on = std::find(a.values.begin(), a.values.end(), v) != a.values.end();
            if (boxes_[i]->GetValue() != on)
                boxes_[i]->SetValue(on);
        }
        if (text_ && toUtf8(text_->GetValue()) != a.text)
            text_->ChangeValue(fromUtf8(a.text));
        loading_ = false;
    }
    wxWindow* focusTarget() override {
        return boxes_.empty() ? static_cast<wxWindow*>(this) : boxes_.front();
    }

  private:
    void changed(long mergeKey) {
        Answer a;
        for (size_t i = 0; i < boxes_.size(); ++i)
            if (boxes_[i]->GetValue())
                a.values.push_back(question_.choices->choices[i].value);
        if (text_)
            a.text = toUtf8(text_->GetValue());
        commit(std::move(a), mergeKey);
    }
    std::vector<wxCheckBox*> boxes_;
    wxTextCtrl* text_ = nullptr;
    long session_ = 0;
};

}  // namespace

AnswerEditor* createSingleChoiceEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new SingleChoiceEditor(parent, q, c);
}
AnswerEditor* createMultipleChoiceEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new CheckListEditor(parent, q, c, false);
}
AnswerEditor* createTaNeedsEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new CheckListEditor(parent, q, c, true);
}

}  // namespace revq::gui
