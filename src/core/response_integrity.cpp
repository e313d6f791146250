#include "core/response_integrity.h"

#include "core/clock.h"
#include "core/sha256.h"

namespace revq {

namespace {

// A field is its length in bytes (decimal), ':', the bytes, ',' (a netstring), so no text
// can be mistaken for a separator.
void field(std::string& out, std::string_view s) {
    out += std::to_string(s.size());
    out += ':';
    out += s;
    out += ',';
}

void answerContent(std::string& out, const Answer& a) {
    out += 'A';
    field(out, a.questionId);
    for (const auto& v : a.values) {
        out += 'v';
        field(out, v);
    }
    if (!a.text.empty()) {
        out += 't';
        field(out, a.text);
    }
    for (const auto& [key, value] : a.cells) {  // std::map: by row, then column, bytewise
        out += 'c';
        field(out, key.first);
        field(out, key.second);
        field(out, value);
    }
    for (const auto& c : a.citations) {
        out += 'l';
        field(out, c.title);
        field(out, c.provision);
        field(out, c.url);
        if (c.hasExcerpt) {
            out += 'x';
            field(out, c.excerpt.fileName);
            field(out, c.excerpt.mediaType);
            field(out, std::to_string(c.excerpt.data.size()));
            field(out, sha256Hex(c.excerpt.data));  // of the bytes, not the stored attribute
        }
    }
    out += '\n';
}

}  // namespace

std::string canonicalContent(const Response& r) {
    std::string out = "revq-content-1\n";
    out += 'F';
    field(out, r.formId);
    field(out, r.formVersion);
    out += 'S';
    field(out, r.stateCode);
    out += '\n';
    for (const auto& [id, a] : r.answers) {  // std::map: by question id, bytewise
        if (!a.empty())
            answerContent(out, a);
    }
    for (const auto& s : r.setAside) {
        out += 'X';
        field(out, s.fromForm);
        field(out, s.fromVersion);
        answerContent(out, s.answer);
    }
    return out;
}

std::string contentHash(const Response& response) {
    return sha256Hex(canonicalContent(response));
}

std::string_view toString(IntegrityState state) {
    switch (state) {
        case IntegrityState::Draft:
            return "draft";
        case IntegrityState::Intact:
            return "intact";
        case IntegrityState::ChangedAfterSubmission:
            return "changed-after-submission";
        case IntegrityState::MissingHash:
            return "missing-hash";
    }
    return "draft";
}

IntegrityState checkIntegrity(const Response& response) {
    if (response.status != ResponseStatus::Submitted)
        return IntegrityState::Draft;
    if (response.integritySha256.empty())
        return IntegrityState::MissingHash;
    return contentHash(response) == response.integritySha256
               ? IntegrityState::Intact
               : IntegrityState::ChangedAfterSubmission;
}

std::string describeIntegrityProblem(IntegrityState state) {
    switch (state) {
        case IntegrityState::ChangedAfterSubmission:
            return "changed after submission: the answers no longer match the content hash "
                   "stored when the response was submitted (ask the State for the file it "
                   "submitted, or reopen and submit again)";
        case IntegrityState::MissingHash:
            return "changed after submission: the response is marked submitted but its content "
                   "hash was removed (ask the State for the file it submitted)";
        default:
            return {};
    }
}

void appendRevision(Response& response, const std::string& by, const std::string& status,
                    const std::string& note) {
    Revision rev;
    rev.number = response.history.empty() ? 1 : response.history.back().number + 1;
    rev.at = nowUtcIso();
    rev.by = by;
    rev.status = status;
    rev.note = note;
    response.history.push_back(std::move(rev));
}

SubmitResult submitResponse(const Form& form, Response& response, const std::string& by,
                            const std::string& note) {
    SubmitResult result;
    if (response.status == ResponseStatus::Submitted) {
        result.message = "the response is already submitted (reopen it first to change it)";
        return result;
    }
    if (response.formId != form.id || response.formVersion != form.version) {
        result.message = "the response answers form '" + response.formId + "' version " +
                         response.formVersion + ", not '" + form.id + "' version " + form.version +
                         " (map it to this form version first)";
        return result;
    }
    ValidationReport report = validateResponse(form, response);
    for (const auto& p : report.problems) {
        if (p.severity == Severity::Error)
            result.problems.push_back(p);
    }
    if (!result.problems.empty()) {
        result.message = std::to_string(result.problems.size()) +
                         (result.problems.size() == 1 ? " error" : " errors") +
                         " must be corrected before the response can be submitted";
        return result;
    }
    response.status = ResponseStatus::Submitted;
    response.submitted = nowUtcIso();
    appendRevision(response, by, "submitted", note);
    response.integritySha256 = contentHash(response);
    result.ok = true;
    return result;
}

void reopenResponse(Response& response, const std::string& by, const std::string& note) {
    if (response.status != ResponseStatus::Submitted)
        return;
    response.status = ResponseStatus::Draft;
    response.submitted.clear();
    response.integritySha256.clear();
    appendRevision(response, by, "draft", note.empty() ? "reopened" : note);
}

}  // namespace revq
