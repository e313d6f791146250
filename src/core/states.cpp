#include "core/states.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "core/data_paths.h"
#include "core/utf8.h"

namespace revq {

namespace {

constexpr std::string_view kNamespace = "urn:revq:states:1";
constexpr std::string_view kFormatVersion = "1";

struct GroupInfo {
    RegionalGroup group;
    std::string_view id;
    // Labels in kUnLanguages order: ar, en, es, fr, ru, zh. The UN's own names of the groups.
    std::array<std::string_view, 6> labels;
};

constexpr std::array<GroupInfo, 6> kGroups = {{
    {RegionalGroup::African,
     "african",
     {"مجموعة الدول الأفريقية", "African States", "Estados de África", "États d'Afrique",
      "Государства Африки", "非洲国家"}},
    {RegionalGroup::AsiaPacific,
     "asia-pacific",
     {"مجموعة دول آسيا والمحيط الهادئ", "Asia-Pacific States", "Estados de Asia y el Pacífico",
      "États d'Asie et du Pacifique", "Государства Азиатско-Тихоокеанского региона",
      "亚洲-太平洋国家"}},
    {RegionalGroup::EasternEuropean,
     "eastern-european",
     {"مجموعة دول أوروبا الشرقية", "Eastern European States", "Estados de Europa Oriental",
      "États d'Europe orientale", "Государства Восточной Европы", "东欧国家"}},
    {RegionalGroup::LatinAmericanCaribbean,
     "latin-american-caribbean",
     {"مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي", "Latin American and Caribbean States",
      "Estados de América Latina y el Caribe", "États d'Amérique latine et des Caraïbes",
      "Государства Латинской Америки и Карибского бассейна", "拉丁美洲和加勒比国家"}},
    {RegionalGroup::WesternEuropeanOther,
     "western-european-other",
     {"مجموعة دول أوروبا الغربية ودول أخرى", "Western European and other States",
      "Estados de Europa Occidental y otros Estados", "États d'Europe occidentale et autres États",
      "Государства Западной Европы и другие государства", "西欧和其他国家"}},
    {RegionalGroup::None,
     "none",
     {"لا تنتمي إلى أي مجموعة إقليمية", "No regional group", "Ningún grupo regional",
      "Aucun groupe régional", "Не входит в региональную группу", "不属于任何区域组"}},
}};

const GroupInfo& info(RegionalGroup group) {
    for (const auto& g : kGroups)
        if (g.group == group)
            return g;
    return kGroups.back();
}

bool isUpperAscii(std::string_view s, size_t n) {
    return s.size() == n &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string upperAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Turns pugixml's byte offsets into 1-based line:column (column in code points).
class Positions {
  public:
    explicit Positions(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                starts_.push_back(i + 1);
    }
    void at(size_t offset, int* line, int* column) const {
        offset = std::min(offset, text_.size());
        auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
        *line = static_cast<int>(it - starts_.begin()) + 1;
        *column = static_cast<int>(codePointCount(text_.substr(*it, offset - *it))) + 1;
    }
    // Position of an element's '<' (pugixml points at its name).
    void at(pugi::xml_node node, int* line, int* column) const {
        ptrdiff_t off = node.offset_debug();
        if (off < 0) {
            *line = *column = 0;
            return;
        }
        size_t o = static_cast<size_t>(off);
        if (o > 0 && o <= text_.size() && text_[o - 1] == '<')
            --o;
        at(o, line, column);
    }

  private:
    std::string_view text_;
    std::vector<size_t> starts_;
};

class Reporter {
  public:
    Reporter(std::string file, const Positions* pos, Diagnostics& diags)
        : file_(std::move(file)), pos_(pos), diags_(diags) {}

    void error(pugi::xml_node at, std::string code, std::string message, std::string hint) {
        add(at, Severity::Error, std::move(code), std::move(message), std::move(hint));
    }
    void warning(pugi::xml_node at, std::string code, std::string message, std::string hint) {
        add(at, Severity::Warning, std::move(code), std::move(message), std::move(hint));
    }
    void errorAtOffset(size_t offset, std::string code, std::string message, std::string hint) {
        Diagnostic d = base(Severity::Error, std::move(code), std::move(message), std::move(hint));
        if (pos_)
            pos_->at(offset, &d.line, &d.column);
        diags_.add(std::move(d));
    }

  private:
    Diagnostic base(Severity s, std::string code, std::string message, std::string hint) {
        Diagnostic d;
        d.file = file_;
        d.severity = s;
        d.code = std::move(code);
        d.message = std::move(message);
        d.hint = std::move(hint);
        return d;
    }
    void add(pugi::xml_node at, Severity s, std::string code, std::string message,
             std::string hint) {
        Diagnostic d = base(s, std::move(code), std::move(message), std::move(hint));
        if (pos_ && at)
            pos_->at(at, &d.line, &d.column);
        diags_.add(std::move(d));
    }

    std::string file_;
    const Positions* pos_;
    Diagnostics& diags_;
};

const char* kRegenerateHint =
    "forms/states.xml is generated: fix forms/reference/un-regional-groups.tsv or "
    "name-overrides.tsv and re-run forms/reference/make_states.py";

// Reads one <state>; returns false when the entry cannot be used.
bool readState(pugi::xml_node node, const Positions& pos, Reporter& report, State* out) {
    State s;
    pos.at(node, &s.line, &s.column);
    bool ok = true;

    s.code = node.attribute("code").as_string();
    if (!isUpperAscii(s.code, 3)) {
        report.error(node, "bad-code",
                     "state code '" + s.code + "' is not an ISO 3166-1 alpha-3 code",
                     "write three capital letters, e.g. code=\"FRA\"");
        ok = false;
    }
    s.alpha2 = node.attribute("alpha2").as_string();
    if (!isUpperAscii(s.alpha2, 2)) {
        report.error(
            node, "bad-alpha2",
            "state " + s.code + ": alpha2 '" + s.alpha2 + "' is not an ISO 3166-1 alpha-2 code",
            "write two capital letters, e.g. alpha2=\"FR\"");
        ok = false;
    }
    s.group = node.attribute("group").as_string();
    if (auto g = parseRegionalGroup(s.group)) {
        s.regionalGroup = *g;
    } else {
        std::string ids;
        for (const auto& id : regionalGroupIds())
            ids += (ids.empty() ? "" : ", ") + id;
        report.error(node, "bad-group",
                     "state " + s.code + ": unknown regional group '" + s.group + "'",
                     "use one of " + ids);
        ok = false;
    }
    std::string status = node.attribute("status").as_string();
    if (status == "member" || status == "observer") {
        s.observer = status == "observer";
    } else {
        report.error(node, "bad-status",
                     "state " + s.code + ": status '" + status + "' is neither member nor observer",
                     "write status=\"member\" or status=\"observer\"");
        ok = false;
    }

    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        if (std::string_view(child.name()) != "name") {
            report.warning(child, "unknown-element",
                           "state " + s.code + ": unknown element <" + std::string(child.name()) +
                               "> is ignored",
                           "a <state> holds only <name xml:lang=\"..\"> elements");
            continue;
        }
        std::string lang = child.attribute("xml:lang").as_string();
        std::string text = child.text().as_string();
        if (!isUnLanguage(lang)) {
            report.error(child, "bad-language",
                         "state " + s.code + ": name language '" + lang +
                             "' is not one of the six UN languages",
                         "write xml:lang=\"ar\", \"en\", \"es\", \"fr\", \"ru\" or \"zh\"");
            ok = false;
            continue;
        }
        if (s.name.all().count(lang)) {
            report.error(child, "duplicate-name",
                         "state " + s.code + ": a second name in '" + lang + "'",
                         "keep one <name> per language");
            ok = false;
            continue;
        }
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            report.error(child, "empty-name",
                         "state " + s.code + ": the " + lang + " name is empty",
                         "give the State's name in that language");
            ok = false;
            continue;
        }
        s.name.set(lang, text);
    }
    if (!s.name.has(kFallbackLanguage)) {
        report.error(node, "missing-name", "state " + s.code + " has no English name",
                     "English is the fallback language: add <name xml:lang=\"en\">");
        ok = false;
    }
    for (auto lang : kUnLanguages) {
        if (lang != kFallbackLanguage && !s.name.has(lang)) {
            report.warning(node, "missing-name",
                           "state " + s.code + " has no name in '" + std::string(lang) +
                               "'; English is shown instead",
                           kRegenerateHint);
        }
    }
    *out = std::move(s);
    return ok;
}

}  // namespace

std::string_view toString(RegionalGroup group) {
    return info(group).id;
}

std::optional<RegionalGroup> parseRegionalGroup(std::string_view id) {
    for (const auto& g : kGroups)
        if (g.id == id)
            return g.group;
    return std::nullopt;
}

std::vector<std::string> regionalGroupIds() {
    std::vector<std::string> ids;
    for (const auto& g : kGroups)
        ids.emplace_back(g.id);
    return ids;
}

LocalizedText regionalGroupLabel(RegionalGroup group) {
    const GroupInfo& g = info(group);
    LocalizedText text;
    for (size_t i = 0; i < kUnLanguages.size(); ++i)
        text.set(std::string(kUnLanguages[i]), std::string(g.labels[i]));
    return text;
}

LocalizedText regionalGroupLabel(std::string_view id) {
    auto g = parseRegionalGroup(id);
    return g ? regionalGroupLabel(*g) : LocalizedText{};
}

StatesLoadResult StatesList::load(const std::string& path) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in) {
        StatesLoadResult result;
        Diagnostic d;
        d.file = path;
        d.code = "unreadable-file";
        d.message = "cannot open the States list: " + std::string(std::strerror(errno));
        d.hint = "check the path; the list ships as forms/states.xml";
        result.diagnostics.add(std::move(d));
        return result;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    return loadText(buf.str(), path);
}

StatesLoadResult StatesList::loadText(const std::string& xmlIn, const std::string& displayName) {
    StatesLoadResult result;
    std::string_view xml = xmlIn;
    if (xml.substr(0, 3) == "\xEF\xBB\xBF")
        xml.remove_prefix(3);  // a UTF-8 BOM is harmless
    Positions pos(xml);
    Reporter report(displayName, &pos, result.diagnostics);

    if (size_t bad = findInvalidUtf8(xml); bad != std::string_view::npos) {
        report.errorAtOffset(bad, "not-utf8", "the States list is not valid UTF-8 here",
                             "save the file as UTF-8, or regenerate it with "
                             "forms/reference/make_states.py");
        return result;
    }

    pugi::xml_document doc;
    pugi::xml_parse_result parsed =
        doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        report.errorAtOffset(
            static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)), "malformed-xml",
            std::string("the States list is not well-formed XML: ") + parsed.description(),
            "fix the XML at this position, or regenerate the file with "
            "forms/reference/make_states.py");
        return result;
    }

    pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "states") {
        report.error(root, "wrong-root",
                     "the root element is <" + std::string(root.name()) + ">, not <states>",
                     "is this the States list? It starts with <states xmlns=\"" +
                         std::string(kNamespace) + "\">");
        return result;
    }
    if (std::string_view(root.attribute("xmlns").as_string()) != kNamespace) {
        report.error(root, "wrong-namespace",
                     "<states> must have xmlns=\"" + std::string(kNamespace) + "\"",
                     "add the namespace; a file of another kind or version is not read");
        return result;
    }
    if (std::string_view(root.attribute("format-version").as_string()) != kFormatVersion) {
        report.error(root, "format-version",
                     "format-version '" +
                         std::string(root.attribute("format-version").as_string()) +
                         "' is not supported (this revq reads version 1)",
                     "use a States list made for this version of revq");
        return result;
    }

    auto list = std::make_shared<StatesList>();
    list->source_ = root.attribute("source").as_string();
    std::map<std::string, int, std::less<>> lineOf;
    bool ok = true;
    for (pugi::xml_node node : root.children()) {
        if (node.type() != pugi::node_element)
            continue;
        if (std::string_view(node.name()) != "state") {
            report.warning(node, "unknown-element",
                           "unknown element <" + std::string(node.name()) + "> is ignored",
                           "<states> holds only <state> elements");
            continue;
        }
        State s;
        if (!readState(node, pos, report, &s)) {
            ok = false;
            continue;
        }
        if (auto it = lineOf.find(s.code); it != lineOf.end()) {
            report.error(node, "duplicate-code",
                         "state " + s.code + " is listed twice (first on line " +
                             std::to_string(it->second) + ")",
                         "keep one entry per State; " + std::string(kRegenerateHint));
            ok = false;
            continue;
        }
        lineOf.emplace(s.code, s.line);
        list->states_.push_back(std::move(s));
    }
    if (ok && list->states_.empty()) {
        report.error(root, "no-states", "the States list has no <state> entries", kRegenerateHint);
        ok = false;
    }
    if (ok)
        result.states = std::move(list);
    return result;
}

const State* StatesList::find(std::string_view iso3) const {
    if (iso3.size() != 3)
        return nullptr;
    std::string code = upperAscii(iso3);
    // 200 entries: a linear scan is instant and keeps the list a plain vector.
    for (const auto& s : states_)
        if (s.code == code)
            return &s;
    return nullptr;
}

std::vector<const State*> StatesList::inGroup(RegionalGroup group) const {
    std::vector<const State*> out;
    for (const auto& s : states_)
        if (s.regionalGroup == group)
            out.push_back(&s);
    return out;
}

}  // namespace revq
