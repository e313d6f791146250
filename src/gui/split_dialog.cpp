#include "gui/split_dialog.h"

#include <set>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/datetime.h>
#include <wx/filepicker.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/consultation_record.h"
#include "gui/language.h"

namespace revq::gui {

namespace {

bool isDate(const wxString& s) {
    wxDateTime d;
    return s.length() == 10 && d.ParseISODate(s) && s[4] == '-' && s[7] == '-';
}

}  // namespace

SplitDialog::SplitDialog(wxWindow* parent, const Form& form, const Response& master,
                         const std::string& formLang, const wxString& folder)
    : wxDialog(parent, wxID_ANY, _("Send Parts to Agencies"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      form_(form) {
    SetName("split-dialog");
    const int pad = FromDIP(10), gap = FromDIP(4);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, _("A&gencies:")), 0);
    list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(230, 300)));
    list_->SetName("split.agencies");
    left->Add(list_, 1, wxEXPAND | wxTOP, gap);
    auto* add = new wxButton(this, wxID_ANY, _("&Add Agency"));
    add->SetName("split.add");
    auto* remove = new wxButton(this, wxID_ANY, _("&Remove Agency"));
    remove->SetName("split.remove");
    left->Add(add, 0, wxEXPAND | wxTOP, gap);
    left->Add(remove, 0, wxEXPAND | wxTOP, gap);
    row->Add(left, 0, wxEXPAND);

    auto* right = new wxFlexGridSizer(2, gap, pad);
    right->AddGrowableCol(1, 1);
    right->AddGrowableRow(3, 1);
    auto label = [&](const wxString& text) {
        right->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(_("Agency &name:"));
    name_ = new wxTextCtrl(this, wxID_ANY);
    name_->SetName("split.name");
    right->Add(name_, 1, wxEXPAND);
    label(_("&Contact:"));
    contact_ = new wxTextCtrl(this, wxID_ANY);
    contact_->SetName("split.contact");
    contact_->SetHint(_("e-mail or name of the person to write to"));
    right->Add(contact_, 1, wxEXPAND);
    label(_("&Deadline:"));
    deadline_ = new wxTextCtrl(this, wxID_ANY);
    deadline_->SetName("split.deadline");
    deadline_->SetHint(_("YYYY-MM-DD (optional)"));
    right->Add(deadline_, 1, wxEXPAND);
    right->Add(new wxStaticText(this, wxID_ANY, _("&Parts it answers:")), 0, wxALIGN_TOP);
    parts_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 260)));
    parts_->SetName("split.parts");
    for (const Section& s : form.sections) {
        wxString title = formText(s.title, formLang).text;
        parts_->Append(s.article.empty()
                           ? title
                           : wxString::Format(_("Art. %s: %s"), fromUtf8(s.article), title));
        sectionIds_.push_back(s.id);
    }
    right->Add(parts_, 1, wxEXPAND);
    row->Add(right, 1, wxEXPAND | wxLEFT, pad);
    top->Add(row, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);

    top->Add(new wxStaticText(this, wxID_ANY, _("&Folder for the contribution files:")), 0,
             wxLEFT | wxRIGHT | wxTOP, pad);
    folder_ = new wxDirPickerCtrl(this, wxID_ANY, folder, _("Choose the folder"), wxDefaultPosition,
                                  wxDefaultSize, wxDIRP_USE_TEXTCTRL);
    folder_->SetName("split.folder");
    top->Add(folder_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    problem_ = new wxStaticText(this, wxID_ANY, "");
    problem_->SetName("split.problem");
    problem_->SetForegroundColour(wxColour(0xB0, 0x00, 0x20));
    top->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("&Write Contribution Files"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, pad);
    SetSizerAndFit(top);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        Assignment a;
        a.agency = toUtf8(wxString::Format(_("Agency %d"), static_cast<int>(agencies_.size()) + 1));
        agencies_.push_back(a);
        current_ = static_cast<int>(agencies_.size()) - 1;
        refreshList();
        name_->SetFocus();
        name_->SelectAll();
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (current_ < 0)
            return;
        agencies_.erase(agencies_.begin() + current_);
        current_ = std::min<int>(current_, static_cast<int>(agencies_.size()) - 1);
        refreshList();
    });
    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
        current_ = e.GetSelection();
        showAgency();
    });
    for (wxTextCtrl* t : {name_, contact_, deadline_})
        t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { storeField(); });
    parts_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { storeField(); });

    std::vector<Assignment> earlier;
    for (const auto& a : readConsultationRecord(master, "master").assignments)
        earlier.push_back(a.assignment);
    setAssignments(std::move(earlier));
    applyLayoutDirection(this);
}

void SplitDialog::setAssignments(std::vector<Assignment> assignments) {
    agencies_ = std::move(assignments);
    current_ = agencies_.empty() ? -1 : 0;
    refreshList();
}

wxString SplitDialog::folder() const {
    return folder_->GetPath();
}

void SplitDialog::refreshList() {
    list_->Clear();
    for (const auto& a : agencies_)
        list_->Append(fromUtf8(a.agency));
    if (current_ >= 0)
        list_->SetSelection(current_);
    showAgency();
}

void SplitDialog::showAgency() {
    showing_ = true;
    bool have = current_ >= 0 && current_ < static_cast<int>(agencies_.size());
    for (wxWindow* w : std::initializer_list<wxWindow*>{name_, contact_, deadline_, parts_})
        w->Enable(have);
    const Assignment empty;
    const Assignment& a = have ? agencies_[current_] : empty;
    name_->ChangeValue(fromUtf8(a.agency));
    contact_->ChangeValue(fromUtf8(a.contact));
    deadline_->ChangeValue(fromUtf8(a.deadline));
    std::set<std::string> parts(a.parts.begin(), a.parts.end());
    for (size_t i = 0; i < sectionIds_.size(); ++i)
        parts_->Check(static_cast<unsigned>(i), parts.count(sectionIds_[i]) > 0);
    showing_ = false;
}

void SplitDialog::storeField() {
    if (showing_ || current_ < 0 || current_ >= static_cast<int>(agencies_.size()))
        return;
    Assignment& a = agencies_[current_];
    std::string name = toUtf8(name_->GetValue().Strip(wxString::both));
    if (name != a.agency) {
        a.agency = name;
        list_->SetString(static_cast<unsigned>(current_), fromUtf8(name));
    }
    a.contact = toUtf8(contact_->GetValue().Strip(wxString::both));
    a.deadline = toUtf8(deadline_->GetValue().Strip(wxString::both));
    a.parts.clear();
    for (size_t i = 0; i < sectionIds_.size(); ++i) {
        if (parts_->IsChecked(static_cast<unsigned>(i)))
            a.parts.push_back(sectionIds_[i]);
    }
    problem_->SetLabel("");
}

wxString SplitDialog::problem() const {
    if (agencies_.empty())
        return _("Add at least one agency.");
    std::set<std::string> names;
    for (const auto& a : agencies_) {
        if (a.agency.empty())
            return _("Every agency needs a name.");
        if (!names.insert(a.agency).second)
            return wxString::Format(_("%s is listed twice; give each agency once."),
                                    fromUtf8(a.agency));
        if (a.parts.empty())
            return wxString::Format(_("Tick the parts %s answers."), fromUtf8(a.agency));
        if (!a.deadline.empty() && !isDate(fromUtf8(a.deadline)))
            return wxString::Format(_("The deadline of %s is not a date; write it as "
                                      "YYYY-MM-DD, e.g. 2027-01-31."),
                                    fromUtf8(a.agency));
    }
    if (folder().empty())
        return _("Choose the folder for the contribution files.");
    return {};
}

bool SplitDialog::TransferDataFromWindow() {
    wxString p = problem();
    problem_->SetLabel(p);
    if (!p.empty()) {
        Layout();
        return false;
    }
    return true;
}

}  // namespace revq::gui
