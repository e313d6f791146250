// Provisions of a form's instrument with their reviewing questions; see provisions.h.
#include "core/provisions.h"

#include <algorithm>
#include <map>
#include <set>

namespace revq {

namespace {

// A part is reviewed unless the instrument marks it otherwise (final clauses).
bool partReviewed(const Instrument& ins, const std::string& part) {
    for (const auto& p : ins.parts)
        if (p.number == part)
            return p.reviewed;
    return true;
}

bool provisionReviewed(const Instrument& ins, const Provision& p) {
    if (!p.reviewed || !partReviewed(ins, p.part))
        return false;
    // A paragraph of an article outside the review is outside it too.
    for (long up = p.parent; up >= 0; up = ins.provisions[static_cast<size_t>(up)].parent)
        if (!ins.provisions[static_cast<size_t>(up)].reviewed)
            return false;
    return true;
}

}  // namespace

bool questionReviews(const Form& form, const Question& q, const ProvisionRef& p) {
    if (q.type == QuestionType::Note)
        return false;
    for (const auto& r : form.effectiveRefs(q))
        if (r == p)
            return true;
    return false;
}

std::vector<const ProvisionEntry*> ProvisionList::gaps() const {
    std::vector<const ProvisionEntry*> out;
    for (const auto& e : entries)
        if (e.gap)
            out.push_back(&e);
    return out;
}

ProvisionList listProvisions(const Form& form) {
    ProvisionList list;
    if (!form.instrument)
        return list;
    const Instrument& ins = *form.instrument;
    // Which provision keys questions name, each with its questions in form order. The refs
    // are matched by key so that a form naming "6(3)" reaches the provision "6(3)".
    std::map<std::string, std::vector<std::string>> byKey;
    for (const auto& q : form.questions) {
        if (q.type == QuestionType::Note)
            continue;
        std::set<std::string> seen;  // a question listing a ref twice counts once
        for (const auto& r : form.effectiveRefs(q))
            if (seen.insert(r.key()).second)
                byKey[r.key()].push_back(q.id);
    }
    list.entries.reserve(ins.provisions.size());
    for (const auto& p : ins.provisions) {
        ProvisionEntry e;
        e.provision = &p;
        e.reviewed = provisionReviewed(ins, p);
        if (auto it = byKey.find(p.ref.key()); it != byKey.end())
            e.questions = it->second;
        e.container = p.kind == Provision::Kind::Article && !p.children.empty();
        list.entries.push_back(std::move(e));
    }
    // Covered: reviewed here or in a descendant. Children come after their parent in document
    // order, so walk backwards and pass coverage up.
    for (size_t i = list.entries.size(); i-- > 0;) {
        ProvisionEntry& e = list.entries[i];
        if (!e.questions.empty())
            e.covered = true;
        if (e.covered && e.provision->parent >= 0)
            list.entries[static_cast<size_t>(e.provision->parent)].covered = true;
    }
    for (auto& e : list.entries)
        e.gap = e.reviewed && createsObligation(e.provision->level) && !e.covered;
    return list;
}

ProvisionList filterProvisions(const ProvisionList& all, const ProvisionFilter& filter) {
    ProvisionList out;
    const ObligationLevel level = parseObligationLevel(filter.level);
    for (const auto& e : all.entries) {
        if (!filter.level.empty() && (e.container || e.provision->level != level))
            continue;
        if (!filter.theme.empty()) {
            const auto& t = e.provision->themes;
            if (std::find(t.begin(), t.end(), filter.theme) == t.end())
                continue;
        }
        out.entries.push_back(e);
    }
    return out;
}

std::string checkFilter(const Instrument& instrument, const ProvisionFilter& filter) {
    if (!filter.level.empty() && parseObligationLevel(filter.level) == ObligationLevel::Unset)
        return "level '" + filter.level +
               "' is not known; use one of mandatory, mandatory-qualified, consider, endeavour, "
               "recommendation, none";
    if (!filter.theme.empty() && !instrument.theme(filter.theme)) {
        std::string ids;
        for (const auto& t : instrument.themes)
            ids += (ids.empty() ? "" : ", ") + t.id;
        return "theme '" + filter.theme + "' is not defined by instrument '" + instrument.id +
               "'; use one of " + ids;
    }
    return {};
}

Diagnostics checkCrossReferences(const Instrument& instrument,
                                 const std::vector<std::shared_ptr<const Instrument>>& loaded) {
    Diagnostics d;
    for (const auto& p : instrument.provisions) {
        for (const auto& x : p.xrefs) {
            const Instrument* other = nullptr;
            for (const auto& l : loaded)
                if (l && l->id == x.instrument)
                    other = l.get();
            Diagnostic diag;
            diag.file = instrument.path;
            diag.line = p.pos.line;
            diag.column = p.pos.column;
            if (!other) {
                diag.severity = Severity::Warning;
                diag.code = "xref-instrument-not-loaded";
                diag.message = p.ref.display() + " cross-references instrument '" + x.instrument +
                               "' (provision " + x.provision +
                               "), whose definition is not loaded, so the link cannot be checked";
                diag.hint = "add forms/instruments/" + x.instrument +
                            ".xml, or correct the instrument id if it is misspelt";
                d.add(std::move(diag));
                continue;
            }
            auto ref = parseProvisionRef(x.provision);
            if (ref && other->find(*ref))
                continue;
            diag.severity = Severity::Error;
            diag.code = "xref-unknown-provision";
            diag.message = p.ref.display() + " cross-references provision '" + x.provision +
                           "' of instrument '" + x.instrument + "', which " +
                           (other->path.empty() ? std::string("its definition") : other->path) +
                           " does not define";
            diag.hint = "correct provision=\"...\" to a provision of '" + x.instrument + "'";
            d.add(std::move(diag));
        }
    }
    return d;
}

}  // namespace revq
