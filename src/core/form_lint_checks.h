// Internal to the form and instrument loaders: the checking context and the checks shared by
// form_loader.cpp and instrument_loader.cpp. Each form_lint_*.cpp holds one family of checks.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/form.h"
#include "core/form_loader.h"
#include "core/instrument.h"
#include "core/xml_source.h"

namespace revq::lint {

// Where diagnostics go, and which languages translations are checked for.
struct Context {
    const XmlSource& src;
    Diagnostics& diags;
    std::vector<std::string> languages;          // expected in every text
    std::vector<std::string> requiredLanguages;  // a missing one is an error

    void report(Severity s, SourcePos p, std::string code, std::string message, std::string hint);
    void error(SourcePos p, std::string code, std::string message, std::string hint) {
        report(Severity::Error, p, std::move(code), std::move(message), std::move(hint));
    }
    void warning(SourcePos p, std::string code, std::string message, std::string hint) {
        report(Severity::Warning, p, std::move(code), std::move(message), std::move(hint));
    }
};

// --- form_lint_structure.cpp: what elements and attributes may appear --------------------

struct AttributeRule {
    const char* name;
    bool required;
};

struct ElementRule {
    std::vector<AttributeRule> attributes;
    std::vector<const char*> children;  // allowed child element names
    bool text = false;                  // may hold text
};

// Reports unknown attributes, missing required attributes, unknown child elements and stray
// text. `what` names the element for people ("question 'q1'").
void checkElement(Context& cx, pugi::xml_node node, const ElementRule& rule);

enum class IdPattern {
    Slug,      // [a-z0-9-]+ : form, instrument and theme ids
    Variable,  // [A-Za-z_][A-Za-z0-9_]* : question ids (XPath variable names)
    Token,     // [A-Za-z0-9_-]+ : choice values, row/column ids, section/cluster/list ids
};
bool matchesPattern(std::string_view id, IdPattern pattern);
std::string_view describePattern(IdPattern pattern);
// Reads attribute `attr` as an id: reports a malformed one. Returns the value (possibly "").
std::string readId(Context& cx, pugi::xml_node node, const char* attr, IdPattern pattern,
                   std::string_view what);

// Reads the sibling elements `name` (one per xml:lang) under `parent` into a LocalizedText,
// reporting duplicate or unknown languages, a missing xml:lang and missing translations.
// `required`: at least one language must be there.
LocalizedText readText(Context& cx, pugi::xml_node parent, const char* name, bool required,
                       std::string_view what);

// Whitespace trimmed copy.
std::string trim(std::string_view s);

// --- form_lint_references.cpp: cross-checks after loading --------------------------------

// The form's choice lists, provision references, instrument id/version, and `replaces` ids.
// `questionNodes[i]` is the element of Form::questions[i]; `sectionNodes` likewise.
void checkReferences(Context& cx, Form& form, const std::vector<pugi::xml_node>& questionNodes,
                     const std::vector<pugi::xml_node>& sectionNodes,
                     pugi::xml_node instrumentNode);

// --- form_lint_expressions.cpp: XPath ------------------------------------------------------

// Compiles every expression (reporting syntax errors and unknown variables) and checks that
// relevance has no cycle. Sets form.expressions when everything compiled.
void checkExpressions(Context& cx, Form& form);

}  // namespace revq::lint

namespace revq::lint {

// --- instrument_loader.cpp -------------------------------------------------------------------

// Builds an instrument from its root element <instrument-definition>, reporting every problem.
// Returns the instrument even when problems were found (the caller decides).
std::shared_ptr<Instrument> readInstrument(Context& cx, pugi::xml_node root);

}  // namespace revq::lint
