// A State's response to one form: answers, metadata, history. Format: docs/response-format.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answer.h"

namespace revq {

enum class ResponseStatus { Draft, Submitted };

struct Contributor {
    std::string id;  // "p1", referenced by Provenance::by
    std::string name;
    std::string agency;
    std::string email;
    bool operator==(const Contributor&) const = default;
};

struct Revision {
    int number = 0;
    std::string at;      // ISO 8601 UTC
    std::string by;      // person
    std::string status;  // "draft" / "submitted" / "merged" ...
    std::string note;
    bool operator==(const Revision&) const = default;
};

// Present when this file is one agency's part of a national consultation.
struct ContributionInfo {
    std::string agency;
    std::string contact;
    std::string deadline;            // YYYY-MM-DD
    std::vector<std::string> parts;  // section ids assigned
    std::string masterSha256;        // identifies the master it was split from
    bool operator==(const ContributionInfo&) const = default;
};

// An answer from another form version that maps to no question of this one: kept, never dropped.
struct SetAsideAnswer {
    Answer answer;
    std::string fromForm;
    std::string fromVersion;
    bool operator==(const SetAsideAnswer&) const = default;
};

struct Response {
    std::string formId;
    std::string formVersion;
    std::string stateCode;  // ISO 3166-1 alpha-3
    std::string language = "en";
    std::string respondentName, respondentOffice, respondentEmail, respondentAgency;
    ResponseStatus status = ResponseStatus::Draft;
    std::string created;    // ISO 8601 UTC
    std::string submitted;  // ISO 8601 UTC, "" while draft
    std::vector<Contributor> contributors;
    std::optional<ContributionInfo> contribution;
    std::map<std::string, Answer, std::less<>> answers;  // by question id
    std::vector<SetAsideAnswer> setAside;
    std::vector<Revision> history;
    std::string integritySha256;  // set at submission; "" otherwise
    // Child elements of <response> this revq does not know, kept for the round trip.
    std::vector<std::string> unknownXml;

    const Answer* answer(std::string_view questionId) const;
    bool operator==(const Response&) const = default;
};

std::string_view toString(ResponseStatus status);

}  // namespace revq
