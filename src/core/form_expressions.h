// A form's relevance, required and constraint expressions, compiled once at load with pugixml
// against a variable set that declares every answer (pugixml needs the set at compile time and
// keeps pointers into it). evaluateForm (form_evaluator.cpp) binds answers into that set.
#pragma once

#include <memory>
#include <mutex>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/form.h"

namespace revq {

// `$name` tokens of an XPath expression (outside string literals), with their byte offsets
// (of the '$'). A token scan, not a parser: enough to find variables and dependencies.
struct VariableUse {
    std::string name;
    size_t offset = 0;
};
std::vector<VariableUse> scanVariables(std::string_view xpath);

// How a question's answer is bound: a string or a node-set (docs/form-format.md).
bool isBoundAsNodeSet(QuestionType type);

class CompiledExpressions {
  public:
    struct Compiled {
        std::unique_ptr<pugi::xpath_query> query;  // null when absent or not compiled
        bool failed = false;
        size_t errorOffset = 0;  // byte offset in the expression text
        std::string error;       // pugixml's description
    };
    struct QuestionExpressions {
        Compiled relevant, required, constraint;
    };

    // Declares the variables and compiles every expression of `form` (which must outlive
    // nothing: the result keeps no pointer into it). Failures are recorded, not thrown.
    static std::shared_ptr<CompiledExpressions> compile(const Form& form);

    std::vector<QuestionExpressions> questions;  // parallel to Form::questions
    std::vector<Compiled> sectionRelevant;       // parallel to Form::sections
    // Evaluation order: dependencies first. Entries < questions.size() are questions; the
    // others are sections (index - questions.size()). Empty when relevance has a cycle.
    std::vector<size_t> order;
    // Relevance cycles, each as the list of graph nodes (same numbering as `order`).
    std::vector<std::vector<size_t>> cycles;
    bool ok() const;  // everything compiled and no cycle

    // Evaluation state: one evaluation at a time (evaluateForm locks `mutex`).
    mutable std::mutex mutex;
    mutable pugi::xpath_variable_set variables;
    std::vector<pugi::xpath_variable*> variableOf;  // per question; null for notes
    mutable pugi::xml_document binding;             // holds node-set answers during a call
};

}  // namespace revq
