// Validation of a response against its form (required, constraints, types and ranges, dates,
// table cells, choices, unknown questions, answers that are not relevant) and completeness
// (answered / relevant, overall and per cluster, article and section).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/form.h"
#include "core/form_evaluator.h"
#include "core/response.h"

namespace revq {

struct ResponseProblem {
    std::string questionId;  // "" when the problem concerns the response as a whole
    std::string article;     // provisions the question reviews, e.g. "Art. 6(3)(d)"; may be ""
    Severity severity = Severity::Error;
    // "required", "constraint", "type", "range", "date", "cell", "choice", "unknown-question",
    // "not-relevant", "character", "other-form"
    std::string code;
    std::string message;
    SourcePos pos;  // where the answer is written in the file; 0:0 when unknown or absent
};

struct ValidationOptions {
    // Answer positions from the reader (ResponseReadResult::answerPositions), for line:column.
    const std::map<std::string, SourcePos, std::less<>>* positions = nullptr;
    // Language of the constraint messages; "" means the response's language.
    std::string language;
};

struct ValidationReport {
    std::vector<ResponseProblem> problems;  // in form order; unknown questions last
    std::vector<QuestionState> states;      // evaluateForm's result, in Form::questions order
    bool hasErrors() const;
    std::size_t errorCount() const;
};

ValidationReport validateResponse(const Form& form, const Response& response,
                                  const ValidationOptions& options = {});

// Problems as diagnostics of `file` ("FILE:LINE:COL: error: question 'x' (Art. 5(1)): ...").
Diagnostics toDiagnostics(const std::vector<ResponseProblem>& problems, const std::string& file);

// Canonical-number checks as the response format defines them (docs/response-format.md).
bool isCanonicalInteger(std::string_view text);  // -?[0-9]+
bool isCanonicalDecimal(std::string_view text);  // -?[0-9]+(.[0-9]+)?
bool isCalendarDate(std::string_view text);      // YYYY-MM-DD, a day that exists

struct Tally {
    int answered = 0;
    int relevant = 0;
    bool complete() const { return answered == relevant; }
    bool operator==(const Tally&) const = default;
};

struct Completeness {
    Tally overall;
    std::map<std::string, Tally> byCluster;  // cluster id
    std::map<std::string, Tally> byArticle;  // article number ("5"); "" for the general part
    std::map<std::string, Tally> bySection;  // section id
};

// Counts relevant answerable questions (never notes) and those answered among them. Pass the
// states of a validation to avoid evaluating the form twice.
Completeness computeCompleteness(const Form& form, const Response& response,
                                 const std::vector<QuestionState>* states = nullptr);

// The articles a question belongs to for completeness: its section's article, else the
// distinct articles of its provision references, else "" (the general part).
std::vector<std::string> articlesOf(const Form& form, const Question& question);

}  // namespace revq
