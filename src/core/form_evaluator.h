// Evaluates a form's relevance, required and constraint expressions (XPath 1.0 through
// pugixml, compiled once at load) against a set of answers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/form.h"

namespace revq {

struct QuestionState {
    bool relevant = true;      // own and section relevance, cascading
    bool required = false;     // required and relevant
    bool answered = false;     // a non-empty answer exists
    bool constraintOk = true;  // true when empty, not relevant, or the constraint holds
};

// One state per question, in Form::questions order. Questions of a non-relevant section, or
// whose relevance is false, are not relevant; their answers are bound as empty while
// evaluating others, in dependency order. Notes are never required nor answered.
std::vector<QuestionState> evaluateForm(const Form& form,
                                        const std::map<std::string, Answer, std::less<>>& answers);

}  // namespace revq
