// Importing answers into a response from another response of the same State: an earlier cycle
// or version of the same form (mapped by question id and `replaces`, as carry-over does), or a
// response to another instrument's questionnaire, linked through the instruments'
// cross-references. The mapping rule (docs/form-format.md, "Importing answers across forms"):
//
// A question T of this form takes the answer to a question S of the other form when
//  1. T reviews provision P of this instrument and S reviews provision P' of the other one
//     (effective references), and a cross-reference links a provision X containing P (X may be
//     P) with a provision Y containing P' — written on either instrument — such that P lies
//     under X exactly as P' lies under Y (5(2)(a) under 5 matches 12(2)(a) under 12);
//  2. T and S have the same type; for choice questions the chosen values must all be values of
//     T's list, for tables every cell's row and column must exist in T;
//  3. when several questions of each form qualify for the same provision pair and type, they
//     are paired in form order; left-over ones are reported as unmatched.
// Each imported answer is marked imported with origin "FILE#S" until a person confirms it. An
// answer T already has is kept (reported) unless `overwrite`. Nothing here touches a file.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/form.h"
#include "core/response.h"

namespace revq {

struct ImportOptions {
    std::string originFile;  // base name of the other response, for each answer's origin
    bool overwrite = false;  // replace answers the target already has
    std::string by;          // contributor id or name for the history
};

struct ImportReport {
    std::vector<std::pair<std::string, std::string>> imported;  // (target id, source id)
    std::vector<std::pair<std::string, std::string>> kept;      // target had an answer
    std::vector<std::pair<std::string, std::string>> unfit;     // content does not fit target
    std::vector<std::string> unmatched;  // source question ids answered but linked to nothing
};

struct ImportResult {
    std::optional<Response> response;  // the target with the imports; absent on error
    std::string error;                 // a sentence saying why not and what to do
    ImportReport report;
};

// The pairs (target question id, source question id) linked across two forms of different
// instruments by the rule above, in target form order.
std::vector<std::pair<std::string, std::string>> linkQuestionsAcrossForms(const Form& target,
                                                                          const Form& source);

// Imports `source` (a response to `sourceForm`) into `target` (a response to `form`).
// sourceForm may be `form` itself or another version of it (earlier cycle): then the mapping
// is carry-over's (id, then `replaces`).
ImportResult importAnswers(const Response& target, const Form& form, const Response& source,
                           const Form& sourceForm, const ImportOptions& options);

}  // namespace revq
