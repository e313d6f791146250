// Figures across States, computed once from the chosen responses and shared by every export and
// by the GUI: choice counts per question overall and per UN regional group, the
// technical-assistance matrix (States x articles) and statistics tables summed across States.
// Plain data: indexes into Form::questions and into the input rows, no strings copied per cell.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/form.h"
#include "core/form_evaluator.h"
#include "core/response.h"

namespace revq {

// One State's chosen response, ready for counting. `states` is evaluateForm(form, answers):
// only relevant answers count.
struct CollatedResponse {
    std::string stateCode;
    std::string groupId;  // UN regional group id; "" when the State is not in the list
    const Response* response = nullptr;
    std::vector<QuestionState> states;
    // The response's answer to each question of the form (by Form::questions index), filled by
    // indexAnswers: every sheet of a summary asks for them State by State, question by question.
    std::vector<const Answer*> answers;

    void indexAnswers(const Form& form);
    // The answer to Form::questions[qi], or null; looked up by id when not indexed.
    const Answer* answerTo(const Form& form, size_t qi) const;
};

// Evaluates relevance for each response (in order), fills CollatedResponse::states and indexes
// its answers.
void evaluateCollated(const Form& form, std::vector<CollatedResponse>& rows);

// Counts of one choice (or of "answered") overall and per group (same order as
// Aggregates::groups; a State in no listed group counts only overall).
struct GroupCounts {
    int total = 0;
    std::vector<int> byGroup;
};

// A single, multiple or ta-needs question: how many States chose each option. Percentages are
// count / answered (States whose answer is relevant and not empty).
struct QuestionCounts {
    size_t question = 0;               // index into Form::questions
    GroupCounts relevant;              // States for which the question is relevant
    GroupCounts answered;              // ... and that answered it
    std::vector<GroupCounts> options;  // one per choice, in the choice list's order
};

// Technical-assistance needs: every relevant ta-needs answer, attributed to the article its
// question reviews (the section's article, else the article of its first reference).
struct TaMatrix {
    std::vector<std::string> articles;  // article numbers in form order
    std::vector<std::string> kinds;     // choice values, in list order (ta-kinds first)
    const ChoiceList* kindList = nullptr;
    // needs[(row * articles + a) * kinds + k] != 0: row's State needs kind k for article a.
    std::vector<std::uint8_t> needs;
    std::vector<int> statesByArticleKind;  // [a * kinds + k]: States needing kind k for article a
    std::vector<int> statesByArticle;      // States with at least one need for the article
    std::vector<int> statesByKind;         // States needing the kind for at least one article
    std::vector<int> needsByKind;          // sum over articles of statesByArticleKind
    std::vector<int> statesByGroup;  // States with at least one need, per group (+ total last)
    bool need(size_t row, size_t article, size_t kind) const {
        return needs[(row * articles.size() + article) * kinds.size() + kind] != 0;
    }
    // Kinds needed by one State for one article.
    int count(size_t row, size_t article) const;
};

// A table question with numeric cells, summed across the States that answered it.
struct TableSums {
    size_t question = 0;
    std::vector<double> sums;    // [r * columns + c]
    std::vector<int> reporting;  // States with a value in the cell
    int statesReporting = 0;     // States with at least one value
    double cell(size_t r, size_t c, size_t columns) const { return sums[r * columns + c]; }
};

struct Aggregates {
    std::vector<std::string> groups;  // group ids, in the order given
    GroupCounts states;               // States collated, overall and per group
    std::vector<QuestionCounts> counts;
    TaMatrix ta;
    std::vector<TableSums> tables;
    // counts[] index of a question, or -1.
    long countsIndex(size_t question) const;
    std::vector<long> countsByQuestion;  // filled by computeAggregates
};

// Index of `groupId` in `groups`, -1 when absent.
long groupIndex(const std::vector<std::string>& groups, std::string_view groupId);

// Parses a canonical number as stored in responses ("-12", "3.5"); false when it is not one.
bool parseCanonicalNumber(std::string_view text, double* value);

Aggregates computeAggregates(const Form& form, const std::vector<CollatedResponse>& rows,
                             const std::vector<std::string>& groups);

}  // namespace revq
