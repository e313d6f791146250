// Structural checks shared by the form and instrument loaders: allowed elements and
// attributes, id patterns, and multilingual texts.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

#include "core/form_lint_checks.h"
#include "core/localized_text.h"

namespace revq::lint {

void Context::report(Severity s, SourcePos p, std::string code, std::string message,
                     std::string hint) {
    Diagnostic d;
    d.file = src.name();
    d.line = p.line;
    d.column = p.column;
    d.severity = s;
    d.code = std::move(code);
    d.message = std::move(message);
    d.hint = std::move(hint);
    diags.add(std::move(d));
}

std::string trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return std::string(s.substr(b, e - b));
}

namespace {

std::string joinNames(const std::vector<const char*>& names) {
    std::string out;
    for (const char* n : names) {
        if (!out.empty())
            out += ", ";
        out += n;
    }
    return out;
}

bool isNamespaceDeclaration(std::string_view name) {
    return name == "xmlns" || name.substr(0, 6) == "xmlns:";
}

}  // namespace

void checkElement(Context& cx, pugi::xml_node node, const ElementRule& rule) {
    const std::string el = node.name();
    for (pugi::xml_attribute a : node.attributes()) {
        std::string_view name = a.name();
        if (isNamespaceDeclaration(name))
            continue;
        bool known = std::any_of(rule.attributes.begin(), rule.attributes.end(),
                                 [&](const AttributeRule& r) { return name == r.name; });
        if (!known) {
            std::vector<const char*> names;
            for (const auto& r : rule.attributes)
                names.push_back(r.name);
            cx.error(cx.src.pos(node, a.name()), "unknown-attribute",
                     "unknown attribute '" + std::string(name) + "' on <" + el + ">",
                     names.empty() ? "remove it; <" + el + "> takes no attributes"
                                   : "remove it or correct the spelling; <" + el +
                                         "> takes: " + joinNames(names));
        }
    }
    for (const auto& r : rule.attributes) {
        if (r.required && !node.attribute(r.name))
            cx.error(cx.src.pos(node), "missing-attribute",
                     "<" + el + "> has no '" + r.name + "' attribute",
                     std::string("add ") + r.name + "=\"...\"; it is required");
    }
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_element) {
            std::string_view name = child.name();
            bool known = std::any_of(rule.children.begin(), rule.children.end(),
                                     [&](const char* c) { return name == c; });
            if (!known)
                cx.error(cx.src.pos(child), "unknown-element",
                         "unknown element <" + std::string(name) + "> inside <" + el + ">",
                         rule.children.empty() ? "remove it; <" + el + "> holds no elements"
                                               : "remove it or correct the spelling; <" + el +
                                                     "> may hold: " + joinNames(rule.children));
        } else if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
                   !rule.text && !trim(child.value()).empty()) {
            cx.error(cx.src.pos(child), "unexpected-text",
                     "text is not allowed inside <" + el + ">",
                     "put text in a <label>, <title> or other text element, or remove it");
        }
    }
}

bool matchesPattern(std::string_view id, IdPattern pattern) {
    if (id.empty())
        return false;
    for (size_t i = 0; i < id.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(id[i]);
        bool ok = false;
        switch (pattern) {
            case IdPattern::Slug:
                ok = (c >= 'a' && c <= 'z') || std::isdigit(c) || c == '-';
                break;
            case IdPattern::Variable:
                ok = std::isalpha(c) || c == '_' || (i > 0 && std::isdigit(c));
                ok = ok && c < 0x80;
                break;
            case IdPattern::Token:
                ok = (std::isalnum(c) && c < 0x80) || c == '_' || c == '-';
                break;
        }
        if (!ok)
            return false;
    }
    return true;
}

std::string_view describePattern(IdPattern pattern) {
    switch (pattern) {
        case IdPattern::Slug:
            return "lower-case letters, digits and '-' only";
        case IdPattern::Variable:
            return "a letter or '_' first, then letters, digits and '_' only";
        case IdPattern::Token:
            return "letters, digits, '_' and '-' only";
    }
    return "";
}

std::string readId(Context& cx, pugi::xml_node node, const char* attr, IdPattern pattern,
                   std::string_view what) {
    pugi::xml_attribute a = node.attribute(attr);
    if (!a)
        return {};
    std::string v = a.value();
    if (!matchesPattern(v, pattern))
        cx.error(cx.src.valuePos(node, attr), "bad-id",
                 std::string(what) + " '" + v + "' is not a valid " + attr,
                 "use " + std::string(describePattern(pattern)));
    return v;
}

LocalizedText readText(Context& cx, pugi::xml_node parent, const char* name, bool required,
                       std::string_view what) {
    LocalizedText text;
    std::set<std::string, std::less<>> seen;
    pugi::xml_node first;
    for (pugi::xml_node n : parent.children(name)) {
        if (!first)
            first = n;
        checkElement(cx, n, ElementRule{{{"xml:lang", true}}, {}, true});
        pugi::xml_attribute langAttr = n.attribute("xml:lang");
        if (!langAttr)
            continue;  // reported by checkElement
        std::string lang = langAttr.value();
        if (!isUnLanguage(lang)) {
            cx.error(cx.src.valuePos(n, "xml:lang"), "unknown-language",
                     "unknown language '" + lang + "' in <" + name + "> of " + std::string(what),
                     "use one of the six UN languages: ar, en, es, fr, ru, zh");
            continue;
        }
        if (!seen.insert(lang).second) {
            cx.error(cx.src.pos(n), "duplicate-translation",
                     "<" + std::string(name) + " xml:lang=\"" + lang + "\"> appears twice in " +
                         std::string(what),
                     "keep one text per language; merge or delete the other");
            continue;
        }
        std::string value = trim(n.child_value());
        if (value.empty()) {
            cx.warning(cx.src.pos(n), "empty-text",
                       "<" + std::string(name) + " xml:lang=\"" + lang + "\"> of " +
                           std::string(what) + " is empty",
                       "write the text or remove the element");
            continue;
        }
        text.set(lang, std::move(value));
    }
    if (!first) {
        if (required)
            cx.error(cx.src.pos(parent), "missing-element",
                     std::string(what) + " has no <" + name + ">",
                     std::string("add <") + name + " xml:lang=\"en\">...</" + name + ">");
        return text;
    }
    // Missing translations: one diagnostic per language, at the first text element.
    std::vector<std::string> langs = cx.languages;
    for (const auto& r : cx.requiredLanguages)
        if (std::find(langs.begin(), langs.end(), r) == langs.end())
            langs.push_back(r);
    for (const auto& lang : langs) {
        if (text.has(lang) || seen.count(lang))
            continue;
        bool mustHave = std::find(cx.requiredLanguages.begin(), cx.requiredLanguages.end(), lang) !=
                        cx.requiredLanguages.end();
        cx.report(mustHave ? Severity::Error : Severity::Warning, cx.src.pos(first),
                  "missing-translation",
                  std::string(what) + " has no <" + name + "> in '" + lang + "'",
                  std::string("add <") + name + " xml:lang=\"" + lang + "\">...</" + name + ">");
    }
    return text;
}

}  // namespace revq::lint
