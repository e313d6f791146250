#include "gui/gap_analysis_page.h"

#include <algorithm>
#include <set>
#include <vector>

#include <wx/intl.h>

#include "core/states.h"
#include "gui/language.h"
#include "gui/obligation_words.h"
#include "gui/print_response.h"

namespace revq::gui {
namespace {

wxString t(const LocalizedText& text, const std::string& lang) {
    return htmlEscape(formText(text, lang).text);
}

wxString u8(const std::string& s) {
    return htmlEscape(fromUtf8(s));
}

// The label of a kind of assistance in the form's ta-needs choice list, else the value.
wxString kindLabel(const Form& form, const std::string& value, const std::string& lang) {
    for (const Question& q : form.questions)
        if (q.type == QuestionType::TaNeeds && q.choices)
            if (const Choice* c = q.choices->find(value))
                return t(c->label, lang);
    return u8(value);
}

const char* answerColour(GapAnswer a) {
    switch (a) {
        case GapAnswer::Yes:
            return "#e3f2e1";
        case GapAnswer::InPart:
            return "#fff1c9";
        case GapAnswer::No:
            return "#fbdcdc";
        case GapAnswer::NotAnswered:
            break;
    }
    return "#ffffff";
}

wxString cell(const wxString& id, int n) {
    return wxString::Format("<td align=right id=\"%s\">%d</td>", id, n);
}

wxString totalsRow(const wxString& name, const std::string& key, const GapTotals& n) {
    wxString k = "n-" + fromUtf8(key) + "-";
    return "<tr><th align=left>" + name + "</th>" + cell(k + "yes", n.yes) +
           cell(k + "in-part", n.inPart) + cell(k + "no", n.no) +
           cell(k + "not-answered", n.notAnswered) + cell(k + "total", n.total()) + "</tr>";
}

wxString totalsTable(const StateGapAnalysis& gaps) {
    wxString html = "<table border=1 cellspacing=0 cellpadding=4><tr><th align=left>" +
                    htmlEscape(_("Obligation level")) + "</th><th>" + htmlEscape(_("Yes")) +
                    "</th><th>" + htmlEscape(_("In part")) + "</th><th>" + htmlEscape(_("No")) +
                    "</th><th>" + htmlEscape(_("Not answered")) + "</th><th>" +
                    htmlEscape(_("Provisions")) + "</th></tr>";
    std::vector<ObligationLevel> levels;
    for (const auto& entry : gaps.byLevel)
        levels.push_back(entry.first);
    std::stable_sort(levels.begin(), levels.end(), [](ObligationLevel a, ObligationLevel b) {
        return obligationRank(a) < obligationRank(b);
    });
    for (ObligationLevel level : levels)
        html += totalsRow(htmlEscape(obligationName(level)), std::string(toString(level)),
                          gaps.byLevel.at(level));
    html += totalsRow("<b>" + htmlEscape(_("All provisions")) + "</b>", "all", gaps.totals);
    return html + "</table>";
}

wxString assistanceTable(const Form& form, const StateGapAnalysis& gaps, const std::string& lang) {
    std::map<std::string, int> counts = taKindArticleCounts(gaps);
    if (counts.empty())
        return "<p>" + htmlEscape(_("No technical assistance needs are stated.")) + "</p>";
    wxString html = "<table border=1 cellspacing=0 cellpadding=4><tr><th align=left>" +
                    htmlEscape(_("Kind of assistance")) + "</th><th>" +
                    htmlEscape(_("Articles where it is needed")) + "</th></tr>";
    // In the order of the form's list, so every State's page reads the same way.
    std::vector<std::string> order;
    for (const Question& q : form.questions)
        if (q.type == QuestionType::TaNeeds && q.choices)
            for (const Choice& c : q.choices->choices)
                if (counts.count(c.value) &&
                    std::find(order.begin(), order.end(), c.value) == order.end())
                    order.push_back(c.value);
    for (const auto& entry : counts)
        if (std::find(order.begin(), order.end(), entry.first) == order.end())
            order.push_back(entry.first);
    for (const std::string& kind : order)
        html += "<tr><td>" + kindLabel(form, kind, lang) + "</td>" +
                cell("ta-" + fromUtf8(kind), counts.at(kind)) + "</tr>";
    return html + "</table>";
}

wxString provisionCell(const Form& form, const Provision& p, const std::string& lang) {
    wxString html =
        "<b>" + htmlEscape(wxString::Format(_("Art. %s"), fromUtf8(p.ref.key()))) + "</b>";
    if (form.instrument)
        if (const Provision* article = form.instrument->find(p.ref.article))
            if (!article->title.empty())
                html += wxString::FromUTF8(" \xE2\x80\x94 ") + t(article->title, lang);
    if (!p.summary.empty())
        html += "<br><font size=-1>" + t(p.summary, lang) + "</font>";
    return html;
}

wxString assistanceCell(const Form& form, const StateGapRow& row, const std::string& lang) {
    wxString html;
    for (const std::string& kind : row.taKinds)
        html += "&bull; " + kindLabel(form, kind, lang) + "<br>";
    if (!row.taText.empty())
        html += "<font size=-1>" + u8(row.taText) + "</font>";
    return html.empty() ? wxString("&nbsp;") : html;
}

wxString provisionsTable(const Form& form, const StateGapAnalysis& gaps, const std::string& lang) {
    wxString html =
        "<table border=1 cellspacing=0 cellpadding=4 width=\"100%\"><tr><th "
        "align=left width=\"50%\">" +
        htmlEscape(_("Provision")) + "</th><th width=\"14%\">" + htmlEscape(_("Answer")) +
        "</th><th align=left>" + htmlEscape(_("Technical assistance needed")) + "</th></tr>";
    bool first = true;
    ObligationLevel level = ObligationLevel::Unset;
    for (const StateGapRow& row : gaps.rows) {
        const Provision& p = *row.provision->provision;
        if (first || p.level != level) {
            first = false;
            level = p.level;
            html += "<tr><td colspan=3 bgcolor=\"#eeeeee\"><b>" +
                    htmlEscape(obligationName(level)) + "</b></td></tr>";
        }
        html += "<tr id=\"p-" + fromUtf8(p.ref.key()) + "\" class=\"" +
                fromUtf8(std::string(toString(p.level))) + "\"><td valign=top>" +
                provisionCell(form, p, lang) + "</td><td valign=top align=center bgcolor=\"" +
                answerColour(row.answer) + "\">" + htmlEscape(gapAnswerName(row.answer)) +
                "</td><td valign=top>" + assistanceCell(form, row, lang) + "</td></tr>";
    }
    return html + "</table>";
}

}  // namespace

wxString gapAnswerName(GapAnswer answer) {
    switch (answer) {
        case GapAnswer::Yes:
            return _("Yes");
        case GapAnswer::InPart:
            return _("In part");
        case GapAnswer::No:
            return _("No");
        case GapAnswer::NotAnswered:
            break;
    }
    return _("Not answered");
}

std::map<std::string, int> taKindArticleCounts(const StateGapAnalysis& gaps) {
    std::set<std::pair<std::string, std::string>> seen;  // (kind, article)
    std::map<std::string, int> counts;
    for (const StateGapRow& row : gaps.rows)
        for (const std::string& kind : row.taKinds)
            if (seen.emplace(kind, row.provision->provision->ref.article).second)
                ++counts[kind];
    return counts;
}

wxString gapAnalysisHtml(const Form& form, const Response& response, const State* state,
                         const std::string& lang, const wxString& date) {
    StateGapAnalysis gaps = analyseStateGaps(form, response);
    wxString dir = isRightToLeft(lang) ? " dir=\"rtl\"" : "";
    wxString html = "<html><head><meta charset=\"UTF-8\"></head><body" + dir + ">";
    html += "<h2>" + htmlEscape(_("Gap analysis")) + "</h2><h3>" + t(form.title, lang) + "</h3>";
    wxString stateName = fromUtf8(response.stateCode);
    if (state)
        stateName = fromUtf8(state->name.get(lang)) + " (" + stateName + ")";
    html += "<p>" + htmlEscape(wxString::Format(_("State: %s"), stateName)) + "<br>" +
            htmlEscape(wxString::Format(_("Form %s, version %s"), fromUtf8(form.id),
                                        fromUtf8(form.version)));
    if (form.instrument)
        html += "<br>" + t(form.instrument->title, lang);
    html += "<br>" + htmlEscape(wxString::Format(_("Date: %s"), date)) + "<br>" +
            htmlEscape(response.status == ResponseStatus::Submitted
                           ? wxString::Format(_("Submitted %s"), fromUtf8(response.submitted))
                           : wxString(_("Draft"))) +
            "</p>";
    html += "<p><font size=-1>" +
            htmlEscape(
                _("The answer for a provision comes from the yes / in part / no questions that "
                  "review it: all \"yes\" is yes, all \"no\" is no, anything else is in part.")) +
            "</font></p>";
    if (gaps.rows.empty()) {
        html += "<p>" +
                htmlEscape(_("This form has no yes / in part / no questions on the provisions "
                             "of its instrument, so there is no gap analysis to show.")) +
                "</p>";
        return html + "</body></html>";
    }
    html += "<h3>" + htmlEscape(_("Totals")) + "</h3>" + totalsTable(gaps);
    html += "<h3>" + htmlEscape(_("Technical assistance needed")) + "</h3>" +
            assistanceTable(form, gaps, lang);
    html += "<h3>" + htmlEscape(_("Provisions, by obligation level and article")) + "</h3>" +
            provisionsTable(form, gaps, lang);
    return html + "</body></html>";
}

}  // namespace revq::gui
