// What the navigation tree keeps under an obligation-level and theme filter: the questions that
// review at least one provision passing the filter, by the same rule as `revq-cli provisions
// --level/--theme` (core filterProvisions: exact level, articles with parts matched only
// through their parts). No widgets here.
#pragma once

#include <string>
#include <vector>

#include "core/form.h"
#include "core/provisions.h"

namespace revq::gui {

struct QuestionFilter {
    bool active = false;        // false: every question matches
    std::vector<bool> matches;  // per question index, when active

    bool operator()(size_t questionIndex) const {
        return !active || (questionIndex < matches.size() && matches[questionIndex]);
    }
};

QuestionFilter questionFilter(const Form& form, const ProvisionFilter& filter);

// Levels of the provisions the section's questions review (articles with parts left out, as
// their level only summarises them), most binding first.
std::vector<ObligationLevel> sectionLevels(const Form& form, size_t sectionIndex);

}  // namespace revq::gui
