// What a master response remembers about its national consultation (docs/consultation.md):
// assignments sent out, contributions merged, and per question the versions contributions
// gave, among them the open conflicts. Kept in the response file as a <consultation> element
// (a child of <response> that the reader keeps in Response::unknownXml), so a conflict left
// by `revq-cli merge` is never lost.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/consultation_assignments.h"
#include "core/diagnostic.h"
#include "core/response.h"

namespace revq {

struct AssignmentRecord {
    Assignment assignment;
    std::string at;  // when the contribution was written (UTC)
    bool operator==(const AssignmentRecord&) const = default;
};

struct MergeRecord {
    std::string agency;
    std::string contentSha256;  // canonical content hash of the contribution (its identity)
    std::string file;           // its file name, for people
    std::string at, by;
    int taken = 0, conflicts = 0, outside = 0;
    bool operator==(const MergeRecord&) const = default;
};

// One agency's version of one answer.
struct AnswerVersion {
    std::string agency;
    std::string person;  // who wrote it (name), "" when unknown
    Answer answer;       // provenance.by is a contributor id of the master
    bool operator==(const AnswerVersion&) const = default;
};

// A question that contributions answered: the master's answer before they did (`base`, absent
// when it had none) and each agency's version. When the distinct non-empty contents are two or
// more it is a conflict and the master holds `base`.
struct PendingAnswer {
    std::string questionId;
    std::optional<Answer> base;
    std::vector<AnswerVersion> versions;  // by agency, one each
    std::string resultSha256;  // content of the master's answer when last merged ("" none)
    bool conflict = false;
    bool operator==(const PendingAnswer&) const = default;
};

struct ConsultationRecord {
    std::vector<AssignmentRecord> assignments;
    std::vector<MergeRecord> merges;
    std::map<std::string, PendingAnswer, std::less<>> pending;  // by question id
    bool empty() const { return assignments.empty() && merges.empty() && pending.empty(); }
    bool operator==(const ConsultationRecord&) const = default;
};

// SHA-256 of an answer's content (not its provenance); "" for an empty or absent answer.
std::string answerContentSha256(const Answer* answer);

// Reads the record from `response` (its <consultation> element). A pending answer whose
// master answer changed since the merge (the focal point edited it: that settles it) is
// dropped. Problems are warnings naming `displayName`.
ConsultationRecord readConsultationRecord(const Response& response, const std::string& displayName,
                                          Diagnostics* diagnostics = nullptr);
// Replaces the <consultation> element of `response` with `record` (removes it when empty).
void storeConsultationRecord(Response& response, const ConsultationRecord& record);

// One answer as response-file XML and back (the same escaping and base64 as the writer).
std::string answerToXml(const Answer& answer);
std::optional<Answer> answerFromXml(const std::string& xml);

}  // namespace revq
