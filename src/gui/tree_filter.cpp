#include "gui/tree_filter.h"

#include <algorithm>

namespace revq::gui {

QuestionFilter questionFilter(const Form& form, const ProvisionFilter& filter) {
    QuestionFilter out;
    if (filter.level.empty() && filter.theme.empty())
        return out;
    out.active = true;
    out.matches.assign(form.questions.size(), false);
    ProvisionList kept = filterProvisions(listProvisions(form), filter);
    for (const ProvisionEntry& e : kept.entries)
        for (const std::string& id : e.questions)
            if (long qi = form.questionIndex(id); qi >= 0)
                out.matches[static_cast<size_t>(qi)] = true;
    return out;
}

std::vector<ObligationLevel> sectionLevels(const Form& form, size_t sectionIndex) {
    std::vector<ObligationLevel> levels;
    if (!form.instrument || sectionIndex >= form.sections.size())
        return levels;
    for (size_t qi : form.sections[sectionIndex].questions) {
        const Question& q = form.questions[qi];
        if (q.type == QuestionType::Note)
            continue;
        for (const ProvisionRef& r : form.effectiveRefs(q)) {
            const Provision* p = form.instrument->find(r);
            if (!p || (p->kind == Provision::Kind::Article && !p->children.empty()))
                continue;
            if (std::find(levels.begin(), levels.end(), p->level) == levels.end())
                levels.push_back(p->level);
        }
    }
    std::sort(levels.begin(), levels.end(), [](ObligationLevel a, ObligationLevel b) {
        return obligationRank(a) < obligationRank(b);
    });
    return levels;
}

}  // namespace revq::gui
