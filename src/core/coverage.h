// How complete a form is: the share of its texts translated into each language, and how many
// questions review each article and provision (revq-cli lint --coverage; docs/questionnaire.md).
#pragma once

#include <string>
#include <vector>

#include "core/form.h"

namespace revq {

struct LanguageCoverage {
    std::string language;
    size_t formPresent = 0, formTotal = 0;              // texts of the form
    size_t instrumentPresent = 0, instrumentTotal = 0;  // texts of its instrument
};

struct ProvisionCoverage {
    std::string key;  // "5(2)(a)"
    Provision::Kind kind = Provision::Kind::Article;
    ObligationLevel level = ObligationLevel::Unset;
    bool reviewed = true;
    // Questions with a reference at or inside this provision (a question on 5(2)(a) counts for
    // 5, 5(2) and 5(2)(a); one on article 5 as a whole counts for 5 only).
    std::vector<std::string> questionIds;
};

struct FormCoverage {
    std::vector<LanguageCoverage> languages;    // the six UN languages, in order
    std::vector<ProvisionCoverage> provisions;  // instrument order
};

FormCoverage computeCoverage(const Form& form);
// Markdown: a table of translation shares, then a table of questions per provision.
std::string coverageMarkdown(const FormCoverage& coverage);
// JSON object {"languages":[...],"provisions":[...]}.
std::string coverageJson(const FormCoverage& coverage);

}  // namespace revq
