// An answer as a person reads it in a worksheet cell, in the chosen language: choice labels
// instead of stored values, tables as "row / column: value", citations as "title, provision".
#pragma once

#include <string>
#include <string_view>

#include "core/answer.h"
#include "core/form.h"

namespace revq {

// The label of `value` in the question's choice list, in `lang`; the value itself when unknown.
const std::string& choiceLabel(const Question& q, const std::string& value, std::string_view lang);

// The whole answer as one text (empty for an empty answer).
std::string answerText(const Question& q, const Answer& a, std::string_view lang);

// Provision references of a question as people write them: "Art. 5(1), 5(2)(a)".
std::string referencesText(const Form& form, const Question& q);

}  // namespace revq
