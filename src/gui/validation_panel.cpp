#include "gui/validation_panel.h"

#include <wx/artprov.h>
#include <wx/imaglist.h>

#include "core/response_validation.h"
#include "gui/language.h"
#include "gui/response_document.h"

namespace revq::gui {

ProblemList::ProblemList(wxWindow* parent, const wxString& name)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL) {
    SetName(name);
    auto* images = new wxImageList(FromDIP(16), FromDIP(16));
    images->Add(wxArtProvider::GetBitmap(wxART_ERROR, wxART_MENU, FromDIP(wxSize(16, 16))));
    images->Add(wxArtProvider::GetBitmap(wxART_WARNING, wxART_MENU, FromDIP(wxSize(16, 16))));
    AssignImageList(images, wxIMAGE_LIST_SMALL);
    AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(170));
    AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(700));
    Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        long i = e.GetIndex();
        if (i >= 0 && i < static_cast<long>(rows_.size()) && onActivate)
            onActivate(rows_[i]);
    });
}

void ProblemList::setRows(std::vector<ProblemRow> rows) {
    Freeze();
    DeleteAllItems();
    rows_ = std::move(rows);
    for (size_t i = 0; i < rows_.size(); ++i) {
        const ProblemRow& r = rows_[i];
        long item =
            InsertItem(static_cast<long>(i), r.error ? _("Error") : _("Warning"), r.error ? 0 : 1);
        SetItem(item, 1, r.where);
        SetItem(item, 2, r.message);
    }
    Thaw();
}

std::vector<ProblemRow> validationRows(const ResponseDocument& doc, const std::string& lang) {
    // The same checks as `revq-cli check` and submission, so the panel never disagrees.
    ValidationOptions options;
    options.language = lang;
    ValidationReport report = validateResponse(doc.form(), doc.response(), options);
    std::vector<ProblemRow> rows;
    for (const ResponseProblem& p : report.problems) {
        ProblemRow row;
        row.error = p.severity == Severity::Error;
        row.questionId = p.questionId;
        row.where =
            fromUtf8(p.article.empty() ? p.questionId : p.article + " (" + p.questionId + ")");
        row.message = fromUtf8(p.message);
        rows.push_back(row);
    }
    return rows;
}

std::vector<ProblemRow> diagnosticRows(const Diagnostics& diagnostics) {
    std::vector<ProblemRow> rows;
    for (const Diagnostic& d : diagnostics.items) {
        ProblemRow row;
        row.error = d.severity == Severity::Error;
        row.where = fromUtf8(d.file);
        if (d.line > 0)
            row.where += wxString::Format(":%d:%d", d.line, d.column);
        row.message = fromUtf8(d.message);
        if (!d.hint.empty())
            row.message += " (" + fromUtf8(d.hint) + ")";
        rows.push_back(row);
    }
    return rows;
}

}  // namespace revq::gui
