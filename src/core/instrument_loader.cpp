// Reads instrument definitions (docs/instrument-format.md): parts, articles, paragraphs and
// subparagraphs, with obligation levels and themes inherited downward.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/form_lint_checks.h"
#include "core/form_loader.h"

namespace revq {

namespace lint {

namespace {

constexpr const char* kInstrumentNamespace = "urn:revq:instrument:1";

const ElementRule kRootRule{{{"format-version", true}, {"id", true}, {"version", true}},
                            {"title", "short-title", "citation", "link", "themes", "part"}};
const ElementRule kThemesRule{{}, {"theme"}};
const ElementRule kThemeRule{{{"id", true}}, {"label"}};
const ElementRule kPartRule{{{"number", true}, {"reviewed", false}}, {"title", "article"}};
const ElementRule kArticleRule{
    {{"number", true},
     {"level", false},
     {"qualifier", false},
     {"themes", false},
     {"reviewed", false}},
    {"title", "summary", "authentic", "paragraph", "subparagraph", "xref"}};
const ElementRule kParagraphRule{
    {{"number", true}, {"level", false}, {"qualifier", false}, {"themes", false}},
    {"summary", "authentic", "subparagraph", "xref"}};
const ElementRule kSubparagraphRule{
    {{"letter", true}, {"level", false}, {"qualifier", false}, {"themes", false}},
    {"summary", "authentic", "xref"}};
const ElementRule kXrefRule{{{"instrument", true}, {"provision", true}, {"status", true}},
                            {"note"}};

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
}
bool allLowerLetters(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// How an article, paragraph or subparagraph is numbered, for the checks they share.
struct NumberRule {
    const char* kind;       // "article"
    const char* attribute;  // "number" or "letter"
    bool (*wellFormed)(std::string_view);
    const char* expected;  // "a number"
    const char* badHint;
    const char* duplicateHint;
};
const NumberRule kArticleNumber{"article",
                                "number",
                                allDigits,
                                "a number",
                                "write the article number in digits, e.g. number=\"5\"",
                                "each article number may appear once; renumber or merge them"};
const NumberRule kParagraphNumber{"paragraph",
                                  "number",
                                  allDigits,
                                  "a number",
                                  "write the paragraph number in digits, e.g. number=\"2\"",
                                  "each paragraph number may appear once in an article"};
const NumberRule kSubparagraphLetter{"subparagraph",
                                     "letter",
                                     allLowerLetters,
                                     "a letter a-z",
                                     "write the letter without brackets, e.g. letter=\"a\"",
                                     "each letter may appear once in its paragraph or article"};

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

bool readBool(Context& cx, pugi::xml_node n, const char* attr, bool fallback) {
    pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return fallback;
    std::string_view v = a.value();
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    cx.error(cx.src.valuePos(n, attr), "bad-value",
             std::string("'") + a.value() + "' is not a valid value for " + attr,
             "write true or false");
    return fallback;
}

class InstrumentReader {
  public:
    InstrumentReader(Context& cx, Instrument& ins) : cx_(cx), ins_(ins) {}

    void read(pugi::xml_node root) {
        checkElement(cx_, root, kRootRule);
        if (std::string_view(root.attribute("format-version").as_string("1")) != "1")
            cx_.error(cx_.src.valuePos(root, "format-version"), "unsupported-format-version",
                      std::string("instrument format-version '") +
                          root.attribute("format-version").value() + "' is not supported",
                      "this revq reads format-version=\"1\"");
        ins_.id = readId(cx_, root, "id", IdPattern::Slug, "instrument id");
        ins_.version = root.attribute("version").value();
        ins_.title = readText(cx_, root, "title", true, "the instrument");
        ins_.shortTitle = readText(cx_, root, "short-title", false, "the instrument");
        ins_.citation = trim(root.child("citation").child_value());
        if (pugi::xml_node c = root.child("citation"))
            checkElement(cx_, c, {{}, {}, true});
        if (pugi::xml_node l = root.child("link")) {
            checkElement(cx_, l, {{{"href", true}}, {}});
            ins_.link = l.attribute("href").value();
        }
        for (pugi::xml_node themes : root.children("themes")) {
            checkElement(cx_, themes, kThemesRule);
            for (pugi::xml_node t : themes.children("theme"))
                readTheme(t);
        }
        if (!root.child("part"))
            cx_.error(cx_.src.pos(root), "missing-element", "the instrument has no <part>",
                      "add <part number=\"I\"> with its articles");
        for (pugi::xml_node p : root.children("part"))
            readPart(p);
    }

  private:
    void readTheme(pugi::xml_node t) {
        checkElement(cx_, t, kThemeRule);
        Theme theme;
        theme.id = readId(cx_, t, "id", IdPattern::Slug, "theme id");
        if (!theme.id.empty() && !themeIds_.insert(theme.id).second)
            cx_.error(cx_.src.valuePos(t, "id"), "duplicate-id",
                      "theme id '" + theme.id + "' is used twice", "give each theme its own id");
        theme.label = readText(cx_, t, "label", true, "theme '" + theme.id + "'");
        ins_.themes.push_back(std::move(theme));
    }

    void readPart(pugi::xml_node p) {
        checkElement(cx_, p, kPartRule);
        InstrumentPart part;
        part.number = p.attribute("number").value();
        part.reviewed = readBool(cx_, p, "reviewed", true);
        part.title = readText(cx_, p, "title", true, "part " + part.number);
        ins_.parts.push_back(part);
        for (pugi::xml_node a : p.children("article"))
            readArticle(a, part);
    }

    std::vector<std::string> readThemes(pugi::xml_node n,
                                        const std::vector<std::string>& inherited) {
        std::vector<std::string> out = inherited;
        for (const auto& id : splitSpaces(n.attribute("themes").value())) {
            if (!themeIds_.count(id))
                cx_.error(
                    cx_.src.valuePos(n, "themes"), "unknown-theme", "unknown theme '" + id + "'",
                    "declare it as <theme id=\"" + id + "\"> under <themes>, or correct the id");
            if (std::find(out.begin(), out.end(), id) == out.end())
                out.push_back(id);
        }
        return out;
    }

    ObligationLevel readLevel(pugi::xml_node n, ObligationLevel* own) {
        *own = ObligationLevel::Unset;
        pugi::xml_attribute a = n.attribute("level");
        if (!a)
            return ObligationLevel::Unset;
        *own = parseObligationLevel(a.value());
        if (*own == ObligationLevel::Unset)
            cx_.error(
                cx_.src.valuePos(n, "level"), "bad-level",
                std::string("unknown obligation level '") + a.value() + "'",
                "use mandatory, mandatory-qualified, consider, endeavour, recommendation or none");
        return *own;
    }

    // Common part of articles, paragraphs and subparagraphs.
    size_t addProvision(pugi::xml_node n, Provision p, long parent, const std::string& what) {
        ObligationLevel own;
        readLevel(n, &own);
        p.ownLevel = own;
        p.level = own != ObligationLevel::Unset ? own
                  : parent >= 0                 ? ins_.provisions[parent].level
                                                : ObligationLevel::Unset;
        p.qualifier = n.attribute("qualifier").value();
        p.themes = readThemes(
            n, parent >= 0 ? ins_.provisions[parent].themes : std::vector<std::string>{});
        p.summary = readText(cx_, n, "summary", false, what);
        p.authentic = readText(cx_, n, "authentic", false, what + " (authentic text)");
        p.parent = parent;
        p.pos = cx_.src.pos(n);
        for (pugi::xml_node x : n.children("xref"))
            readXref(x, p, what);
        size_t index = ins_.provisions.size();
        std::string key = p.ref.key();
        if (!ins_.byKey.emplace(key, index).second) {
            // Reported as a duplicate number by the caller; keep the first for lookups.
        }
        ins_.provisions.push_back(std::move(p));
        if (parent >= 0)
            ins_.provisions[parent].children.push_back(index);
        return index;
    }

    void readXref(pugi::xml_node x, Provision& p, const std::string& what) {
        checkElement(cx_, x, kXrefRule);
        CrossReference r;
        r.instrument = x.attribute("instrument").value();
        r.provision = x.attribute("provision").value();
        if (x.attribute("provision") && !parseProvisionRef(r.provision))
            cx_.error(cx_.src.valuePos(x, "provision"), "bad-reference",
                      "'" + r.provision + "' is not a provision reference",
                      "write it like 24, 10(1) or 6(3)(a)");
        std::string_view status = x.attribute("status").value();
        if (status == "confirmed")
            r.confirmed = true;
        else if (x.attribute("status") && status != "reading")
            cx_.error(
                cx_.src.valuePos(x, "status"), "bad-xref-status",
                "cross-reference status '" + std::string(status) + "' is not known",
                "use confirmed (stated by an authoritative source) or reading (revq's reading)");
        r.note = readText(cx_, x, "note", false, "the cross-reference of " + what);
        p.xrefs.push_back(std::move(r));
    }

    void checkLevelAndSummary(size_t index, pugi::xml_node n, const std::string& what) {
        Provision& p = ins_.provisions[index];
        // A container without a level of its own whose parts all have one (article 5 with
        // paragraphs 1 and 2) takes the strongest of them, so that gap analysis can rank it.
        if (p.level == ObligationLevel::Unset && !p.children.empty()) {
            ObligationLevel strongest = ObligationLevel::Unset;
            bool all = true;
            for (size_t c : p.children) {
                ObligationLevel l = ins_.provisions[c].level;
                all = all && l != ObligationLevel::Unset;
                if (obligationRank(l) < obligationRank(strongest))
                    strongest = l;
            }
            if (all)
                p.level = strongest;
        }
        if (p.level == ObligationLevel::Unset)
            cx_.error(cx_.src.pos(n), "missing-level", what + " has no obligation level",
                      "add level=\"...\" to it or to the article/paragraph that contains it");
        if (p.summary.empty() && p.children.empty())
            cx_.warning(cx_.src.pos(n), "missing-summary", what + " has no <summary>",
                        "add <summary xml:lang=\"en\">...</summary> (and one per language)");
    }

    // The number (or letter) of `n`: well formed, and not used by a sibling before (`seen`).
    void checkNumber(pugi::xml_node n, const NumberRule& rule, const std::string& value,
                     std::set<std::string>& seen, const std::string& what) {
        if (n.attribute(rule.attribute) && !rule.wellFormed(value))
            cx_.error(cx_.src.valuePos(n, rule.attribute), "bad-number",
                      std::string(rule.kind) + " " + rule.attribute + " '" + value + "' is not " +
                          rule.expected,
                      rule.badHint);
        if (!value.empty() && !seen.insert(value).second)
            cx_.error(cx_.src.valuePos(n, rule.attribute), "duplicate-number",
                      what + " is defined twice", rule.duplicateHint);
    }

    void readArticle(pugi::xml_node a, const InstrumentPart& part) {
        checkElement(cx_, a, kArticleRule);
        Provision p;
        p.kind = Provision::Kind::Article;
        p.ref.article = a.attribute("number").value();
        p.part = part.number;
        p.reviewed = readBool(cx_, a, "reviewed", part.reviewed);
        const std::string what = "article " + p.ref.article;
        checkNumber(a, kArticleNumber, p.ref.article, articleNumbers_, what);
        p.title = readText(cx_, a, "title", true, what);
        size_t index = addProvision(a, std::move(p), -1, what);
        std::set<std::string> numbers, letters;
        for (pugi::xml_node c : a.children()) {
            if (std::string_view(c.name()) == "paragraph")
                readParagraph(c, index, numbers);
            else if (std::string_view(c.name()) == "subparagraph")
                readSubparagraph(c, index, letters);
        }
        checkLevelAndSummary(index, a, what);
    }

    void readParagraph(pugi::xml_node n, size_t article, std::set<std::string>& numbers) {
        checkElement(cx_, n, kParagraphRule);
        Provision p;
        p.kind = Provision::Kind::Paragraph;
        p.ref = ins_.provisions[article].ref;
        p.ref.paragraph = n.attribute("number").value();
        p.part = ins_.provisions[article].part;
        p.reviewed = ins_.provisions[article].reviewed;
        const std::string what = "paragraph " + p.ref.key();
        checkNumber(n, kParagraphNumber, p.ref.paragraph, numbers, what);
        size_t index = addProvision(n, std::move(p), static_cast<long>(article), what);
        std::set<std::string> letters;
        for (pugi::xml_node c : n.children("subparagraph"))
            readSubparagraph(c, index, letters);
        checkLevelAndSummary(index, n, what);
    }

    void readSubparagraph(pugi::xml_node n, size_t parent, std::set<std::string>& letters) {
        checkElement(cx_, n, kSubparagraphRule);
        Provision p;
        p.kind = Provision::Kind::Subparagraph;
        p.ref = ins_.provisions[parent].ref;
        p.ref.subparagraph = n.attribute("letter").value();
        p.part = ins_.provisions[parent].part;
        p.reviewed = ins_.provisions[parent].reviewed;
        const std::string what = "subparagraph " + p.ref.key();
        checkNumber(n, kSubparagraphLetter, p.ref.subparagraph, letters, what);
        size_t index = addProvision(n, std::move(p), static_cast<long>(parent), what);
        checkLevelAndSummary(index, n, what);
    }

    Context& cx_;
    Instrument& ins_;
    std::set<std::string> themeIds_;
    std::set<std::string> articleNumbers_;
};

}  // namespace

std::shared_ptr<Instrument> readInstrument(Context& cx, pugi::xml_node root) {
    auto ins = std::make_shared<Instrument>();
    if (std::string_view(root.name()) != "instrument-definition" ||
        std::string_view(root.attribute("xmlns").value()) != kInstrumentNamespace) {
        cx.error(
            cx.src.pos(root), "not-an-instrument",
            "this is not a revq instrument definition (root <" + std::string(root.name()) + ">)",
            std::string("the root must be <instrument-definition xmlns=\"") + kInstrumentNamespace +
                "\" format-version=\"1\">");
        return ins;
    }
    InstrumentReader(cx, *ins).read(root);
    return ins;
}

}  // namespace lint

namespace {
std::vector<std::string> allLanguages() {
    return std::vector<std::string>(kUnLanguages.begin(), kUnLanguages.end());
}
}  // namespace

InstrumentLoadResult loadInstrumentText(const std::string& xml, const std::string& displayName,
                                        const LoadOptions& options) {
    InstrumentLoadResult result;
    XmlSource src;
    if (!src.parse(xml, displayName, result.diagnostics))
        return result;
    lint::Context cx{src, result.diagnostics, allLanguages(), options.requiredLanguages};
    auto ins = lint::readInstrument(cx, src.doc().document_element());
    if (!result.diagnostics.hasErrors()) {
        ins->path = displayName;
        result.instrument = ins;
    }
    return result;
}

InstrumentLoadResult loadInstrumentFile(const std::string& path, const LoadOptions& options) {
    InstrumentLoadResult result;
    std::string text;
    if (!XmlSource::readFile(path, &text, result.diagnostics))
        return result;
    return loadInstrumentText(text, path, options);
}

}  // namespace revq
