// Merging contributions: per question, the master's answer before any contribution (`base`)
// and each agency's version; the outcome is recomputed from that set, so merge order does not
// matter and merging the same contribution again changes nothing.
#include "core/consultation_merge.h"

#include <algorithm>
#include <set>

#include "core/carry_over.h"
#include "core/clock.h"
#include "core/response_integrity.h"

namespace revq {

namespace {

bool isSha256Hex(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char ch) {
               return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
           });
}

}  // namespace

MergeSession::MergeSession(const Form& form, Response master, std::string masterFile)
    : form_(form), master_(std::move(master)), masterFile_(std::move(masterFile)) {
    record_ = readConsultationRecord(master_, masterFile_);
}

std::string MergeSession::masterProblem() const {
    if (master_.formId != form_.id || master_.formVersion != form_.version) {
        return masterFile_ + " answers form '" + master_.formId + "' " + master_.formVersion +
               ", not '" + form_.id + "' " + form_.version +
               "; merge with the form it answers, or map it first with `revq-cli new --from`";
    }
    if (master_.contribution) {
        return masterFile_ + " is a contribution (for " + master_.contribution->agency +
               "), not a master response; give the master first";
    }
    // A stored content hash must still match: a master changed after submission (or a hash
    // left on a hand-edited draft that no longer fits) is not merged into.
    if (master_.status == ResponseStatus::Submitted || !master_.integritySha256.empty()) {
        IntegrityState state = checkIntegrity(master_);
        if (state == IntegrityState::Draft && contentHash(master_) != master_.integritySha256)
            state = IntegrityState::ChangedAfterSubmission;
        if (state == IntegrityState::MissingHash) {
            return masterFile_ +
                   " is marked submitted but its content hash was removed, so it cannot be "
                   "told apart from a changed file; merge into the file that was submitted";
        }
        if (state == IntegrityState::ChangedAfterSubmission) {
            return masterFile_ +
                   " was changed after it was submitted: its answers no longer match the "
                   "content hash stored at submission; merge into the file that was submitted "
                   "(or its .bak), or check the answers and submit it again first";
        }
    }
    if (master_.status == ResponseStatus::Submitted) {
        return masterFile_ +
               " is submitted; reopen it (a new draft) before merging contributions into it";
    }
    return {};
}

std::string MergeSession::contributorFor(const std::string& person, const std::string& agency,
                                         const std::string& email) {
    if (person.empty() && agency.empty())
        return {};
    for (const auto& c : master_.contributors) {
        if (c.name == person && c.agency == agency)
            return c.id;
    }
    std::set<std::string> ids;
    for (const auto& c : master_.contributors)
        ids.insert(c.id);
    size_t n = master_.contributors.size() + 1;
    while (ids.count("p" + std::to_string(n)))
        ++n;
    master_.contributors.push_back({"p" + std::to_string(n), person, agency, email});
    return master_.contributors.back().id;
}

void MergeSession::recompute(PendingAnswer& p) {
    const std::string& q = p.questionId;
    std::set<std::string> distinct;
    if (p.base)
        distinct.insert(answerContentSha256(&*p.base));
    for (const auto& v : p.versions)
        distinct.insert(answerContentSha256(&v.answer));
    p.conflict = distinct.size() > 1;
    std::optional<Answer> outcome = p.base;
    if (!p.conflict && !p.base && !p.versions.empty()) {
        // All agree: the latest writer is named (ties: the agency first in byte order).
        const AnswerVersion* pick = &p.versions.front();
        for (const auto& v : p.versions) {
            if (v.answer.provenance.changed > pick->answer.provenance.changed)
                pick = &v;
        }
        outcome = pick->answer;
    }
    if (outcome && !outcome->empty()) {
        outcome->questionId = q;
        master_.answers[q] = *outcome;
    } else {
        master_.answers.erase(q);
    }
    p.resultSha256 = answerContentSha256(master_.answer(q));
}

ContributionMergeReport MergeSession::add(const Response& contributionIn,
                                          const std::string& fileName,
                                          const MergeOptions& options) {
    ContributionMergeReport report;
    auto refuse = [&](std::string why) {
        report.refused = true;
        report.error = fileName + ": " + why;
        return report;
    };
    if (std::string problem = masterProblem(); !problem.empty())
        return refuse("cannot merge: " + problem);
    if (!contributionIn.contribution) {
        return refuse(
            "this is not a contribution (it has no <contribution> element); merge "
            "the files `revq-cli split` wrote, or copy answers with `revq-cli import`");
    }
    report.agency = contributionIn.contribution->agency;
    if (report.agency.empty())
        return refuse("the contribution names no agency; write the agency in <contribution>");
    if (contributionIn.formId != form_.id) {
        return refuse("the contribution answers form '" + contributionIn.formId + "', not '" +
                      form_.id + "'; it belongs to another questionnaire");
    }
    if (contributionIn.stateCode != master_.stateCode) {
        return refuse("the contribution is for State " + contributionIn.stateCode +
                      ", the master for " + master_.stateCode +
                      "; merge each State's contributions into its own master");
    }
    if (const std::string& m = contributionIn.contribution->masterSha256;
        !m.empty() && !isSha256Hex(m)) {
        return refuse("its master-sha256 \"" + m +
                      "\" is not 64 lowercase hex digits: the file was edited by hand; ask " +
                      report.agency + " for the file revq wrote");
    }
    if (!contributionIn.integritySha256.empty() &&
        contentHash(contributionIn) != contributionIn.integritySha256) {
        return refuse(
            "its answers no longer match the content hash stored in it (it was "
            "changed after it was submitted); ask " +
            report.agency + " for the file they sent");
    }
    Response c = contributionIn;
    if (c.formVersion != form_.version) {
        MapResult mapped = mapResponseToForm(c, form_);
        c = std::move(mapped.response);
        for (const auto& s : mapped.report.setAside)
            report.setAside.push_back(s);
    }
    std::string identity = contentHash(c);
    for (const auto& m : record_.merges) {
        if (m.agency == report.agency && m.contentSha256 == identity) {
            report.alreadyMerged = true;
            return report;
        }
    }
    // What the master sent this agency decides what is inside; else what the file says.
    std::set<std::string> parts(c.contribution->parts.begin(), c.contribution->parts.end());
    for (const auto& a : record_.assignments) {
        if (a.assignment.agency == report.agency)
            parts = {a.assignment.parts.begin(), a.assignment.parts.end()};
    }

    // A newer contribution from the same agency replaces its earlier versions.
    std::set<std::string> touched;
    for (auto& [q, p] : record_.pending) {
        if (std::erase_if(p.versions,
                          [&](const AnswerVersion& v) { return v.agency == report.agency; }))
            touched.insert(q);
    }
    for (const auto& [qid, answer] : c.answers) {
        if (answer.empty())
            continue;
        if (!form_.question(qid)) {
            report.setAside.push_back(qid);
            continue;
        }
        if (!parts.count(sectionOfQuestion(form_, qid))) {
            report.outside.push_back(qid);
            if (!options.includeOutside)
                continue;
            report.outsideTaken.push_back(qid);
        }
        const Contributor* who = nullptr;
        for (const auto& person : c.contributors) {
            if (person.id == answer.provenance.by)
                who = &person;
        }
        AnswerVersion v;
        v.agency = report.agency;
        v.person = who ? who->name : "";
        v.answer = answer;
        v.answer.questionId = qid;
        v.answer.provenance.by =
            who ? contributorFor(who->name, who->agency.empty() ? report.agency : who->agency,
                                 who->email)
                : "";
        auto [it, fresh] = record_.pending.try_emplace(qid);
        PendingAnswer& p = it->second;
        if (fresh) {
            p.questionId = qid;
            if (const Answer* m = master_.answer(qid); m && !m->empty())
                p.base = *m;
        }
        if (p.base && p.base->sameContent(v.answer)) {
            report.unchanged.push_back(qid);
            if (p.versions.empty() && !touched.count(qid))
                record_.pending.erase(it);
            continue;
        }
        p.versions.push_back(std::move(v));
        std::sort(
            p.versions.begin(), p.versions.end(),
            [](const AnswerVersion& x, const AnswerVersion& y) { return x.agency < y.agency; });
        report.taken.push_back(qid);
        touched.insert(qid);
    }
    for (const auto& q : touched) {
        auto it = record_.pending.find(q);
        if (it == record_.pending.end())
            continue;
        recompute(it->second);
        if (it->second.versions.empty())
            record_.pending.erase(it);
    }
    for (const auto& [q, p] : record_.pending) {
        if (!p.conflict)
            continue;
        for (const auto& v : p.versions) {
            if (v.agency == report.agency)
                report.conflicts.push_back(q);
        }
    }
    MergeRecord m;
    m.agency = report.agency;
    m.contentSha256 = identity;
    m.file = fileName.substr(
        fileName.find_last_of("/\\") == std::string::npos ? 0 : fileName.find_last_of("/\\") + 1);
    m.at = nowUtcIso();
    m.by = options.by;
    m.taken = static_cast<int>(report.taken.size());
    m.conflicts = static_cast<int>(report.conflicts.size());
    m.outside = static_cast<int>(report.outside.size());
    record_.merges.push_back(m);
    appendRevision(master_, options.by, std::string(toString(master_.status)),
                   "merged contribution of " + report.agency + " (" + m.file + "): " +
                       std::to_string(m.taken) + " answers taken, " + std::to_string(m.conflicts) +
                       " in conflict, " + std::to_string(m.outside) + " outside its assignment" +
                       (options.includeOutside && m.outside ? " (taken)" : ""));
    return report;
}

std::vector<Conflict> MergeSession::conflicts() const {
    std::vector<Conflict> out;
    for (const auto& [q, p] : record_.pending) {
        if (!p.conflict)
            continue;
        Conflict c;
        c.questionId = q;
        if (p.base) {
            ConflictVersion v;
            v.fromMaster = true;
            v.agency = master_.respondentAgency;
            for (const auto& person : master_.contributors) {
                if (person.id == p.base->provenance.by) {
                    v.person = person.name;
                    if (!person.agency.empty())
                        v.agency = person.agency;
                }
            }
            v.changed = p.base->provenance.changed;
            v.answer = *p.base;
            c.versions.push_back(std::move(v));
        }
        for (const auto& a : p.versions) {
            c.versions.push_back(
                {false, a.agency, a.person, a.answer.provenance.changed, a.answer});
        }
        out.push_back(std::move(c));
    }
    return out;
}

void MergeSession::settle(const std::string& questionId, std::optional<Answer> answer,
                          const std::string& by, const std::string& note) {
    if (answer && !answer->empty()) {
        answer->questionId = questionId;
        master_.answers[questionId] = std::move(*answer);
    } else {
        master_.answers.erase(questionId);
    }
    record_.pending.erase(questionId);
    appendRevision(master_, by, std::string(toString(master_.status)), note);
}

bool MergeSession::resolve(const std::string& questionId, size_t index, const std::string& by) {
    for (const auto& c : conflicts()) {
        if (c.questionId != questionId || index >= c.versions.size())
            continue;
        const ConflictVersion& v = c.versions[index];
        settle(questionId, v.answer, by,
               "resolved conflict on " + questionId + ": took the version of " +
                   (v.fromMaster ? std::string("the master") : v.agency));
        return true;
    }
    return false;
}

bool MergeSession::resolveWithAnswer(const std::string& questionId, Answer combined,
                                     const std::string& by, const std::string& byAgency) {
    auto it = record_.pending.find(questionId);
    if (it == record_.pending.end() || !it->second.conflict)
        return false;
    combined.provenance.changed = nowUtcIso();
    combined.provenance.by =
        contributorFor(by, byAgency.empty() ? master_.respondentAgency : byAgency, "");
    combined.provenance.carriedOver = false;
    combined.provenance.imported = false;
    settle(questionId, std::move(combined), by,
           "resolved conflict on " + questionId + ": combined the versions");
    return true;
}

std::optional<size_t> preferredVersion(const Conflict& conflict, Preference preference,
                                       const std::string& agency) {
    std::optional<size_t> pick;
    for (size_t i = 0; i < conflict.versions.size(); ++i) {
        const ConflictVersion& v = conflict.versions[i];
        if (preference == Preference::Master && v.fromMaster)
            pick = i;
        if (preference == Preference::Agency && !v.fromMaster && v.agency == agency)
            pick = i;
        if (preference == Preference::Latest &&
            (!pick || v.changed > conflict.versions[*pick].changed))
            pick = i;
    }
    return pick;
}

size_t MergeSession::resolveAll(Preference preference, const std::string& agency,
                                const std::string& by) {
    size_t n = 0;
    for (const auto& c : conflicts()) {
        std::optional<size_t> pick = preferredVersion(c, preference, agency);
        if (pick && resolve(c.questionId, *pick, by))
            ++n;
    }
    return n;
}

Response MergeSession::result() const {
    Response r = master_;
    // A draft that kept a submission hash no longer holds what was submitted once merged
    // into; a stale hash would make the next merge refuse it as changed.
    if (r.status == ResponseStatus::Draft && !r.integritySha256.empty() &&
        contentHash(r) != r.integritySha256)
        r.integritySha256.clear();
    storeConsultationRecord(r, record_);
    return r;
}

}  // namespace revq
