// Gap analysis: for each reviewed provision, whether a State says it implements it (yes / in
// part / no / not answered) and the technical assistance it says it needs, for one State and
// across all States. The answer for a provision is derived from the closed questions that
// review it (single choice from a list holding the values yes, partly and no):
//   none of them answered -> not answered; all answered "yes" -> yes; all answered "no" -> no;
//   anything else (a "partly", or a mix) -> in part.
// Unanswered questions among answered ones are ignored (they may not apply to the State).
// Rows are the reviewed provisions that at least one such question names exactly, ordered by
// obligation level (mandatory first, obligationRank) then by article, paragraph, subparagraph.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/form.h"
#include "core/response.h"

namespace revq {

enum class GapAnswer { Yes, InPart, No, NotAnswered };

// "yes", "in-part", "no", "not-answered".
std::string_view toString(GapAnswer answer);

// A single-choice question whose list has the values yes, partly and no.
bool isClosedYesNoPartly(const Question& q);

// A provision the gap analysis reports and the closed questions that decide its answer.
struct GapProvision {
    const Provision* provision = nullptr;
    std::vector<size_t> questions;    // indexes into Form::questions (closed questions)
    std::vector<size_t> taQuestions;  // ta-needs questions of the provision's article
};

// The provisions of the gap analysis of `form`, in report order.
std::vector<GapProvision> gapProvisions(const Form& form);

// The State's answer for one provision.
GapAnswer provisionAnswer(const Form& form, const GapProvision& p, const Response& response);

struct GapTotals {
    int yes = 0, inPart = 0, no = 0, notAnswered = 0;
    int total() const { return yes + inPart + no + notAnswered; }
    void add(GapAnswer a);
};

struct StateGapRow {
    const GapProvision* provision = nullptr;
    GapAnswer answer = GapAnswer::NotAnswered;
    std::vector<std::string> taKinds;  // kinds of assistance needed (choice values), in order
    std::string taText;                // the needs explained, texts of the ta-needs answers
};

struct StateGapAnalysis {
    std::string stateCode;
    std::vector<GapProvision> provisions;  // owned here; rows point into it
    std::vector<StateGapRow> rows;
    GapTotals totals;
    std::map<ObligationLevel, GapTotals> byLevel;
};

StateGapAnalysis analyseStateGaps(const Form& form, const Response& response);

// Across States: one row per provision, one answer per State, and how many States answered
// "no" or "in part" overall and per regional group.
struct SummaryGapRow {
    const GapProvision* provision = nullptr;
    std::vector<GapAnswer> answers;  // per response, in input order
    int noOrInPart = 0;
    std::vector<int> noOrInPartByGroup;  // per group, in the order of `groups`
    GapTotals totals;
};

struct SummaryGapAnalysis {
    std::vector<GapProvision> provisions;
    std::vector<SummaryGapRow> rows;
    std::vector<std::string> groups;
};

// `groupOf[i]` is the regional group id of responses[i] ("" when none); a group not in `groups`
// counts only overall.
SummaryGapAnalysis analyseSummaryGaps(const Form& form,
                                      const std::vector<const Response*>& responses,
                                      const std::vector<std::string>& groupOf,
                                      const std::vector<std::string>& groups);

}  // namespace revq
