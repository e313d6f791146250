// XPath checks: unknown variables, expressions that do not compile, and relevance cycles.
#include <set>

#include "core/form_expressions.h"
#include "core/form_lint_checks.h"
#include "core/utf8.h"

namespace revq::lint {

namespace {

// Position of byte `offset` inside an expression whose value starts at `start`. Exact when the
// attribute holds the expression as written (no entities, no line breaks); otherwise the
// start of the value.
SourcePos offsetPos(const Expression& e, size_t offset) {
    SourcePos p = e.pos;
    if (e.text.find_first_of("&<>\n\r\t") != std::string::npos)
        return p;
    if (offset > e.text.size())
        offset = e.text.size();
    p.column += static_cast<int>(codePointCount(std::string_view(e.text).substr(0, offset)));
    return p;
}

// Reports unknown variables; true when there are none.
bool checkVariables(Context& cx, const Form& form, const Expression& e, const char* attr,
                    const std::string& owner) {
    bool ok = true;
    for (const auto& use : scanVariables(e.text)) {
        const Question* q = form.question(use.name);
        if (q && q->type != QuestionType::Note)
            continue;
        ok = false;
        if (q)
            cx.error(offsetPos(e, use.offset), "unknown-variable",
                     std::string("the ") + attr + " expression of " + owner + " uses $" + use.name +
                         ", a note, which has no answer",
                     "refer to a question that has an answer");
        else
            cx.error(offsetPos(e, use.offset), "unknown-variable",
                     std::string("the ") + attr + " expression of " + owner + " uses $" + use.name +
                         ", but no question has the id '" + use.name + "'",
                     "use $ID with the id of a question of this form");
    }
    return ok;
}

void reportCompile(Context& cx, const Expression& e, const CompiledExpressions::Compiled& c,
                   const char* attr, const std::string& owner) {
    if (!c.failed)
        return;
    cx.error(
        offsetPos(e, c.errorOffset), "bad-xpath",
        std::string("the ") + attr + " expression of " + owner + " is not valid XPath: " + c.error,
        "write an XPath 1.0 expression such as $q = 'yes' or $n > 0");
}

}  // namespace

void checkExpressions(Context& cx, Form& form) {
    auto ce = CompiledExpressions::compile(form);
    const size_t before = cx.diags.errorCount();
    for (size_t i = 0; i < form.questions.size(); ++i) {
        const Question& q = form.questions[i];
        const std::string owner = "question '" + q.id + "'";
        const auto& c = ce->questions[i];
        // An unknown variable makes pugixml fail too; report only the clearer message.
        if (checkVariables(cx, form, q.relevant, "relevant", owner))
            reportCompile(cx, q.relevant, c.relevant, "relevant", owner);
        if (checkVariables(cx, form, q.required, "required", owner))
            reportCompile(cx, q.required, c.required, "required", owner);
        if (checkVariables(cx, form, q.constraint, "constraint", owner))
            reportCompile(cx, q.constraint, c.constraint, "constraint", owner);
    }
    for (size_t j = 0; j < form.sections.size(); ++j) {
        const Section& s = form.sections[j];
        const std::string owner = "section '" + s.id + "'";
        if (checkVariables(cx, form, s.relevant, "relevant", owner))
            reportCompile(cx, s.relevant, ce->sectionRelevant[j], "relevant", owner);
    }
    const size_t nq = form.questions.size();
    auto nodeName = [&](size_t node) {
        return node < nq ? "$" + form.questions[node].id
                         : "section '" + form.sections[node - nq].id + "'";
    };
    for (const auto& cycle : ce->cycles) {
        // Report at the first question of the cycle that has its own relevance.
        size_t at = cycle.front();
        for (size_t node : cycle)
            if (node < nq && !form.questions[node].relevant.empty()) {
                at = node;
                break;
            }
        std::string path;
        for (size_t node : cycle)
            path += nodeName(node) + " -> ";
        path += nodeName(cycle.front());
        SourcePos p =
            at < nq ? form.questions[at].relevant.pos : form.sections[at - nq].relevant.pos;
        if (p.line == 0)
            p = at < nq ? form.questions[at].pos : form.sections[at - nq].pos;
        cx.error(p, "relevance-cycle", "relevance depends on itself: " + path,
                 "a question's relevance may only depend on questions whose relevance does not "
                 "depend on it; break the cycle");
    }
    if (cx.diags.errorCount() == before && ce->ok())
        form.expressions = ce;
}

}  // namespace revq::lint
