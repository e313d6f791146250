#include "gui/print_response.h"

#include <wx/html/htmprint.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/print.h>

#include "gui/language.h"
#include "gui/response_document.h"

namespace revq::gui {
namespace {

wxString esc(const wxString& s) {
    wxString out;
    for (wxUniChar c : s) {
        switch (c.GetValue()) {
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '&':
                out += "&amp;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\n':
                out += "<br>";
                break;
            default:
                out += c;
        }
    }
    return out;
}

wxString t(const LocalizedText& text, const std::string& lang) {
    return esc(formText(text, lang).text);
}

wxString answerHtml(const Question& q, const Answer* a, const std::string& lang) {
    if (!a || a->empty())
        return "<i>" + esc(_("Not answered")) + "</i>";
    wxString out;
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            for (const std::string& v : a->values) {
                const Choice* c = q.choices ? q.choices->find(v) : nullptr;
                out += "&bull; " + (c ? t(c->label, lang) : esc(fromUtf8(v))) + "<br>";
            }
            if (!a->text.empty())
                out += esc(fromUtf8(a->text));
            return out;
        case QuestionType::Table: {
            out = "<table border=1 cellspacing=0 cellpadding=3><tr><td></td>";
            for (const auto& c : q.table.columns)
                out += "<th>" + t(c.label, lang) + "</th>";
            out += "</tr>";
            for (const auto& r : q.table.rows) {
                out += "<tr><th align=left>" + t(r.label, lang) + "</th>";
                for (const auto& c : q.table.columns) {
                    auto it = a->cells.find({r.id, c.id});
                    out += "<td align=right>" +
                           (it == a->cells.end() ? wxString() : esc(fromUtf8(it->second))) +
                           "</td>";
                }
                out += "</tr>";
            }
            return out + "</table>";
        }
        case QuestionType::Legislation:
            for (const Citation& c : a->citations) {
                out += "&bull; <b>" + esc(fromUtf8(c.title)) + "</b>";
                if (!c.provision.empty())
                    out += ", " + esc(fromUtf8(c.provision));
                if (!c.url.empty())
                    out += " &lt;" + esc(fromUtf8(c.url)) + "&gt;";
                if (c.hasExcerpt)
                    out += " [" + esc(fromUtf8(c.excerpt.fileName)) + "]";
                out += "<br>";
            }
            return out;
        default:
            return esc(fromUtf8(a->text));
    }
}

}  // namespace

wxString htmlEscape(const wxString& s) {
    return esc(s);
}

wxString responseAsHtml(const ResponseDocument& doc, const std::string& lang) {
    const Form& form = doc.form();
    const Response& r = doc.response();
    wxString dir = isRightToLeft(lang) ? " dir=\"rtl\"" : "";
    wxString html = "<html><head><meta charset=\"UTF-8\"></head><body" + dir + ">";
    html += "<h2>" + t(form.title, lang) + "</h2>";
    html +=
        "<p>" + esc(wxString::Format(_("State: %s"), fromUtf8(r.stateCode))) + "<br>" +
        esc(wxString::Format(_("Form %s, version %s"), fromUtf8(form.id), fromUtf8(form.version))) +
        "<br>" +
        esc(r.status == ResponseStatus::Submitted
                ? wxString::Format(_("Submitted %s"), fromUtf8(r.submitted))
                : wxString(_("Draft"))) +
        "</p>";
    std::string article = "\x01";
    for (const Section& sec : form.sections) {
        if (sec.article != article) {
            article = sec.article;
            wxString heading = article.empty()
                                   ? wxString(_("General"))
                                   : wxString::Format(_("Article %s"), fromUtf8(article));
            if (form.instrument && !article.empty())
                if (const Provision* p = form.instrument->find(article))
                    heading += wxString::FromUTF8(" \xE2\x80\x94 ") + t(p->title, lang);
            html += "<hr><h3>" + heading + "</h3>";
        }
        html += "<h4>" + t(sec.title, lang) + "</h4>";
        for (size_t qi : sec.questions) {
            const Question& q = form.questions[qi];
            if (q.type == QuestionType::Note || !doc.state(qi).relevant)
                continue;
            wxString refs;
            for (const ProvisionRef& ref : form.effectiveRefs(q))
                refs += (refs.empty() ? "" : ", ") + fromUtf8(ref.key());
            html += "<p><font size=-1>" + esc(wxString::Format(_("Art. %s"), refs)) +
                    "</font><br><b>" + t(q.label, lang) + "</b><br>" +
                    answerHtml(q, r.answer(q.id), lang) + "</p>";
        }
    }
    return html + "</body></html>";
}

bool previewHtml(wxWindow* parent, const wxString& html, const wxString& title) {
    auto printout = [&] {
        auto* p = new wxHtmlPrintout(title);
        p->SetHtmlText(html);
        p->SetFooter(_("Page @PAGENUM@ of @PAGESCNT@"), wxPAGE_ALL);
        return p;
    };
    auto* preview = new wxPrintPreview(printout(), printout());
    if (!preview->IsOk()) {
        delete preview;
        wxMessageDialog dlg(parent, _("The print preview could not be shown."), "revq",
                            wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(
            _("Check that a printer or a PDF printer is set up, then try "
              "again; File > Print can also write a PDF."));
        dlg.ShowModal();
        return false;
    }
    auto* frame = new wxPreviewFrame(preview, parent, title, wxDefaultPosition,
                                     parent ? parent->FromDIP(wxSize(900, 1000)) : wxDefaultSize);
    frame->InitializeWithModality(wxPreviewFrame_NonModal);
    frame->Centre();
    frame->Show();
    return true;
}

}  // namespace revq::gui
