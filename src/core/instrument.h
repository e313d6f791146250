// An instrument (a treaty): its parts, articles, paragraphs and subparagraphs, with obligation
// levels, themes, summaries and cross-references. Format: docs/instrument-format.md.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.h"
#include "core/provision_ref.h"

namespace revq {

enum class ObligationLevel {
    Unset,
    None,
    Mandatory,
    MandatoryQualified,
    Consider,
    Endeavour,
    Recommendation
};

// "mandatory", "mandatory-qualified", "consider", "endeavour", "recommendation", "none".
std::string_view toString(ObligationLevel level);
ObligationLevel parseObligationLevel(std::string_view text);  // Unset when unknown
// Sort rank for gap analysis: mandatory first, none last.
int obligationRank(ObligationLevel level);
// True for every level that creates an obligation (all but None/Unset).
bool createsObligation(ObligationLevel level);

struct SourcePos {
    int line = 0;
    int column = 0;
};

struct Theme {
    std::string id;
    LocalizedText label;
};

struct CrossReference {
    std::string instrument;  // other instrument's id
    std::string provision;   // reference in the other instrument, e.g. "24" or "10(1)"
    bool confirmed = false;  // false: a reading made for revq
    LocalizedText note;
};

// One article, paragraph or subparagraph.
struct Provision {
    ProvisionRef ref;
    enum class Kind { Article, Paragraph, Subparagraph } kind = Kind::Article;
    std::string part;                                   // "I".."IV"
    bool reviewed = true;                               // false for final clauses
    LocalizedText title;                                // articles only
    ObligationLevel level = ObligationLevel::Unset;     // after loading: inherited, never Unset
    ObligationLevel ownLevel = ObligationLevel::Unset;  // as written in the file
    std::string qualifier;            // words qualifying a mandatory-qualified provision
    std::vector<std::string> themes;  // own and inherited theme ids
    LocalizedText summary;            // written for revq; never the treaty text
    LocalizedText authentic;          // optional, supplied by the secretariat
    std::vector<CrossReference> xrefs;
    std::vector<size_t> children;  // indexes into Instrument::provisions
    long parent = -1;              // index, -1 for articles
    SourcePos pos;
};

struct InstrumentPart {
    std::string number;
    LocalizedText title;
    bool reviewed = true;
};

struct Instrument {
    std::string id;
    std::string version;
    std::string path;  // file it was loaded from ("" when inline)
    LocalizedText title;
    LocalizedText shortTitle;
    std::string citation;
    std::string link;
    std::vector<Theme> themes;
    std::vector<InstrumentPart> parts;
    std::vector<Provision> provisions;  // document order: article, its paragraphs, ...

    const Provision* find(std::string_view key) const;
    const Provision* find(const ProvisionRef& ref) const { return find(ref.key()); }
    const Theme* theme(std::string_view id) const;
    // Articles in document order.
    std::vector<const Provision*> articles() const;

    std::map<std::string, size_t, std::less<>> byKey;  // filled by the loader
};

}  // namespace revq
