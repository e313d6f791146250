// Gap analysis across provisions and States; the rules are in gap_analysis.h.
#include "core/gap_analysis.h"

#include <algorithm>

#include "core/provisions.h"

namespace revq {

std::string_view toString(GapAnswer answer) {
    switch (answer) {
        case GapAnswer::Yes:
            return "yes";
        case GapAnswer::InPart:
            return "in-part";
        case GapAnswer::No:
            return "no";
        case GapAnswer::NotAnswered:
            return "not-answered";
    }
    return "not-answered";
}

bool isClosedYesNoPartly(const Question& q) {
    if (q.type != QuestionType::SingleChoice || !q.choices)
        return false;
    return q.choices->find("yes") && q.choices->find("partly") && q.choices->find("no");
}

void GapTotals::add(GapAnswer a) {
    switch (a) {
        case GapAnswer::Yes:
            ++yes;
            break;
        case GapAnswer::InPart:
            ++inPart;
            break;
        case GapAnswer::No:
            ++no;
            break;
        case GapAnswer::NotAnswered:
            ++notAnswered;
            break;
    }
}

std::vector<GapProvision> gapProvisions(const Form& form) {
    std::vector<GapProvision> out;
    if (!form.instrument)
        return out;
    ProvisionList list = listProvisions(form);
    for (const auto& e : list.entries) {
        if (!e.reviewed)
            continue;
        GapProvision g;
        g.provision = e.provision;
        for (size_t i = 0; i < form.questions.size(); ++i)
            if (isClosedYesNoPartly(form.questions[i]) &&
                questionReviews(form, form.questions[i], e.provision->ref))
                g.questions.push_back(i);
        if (g.questions.empty())
            continue;
        // Technical-assistance needs are asked per article: a ta-needs question whose first
        // effective reference lies in this provision's article.
        const ProvisionRef article{e.provision->ref.article, "", ""};
        for (size_t i = 0; i < form.questions.size(); ++i) {
            const Question& q = form.questions[i];
            if (q.type != QuestionType::TaNeeds)
                continue;
            auto refs = form.effectiveRefs(q);
            if (!refs.empty() && article.contains(refs.front()))
                g.taQuestions.push_back(i);
        }
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const GapProvision& a, const GapProvision& b) {
        int ra = obligationRank(a.provision->level), rb = obligationRank(b.provision->level);
        if (ra != rb)
            return ra < rb;
        return a.provision->ref < b.provision->ref;
    });
    return out;
}

GapAnswer provisionAnswer(const Form& form, const GapProvision& p, const Response& response) {
    int yes = 0, no = 0, other = 0;
    for (size_t qi : p.questions) {
        const Answer* a = response.answer(form.questions[qi].id);
        if (!a || a->values.empty())
            continue;
        const std::string& v = a->values.front();
        if (v == "yes")
            ++yes;
        else if (v == "no")
            ++no;
        else
            ++other;
    }
    if (yes + no + other == 0)
        return GapAnswer::NotAnswered;
    if (other == 0 && no == 0)
        return GapAnswer::Yes;
    if (other == 0 && yes == 0)
        return GapAnswer::No;
    return GapAnswer::InPart;
}

StateGapAnalysis analyseStateGaps(const Form& form, const Response& response) {
    StateGapAnalysis s;
    s.stateCode = response.stateCode;
    s.provisions = gapProvisions(form);
    for (const auto& p : s.provisions) {
        StateGapRow row;
        row.provision = &p;
        row.answer = provisionAnswer(form, p, response);
        for (size_t qi : p.taQuestions) {
            const Answer* a = response.answer(form.questions[qi].id);
            if (!a)
                continue;
            for (const auto& v : a->values)
                if (std::find(row.taKinds.begin(), row.taKinds.end(), v) == row.taKinds.end())
                    row.taKinds.push_back(v);
            if (!a->text.empty())
                row.taText += (row.taText.empty() ? "" : "\n") + a->text;
        }
        s.totals.add(row.answer);
        s.byLevel[p.provision->level].add(row.answer);
        s.rows.push_back(std::move(row));
    }
    return s;
}

SummaryGapAnalysis analyseSummaryGaps(const Form& form,
                                      const std::vector<const Response*>& responses,
                                      const std::vector<std::string>& groupOf,
                                      const std::vector<std::string>& groups) {
    SummaryGapAnalysis s;
    s.groups = groups;
    s.provisions = gapProvisions(form);
    for (const auto& p : s.provisions) {
        SummaryGapRow row;
        row.provision = &p;
        row.noOrInPartByGroup.assign(groups.size(), 0);
        for (size_t r = 0; r < responses.size(); ++r) {
            GapAnswer a =
                responses[r] ? provisionAnswer(form, p, *responses[r]) : GapAnswer::NotAnswered;
            row.answers.push_back(a);
            row.totals.add(a);
            if (a != GapAnswer::No && a != GapAnswer::InPart)
                continue;
            ++row.noOrInPart;
            const std::string& g = r < groupOf.size() ? groupOf[r] : std::string();
            auto it = std::find(groups.begin(), groups.end(), g);
            if (!g.empty() && it != groups.end())
                ++row.noOrInPartByGroup[static_cast<size_t>(it - groups.begin())];
        }
        s.rows.push_back(std::move(row));
    }
    return s;
}

}  // namespace revq
