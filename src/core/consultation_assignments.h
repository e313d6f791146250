// Who answers which parts of the questionnaire in a national consultation (docs/consultation.md):
// an ASSIGNMENTS file or the shorthand "Ministry of Justice=3,5;Police=10-13", resolved
// against a form to section ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/form.h"

namespace revq {

struct Assignment {
    std::string agency;
    std::string contact;             // e-mail or name of the person to write to; may be empty
    std::string deadline;            // YYYY-MM-DD; may be empty
    std::vector<std::string> parts;  // section ids of the form, in form order
    bool operator==(const Assignment&) const = default;
};

struct AssignmentsResult {
    std::vector<Assignment> assignments;  // empty when there is an error
    Diagnostics diagnostics;
};

// "3", "10-13" (articles, by the sections' `article`), or a section id -> section ids in form
// order; empty when the part names nothing in the form.
std::vector<std::string> sectionsForPart(const Form& form, std::string_view part);

// The shorthand: "AGENCY=PART,PART;AGENCY=PART" (`displayName` names it in messages).
AssignmentsResult parseAssignmentsShorthand(std::string_view text, const Form& form,
                                            const std::string& displayName = "--assign");
// The ASSIGNMENTS file format (docs/consultation.md), from text or a file.
AssignmentsResult parseAssignmentsText(std::string_view text, const Form& form,
                                       const std::string& displayName);
AssignmentsResult parseAssignmentsFile(const std::string& path, const Form& form);

// The section a question belongs to, "" when unknown.
std::string sectionOfQuestion(const Form& form, std::string_view questionId);

}  // namespace revq
