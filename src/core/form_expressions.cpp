#include "core/form_expressions.h"

#include <cctype>
#include <functional>

namespace revq {

namespace {

bool isNameChar(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '-' || c == '.' || u >= 0x80;
}

CompiledExpressions::Compiled compileOne(const Expression& e, pugi::xpath_variable_set& vars) {
    CompiledExpressions::Compiled c;
    if (e.empty())
        return c;
    try {
        auto q = std::make_unique<pugi::xpath_query>(e.text.c_str(), &vars);
        if (!*q) {
            c.failed = true;
            c.errorOffset = static_cast<size_t>(std::max<ptrdiff_t>(0, q->result().offset));
            c.error = q->result().description();
        } else {
            c.query = std::move(q);
        }
    } catch (const pugi::xpath_exception& ex) {
        c.failed = true;
        c.errorOffset = static_cast<size_t>(std::max<ptrdiff_t>(0, ex.result().offset));
        c.error = ex.result().description();
    } catch (const std::exception& ex) {
        c.failed = true;
        c.error = ex.what();
    }
    return c;
}

}  // namespace

std::vector<VariableUse> scanVariables(std::string_view x) {
    std::vector<VariableUse> out;
    for (size_t i = 0; i < x.size(); ++i) {
        char c = x[i];
        if (c == '\'' || c == '"') {
            size_t close = x.find(c, i + 1);
            if (close == std::string_view::npos)
                break;
            i = close;
        } else if (c == '$') {
            size_t j = i + 1;
            while (j < x.size() && isNameChar(x[j]))
                ++j;
            out.push_back({std::string(x.substr(i + 1, j - i - 1)), i});
            i = j - 1;
        }
    }
    return out;
}

bool isBoundAsNodeSet(QuestionType type) {
    return type == QuestionType::MultipleChoice || type == QuestionType::TaNeeds ||
           type == QuestionType::Table || type == QuestionType::Legislation;
}

bool CompiledExpressions::ok() const {
    if (!cycles.empty())
        return false;
    for (const auto& q : questions)
        if (q.relevant.failed || q.required.failed || q.constraint.failed)
            return false;
    for (const auto& s : sectionRelevant)
        if (s.failed)
            return false;
    return true;
}

std::shared_ptr<CompiledExpressions> CompiledExpressions::compile(const Form& form) {
    auto ce = std::make_shared<CompiledExpressions>();
    const size_t nq = form.questions.size();
    ce->variableOf.assign(nq, nullptr);
    for (size_t i = 0; i < nq; ++i) {
        const Question& q = form.questions[i];
        if (q.type == QuestionType::Note || q.id.empty())
            continue;
        auto type = isBoundAsNodeSet(q.type) ? pugi::xpath_type_node_set : pugi::xpath_type_string;
        // add() returns null when the name exists with another type (a duplicate id, reported
        // by the loader) or is not a valid name.
        ce->variableOf[i] = ce->variables.add(q.id.c_str(), type);
    }
    ce->questions.resize(nq);
    for (size_t i = 0; i < nq; ++i) {
        const Question& q = form.questions[i];
        ce->questions[i].relevant = compileOne(q.relevant, ce->variables);
        ce->questions[i].required = compileOne(q.required, ce->variables);
        ce->questions[i].constraint = compileOne(q.constraint, ce->variables);
    }
    for (const auto& s : form.sections)
        ce->sectionRelevant.push_back(compileOne(s.relevant, ce->variables));

    // Relevance dependency graph: a question depends on its section and on the questions its
    // relevance names; a section on the questions its relevance names.
    const size_t n = nq + form.sections.size();
    std::vector<std::vector<size_t>> deps(n);
    auto addUses = [&](size_t node, const Expression& e) {
        for (const auto& use : scanVariables(e.text)) {
            long qi = form.questionIndex(use.name);
            if (qi >= 0)
                deps[node].push_back(static_cast<size_t>(qi));
        }
    };
    for (size_t i = 0; i < nq; ++i) {
        if (form.questions[i].section < form.sections.size())
            deps[i].push_back(nq + form.questions[i].section);
        addUses(i, form.questions[i].relevant);
    }
    for (size_t j = 0; j < form.sections.size(); ++j)
        addUses(nq + j, form.sections[j].relevant);

    // Depth-first search, iterative so that a long dependency chain cannot overflow the stack.
    enum : char { White, Grey, Black };
    std::vector<char> color(n, White);
    std::vector<size_t> stack, edge;
    for (size_t start = 0; start < n; ++start) {
        if (color[start] != White)
            continue;
        stack.assign(1, start);
        edge.assign(1, 0);
        color[start] = Grey;
        while (!stack.empty()) {
            size_t v = stack.back();
            if (edge.back() < deps[v].size()) {
                size_t w = deps[v][edge.back()++];
                if (color[w] == White) {
                    color[w] = Grey;
                    stack.push_back(w);
                    edge.push_back(0);
                } else if (color[w] == Grey) {
                    // The cycle is the part of the stack from w to v.
                    std::vector<size_t> cycle;
                    size_t k = stack.size();
                    while (k > 0 && stack[k - 1] != w)
                        --k;
                    for (size_t m = k - 1; m < stack.size(); ++m)
                        cycle.push_back(stack[m]);
                    ce->cycles.push_back(std::move(cycle));
                }
            } else {
                color[v] = Black;
                ce->order.push_back(v);
                stack.pop_back();
                edge.pop_back();
            }
        }
    }
    if (!ce->cycles.empty())
        ce->order.clear();
    return ce;
}

}  // namespace revq
