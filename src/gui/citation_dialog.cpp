#include "gui/citation_dialog.h"

#include <fstream>
#include <iterator>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/mimetype.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/sha256.h"
#include "gui/language.h"

namespace revq::gui {
namespace {

std::string mediaTypeFor(const wxString& ext) {
    wxString e = ext.Lower();
    if (e == "pdf")
        return "application/pdf";
    if (e == "txt")
        return "text/plain";
    if (e == "html" || e == "htm")
        return "text/html";
    if (e == "docx")
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (e == "doc")
        return "application/msword";
    if (e == "odt")
        return "application/vnd.oasis.opendocument.text";
    if (e == "rtf")
        return "application/rtf";
    return "application/octet-stream";
}

}  // namespace

CitationDialog::CitationDialog(wxWindow* parent, const Citation& citation)
    : wxDialog(parent, wxID_ANY, _("Legislation"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      citation_(citation) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    auto addRow = [&](const wxString& label, const std::string& value, const char* name) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* ctrl = new wxTextCtrl(this, wxID_ANY, fromUtf8(value), wxDefaultPosition,
                                    wxSize(FromDIP(380), -1));
        ctrl->SetName(name);
        grid->Add(ctrl, 1, wxEXPAND);
        return ctrl;
    };
    title_ = addRow(_("&Title of the law:"), citation.title, "title");
    provision_ = addRow(_("&Provision (article, section):"), citation.provision, "provision");
    url_ = addRow(_("&Web address:"), citation.url, "url");

    grid->Add(new wxStaticText(this, wxID_ANY, _("Excerpt file:")), 0, wxALIGN_CENTER_VERTICAL);
    auto* fileRow = new wxBoxSizer(wxHORIZONTAL);
    excerpt_ = new wxStaticText(this, wxID_ANY, "");
    fileRow->Add(excerpt_, 1, wxALIGN_CENTER_VERTICAL);
    auto* attach = new wxButton(this, wxID_ANY, _("&Attach…"));
    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onAttach(); });
    fileRow->Add(attach, 0, wxLEFT, FromDIP(6));
    remove_ = new wxButton(this, wxID_ANY, _("&Remove"));
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onRemove(); });
    fileRow->Add(remove_, 0, wxLEFT, FromDIP(6));
    grid->Add(fileRow, 1, wxEXPAND);

    problem_ = new wxStaticText(this, wxID_ANY, "");
    problem_->SetForegroundColour(*wxRED);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
    top->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(this, wxID_OK, _("OK"));
    ok->SetDefault();
    buttons->AddButton(ok);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(top);
    showExcerpt();
    applyLayoutDirection(this);
    title_->SetFocus();
}

bool CitationDialog::attachFile(const wxString& path, Citation& citation, wxString* problem) {
    wxFileName fn(path);
    wxULongLong size = fn.GetSize();
    if (size == wxInvalidSize) {
        *problem = wxString::Format(
            _("Cannot read %s. Check that the file exists and that you may read it."), path);
        return false;
    }
    if (size.GetValue() > kMaxAttachmentBytes) {
        *problem = wxString::Format(
            _("%s is %.1f MiB; an excerpt may be at most 25 MiB. Attach only the relevant pages, "
              "or cite the web address instead."),
            fn.GetFullName(), size.ToDouble() / (1024.0 * 1024.0));
        return false;
    }
    std::ifstream in(std::string(path.fn_str()), std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        *problem = wxString::Format(_("Cannot read %s."), path);
        return false;
    }
    citation.hasExcerpt = true;
    citation.excerpt.fileName = toUtf8(fn.GetFullName());
    citation.excerpt.mediaType = mediaTypeFor(fn.GetExt());
    citation.excerpt.sha256 = sha256Hex(data);
    citation.excerpt.data = std::move(data);
    return true;
}

void CitationDialog::onAttach() {
    wxFileDialog dlg(this, _("Attach an excerpt of the law"), "", "",
                     _("Documents "
                       "(*.pdf;*.doc;*.docx;*.odt;*.rtf;*.txt;*.html)|*.pdf;*.doc;*.docx;*.odt;*."
                       "rtf;*.txt;*.html|All files|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxString why;
    if (!attachFile(dlg.GetPath(), citation_, &why))
        problem_->SetLabel(why);
    else
        problem_->SetLabel("");
    problem_->Wrap(FromDIP(480));
    showExcerpt();
    Layout();
    Fit();
}

void CitationDialog::onRemove() {
    citation_.hasExcerpt = false;
    citation_.excerpt = Attachment{};
    showExcerpt();
}

void CitationDialog::showExcerpt() {
    if (citation_.hasExcerpt)
        excerpt_->SetLabel(wxString::Format(
            _("%s (%s)"), fromUtf8(citation_.excerpt.fileName),
            wxFileName::GetHumanReadableSize(wxULongLong(citation_.excerpt.data.size()))));
    else
        excerpt_->SetLabel(_("none"));
    remove_->Enable(citation_.hasExcerpt);
}

bool CitationDialog::TransferDataFromWindow() {
    citation_.title = toUtf8(title_->GetValue().Strip(wxString::both));
    citation_.provision = toUtf8(provision_->GetValue().Strip(wxString::both));
    citation_.url = toUtf8(url_->GetValue().Strip(wxString::both));
    if (citation_.title.empty()) {
        problem_->SetLabel(_("Enter the title of the law."));
        title_->SetFocus();
        Layout();
        return false;
    }
    return true;
}

}  // namespace revq::gui
