// Sending parts of the questionnaire out: one contribution file per agency (docs/consultation.md).
#pragma once

#include <string>
#include <vector>

#include "core/consultation_assignments.h"
#include "core/form.h"
#include "core/response.h"

namespace revq {

struct ContributionFile {
    Assignment assignment;
    std::string fileName;  // suggested: STATE-agency-name.revq (ASCII, no path)
    Response response;
};

struct SplitResult {
    std::vector<ContributionFile> contributions;
    Response master;    // the master with the assignments recorded and a history revision
    std::string error;  // why not (the master answers another form), "" when done
};

// One contribution per assignment: a draft response to `form` for the master's State, holding
// only the master's answers to questions in the assigned sections (with their provenance),
// the master's contributors, and ContributionInfo naming the agency, contact, deadline, parts
// and `masterSha256` (the hash of the master file's bytes). `by` is who splits (history).
SplitResult splitMaster(const Form& form, const Response& master, const std::string& masterSha256,
                        const std::vector<Assignment>& assignments, const std::string& by);

// "FRA-ministry-of-justice.revq": letters and digits of the agency name (ASCII lowercase),
// others as '-'; non-ASCII names fall back to "agency-N".
std::string contributionFileName(const std::string& stateCode, const std::string& agency,
                                 size_t index);

}  // namespace revq
