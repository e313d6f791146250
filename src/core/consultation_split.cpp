// Writing contributions from a master response.
#include "core/consultation_split.h"

#include <cctype>
#include <set>

#include "core/clock.h"
#include "core/consultation_record.h"
#include "core/response_integrity.h"

namespace revq {

std::string contributionFileName(const std::string& stateCode, const std::string& agency,
                                 size_t index) {
    std::string slug;
    bool ascii = true;
    for (unsigned char c : agency) {
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        if (std::isalnum(c)) {
            slug += static_cast<char>(std::tolower(c));
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    if (!ascii || slug.empty())
        slug = "agency-" + std::to_string(index + 1);
    if (slug.size() > 60)
        slug.resize(60);
    return stateCode + "-" + slug + ".revq";
}

SplitResult splitMaster(const Form& form, const Response& master, const std::string& masterSha256,
                        const std::vector<Assignment>& assignments, const std::string& by) {
    SplitResult out;
    out.master = master;
    if (master.formId != form.id || master.formVersion != form.version) {
        out.error = "the master answers form '" + master.formId + "' " + master.formVersion +
                    ", not '" + form.id + "' " + form.version +
                    "; split with the form it answers, or map it first with `revq-cli new --from`";
        return out;
    }
    if (master.contribution) {
        out.error = "this file is itself a contribution (for " + master.contribution->agency +
                    "); split the master response instead";
        return out;
    }
    std::string now = nowUtcIso();
    ConsultationRecord rec = readConsultationRecord(master, "master");
    std::set<std::string> names;
    for (size_t i = 0; i < assignments.size(); ++i) {
        const Assignment& a = assignments[i];
        ContributionFile c;
        c.assignment = a;
        c.fileName = contributionFileName(master.stateCode, a.agency, i);
        while (!names.insert(c.fileName).second)
            c.fileName =
                contributionFileName(master.stateCode, a.agency + " " + std::to_string(i), i);
        Response& r = c.response;
        r.formId = form.id;
        r.formVersion = form.version;
        r.stateCode = master.stateCode;
        r.language = master.language;
        r.respondentName = master.respondentName;
        r.respondentOffice = master.respondentOffice;
        r.respondentEmail = master.respondentEmail;
        r.respondentAgency = master.respondentAgency;
        r.created = now;
        r.contributors = master.contributors;
        r.contribution = ContributionInfo{a.agency, a.contact, a.deadline, a.parts, masterSha256};
        std::set<std::string> parts(a.parts.begin(), a.parts.end());
        for (const auto& [qid, answer] : master.answers) {
            if (parts.count(sectionOfQuestion(form, qid)))
                r.answers[qid] = answer;
        }
        appendRevision(r, by, "draft",
                       "contribution for " + a.agency + " split from the master response");
        // Replace an earlier assignment of the same agency: the latest one is what was sent.
        std::erase_if(rec.assignments,
                      [&](const AssignmentRecord& x) { return x.assignment.agency == a.agency; });
        rec.assignments.push_back({a, now});
        out.contributions.push_back(std::move(c));
    }
    storeConsultationRecord(out.master, rec);
    std::string agencies;
    for (const auto& a : assignments)
        agencies += (agencies.empty() ? "" : ", ") + a.agency;
    appendRevision(out.master, by, std::string(toString(master.status)),
                   "split for consultation: " + agencies);
    return out;
}

}  // namespace revq
