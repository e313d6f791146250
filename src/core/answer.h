// One answer to one question, with its provenance. Format: docs/response-format.md.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace revq {

// 25 MiB: the largest excerpt file a citation may embed.
inline constexpr std::size_t kMaxAttachmentBytes = 25u * 1024u * 1024u;

struct Attachment {
    std::string fileName;   // base name only, never a path
    std::string mediaType;  // e.g. application/pdf
    std::string data;       // raw bytes
    std::string sha256;     // lowercase hex, of data
    bool operator==(const Attachment&) const = default;
};

struct Citation {
    std::string title;
    std::string provision;
    std::string url;
    bool hasExcerpt = false;
    Attachment excerpt;
    bool operator==(const Citation&) const = default;
};

struct Provenance {
    std::string changed;       // ISO 8601 UTC, e.g. 2026-11-24T09:12:03Z
    std::string by;            // contributor id (Response::contributors)
    bool carriedOver = false;  // copied from an earlier cycle, not yet confirmed
    bool imported = false;     // copied from another response, not yet confirmed
    std::string origin;        // "FILE#QUESTION" of a carried-over or imported answer
    bool operator==(const Provenance&) const = default;
};

struct Answer {
    std::string questionId;
    // single: 1 value; multiple and ta-needs: selected values in form order.
    std::vector<std::string> values;
    // text/textarea; number in canonical form; date YYYY-MM-DD; ta-needs explanation.
    std::string text;
    // table: (row id, column id) -> cell text (canonical number for numeric cells).
    std::map<std::pair<std::string, std::string>, std::string> cells;
    std::vector<Citation> citations;  // legislation
    Provenance provenance;
    // XML of child elements/attributes this revq does not know, kept for the round trip.
    std::string unknownXml;

    bool empty() const {
        return values.empty() && text.empty() && cells.empty() && citations.empty();
    }
    // Same content, ignoring provenance.
    bool sameContent(const Answer& o) const {
        return values == o.values && text == o.text && cells == o.cells && citations == o.citations;
    }
    bool operator==(const Answer&) const = default;
};

}  // namespace revq
