// Computing the consultation status from the master's <consultation> record.
#include "core/consultation_status.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/consultation_record.h"
#include "core/response_validation.h"

namespace revq {

namespace {

std::string articleOfSection(const Form* form, const std::string& sectionId) {
    if (!form)
        return sectionId;
    const Section* s = form->section(sectionId);
    if (!s)
        return sectionId;
    return s->article.empty() ? s->id : s->article;
}

std::string csvCell(const std::string& text) {
    std::string t = text;
    if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@'))
        t = "'" + t;
    if (t.find_first_of(",\"\n\r") == std::string::npos)
        return t;
    std::string out = "\"";
    for (char c : t) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

ConsultationStatus consultationStatus(const Response& master, const Form* form) {
    ConsultationStatus st;
    ConsultationRecord rec = readConsultationRecord(master, "master");
    std::optional<Completeness> completeness;
    if (form && form->id == master.formId && form->version == master.formVersion)
        completeness = computeCompleteness(*form, master);

    auto missingIn = [&](const std::string& sectionId) {
        if (!completeness)
            return -1;
        auto it = completeness->bySection.find(sectionId);
        return it == completeness->bySection.end() ? 0 : it->second.relevant - it->second.answered;
    };
    // Conflicts: per agency and per section.
    std::map<std::string, int> conflictsOfAgency, conflictsOfArticle;
    for (const auto& [q, p] : rec.pending) {
        if (!p.conflict)
            continue;
        ++st.conflictsLeft;
        std::set<std::string> agencies;
        for (const auto& v : p.versions)
            agencies.insert(v.agency);
        for (const auto& a : agencies)
            ++conflictsOfAgency[a];
        std::string article = "?";
        if (form) {
            if (const Question* question = form->question(q))
                article = articleOfSection(form, form->sections[question->section].id);
        }
        ++conflictsOfArticle[article];
    }
    std::map<std::string, std::string> lastMerged;
    for (const auto& m : rec.merges)
        lastMerged[m.agency] = std::max(lastMerged[m.agency], m.at);

    std::map<std::string, ArticleStatus> articles;
    std::vector<std::string> articleOrder;
    auto article = [&](const std::string& key) -> ArticleStatus& {
        auto [it, fresh] = articles.try_emplace(key);
        if (fresh) {
            it->second.article = key;
            articleOrder.push_back(key);
        }
        return it->second;
    };
    for (const auto& a : rec.assignments) {
        AgencyStatus s;
        s.agency = a.assignment.agency;
        s.contact = a.assignment.contact;
        s.deadline = a.assignment.deadline;
        s.parts = a.assignment.parts;
        s.assignedAt = a.at;
        s.lastMerged = lastMerged[s.agency];
        s.returned = !s.lastMerged.empty() ||
                     std::any_of(rec.merges.begin(), rec.merges.end(),
                                 [&](const MergeRecord& m) { return m.agency == s.agency; });
        s.conflictsLeft = conflictsOfAgency[s.agency];
        s.missing = completeness ? 0 : -1;
        std::set<std::string> seenArticles;
        for (const auto& sec : s.parts) {
            if (completeness)
                s.missing += missingIn(sec);
            std::string key = articleOfSection(form, sec);
            if (seenArticles.insert(key).second) {
                ArticleStatus& as = article(key);
                as.agencies.push_back(s.agency);
                if (s.returned)
                    ++as.returned;
            }
        }
        st.agencies.push_back(std::move(s));
    }
    // Missing per article: over the form's sections of that article.
    if (form) {
        for (const auto& sec : form->sections) {
            auto it = articles.find(articleOfSection(form, sec.id));
            if (it == articles.end())
                continue;
            if (it->second.missing < 0 && completeness)
                it->second.missing = 0;
            if (completeness)
                it->second.missing += missingIn(sec.id);
        }
        // Form order.
        std::vector<std::string> ordered;
        std::set<std::string> done;
        for (const auto& sec : form->sections) {
            std::string key = articleOfSection(form, sec.id);
            if (articles.count(key) && done.insert(key).second)
                ordered.push_back(key);
        }
        for (const auto& k : articleOrder) {
            if (done.insert(k).second)
                ordered.push_back(k);
        }
        articleOrder = ordered;
    }
    for (const auto& [key, n] : conflictsOfArticle)
        article(key).conflictsLeft = n;
    for (const auto& k : articleOrder)
        st.articles.push_back(articles[k]);
    return st;
}

std::string remindersCsv(const ConsultationStatus& status) {
    std::string out = "agency,contact,deadline,parts,returned,conflicts_left,missing,reason\r\n";
    for (const auto& a : status.agencies) {
        std::string reason;
        if (!a.returned)
            reason = "not returned";
        else if (a.conflictsLeft > 0)
            reason = "conflicts to settle";
        else if (a.missing > 0)
            reason = "answers missing";
        if (reason.empty())
            continue;
        std::string parts;
        for (const auto& p : a.parts)
            parts += (parts.empty() ? "" : " ") + p;
        out += csvCell(a.agency) + "," + csvCell(a.contact) + "," + csvCell(a.deadline) + "," +
               csvCell(parts) + "," + (a.returned ? "yes" : "no") + "," +
               std::to_string(a.conflictsLeft) + "," +
               (a.missing < 0 ? std::string() : std::to_string(a.missing)) + "," + reason + "\r\n";
    }
    return out;
}

}  // namespace revq
