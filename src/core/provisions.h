// The provisions of a form's instrument seen from the form: for each provision its level,
// themes and the questions that review it, and the gaps (obligation-creating provisions of
// reviewed articles that no question reviews). Used by `revq-cli provisions`, the gap analysis
// and the desktop app's provision pane and filters. Rules: docs/provisions-json.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/form.h"
#include "core/instrument.h"

namespace revq {

// True when question `q` of `form` reviews provision `p`: one of its effective references
// (Form::effectiveRefs) is `p` itself. Notes (display only) review nothing.
bool questionReviews(const Form& form, const Question& q, const ProvisionRef& p);

struct ProvisionEntry {
    const Provision* provision = nullptr;
    bool reviewed = true;  // false in a part or article the review does not cover (final clauses)
    // Questions whose effective references name this provision exactly, in form order.
    std::vector<std::string> questions;
    // True when this provision or one inside it (a paragraph of the article, a subparagraph of
    // the paragraph) is reviewed by a question.
    bool covered = false;
    // Obligation-creating, reviewed and not covered.
    bool gap = false;
    // An article with paragraphs or subparagraphs: its level summarises its parts.
    bool container = false;
};

struct ProvisionFilter {
    // A level name (toString(ObligationLevel)); "" for all. Matches provisions whose level is
    // this one; an article with parts (container) is matched only through its parts, since its
    // level only summarises them.
    std::string level;
    // A theme id; "" for all. Matches provisions carrying the theme (own or inherited).
    std::string theme;
};

struct ProvisionList {
    std::vector<ProvisionEntry> entries;  // instrument document order
    std::vector<const ProvisionEntry*> gaps() const;
};

// Every provision of the form's instrument (empty when the form has none).
ProvisionList listProvisions(const Form& form);
// Only the entries that pass `filter` (same order).
ProvisionList filterProvisions(const ProvisionList& all, const ProvisionFilter& filter);

// Checks a filter against the instrument: returns an error sentence naming the allowed
// values, or "" when the filter is usable.
std::string checkFilter(const Instrument& instrument, const ProvisionFilter& filter);

// Checks the cross-references of `instrument` against the other instruments loaded: an xref to
// an instrument that is loaded but lacks the provision is an error; an xref to an instrument
// that is not loaded is a warning (it may simply not be installed). Positions are those of the
// provision holding the xref in the instrument file.
Diagnostics checkCrossReferences(const Instrument& instrument,
                                 const std::vector<std::shared_ptr<const Instrument>>& loaded);

}  // namespace revq
