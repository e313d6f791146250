// Importing answers from another response of the same State; the rule is in answer_import.h.
#include "core/answer_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/carry_over.h"
#include "core/clock.h"
#include "core/response_integrity.h"

namespace revq {

namespace {

// Target provision key -> source provision keys linked to it (rule 1).
std::map<std::string, std::set<std::string>> linkedProvisions(const Instrument& target,
                                                              const Instrument& source) {
    std::map<std::string, std::set<std::string>> out;
    // X (in `from`) is linked to Y (in the other instrument): every provision P of `from`
    // inside X is linked to Y + (P's position under X).
    auto spread = [&](const Instrument& from, const std::string& otherId, bool fromIsTarget) {
        for (const auto& x : from.provisions) {
            for (const auto& xr : x.xrefs) {
                if (xr.instrument != otherId)
                    continue;
                auto y = parseProvisionRef(xr.provision);
                if (!y)
                    continue;
                const std::string xKey = x.ref.key(), yKey = y->key();
                for (const auto& p : from.provisions) {
                    if (!x.ref.contains(p.ref))
                        continue;
                    const std::string mirrored = yKey + p.ref.key().substr(xKey.size());
                    if (fromIsTarget)
                        out[p.ref.key()].insert(mirrored);
                    else
                        out[mirrored].insert(p.ref.key());
                }
            }
        }
    };
    spread(target, source.id, true);
    spread(source, target.id, false);
    return out;
}

std::vector<std::string> choiceValues(const Question& q) {
    std::vector<std::string> v;
    if (q.choices)
        for (const auto& c : q.choices->choices)
            v.push_back(c.value);
    std::sort(v.begin(), v.end());
    return v;
}

bool compatible(const Question& t, const Question& s) {
    if (t.type != s.type || t.type == QuestionType::Note)
        return false;
    if (t.choices || s.choices)
        return choiceValues(t) == choiceValues(s);
    return true;
}

// Whether `a` (an answer to another question) fits question `q` (rule 2).
bool fits(const Question& q, const Answer& a) {
    for (const auto& v : a.values)
        if (!q.choices || !q.choices->find(v))
            return false;
    for (const auto& entry : a.cells) {
        // Not a structured binding: clang 14 (the fuzz and sanitizer builds) cannot capture one
        // in a lambda.
        const auto& cell = entry.first;
        auto hasRow = std::any_of(q.table.rows.begin(), q.table.rows.end(),
                                  [&](const TableAxisItem& r) { return r.id == cell.first; });
        auto hasCol = std::any_of(q.table.columns.begin(), q.table.columns.end(),
                                  [&](const TableAxisItem& c) { return c.id == cell.second; });
        if (!hasRow || !hasCol)
            return false;
    }
    return true;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> linkQuestionsAcrossForms(const Form& target,
                                                                          const Form& source) {
    std::vector<std::pair<std::string, std::string>> pairs;
    if (!target.instrument || !source.instrument)
        return pairs;
    const auto links = linkedProvisions(*target.instrument, *source.instrument);
    std::vector<bool> used(source.questions.size(), false);
    for (const auto& t : target.questions) {
        std::set<std::string> wanted;
        for (const auto& r : target.effectiveRefs(t))
            if (auto it = links.find(r.key()); it != links.end())
                wanted.insert(it->second.begin(), it->second.end());
        if (wanted.empty())
            continue;
        for (size_t i = 0; i < source.questions.size(); ++i) {
            const Question& s = source.questions[i];
            if (used[i] || !compatible(t, s))
                continue;
            const auto refs = source.effectiveRefs(s);
            bool linked = std::any_of(refs.begin(), refs.end(),
                                      [&](const ProvisionRef& r) { return wanted.count(r.key()); });
            if (!linked)
                continue;
            used[i] = true;
            pairs.emplace_back(t.id, s.id);
            break;
        }
    }
    return pairs;
}

ImportResult importAnswers(const Response& target, const Form& form, const Response& source,
                           const Form& sourceForm, const ImportOptions& options) {
    ImportResult result;
    if (source.stateCode != target.stateCode) {
        result.error = "it is a response of " + source.stateCode + ", not of " + target.stateCode +
                       "; answers can only be imported from a response of the same State";
        return result;
    }
    if (target.status == ResponseStatus::Submitted) {
        result.error =
            "the response to import into is submitted; imports go into a draft "
            "(reopen it in the app, or import into a new draft made with revq-cli new)";
        return result;
    }

    // (target id, source id, source answer) candidates.
    struct Candidate {
        std::string targetId, sourceId;
        Answer answer;
    };
    std::vector<Candidate> candidates;
    std::set<std::string> usedSource;
    if (sourceForm.id == form.id) {
        // An earlier cycle or version of this form: carry-over's mapping.
        MapResult mapped = mapResponseToForm(source, form);
        for (const auto& [id, a] : mapped.response.answers) {
            auto it = mapped.report.sourceIdOf.find(id);
            std::string sid = it != mapped.report.sourceIdOf.end() ? it->second : id;
            candidates.push_back({id, sid, a});
            usedSource.insert(sid);
        }
        for (const auto& s : mapped.report.setAside)
            result.report.unmatched.push_back(s);
    } else {
        for (const auto& [tid, sid] : linkQuestionsAcrossForms(form, sourceForm)) {
            const Answer* a = source.answer(sid);
            usedSource.insert(sid);
            if (a && !a->empty())
                candidates.push_back({tid, sid, *a});
        }
        for (const auto& [sid, a] : source.answers)
            if (!a.empty() && !usedSource.count(sid))
                result.report.unmatched.push_back(sid);
    }

    Response out = target;
    const std::string now = nowUtcIso();
    for (auto& c : candidates) {
        const Question* q = form.question(c.targetId);
        if (!q || c.answer.empty())
            continue;
        if (!fits(*q, c.answer)) {
            result.report.unfit.emplace_back(c.targetId, c.sourceId);
            continue;
        }
        const Answer* existing = out.answer(c.targetId);
        if (existing && !existing->empty() && !options.overwrite) {
            result.report.kept.emplace_back(c.targetId, c.sourceId);
            continue;
        }
        Answer a = std::move(c.answer);
        a.questionId = c.targetId;
        a.provenance = Provenance{};
        a.provenance.changed = now;
        a.provenance.imported = true;
        a.provenance.origin = options.originFile + "#" + c.sourceId;
        out.answers[c.targetId] = std::move(a);
        result.report.imported.emplace_back(c.targetId, c.sourceId);
    }
    if (!result.report.imported.empty())
        appendRevision(out, options.by.empty() ? "revq" : options.by, "draft",
                       "imported " + std::to_string(result.report.imported.size()) +
                           " answers from " + options.originFile);
    result.response = std::move(out);
    return result;
}

}  // namespace revq
