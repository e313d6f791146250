// Moving answers between form versions and review cycles. mapResponseToForm maps a response
// written for one form version onto another (by question id, else through `replaces`); answers
// that fit no question of the target go to Response::setAside, never lost. carryOver starts a
// new cycle's response from an earlier one of the same State, marking each answer carried over.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/form.h"
#include "core/response.h"

namespace revq {

struct MappingReport {
    std::vector<std::string> kept;                           // same question id
    std::vector<std::pair<std::string, std::string>> moved;  // old id -> new id (`replaces`)
    std::vector<std::string> setAside;                       // old ids (or parts) set aside
    std::map<std::string, std::string> sourceIdOf;           // new id -> old id, every answer
    std::size_t total() const { return kept.size() + moved.size() + setAside.size(); }
};

struct MapResult {
    Response response;
    MappingReport report;
};

// Maps `source` onto `form`. Answers whose content does not fit the target question's type
// (an unknown choice, a row or column that no longer exists, text where a number is wanted)
// are set aside — for choices and tables only the parts that do not fit. When the source
// answers another form or version, the result is a draft of `form` (no submission hash), with
// a history revision saying where it was mapped from. Set-aside answers of the source are
// mapped again when they now fit, else kept set aside.
MapResult mapResponseToForm(const Response& source, const Form& form);

struct CarryOverOptions {
    std::string originFile;  // name of the earlier file, written into each answer's origin
    std::string stateCode;   // when given, must be the earlier response's State
    std::string language;    // language of the new response; "" keeps the earlier one
    std::string by;          // who creates the new response (history)
};

struct CarryOverResult {
    std::optional<Response> response;
    std::string error;  // why not (another State)
    MappingReport report;
};

// A new draft response to `form` with the earlier response's answers mapped, each marked
// carried over with origin "FILE#QUESTION" (the question id in the earlier response).
CarryOverResult carryOver(const Response& earlier, const Form& form,
                          const CarryOverOptions& options);

// A new, empty draft response to `form` for `stateCode`, with its first history revision.
Response newResponse(const Form& form, const std::string& stateCode, const std::string& language,
                     const std::string& by);

}  // namespace revq
