// File > Gap Analysis Preview / Print Gap Analysis: the open response's gap analysis as a
// printable page (gap_analysis_page.h), previewed or printed (PDF through the print dialog).
#include <wx/datetime.h>
#include <wx/html/htmprint.h>
#include <wx/msgdlg.h>

#include "core/data_paths.h"
#include "core/states.h"
#include "gui/gap_analysis_page.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/print_response.h"
#include "gui/response_document.h"

namespace revq::gui {

void MainFrame::onGapAnalysis(bool preview) {
    if (!doc_)
        return;
    if (!doc_->form().instrument) {
        wxMessageDialog dlg(this, _("This form has no gap analysis."), "revq",
                            wxOK | wxICON_INFORMATION);
        dlg.SetExtendedMessage(
            _("A gap analysis needs a form that reviews the provisions of an instrument."));
        dlg.ShowModal();
        return;
    }
    std::shared_ptr<const StatesList> states;
    if (dataDirs().found)
        states = StatesList::load(pathToUtf8(dataDirs().statesFile())).states;
    const State* state = states ? states->find(doc_->response().stateCode) : nullptr;
    wxString html = gapAnalysisHtml(doc_->form(), doc_->response(), state, formLanguage_,
                                    wxDateTime::Now().FormatISODate());
    if (!printer_)
        printer_ = std::make_unique<wxHtmlEasyPrinting>(_("Printing the response"), this);
    // The printer is shared with File > Print: its name titles the preview window and the
    // print job, so it says "gap analysis" only while this page is shown.
    const wxString name = printer_->GetName();
    printer_->SetName(_("Gap analysis"));
    printer_->SetFooter(_("Page @PAGENUM@ of @PAGESCNT@"), wxPAGE_ALL);
    if (preview)
        previewHtml(this, html, _("Gap analysis"));
    else
        printer_->PrintText(html);
    printer_->SetName(name);
}

}  // namespace revq::gui
