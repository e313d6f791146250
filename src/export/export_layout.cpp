#include "export/export_layout.h"

#include <algorithm>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "core/data_paths.h"
#include "core/utf8.h"

namespace revq {

namespace {

constexpr std::string_view kNamespace = "urn:revq:layout:1";

struct Reader {
    const std::string& file;
    const std::string& xml;
    Diagnostics& diags;

    SourcePos pos(const pugi::xml_node& n) const {
        SourcePos p;
        const ptrdiff_t off = n.offset_debug();
        if (off >= 0)
            lineAndColumn(xml, static_cast<size_t>(off), &p.line, &p.column);
        return p;
    }
    void error(const pugi::xml_node& n, std::string message, std::string hint, std::string code) {
        Diagnostic d;
        d.file = file;
        SourcePos p = pos(n);
        d.line = p.line;
        d.column = p.column;
        d.message = std::move(message);
        d.hint = std::move(hint);
        d.code = std::move(code);
        diags.add(std::move(d));
    }
    // Adds <ELEMENT xml:lang="xx">text</ELEMENT> to `into`.
    void localized(const pugi::xml_node& n, LocalizedText& into) {
        const std::string lang = n.attribute("xml:lang").value();
        if (!isUnLanguage(lang)) {
            error(n,
                  "<" + std::string(n.name()) + "> has xml:lang=\"" + lang +
                      "\", which is not one of ar, en, es, fr, ru, zh",
                  "write the language code of the text", "bad-language");
            return;
        }
        into.set(lang, n.text().get());
    }
};

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

}  // namespace

std::string_view LayoutSheet::option(std::string_view key, std::string_view fallback) const {
    auto it = options.find(key);
    return it == options.end() ? fallback : std::string_view(it->second);
}

const std::string& ExportLayout::text(std::string_view id, std::string_view lang,
                                      const std::string& fallback) const {
    auto it = strings.find(id);
    if (it == strings.end() || it->second.empty())
        return fallback;
    return it->second.get(lang);
}

LayoutLoadResult loadExportLayoutFile(const std::string& path, std::string_view expectedKind,
                                      const std::vector<std::string>& knownSheetKinds) {
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in) {
        LayoutLoadResult r;
        Diagnostic d;
        d.file = path;
        d.message = "cannot open the export layout";
        d.hint = "check the path, or pass --layout with the layout file (templates/" +
                 std::string(expectedKind) + ".xml)";
        d.code = "missing-file";
        r.diagnostics.add(std::move(d));
        return r;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return loadExportLayoutText(ss.str(), path, expectedKind, knownSheetKinds);
}

LayoutLoadResult loadExportLayoutText(const std::string& xml, const std::string& displayName,
                                      std::string_view expectedKind,
                                      const std::vector<std::string>& knownSheetKinds) {
    LayoutLoadResult r;
    r.layout.path = displayName;
    Reader rd{displayName, xml, r.diagnostics};

    if (const size_t bad = findInvalidUtf8(xml); bad != std::string::npos) {
        Diagnostic d;
        d.file = displayName;
        lineAndColumn(xml, bad, &d.line, &d.column);
        d.message = "the layout is not valid UTF-8";
        d.hint = "save the file as UTF-8";
        d.code = "bad-utf8";
        r.diagnostics.add(std::move(d));
        return r;
    }
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed) {
        Diagnostic d;
        d.file = displayName;
        lineAndColumn(xml, static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)), &d.line,
                      &d.column);
        d.message = std::string("the layout is not well-formed XML: ") + parsed.description();
        d.hint = "fix the XML at this position";
        d.code = "xml-syntax";
        r.diagnostics.add(std::move(d));
        return r;
    }
    const pugi::xml_node root = doc.document_element();
    if (std::string_view(root.name()) != "export-layout" ||
        root.attribute("xmlns").value() != kNamespace) {
        rd.error(root,
                 "the root element must be <export-layout xmlns=\"urn:revq:layout:1\">, not <" +
                     std::string(root.name()) + ">",
                 "start from templates/summary.xml", "bad-root");
        return r;
    }
    if (std::string_view(root.attribute("format-version").value()) != "1")
        rd.error(root, "format-version must be \"1\"", "this revq reads layout format 1",
                 "bad-version");
    r.layout.kind = root.attribute("kind").value();
    if (r.layout.kind != expectedKind)
        rd.error(root,
                 "this layout is for a '" + r.layout.kind + "' workbook, but a '" +
                     std::string(expectedKind) + "' layout is needed",
                 "use templates/" + std::string(expectedKind) + ".xml or a copy of it",
                 "wrong-kind");

    for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element)
            continue;
        const std::string_view name = n.name();
        if (name == "title") {
            rd.localized(n, r.layout.title);
        } else if (name == "strings") {
            for (pugi::xml_node s = n.child("string"); s; s = s.next_sibling("string")) {
                LocalizedText& t = r.layout.strings[s.attribute("id").value()];
                for (pugi::xml_node tx = s.child("text"); tx; tx = tx.next_sibling("text"))
                    rd.localized(tx, t);
            }
        } else if (name == "sheet") {
            LayoutSheet sheet;
            sheet.pos = rd.pos(n);
            for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
                if (std::string_view(a.name()) == "kind")
                    sheet.kind = a.value();
                else
                    sheet.options[a.name()] = a.value();
            }
            bool known = false;
            for (const auto& k : knownSheetKinds)
                known = known || k == sheet.kind;
            if (!known) {
                rd.error(n, "unknown sheet kind '" + sheet.kind + "'",
                         "use one of: " + joined(knownSheetKinds), "unknown-sheet-kind");
                continue;
            }
            for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
                if (c.type() != pugi::node_element)
                    continue;
                const std::string_view cn = c.name();
                if (cn == "name") {
                    rd.localized(c, sheet.name);
                } else if (cn == "column") {
                    LayoutColumn col;
                    col.pos = rd.pos(c);
                    col.field = c.attribute("field").value();
                    col.width = c.attribute("width").as_double(0);
                    for (pugi::xml_node l = c.child("label"); l; l = l.next_sibling("label"))
                        rd.localized(l, col.label);
                    if (col.field.empty())
                        rd.error(c, "<column> needs a field attribute",
                                 "see docs/export-layout.md for the fields of each sheet kind",
                                 "missing-field");
                    else
                        sheet.columns.push_back(std::move(col));
                } else {
                    rd.error(c, "unknown element <" + std::string(cn) + "> in <sheet>",
                             "a sheet holds <name> and <column> elements", "unknown-element");
                }
            }
            r.layout.sheets.push_back(std::move(sheet));
        } else {
            rd.error(n, "unknown element <" + std::string(name) + ">",
                     "the layout holds <title>, <strings> and <sheet> elements", "unknown-element");
        }
    }
    if (r.layout.sheets.empty() && !r.diagnostics.hasErrors())
        rd.error(root, "the layout has no <sheet>", "add at least one sheet", "no-sheets");
    r.ok = !r.diagnostics.hasErrors();
    return r;
}

}  // namespace revq
