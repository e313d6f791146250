// Where a national consultation stands (docs/consultation.md): per agency and per article,
// what was assigned, returned, merged, the conflicts left and the questions still missing.
#pragma once

#include <string>
#include <vector>

#include "core/form.h"
#include "core/response.h"

namespace revq {

struct AgencyStatus {
    std::string agency, contact, deadline;
    std::vector<std::string> parts;  // section ids
    std::string assignedAt;
    bool returned = false;   // at least one contribution merged
    std::string lastMerged;  // when, "" when never
    int conflictsLeft = 0;   // open conflicts holding a version of this agency
    bool merged() const { return returned && conflictsLeft == 0; }
    int missing = -1;  // relevant questions of its parts unanswered in the master; -1 no form
};

struct ArticleStatus {
    std::string article;                // "5", or the section id for parts without an article
    std::vector<std::string> agencies;  // assigned
    int returned = 0;                   // how many of them returned
    int conflictsLeft = 0;
    int missing = -1;  // relevant questions unanswered; -1 without a form
};

struct ConsultationStatus {
    std::vector<AgencyStatus> agencies;   // in assignment order
    std::vector<ArticleStatus> articles;  // in form order (only articles assigned or in conflict)
    int conflictsLeft = 0;
};

// `form` may be null: then "missing" is unknown (-1) and articles are section ids.
ConsultationStatus consultationStatus(const Response& master, const Form* form);

// The reminder list: one CSV row per agency that has not returned, has conflicts or missing
// answers (RFC 4180 quoting; cells starting with = + - @ are prefixed with ' for spreadsheets).
std::string remindersCsv(const ConsultationStatus& status);

}  // namespace revq
