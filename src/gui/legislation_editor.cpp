// The legislation editor: the list of cited laws with Add, Edit and Remove; each citation is
// edited in a CitationDialog.
#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>

#include "gui/citation_dialog.h"
#include "gui/language.h"
#include "gui/question_controls.h"

namespace revq::gui {
namespace {

class LegislationEditor : public AnswerEditor, public CitationListEditor {
  public:
    LegislationEditor(wxWindow* parent, const Question& q, EditorContext& ctx)
        : AnswerEditor(parent, q, ctx) {
        list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(80)));
        list_->SetName(fromUtf8(q.id));
        list_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { edit(); });
        list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { enableButtons(); });
        add_ = new wxButton(this, wxID_ANY, _("&Add law…"));
        edit_ = new wxButton(this, wxID_ANY, _("&Edit…"));
        remove_ = new wxButton(this, wxID_ANY, _("&Remove"));
        add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
        edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(); });
        remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
        auto* buttons = new wxBoxSizer(wxVERTICAL);
        buttons->Add(add_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
        buttons->Add(edit_, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
        buttons->Add(remove_, 0, wxEXPAND);
        auto* sizer = new wxBoxSizer(wxHORIZONTAL);
        sizer->Add(list_, 1, wxEXPAND);
        sizer->Add(buttons, 0, wxLEFT, FromDIP(6));
        SetSizer(sizer);
        enableButtons();
    }

    void load(const Answer& a) override {
        citations_ = a.citations;
        list_->Clear();
        for (const Citation& c : citations_) {
            wxString line = fromUtf8(c.title);
            if (!c.provision.empty())
                line += ", " + fromUtf8(c.provision);
            if (c.hasExcerpt)
                line += "  [" + fromUtf8(c.excerpt.fileName) + "]";
            list_->Append(line);
        }
        enableButtons();
    }
    wxWindow* focusTarget() override { return list_; }

    // Tests and the dialog add citations the same way.
    void addCitation(const Citation& c) override {
        auto cs = citations_;
        cs.push_back(c);
        store(std::move(cs));
    }

  private:
    void enableButtons() {
        bool ro = context_.readOnly;
        add_->Enable(!ro);
        edit_->Enable(!ro && list_->GetSelection() != wxNOT_FOUND);
        remove_->Enable(!ro && list_->GetSelection() != wxNOT_FOUND);
    }
    void store(std::vector<Citation> cs) {
        Answer a;
        a.citations = std::move(cs);
        commit(std::move(a));
    }
    void add() {
        CitationDialog dlg(this, Citation{});
        if (dlg.ShowModal() == wxID_OK)
            addCitation(dlg.citation());
    }
    void edit() {
        int i = list_->GetSelection();
        if (i == wxNOT_FOUND || context_.readOnly)
            return;
        CitationDialog dlg(this, citations_[i]);
        if (dlg.ShowModal() != wxID_OK)
            return;
        auto cs = citations_;
        cs[i] = dlg.citation();
        store(std::move(cs));
    }
    void remove() {
        int i = list_->GetSelection();
        if (i == wxNOT_FOUND)
            return;
        auto cs = citations_;
        cs.erase(cs.begin() + i);
        store(std::move(cs));
    }

    wxListBox* list_;
    wxButton *add_, *edit_, *remove_;
    std::vector<Citation> citations_;
};

}  // namespace

AnswerEditor* createLegislationEditor(wxWindow* parent, const Question& q, EditorContext& c) {
    return new LegislationEditor(parent, q, c);
}

}  // namespace revq::gui
