// Reads form definitions (docs/form-format.md) into the Form model, reporting every problem at
// once. The instrument comes from the file named by `href` or from an inline
// <instrument-definition>. Cross-checks live in form_lint_references.cpp and
// form_lint_expressions.cpp.
#include "core/form_loader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "core/data_paths.h"
#include "core/form_lint_checks.h"

namespace revq {

namespace {

using lint::AttributeRule;
using lint::checkElement;
using lint::ElementRule;
using lint::IdPattern;
using lint::readId;
using lint::readText;

constexpr const char* kFormNamespace = "urn:revq:form:1";

const ElementRule kFormRule{
    {{"format-version", true}, {"id", true}, {"version", true}, {"languages", false}},
    {"title", "intro", "instrument", "choice-lists", "cluster"}};
const ElementRule kInstrumentRefRule{{{"ref", true}, {"version", true}, {"href", false}},
                                     {"instrument-definition"}};
const ElementRule kChoiceListsRule{{}, {"choices"}};
const ElementRule kChoicesRule{{{"id", true}}, {"choice"}};
const ElementRule kChoiceRule{{{"value", true}, {"other", false}}, {"label"}};
const ElementRule kClusterRule{{{"id", true}, {"number", true}, {"assignment", true}},
                               {"title", "section"}};
const ElementRule kSectionRule{
    {{"id", true}, {"article", false}, {"refs", false}, {"relevant", false}},
    {"title", "intro", "question"}};
const ElementRule kQuestionRule{{{"id", true},
                                 {"type", true},
                                 {"refs", false},
                                 {"choices", false},
                                 {"required", false},
                                 {"relevant", false},
                                 {"constraint", false},
                                 {"min", false},
                                 {"max", false},
                                 {"replaces", false},
                                 {"cell-type", false},
                                 {"totals", false}},
                                {"label", "help", "constraint-message", "unit", "rows", "columns"}};
const ElementRule kRowsRule{{}, {"row"}};
const ElementRule kRowRule{{{"id", true}}, {"label"}};
const ElementRule kColumnsRule{{}, {"column"}};
const ElementRule kColumnRule{{{"id", true}}, {"label"}};

std::vector<std::string> splitSpaces(std::string_view s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
        size_t j = i;
        while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])))
            ++j;
        if (j > i)
            out.emplace_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::optional<double> parseNumber(std::string_view s) {
    std::string t = lint::trim(s);
    if (t.empty())
        return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size())
        return std::nullopt;
    return v;
}

class FormReader {
  public:
    FormReader(lint::Context& cx, Form& form, std::string baseDir, const LoadOptions& options)
        : cx_(cx), form_(form), baseDir_(std::move(baseDir)), options_(options) {}

    void read(pugi::xml_node root) {
        checkElement(cx_, root, kFormRule);
        form_.id = readId(cx_, root, "id", IdPattern::Slug, "form id");
        form_.version = root.attribute("version").value();
        if (root.attribute("version") && lint::trim(form_.version).empty())
            cx_.error(cx_.src.valuePos(root, "version"), "bad-value", "the form version is empty",
                      "write a version such as version=\"1.0\"");
        form_.title = readText(cx_, root, "title", true, "the form");
        form_.intro = readText(cx_, root, "intro", false, "the form");
        readInstrumentRef(root);
        for (pugi::xml_node lists : root.children("choice-lists")) {
            checkElement(cx_, lists, kChoiceListsRule);
            for (pugi::xml_node c : lists.children("choices"))
                readChoices(c);
        }
        // Reserve so that questions are moved into place once (a Question is costly to copy).
        size_t questionCount = 0, sectionCount = 0;
        for (pugi::xml_node c : root.children("cluster"))
            for (pugi::xml_node s : c.children("section")) {
                ++sectionCount;
                for (pugi::xml_node q : s.children("question"))
                    questionCount += bool(q);
            }
        form_.questions.reserve(questionCount);
        form_.sections.reserve(sectionCount);
        questionNodes_.reserve(questionCount);
        for (pugi::xml_node c : root.children("cluster"))
            readCluster(c);
        if (form_.questions.empty())
            cx_.warning(cx_.src.pos(root), "no-questions", "the form has no questions",
                        "add <cluster> elements with sections and questions");
        lint::checkReferences(cx_, form_, questionNodes_, sectionNodes_, instrumentNode_);
        lint::checkExpressions(cx_, form_);
    }

  private:
    void readInstrumentRef(pugi::xml_node root) {
        pugi::xml_node n = root.child("instrument");
        if (!n) {
            cx_.error(cx_.src.pos(root), "missing-element", "the form names no <instrument>",
                      "add <instrument ref=\"...\" version=\"...\" href=\"instruments/....xml\"/>");
            return;
        }
        if (n.next_sibling("instrument"))
            cx_.error(cx_.src.pos(n.next_sibling("instrument")), "duplicate-element",
                      "the form has more than one <instrument>", "keep one <instrument>");
        instrumentNode_ = n;
        checkElement(cx_, n, kInstrumentRefRule);
        form_.instrumentRef = n.attribute("ref").value();
        form_.instrumentVersion = n.attribute("version").value();
        form_.instrumentHref = n.attribute("href").value();
        pugi::xml_node inline_ = n.child("instrument-definition");
        if (inline_ && n.attribute("href")) {
            cx_.error(cx_.src.pos(n, "href"), "duplicate-instrument",
                      "<instrument> has both href and an inline <instrument-definition>",
                      "keep one: the href or the inline definition");
        }
        if (inline_) {
            form_.instrument = lint::readInstrument(cx_, inline_);
            return;
        }
        if (!n.attribute("href")) {
            cx_.error(cx_.src.pos(n), "missing-instrument",
                      "<instrument> has neither href nor an inline <instrument-definition>",
                      "add href=\"instruments/FILE.xml\" (relative to this form)");
            return;
        }
        namespace fs = std::filesystem;
        fs::path p = pathFromUtf8(form_.instrumentHref);
        if (p.is_relative())
            p = pathFromUtf8(baseDir_) / p;
        std::string path = pathToUtf8(p.lexically_normal());
        std::string text;
        Diagnostics fileDiags;
        if (!XmlSource::readFile(path, &text, fileDiags)) {
            // Both: why the file could not be read (under its own name), and where it is named.
            for (auto& d : fileDiags.items)
                cx_.diags.add(std::move(d));
            cx_.error(cx_.src.valuePos(n, "href"), "missing-instrument",
                      "cannot read the instrument file '" + path + "'",
                      "check href; it is relative to the form file");
            return;
        }
        instrumentSource_ = std::make_unique<XmlSource>();
        if (!instrumentSource_->parse(std::move(text), path, cx_.diags))
            return;
        lint::Context icx{*instrumentSource_, cx_.diags, cx_.languages, cx_.requiredLanguages};
        auto ins = lint::readInstrument(icx, instrumentSource_->doc().document_element());
        ins->path = path;
        form_.instrument = ins;
    }

    void readChoices(pugi::xml_node n) {
        checkElement(cx_, n, kChoicesRule);
        ChoiceList list;
        list.id = readId(cx_, n, "id", IdPattern::Token, "choice list id");
        list.pos = cx_.src.pos(n);
        if (!list.id.empty() && !listIds_.insert(list.id).second)
            cx_.error(cx_.src.valuePos(n, "id"), "duplicate-id",
                      "choice list id '" + list.id + "' is used twice",
                      "give each <choices> list its own id");
        std::set<std::string> values;
        for (pugi::xml_node c : n.children("choice")) {
            checkElement(cx_, c, kChoiceRule);
            Choice choice;
            choice.value = readId(cx_, c, "value", IdPattern::Token, "choice value");
            if (!choice.value.empty() && !values.insert(choice.value).second)
                cx_.error(
                    cx_.src.valuePos(c, "value"), "duplicate-id",
                    "choice value '" + choice.value + "' appears twice in list '" + list.id + "'",
                    "give each choice of a list its own value");
            std::string_view other = c.attribute("other").value();
            if (c.attribute("other") && other != "true" && other != "false")
                cx_.error(cx_.src.valuePos(c, "other"), "bad-value",
                          "'" + std::string(other) + "' is not a valid value for other",
                          "write true or false");
            choice.other = other == "true";
            choice.label = readText(cx_, c, "label", true,
                                    "choice '" + choice.value + "' of list '" + list.id + "'");
            list.choices.push_back(std::move(choice));
        }
        if (list.choices.empty())
            cx_.error(cx_.src.pos(n), "empty-choice-list",
                      "choice list '" + list.id + "' has no choices",
                      "add <choice value=\"...\"> elements or remove the list");
        form_.choiceLists.push_back(std::move(list));
    }

    void readCluster(pugi::xml_node n) {
        checkElement(cx_, n, kClusterRule);
        Cluster c;
        c.id = readId(cx_, n, "id", IdPattern::Token, "cluster id");
        c.number = n.attribute("number").value();
        c.pos = cx_.src.pos(n);
        if (!c.id.empty() && !clusterIds_.insert(c.id).second)
            cx_.error(cx_.src.valuePos(n, "id"), "duplicate-id",
                      "cluster id '" + c.id + "' is used twice", "give each cluster its own id");
        std::string_view a = n.attribute("assignment").value();
        if (n.attribute("assignment") && a != "confirmed" && a != "reading")
            cx_.error(cx_.src.valuePos(n, "assignment"), "bad-value",
                      "unknown assignment '" + std::string(a) + "'",
                      "write confirmed (assignment confirmed by the review mechanism) or reading");
        c.confirmed = a == "confirmed";
        c.title = readText(cx_, n, "title", true, "cluster '" + c.id + "'");
        size_t index = form_.clusters.size();
        form_.clusters.push_back(std::move(c));
        for (pugi::xml_node s : n.children("section"))
            readSection(s, index);
    }

    std::vector<ProvisionRef> readRefs(pugi::xml_node n, const char* attr) {
        std::vector<std::string> bad;
        auto refs = parseProvisionRefs(n.attribute(attr).value(), &bad);
        for (const auto& b : bad)
            cx_.error(cx_.src.valuePos(n, attr), "bad-reference",
                      "'" + b + "' is not a provision reference",
                      "write references like 5, 5(1), 5(2)(a) or 3(a), separated by spaces");
        return refs;
    }

    Expression readExpression(pugi::xml_node n, const char* attr) {
        Expression e;
        if (pugi::xml_attribute a = n.attribute(attr)) {
            e.text = a.value();
            e.pos = cx_.src.valuePos(n, attr);
            if (lint::trim(e.text).empty())
                cx_.error(e.pos, "empty-expression",
                          std::string("the ") + attr + " expression is empty",
                          std::string("write an XPath expression or remove ") + attr);
        }
        return e;
    }

    void readSection(pugi::xml_node n, size_t cluster) {
        checkElement(cx_, n, kSectionRule);
        Section s;
        s.id = readId(cx_, n, "id", IdPattern::Token, "section id");
        s.pos = cx_.src.pos(n);
        s.cluster = cluster;
        if (!s.id.empty() && !form_.sectionIndexById.emplace(s.id, form_.sections.size()).second)
            cx_.error(cx_.src.valuePos(n, "id"), "duplicate-id",
                      "section id '" + s.id + "' is used twice", "give each section its own id");
        s.article = n.attribute("article").value();
        s.refs = readRefs(n, "refs");
        s.relevant = readExpression(n, "relevant");
        s.title = readText(cx_, n, "title", true, "section '" + s.id + "'");
        s.intro = readText(cx_, n, "intro", false, "section '" + s.id + "'");
        size_t index = form_.sections.size();
        form_.clusters[cluster].sections.push_back(index);
        form_.sections.push_back(std::move(s));
        sectionNodes_.push_back(n);
        for (pugi::xml_node q : n.children("question"))
            readQuestion(q, index);
    }

    void notApplicable(pugi::xml_node n, const char* attr, const Question& q) {
        if (n.attribute(attr))
            cx_.error(cx_.src.pos(n, attr), "attribute-not-applicable",
                      std::string("attribute '") + attr +
                          "' does not apply to a question of type '" +
                          std::string(toString(q.type)) + "'",
                      "remove it, or change the question's type");
    }

    void readBound(pugi::xml_node n, const char* attr, Question& q, std::optional<double>& out) {
        pugi::xml_attribute a = n.attribute(attr);
        if (!a || !isNumeric(q.type))
            return;
        out = parseNumber(a.value());
        bool integral = out && *out == static_cast<double>(static_cast<long long>(*out));
        if (!out || (q.type == QuestionType::Integer && !integral)) {
            cx_.error(cx_.src.valuePos(n, attr), "bad-number",
                      std::string("'") + a.value() + "' is not " +
                          (q.type == QuestionType::Integer ? "a whole number" : "a number"),
                      std::string("write ") + attr + " in digits, e.g. " + attr + "=\"0\"");
            out.reset();
        }
    }

    std::vector<TableAxisItem> readAxis(pugi::xml_node q, const char* axis, const char* item,
                                        const ElementRule& axisRule, const ElementRule& itemRule,
                                        const std::string& qid) {
        std::vector<TableAxisItem> out;
        pugi::xml_node n = q.child(axis);
        if (!n) {
            cx_.error(cx_.src.pos(q), "missing-element",
                      "table question '" + qid + "' has no <" + axis + ">",
                      std::string("add <") + axis + "><" + item + " id=\"...\">...</" + item +
                          "></" + axis + ">");
            return out;
        }
        checkElement(cx_, n, axisRule);
        std::set<std::string> ids;
        for (pugi::xml_node r : n.children(item)) {
            checkElement(cx_, r, itemRule);
            TableAxisItem it;
            it.id = readId(cx_, r, "id", IdPattern::Token, std::string(item) + " id");
            if (!it.id.empty() && !ids.insert(it.id).second)
                cx_.error(
                    cx_.src.valuePos(r, "id"), "duplicate-id",
                    std::string(item) + " id '" + it.id + "' appears twice in table '" + qid + "'",
                    std::string("give each ") + item + " its own id");
            it.label = readText(cx_, r, "label", true,
                                std::string(item) + " '" + it.id + "' of table '" + qid + "'");
            out.push_back(std::move(it));
        }
        if (out.empty())
            cx_.error(cx_.src.pos(n), "empty-table-axis",
                      "<" + std::string(axis) + "> of table '" + qid + "' is empty",
                      std::string("add at least one <") + item + ">");
        return out;
    }

    void readQuestion(pugi::xml_node n, size_t section) {
        checkElement(cx_, n, kQuestionRule);
        Question q;
        q.id = readId(cx_, n, "id", IdPattern::Variable, "question id");
        q.pos = cx_.src.pos(n);
        q.section = section;
        const std::string what = "question '" + q.id + "'";
        if (!q.id.empty() && !form_.questionIndexById.emplace(q.id, form_.questions.size()).second)
            cx_.error(cx_.src.valuePos(n, "id"), "duplicate-id",
                      "question id '" + q.id + "' is used twice",
                      "give each question its own id; responses key answers by it");
        std::string_view typeText = n.attribute("type").value();
        bool typeKnown = true;
        if (auto t = parseQuestionType(typeText)) {
            q.type = *t;
        } else {
            typeKnown = false;
            q.type = QuestionType::ShortText;
            if (n.attribute("type"))
                cx_.error(cx_.src.valuePos(n, "type"), "unknown-type",
                          "unknown question type '" + std::string(typeText) + "'",
                          "use single, multiple, text, textarea, integer, decimal, date, table, "
                          "legislation, ta-needs or note");
        }
        q.refs = readRefs(n, "refs");
        q.label = readText(cx_, n, "label", true, what);
        q.help = readText(cx_, n, "help", false, what);
        q.unit = readText(cx_, n, "unit", false, what);
        q.constraintMessage = readText(cx_, n, "constraint-message", false, what);
        q.relevant = readExpression(n, "relevant");
        q.constraint = readExpression(n, "constraint");
        q.replaces = n.attribute("replaces").value();
        if (n.attribute("replaces") && !lint::matchesPattern(q.replaces, IdPattern::Variable))
            cx_.error(cx_.src.valuePos(n, "replaces"), "bad-id",
                      "replaces='" + q.replaces + "' is not a valid question id",
                      "name the question of the earlier form version: " +
                          std::string(lint::describePattern(IdPattern::Variable)));
        if (pugi::xml_attribute r = n.attribute("required")) {
            std::string_view v = r.value();
            if (v == "true")
                q.requiredAlways = true;
            else if (v != "false")
                q.required = readExpression(n, "required");
        }
        if (typeKnown)
            checkTypeSpecific(n, q, what);
        if (!q.constraint.empty() && q.constraintMessage.empty())
            cx_.error(cx_.src.pos(n, "constraint"), "missing-constraint-message",
                      what + " has a constraint but no <constraint-message>",
                      "add <constraint-message xml:lang=\"en\">...</constraint-message> saying "
                      "what a valid answer is");
        if (q.constraint.empty() && !q.constraintMessage.empty())
            cx_.warning(cx_.src.pos(n.child("constraint-message")), "unused-constraint-message",
                        what + " has a <constraint-message> but no constraint",
                        "add constraint=\"...\" or remove the message");
        const Section& s = form_.sections[section];
        if (q.type != QuestionType::Note && q.refs.empty() && !n.attribute("refs") &&
            s.refs.empty() && s.article.empty())
            cx_.error(cx_.src.pos(n), "missing-refs", what + " names no provision it reviews",
                      "add refs=\"ART(PARA)\" to the question, or article=\"...\" to its section");
        size_t index = form_.questions.size();
        form_.sections[section].questions.push_back(index);
        form_.questions.push_back(std::move(q));
        questionNodes_.push_back(n);
    }

    void checkTypeSpecific(pugi::xml_node n, Question& q, const std::string& what) {
        const bool choice = q.type == QuestionType::SingleChoice ||
                            q.type == QuestionType::MultipleChoice ||
                            q.type == QuestionType::TaNeeds;
        if (choice) {
            q.choiceListId = n.attribute("choices").value();
            if (q.type == QuestionType::TaNeeds && q.choiceListId.empty())
                q.choiceListId = "ta-kinds";
            if (q.choiceListId.empty())
                cx_.error(cx_.src.pos(n), "missing-attribute",
                          what + " of type '" + std::string(toString(q.type)) +
                              "' has no 'choices' attribute",
                          "add choices=\"LIST-ID\" naming a <choices> list");
        } else {
            notApplicable(n, "choices", q);
        }
        if (isNumeric(q.type)) {
            readBound(n, "min", q, q.min);
            readBound(n, "max", q, q.max);
            if (q.min && q.max && *q.min > *q.max)
                cx_.error(cx_.src.pos(n, "min"), "min-greater-than-max",
                          what + ": min " + n.attribute("min").value() + " is greater than max " +
                              n.attribute("max").value(),
                          "swap them or correct one of the bounds");
        } else {
            notApplicable(n, "min", q);
            notApplicable(n, "max", q);
            if (n.child("unit"))
                cx_.error(cx_.src.pos(n.child("unit")), "element-not-applicable",
                          "<unit> does not apply to a question of type '" +
                              std::string(toString(q.type)) + "'",
                          "remove it, or make the question integer or decimal");
        }
        if (q.type == QuestionType::Table) {
            std::string_view ct = n.attribute("cell-type").as_string("integer");
            if (ct == "integer")
                q.table.cellType = CellType::Integer;
            else if (ct == "decimal")
                q.table.cellType = CellType::Decimal;
            else if (ct == "text")
                q.table.cellType = CellType::Text;
            else
                cx_.error(cx_.src.valuePos(n, "cell-type"), "bad-value",
                          "unknown cell-type '" + std::string(ct) + "'",
                          "write integer, decimal or text");
            for (const auto& t : splitSpaces(n.attribute("totals").value())) {
                if (t == "rows")
                    q.table.rowTotals = true;
                else if (t == "columns")
                    q.table.columnTotals = true;
                else
                    cx_.error(cx_.src.valuePos(n, "totals"), "bad-value",
                              "unknown totals '" + t + "'",
                              "write rows, columns or \"rows columns\"");
            }
            q.table.rows = readAxis(n, "rows", "row", kRowsRule, kRowRule, q.id);
            q.table.columns = readAxis(n, "columns", "column", kColumnsRule, kColumnRule, q.id);
        } else {
            notApplicable(n, "cell-type", q);
            notApplicable(n, "totals", q);
            for (const char* axis : {"rows", "columns"})
                if (n.child(axis))
                    cx_.error(cx_.src.pos(n.child(axis)), "element-not-applicable",
                              "<" + std::string(axis) + "> applies only to table questions",
                              "remove it, or make the question type=\"table\"");
        }
        if (q.type == QuestionType::Note) {
            for (const char* attr : {"required", "constraint"})
                if (n.attribute(attr))
                    cx_.error(cx_.src.pos(n, attr), "attribute-not-applicable",
                              std::string("a note has no answer, so '") + attr + "' does not apply",
                              "remove it");
            q.requiredAlways = false;
            q.required = {};
            q.constraint = {};
        }
    }

    lint::Context& cx_;
    Form& form_;
    std::string baseDir_;
    const LoadOptions& options_;
    std::unique_ptr<XmlSource> instrumentSource_;
    pugi::xml_node instrumentNode_;
    std::vector<pugi::xml_node> questionNodes_, sectionNodes_;
    std::set<std::string> listIds_, clusterIds_;
};

std::vector<std::string> readLanguages(lint::Context& cx, pugi::xml_node root) {
    pugi::xml_attribute a = root.attribute("languages");
    if (!a)
        return std::vector<std::string>(kUnLanguages.begin(), kUnLanguages.end());
    std::vector<std::string> out;
    for (const auto& l : splitSpaces(a.value())) {
        if (!isUnLanguage(l))
            cx.error(cx.src.valuePos(root, "languages"), "unknown-language",
                     "unknown language '" + l + "' in languages",
                     "use the UN language codes ar, en, es, fr, ru, zh separated by spaces");
        else if (std::find(out.begin(), out.end(), l) == out.end())
            out.push_back(l);
    }
    if (out.empty()) {
        cx.error(cx.src.valuePos(root, "languages"), "bad-value", "languages names no language",
                 "write e.g. languages=\"ar en es fr ru zh\", or remove it for all six");
    }
    return out;
}

}  // namespace

FormLoadResult loadFormText(const std::string& xml, const std::string& displayName,
                            const std::string& baseDir, const LoadOptions& options) {
    FormLoadResult result;
    XmlSource src;
    if (!src.parse(xml, displayName, result.diagnostics))
        return result;
    lint::Context cx{src, result.diagnostics, {}, options.requiredLanguages};
    pugi::xml_node root = src.doc().document_element();
    if (std::string_view(root.name()) != "form" ||
        std::string_view(root.attribute("xmlns").value()) != kFormNamespace) {
        std::string what =
            std::string_view(root.name()) == "form"
                ? "<form> is not in the revq namespace"
                : "this is not a revq form (root element <" + std::string(root.name()) + ">)";
        cx.error(src.pos(root), "not-a-form", what,
                 std::string("a form starts with <form xmlns=\"") + kFormNamespace +
                     "\" format-version=\"1\" id=\"...\" version=\"...\">");
        return result;
    }
    if (pugi::xml_attribute fv = root.attribute("format-version");
        fv && std::string_view(fv.value()) != "1") {
        cx.error(src.valuePos(root, "format-version"), "unsupported-format-version",
                 std::string("form format-version '") + fv.value() + "' is not supported",
                 "this revq reads format-version=\"1\"; use a newer revq for newer forms");
        return result;
    }
    cx.languages = readLanguages(cx, root);
    auto form = std::make_shared<Form>();
    form->path = displayName;
    form->languages = cx.languages;
    FormReader(cx, *form, baseDir, options).read(root);
    if (!result.diagnostics.hasErrors())
        result.form = form;
    return result;
}

FormLoadResult loadFormFile(const std::string& path, const LoadOptions& options) {
    FormLoadResult result;
    std::string text;
    if (!XmlSource::readFile(path, &text, result.diagnostics))
        return result;
    std::string dir = pathToUtf8(pathFromUtf8(path).parent_path());
    return loadFormText(text, path, dir.empty() ? "." : dir, options);
}

}  // namespace revq
