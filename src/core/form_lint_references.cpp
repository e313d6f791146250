// Cross-checks run once the whole form is read: choice lists, provision references against
// the instrument, the instrument's id and version, and `replaces`.
#include <map>

#include "core/form_lint_checks.h"

namespace revq::lint {

namespace {

void checkProvisionRefs(Context& cx, const Instrument& ins, pugi::xml_node node,
                        const std::vector<ProvisionRef>& refs, const std::string& what) {
    for (const auto& r : refs) {
        if (ins.find(r))
            continue;
        std::string hint = "every reference must exist in instrument '" + ins.id + "'";
        if (!ins.find(r.article))
            hint = "article " + r.article + " is not in instrument '" + ins.id + "'";
        else if (!r.paragraph.empty() && !r.subparagraph.empty() &&
                 ins.find(ProvisionRef{r.article, r.paragraph, ""}))
            hint = "paragraph " + r.article + "(" + r.paragraph + ") has no subparagraph (" +
                   r.subparagraph + ")";
        cx.error(cx.src.valuePos(node, "refs"), "unknown-provision",
                 what + " refers to " + r.display() + ", which the instrument does not define",
                 hint);
    }
}

}  // namespace

void checkReferences(Context& cx, Form& form, const std::vector<pugi::xml_node>& questionNodes,
                     const std::vector<pugi::xml_node>& sectionNodes,
                     pugi::xml_node instrumentNode) {
    // Choice lists.
    for (size_t i = 0; i < form.questions.size(); ++i) {
        Question& q = form.questions[i];
        if (q.choiceListId.empty())
            continue;
        q.choices = form.choiceList(q.choiceListId);
        if (!q.choices) {
            pugi::xml_node n = questionNodes[i];
            cx.error(cx.src.valuePos(n, "choices"), "unknown-choice-list",
                     "question '" + q.id + "' uses choice list '" + q.choiceListId +
                         "', which the form does not define",
                     "define <choices id=\"" + q.choiceListId +
                         "\"> under <choice-lists>, or correct the id");
        }
    }

    // `replaces`: one question per old id, else carry-over would be ambiguous.
    std::map<std::string, size_t> replaced;
    for (size_t i = 0; i < form.questions.size(); ++i) {
        const Question& q = form.questions[i];
        if (q.replaces.empty())
            continue;
        auto [it, fresh] = replaced.emplace(q.replaces, i);
        if (!fresh)
            cx.error(cx.src.valuePos(questionNodes[i], "replaces"), "duplicate-replaces",
                     "questions '" + form.questions[it->second].id + "' and '" + q.id +
                         "' both replace '" + q.replaces + "'",
                     "an earlier question can be continued by one question only");
    }

    if (!form.instrument)
        return;
    const Instrument& ins = *form.instrument;
    if (!form.instrumentRef.empty() && !ins.id.empty() && ins.id != form.instrumentRef)
        cx.error(cx.src.valuePos(instrumentNode, "ref"), "instrument-mismatch",
                 "the form reviews instrument '" + form.instrumentRef +
                     "' but the definition is '" + ins.id + "'",
                 "correct ref, or point href at the definition of '" + form.instrumentRef + "'");
    if (!form.instrumentVersion.empty() && !ins.version.empty() &&
        ins.version != form.instrumentVersion)
        cx.error(cx.src.valuePos(instrumentNode, "version"), "instrument-mismatch",
                 "the form reviews version '" + form.instrumentVersion + "' of instrument '" +
                     ins.id + "' but the definition is version '" + ins.version + "'",
                 "make the form's <instrument version> match the instrument definition");

    for (size_t i = 0; i < form.sections.size(); ++i) {
        const Section& s = form.sections[i];
        const std::string what = "section '" + s.id + "'";
        if (!s.article.empty()) {
            const Provision* p = ins.find(s.article);
            if (!p || p->kind != Provision::Kind::Article)
                cx.error(cx.src.valuePos(sectionNodes[i], "article"), "unknown-article",
                         what + " reviews article " + s.article + ", which instrument '" + ins.id +
                             "' does not define",
                         "correct article=\"...\" to an article number of the instrument");
        }
        checkProvisionRefs(cx, ins, sectionNodes[i], s.refs, what);
    }
    for (size_t i = 0; i < form.questions.size(); ++i)
        checkProvisionRefs(cx, ins, questionNodes[i], form.questions[i].refs,
                           "question '" + form.questions[i].id + "'");
}

}  // namespace revq::lint
