// Evaluates relevance, required and constraint expressions. The queries were compiled at load
// (form_expressions.cpp); here answers are bound into the variable set they were compiled
// against, in dependency order, so that a question that is not relevant reads as unanswered.
#include "core/form_evaluator.h"

#include "core/form_expressions.h"

namespace revq {

namespace {

bool evaluate(const CompiledExpressions::Compiled& c, bool fallback) {
    if (!c.query)
        return fallback;
    try {
        return c.query->evaluate_boolean(pugi::xpath_node());
    } catch (const std::exception&) {
        return fallback;  // out of memory in pugixml; never crash on a form's expression
    }
}

void bindEmpty(pugi::xpath_variable* v) {
    if (!v)
        return;
    if (v->type() == pugi::xpath_type_node_set)
        v->set(pugi::xpath_node_set());
    else
        v->set("");
}

void bindAnswer(pugi::xpath_variable* v, const Question& q, const Answer& a,
                pugi::xml_node holder) {
    if (!v)
        return;
    if (v->type() != pugi::xpath_type_node_set) {
        if (q.type == QuestionType::SingleChoice)
            v->set(a.values.empty() ? "" : a.values.front().c_str());
        else
            v->set(a.text.c_str());
        return;
    }
    std::vector<pugi::xpath_node> nodes;
    switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::TaNeeds:
            for (const auto& value : a.values) {
                pugi::xml_node n = holder.append_child("value");
                n.text().set(value.c_str());
                nodes.emplace_back(n);
            }
            break;
        case QuestionType::Table:
            for (const auto& [key, text] : a.cells) {
                if (text.empty())
                    continue;
                pugi::xml_node n = holder.append_child("cell");
                n.append_attribute("row").set_value(key.first.c_str());
                n.append_attribute("col").set_value(key.second.c_str());
                n.text().set(text.c_str());
                nodes.emplace_back(n);
            }
            break;
        case QuestionType::Legislation:
            for (const auto& c : a.citations) {
                pugi::xml_node n = holder.append_child("citation");
                n.text().set(c.title.c_str());
                nodes.emplace_back(n);
            }
            break;
        default:
            break;
    }
    v->set(pugi::xpath_node_set(nodes.data(), nodes.data() + nodes.size(),
                                pugi::xpath_node_set::type_sorted));
}

}  // namespace

std::vector<QuestionState> evaluateForm(const Form& form,
                                        const std::map<std::string, Answer, std::less<>>& answers) {
    const size_t nq = form.questions.size();
    std::vector<QuestionState> states(nq);
    std::vector<const Answer*> answerOf(nq, nullptr);
    for (size_t i = 0; i < nq; ++i) {
        const Question& q = form.questions[i];
        if (q.type == QuestionType::Note)
            continue;
        if (auto it = answers.find(q.id); it != answers.end() && !it->second.empty()) {
            answerOf[i] = &it->second;
            states[i].answered = true;
        }
    }
    const CompiledExpressions* ce = form.expressions.get();
    if (!ce || ce->questions.size() != nq) {
        // A form built by hand without compiled expressions: only the static facts.
        for (size_t i = 0; i < nq; ++i)
            states[i].required = form.questions[i].requiredAlways;
        return states;
    }

    std::lock_guard<std::mutex> lock(ce->mutex);
    ce->binding.reset();
    pugi::xml_node holder = ce->binding.append_child("answers");
    std::vector<char> sectionRelevant(form.sections.size(), 1);
    for (size_t node : ce->order) {
        if (node >= nq) {
            size_t j = node - nq;
            sectionRelevant[j] = evaluate(ce->sectionRelevant[j], true);
            continue;
        }
        const Question& q = form.questions[node];
        bool relevant = (q.section >= sectionRelevant.size() || sectionRelevant[q.section]) &&
                        evaluate(ce->questions[node].relevant, true);
        states[node].relevant = relevant;
        if (relevant && answerOf[node])
            bindAnswer(ce->variableOf[node], q, *answerOf[node], holder);
        else
            bindEmpty(ce->variableOf[node]);
    }
    for (size_t i = 0; i < nq; ++i) {
        const Question& q = form.questions[i];
        QuestionState& s = states[i];
        if (q.type == QuestionType::Note) {
            s.required = false;
            s.answered = false;
            continue;
        }
        if (!s.relevant)
            continue;
        s.required = q.requiredAlways || evaluate(ce->questions[i].required, false);
        if (s.answered)
            s.constraintOk = evaluate(ce->questions[i].constraint, true);
    }
    return states;
}

}  // namespace revq
