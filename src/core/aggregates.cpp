#include "core/aggregates.h"

#include <algorithm>
#include <charconv>

namespace revq {

namespace {

GroupCounts zeroCounts(size_t groups) {
    GroupCounts c;
    c.byGroup.assign(groups, 0);
    return c;
}

void bump(GroupCounts& c, long group) {
    ++c.total;
    if (group >= 0)
        ++c.byGroup[static_cast<size_t>(group)];
}

bool isCounted(QuestionType t) {
    return t == QuestionType::SingleChoice || t == QuestionType::MultipleChoice ||
           t == QuestionType::TaNeeds;
}

long choiceIndex(const ChoiceList& list, std::string_view value) {
    for (size_t i = 0; i < list.choices.size(); ++i)
        if (list.choices[i].value == value)
            return static_cast<long>(i);
    return -1;
}

// The article a ta-needs question is about: its section's article, else its first reference's.
std::string articleOf(const Form& form, const Question& q) {
    const Section& s = form.sections[q.section];
    if (!s.article.empty())
        return s.article;
    for (const auto& r : form.effectiveRefs(q))
        if (!r.article.empty())
            return r.article;
    return {};
}

}  // namespace

void CollatedResponse::indexAnswers(const Form& form) {
    answers.assign(form.questions.size(), nullptr);
    if (!response)
        return;
    if (form.questionIndexById.size() != form.questions.size()) {  // a form not from the loader
        for (size_t qi = 0; qi < form.questions.size(); ++qi)
            answers[qi] = response->answer(form.questions[qi].id);
        return;
    }
    // Both maps are ordered by question id: one walk along the two.
    auto q = form.questionIndexById.begin();
    const auto qEnd = form.questionIndexById.end();
    for (const auto& [id, answer] : response->answers) {
        while (q != qEnd && q->first < id)
            ++q;
        if (q == qEnd)
            break;
        if (q->first == id && q->second < answers.size())
            answers[q->second] = &answer;
    }
}

const Answer* CollatedResponse::answerTo(const Form& form, size_t qi) const {
    if (qi < answers.size())
        return answers[qi];
    if (!response || qi >= form.questions.size())
        return nullptr;
    return response->answer(form.questions[qi].id);
}

void evaluateCollated(const Form& form, std::vector<CollatedResponse>& rows) {
    for (auto& row : rows)
        if (row.response) {
            row.states = evaluateForm(form, row.response->answers);
            row.indexAnswers(form);
        }
}

int TaMatrix::count(size_t row, size_t article) const {
    int n = 0;
    for (size_t k = 0; k < kinds.size(); ++k)
        n += need(row, article, k) ? 1 : 0;
    return n;
}

long Aggregates::countsIndex(size_t question) const {
    return question < countsByQuestion.size() ? countsByQuestion[question] : -1;
}

long groupIndex(const std::vector<std::string>& groups, std::string_view groupId) {
    for (size_t i = 0; i < groups.size(); ++i)
        if (groups[i] == groupId)
            return static_cast<long>(i);
    return -1;
}

bool parseCanonicalNumber(std::string_view text, double* value) {
    if (text.empty())
        return false;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, *value);
    return ec == std::errc() && p == end;
}

Aggregates computeAggregates(const Form& form, const std::vector<CollatedResponse>& rows,
                             const std::vector<std::string>& groups) {
    Aggregates agg;
    agg.groups = groups;
    const size_t ng = groups.size();
    agg.states = zeroCounts(ng);
    std::vector<long> rowGroup(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        rowGroup[r] = groupIndex(groups, rows[r].groupId);
        bump(agg.states, rowGroup[r]);
    }

    // Which questions feed which figures.
    agg.countsByQuestion.assign(form.questions.size(), -1);
    std::vector<long> taArticle(form.questions.size(), -1);
    std::vector<std::vector<long>> taKindMap(form.questions.size());
    for (size_t qi = 0; qi < form.questions.size(); ++qi) {
        const Question& q = form.questions[qi];
        if (isCounted(q.type) && q.choices) {
            QuestionCounts qc;
            qc.question = qi;
            qc.relevant = zeroCounts(ng);
            qc.answered = zeroCounts(ng);
            qc.options.assign(q.choices->choices.size(), zeroCounts(ng));
            agg.countsByQuestion[qi] = static_cast<long>(agg.counts.size());
            agg.counts.push_back(std::move(qc));
        }
        if (q.type == QuestionType::TaNeeds && q.choices) {
            const std::string article = articleOf(form, q);
            auto it = std::find(agg.ta.articles.begin(), agg.ta.articles.end(), article);
            if (it == agg.ta.articles.end()) {
                agg.ta.articles.push_back(article);
                it = agg.ta.articles.end() - 1;
            }
            taArticle[qi] = it - agg.ta.articles.begin();
            if (!agg.ta.kindList)
                agg.ta.kindList = q.choices;
            for (const auto& c : q.choices->choices) {
                auto k = std::find(agg.ta.kinds.begin(), agg.ta.kinds.end(), c.value);
                if (k == agg.ta.kinds.end()) {
                    agg.ta.kinds.push_back(c.value);
                    k = agg.ta.kinds.end() - 1;
                }
                taKindMap[qi].push_back(k - agg.ta.kinds.begin());
            }
        }
        if (q.type == QuestionType::Table && q.table.cellType != CellType::Text) {
            TableSums t;
            t.question = qi;
            const size_t cells = q.table.rows.size() * q.table.columns.size();
            t.sums.assign(cells, 0.0);
            t.reporting.assign(cells, 0);
            agg.tables.push_back(std::move(t));
        }
    }

    // Articles in instrument order when known, so the matrix reads like the Protocol.
    if (form.instrument) {
        std::vector<std::string> ordered;
        for (const Provision* a : form.instrument->articles())
            if (std::find(agg.ta.articles.begin(), agg.ta.articles.end(), a->ref.article) !=
                agg.ta.articles.end())
                ordered.push_back(a->ref.article);
        for (const auto& a : agg.ta.articles)
            if (std::find(ordered.begin(), ordered.end(), a) == ordered.end())
                ordered.push_back(a);
        std::vector<long> remap(agg.ta.articles.size());
        for (size_t i = 0; i < agg.ta.articles.size(); ++i)
            remap[i] =
                std::find(ordered.begin(), ordered.end(), agg.ta.articles[i]) - ordered.begin();
        for (auto& a : taArticle)
            if (a >= 0)
                a = remap[static_cast<size_t>(a)];
        agg.ta.articles = std::move(ordered);
    }

    TaMatrix& ta = agg.ta;
    const size_t na = ta.articles.size(), nk = ta.kinds.size();
    ta.needs.assign(rows.size() * na * nk, 0);
    ta.statesByArticleKind.assign(na * nk, 0);
    ta.statesByArticle.assign(na, 0);
    ta.statesByKind.assign(nk, 0);
    ta.needsByKind.assign(nk, 0);
    ta.statesByGroup.assign(ng + 1, 0);

    std::vector<char> seen;
    for (size_t r = 0; r < rows.size(); ++r) {
        const CollatedResponse& row = rows[r];
        if (!row.response)
            continue;
        const long g = rowGroup[r];
        for (QuestionCounts& qc : agg.counts) {
            const Question& q = form.questions[qc.question];
            const bool relevant =
                qc.question < row.states.size() && row.states[qc.question].relevant;
            if (!relevant)
                continue;
            bump(qc.relevant, g);
            const Answer* a = row.answerTo(form, qc.question);
            if (!a || a->values.empty())
                continue;
            bump(qc.answered, g);
            seen.assign(q.choices->choices.size(), 0);
            for (const auto& v : a->values) {
                const long ci = choiceIndex(*q.choices, v);
                if (ci < 0 || seen[static_cast<size_t>(ci)])
                    continue;  // unknown or repeated
                seen[static_cast<size_t>(ci)] = 1;
                bump(qc.options[static_cast<size_t>(ci)], g);
            }
        }
        for (size_t qi = 0; qi < form.questions.size(); ++qi) {
            if (taArticle[qi] < 0)
                continue;
            if (qi >= row.states.size() || !row.states[qi].relevant)
                continue;
            const Answer* a = row.answerTo(form, qi);
            if (!a)
                continue;
            const ChoiceList& list = *form.questions[qi].choices;
            for (const auto& v : a->values) {
                const long ci = choiceIndex(list, v);
                if (ci < 0)
                    continue;
                const size_t k = static_cast<size_t>(taKindMap[qi][static_cast<size_t>(ci)]);
                ta.needs[(r * na + static_cast<size_t>(taArticle[qi])) * nk + k] = 1;
            }
        }
        for (TableSums& t : agg.tables) {
            const Question& q = form.questions[t.question];
            if (t.question >= row.states.size() || !row.states[t.question].relevant)
                continue;
            const Answer* a = row.answerTo(form, t.question);
            if (!a || a->cells.empty())
                continue;
            bool any = false;
            const size_t nc = q.table.columns.size();
            for (size_t ri = 0; ri < q.table.rows.size(); ++ri) {
                for (size_t ci = 0; ci < nc; ++ci) {
                    auto it = a->cells.find({q.table.rows[ri].id, q.table.columns[ci].id});
                    double v = 0;
                    if (it == a->cells.end() || !parseCanonicalNumber(it->second, &v))
                        continue;
                    t.sums[ri * nc + ci] += v;
                    ++t.reporting[ri * nc + ci];
                    any = true;
                }
            }
            if (any)
                ++t.statesReporting;
        }
    }

    // TA totals.
    for (size_t r = 0; r < rows.size(); ++r) {
        std::vector<char> kindSeen(nk, 0);
        bool anyNeed = false;
        for (size_t a = 0; a < na; ++a) {
            bool articleNeed = false;
            for (size_t k = 0; k < nk; ++k) {
                if (!ta.need(r, a, k))
                    continue;
                ++ta.statesByArticleKind[a * nk + k];
                kindSeen[k] = 1;
                articleNeed = true;
            }
            if (articleNeed) {
                ++ta.statesByArticle[a];
                anyNeed = true;
            }
        }
        for (size_t k = 0; k < nk; ++k)
            ta.statesByKind[k] += kindSeen[k];
        if (anyNeed) {
            ++ta.statesByGroup[ng];
            if (rowGroup[r] >= 0)
                ++ta.statesByGroup[static_cast<size_t>(rowGroup[r])];
        }
    }
    for (size_t a = 0; a < na; ++a)
        for (size_t k = 0; k < nk; ++k)
            ta.needsByKind[k] += ta.statesByArticleKind[a * nk + k];
    return agg;
}

}  // namespace revq
