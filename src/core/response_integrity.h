// Submission integrity: the canonical answer content of a response, its SHA-256 (OpenSSL via
// core/sha256.h), submitting, checking and reopening. docs/response-format.md describes the
// canonical content byte by byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/form.h"
#include "core/response.h"
#include "core/response_validation.h"

namespace revq {

// The canonical content: what the integrity hash covers.
std::string canonicalContent(const Response& response);
// Lowercase hex SHA-256 of canonicalContent().
std::string contentHash(const Response& response);

enum class IntegrityState {
    Draft,                   // not submitted: nothing to check
    Intact,                  // submitted and the stored hash matches the content
    ChangedAfterSubmission,  // submitted, and the content no longer matches the stored hash
    MissingHash,             // submitted, but the hash was removed
};
std::string_view toString(IntegrityState state);
IntegrityState checkIntegrity(const Response& response);
// A sentence for people; empty for Draft and Intact.
std::string describeIntegrityProblem(IntegrityState state);

struct SubmitResult {
    bool ok = false;
    std::string message;                    // why it could not be submitted (when !ok)
    std::vector<ResponseProblem> problems;  // validation errors that prevented it
};

// Validates `response` against `form` and, when there is no error, marks it submitted now,
// appends a history revision by `by`, and stores the content hash. On failure `response` is
// unchanged.
SubmitResult submitResponse(const Form& form, Response& response, const std::string& by,
                            const std::string& note = {});

// Makes a submitted response a draft again: a new "draft" revision by `by`, no hash, no
// submission date. Does nothing to a draft.
void reopenResponse(Response& response, const std::string& by, const std::string& note = {});

// Appends a revision numbered after the last one.
void appendRevision(Response& response, const std::string& by, const std::string& status,
                    const std::string& note);

}  // namespace revq
