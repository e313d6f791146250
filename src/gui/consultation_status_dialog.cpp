#include "gui/consultation_status_dialog.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "gui/language.h"

namespace revq::gui {

namespace {

wxString count(int n) {
    return n < 0 ? wxString("?") : wxString::Format("%d", n);
}

wxString yesNo(bool b) {
    return b ? _("Yes") : _("No");
}

// "Art. 5" for a section reviewing an article, else the section id.
wxString partLabel(const Form* form, const std::string& sectionId) {
    const Section* s = form ? form->section(sectionId) : nullptr;
    if (s && !s->article.empty())
        return wxString::Format(_("Art. %s"), fromUtf8(s->article));
    return fromUtf8(sectionId);
}

}  // namespace

ConsultationStatusDialog::ConsultationStatusDialog(wxWindow* parent, const Response& master,
                                                   const Form* form)
    : wxDialog(parent, wxID_ANY, _("Where Things Stand"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("consultation-status");
    status_ = consultationStatus(master, form);
    const int pad = FromDIP(10);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("&Agencies:")), 0, wxLEFT | wxRIGHT | wxTOP, pad);
    agencies_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 170)),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    agencies_->SetName("status.agencies");
    const std::pair<wxString, int> agencyColumns[] = {
        {_("Agency"), 190},         {_("Contact"), 170},      {_("Deadline"), 90},
        {_("Parts"), 150},          {_("Returned"), 130},     {_("Merged"), 70},
        {_("Conflicts left"), 100}, {_("Still missing"), 100}};
    for (const auto& [title, width] : agencyColumns)
        agencies_->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
    top->Add(agencies_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    top->Add(new wxStaticText(this, wxID_ANY, _("A&rticles:")), 0, wxLEFT | wxRIGHT | wxTOP, pad);
    articles_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 170)),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    articles_->SetName("status.articles");
    const std::pair<wxString, int> articleColumns[] = {{_("Article"), 110},
                                                       {_("Agencies assigned"), 360},
                                                       {_("Returned"), 90},
                                                       {_("Conflicts left"), 100},
                                                       {_("Still missing"), 100}};
    for (const auto& [title, width] : articleColumns)
        articles_->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
    top->Add(articles_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    wxString total =
        status_.agencies.empty()
            ? wxString(_("No parts were sent to agencies yet (File > National Consultation > "
                         "Send Parts to Agencies)."))
            : wxString::Format(_("%d conflicts left in all. \"Still missing\" counts relevant "
                                 "questions of the parts without an answer in this response."),
                               status_.conflictsLeft);
    auto* note = new wxStaticText(this, wxID_ANY, total);
    note->SetName("status.summary");
    top->Add(note, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, pad);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* exportButton = new wxButton(this, wxID_ANY, _("&Export Reminder List…"));
    exportButton->SetName("status.export");
    exportButton->Enable(!status_.agencies.empty());
    buttons->Add(exportButton, 0);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, _("&Close")), 0);
    top->Add(buttons, 0, wxEXPAND | wxALL, pad);
    SetSizer(top);
    SetSize(FromDIP(wxSize(1060, 560)));
    SetEscapeId(wxID_CANCEL);
    fill(form);
    exportButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });
    applyLayoutDirection(this);
    note->Wrap(FromDIP(1020));
}

void ConsultationStatusDialog::fill(const Form* form) {
    for (const AgencyStatus& a : status_.agencies) {
        long row = agencies_->InsertItem(agencies_->GetItemCount(), fromUtf8(a.agency));
        agencies_->SetItem(row, 1, fromUtf8(a.contact));
        agencies_->SetItem(row, 2, fromUtf8(a.deadline));
        wxString parts;
        for (const auto& p : a.parts)
            parts += (parts.empty() ? "" : ", ") + partLabel(form, p);
        agencies_->SetItem(row, 3, parts);
        agencies_->SetItem(row, 4,
                           a.returned && !a.lastMerged.empty()
                               ? yesNo(true) + " (" + fromUtf8(a.lastMerged.substr(0, 10)) + ")"
                               : yesNo(a.returned));
        agencies_->SetItem(row, 5, yesNo(a.merged()));
        agencies_->SetItem(row, 6, count(a.conflictsLeft));
        agencies_->SetItem(row, 7, count(a.missing));
    }
    for (const ArticleStatus& s : status_.articles) {
        const Section* sec = form ? form->section(s.article) : nullptr;
        long row = articles_->InsertItem(
            articles_->GetItemCount(),
            sec ? fromUtf8(s.article) : wxString::Format(_("Art. %s"), fromUtf8(s.article)));
        wxString agencies;
        for (const auto& a : s.agencies)
            agencies += (agencies.empty() ? "" : ", ") + fromUtf8(a);
        articles_->SetItem(row, 1, agencies);
        articles_->SetItem(
            row, 2, wxString::Format("%d / %d", s.returned, static_cast<int>(s.agencies.size())));
        articles_->SetItem(row, 3, count(s.conflictsLeft));
        articles_->SetItem(row, 4, count(s.missing));
    }
}

WriteResult ConsultationStatusDialog::exportReminders(const std::string& path) const {
    return writeFileAtomically(path, remindersCsv(status_));
}

void ConsultationStatusDialog::onExport() {
    wxFileDialog dlg(this, _("Export reminder list"), "", "reminders.csv",
                     _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return;
    WriteResult r = exportReminders(toUtf8(dlg.GetPath()));
    if (!r) {
        wxMessageDialog m(this, _("The reminder list could not be written."), _("Export"),
                          wxOK | wxICON_ERROR);
        m.SetExtendedMessage(fromUtf8(r.error));
        m.ShowModal();
        return;
    }
    wxMessageBox(wxString::Format(_("Wrote the reminder list to %s."), dlg.GetPath()), _("Export"),
                 wxOK | wxICON_INFORMATION, this);
}

}  // namespace revq::gui
