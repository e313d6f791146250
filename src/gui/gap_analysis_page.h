// The gap analysis of one response as a printable HTML page (print preview, print, PDF through
// the print dialog): each reviewed provision with its obligation level, the State's answer
// (yes / in part / no / not answered) and the technical assistance it says it needs, ordered by
// level then article (core/gap_analysis.h), with totals per level and per kind of assistance.
// Form texts are in `lang`, the page's own words in the UI language; respondents' text is
// escaped. Right-to-left for Arabic.
#pragma once

#include <map>
#include <string>

#include <wx/string.h>

#include "core/form.h"
#include "core/gap_analysis.h"
#include "core/response.h"

namespace revq {
struct State;
}

namespace revq::gui {

// "Yes", "In part", "No", "Not answered", translated.
wxString gapAnswerName(GapAnswer answer);

// Kinds of assistance (choice values) -> number of articles whose technical-assistance answer
// names the kind, for the page's totals.
std::map<std::string, int> taKindArticleCounts(const StateGapAnalysis& gaps);

// `state` (may be null) gives the State's name; `date` is printed as given.
wxString gapAnalysisHtml(const Form& form, const Response& response, const State* state,
                         const std::string& lang, const wxString& date);

}  // namespace revq::gui
