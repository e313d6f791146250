#include "core/form_writer.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include <pugixml.hpp>

namespace revq {

namespace {

void addText(pugi::xml_node parent, const char* name, const LocalizedText& text) {
    for (const auto& [lang, value] : text.all()) {
        pugi::xml_node n = parent.append_child(name);
        n.append_attribute("xml:lang").set_value(lang.c_str());
        n.text().set(value.c_str());
    }
}

std::string joinRefs(const std::vector<ProvisionRef>& refs) {
    std::string out;
    for (const auto& r : refs)
        out += (out.empty() ? "" : " ") + r.key();
    return out;
}

std::string joinWords(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string number(double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

void setIf(pugi::xml_node n, const char* attr, const std::string& value) {
    if (!value.empty())
        n.append_attribute(attr).set_value(value.c_str());
}

// Themes written on a provision: its own, i.e. those its parent does not pass down.
std::vector<std::string> ownThemes(const Instrument& ins, const Provision& p) {
    if (p.parent < 0)
        return p.themes;
    const auto& inherited = ins.provisions[static_cast<size_t>(p.parent)].themes;
    std::vector<std::string> out;
    for (const auto& t : p.themes)
        if (std::find(inherited.begin(), inherited.end(), t) == inherited.end())
            out.push_back(t);
    return out;
}

void writeProvision(pugi::xml_node parent, const Instrument& ins, const Provision& p) {
    const char* name = p.kind == Provision::Kind::Article     ? "article"
                       : p.kind == Provision::Kind::Paragraph ? "paragraph"
                                                              : "subparagraph";
    pugi::xml_node n = parent.append_child(name);
    if (p.kind == Provision::Kind::Article)
        setIf(n, "number", p.ref.article);
    else if (p.kind == Provision::Kind::Paragraph)
        setIf(n, "number", p.ref.paragraph);
    else
        setIf(n, "letter", p.ref.subparagraph);
    setIf(n, "level", std::string(toString(p.ownLevel)));
    setIf(n, "qualifier", p.qualifier);
    setIf(n, "themes", joinWords(ownThemes(ins, p)));
    if (p.kind == Provision::Kind::Article) {
        bool partReviewed = true;
        for (const auto& part : ins.parts)
            if (part.number == p.part)
                partReviewed = part.reviewed;
        if (p.reviewed != partReviewed)
            setIf(n, "reviewed", p.reviewed ? "true" : "false");
        addText(n, "title", p.title);
    }
    addText(n, "summary", p.summary);
    addText(n, "authentic", p.authentic);
    for (size_t c : p.children)
        writeProvision(n, ins, ins.provisions[c]);
    for (const auto& x : p.xrefs) {
        pugi::xml_node xn = n.append_child("xref");
        xn.append_attribute("instrument").set_value(x.instrument.c_str());
        xn.append_attribute("provision").set_value(x.provision.c_str());
        xn.append_attribute("status").set_value(x.confirmed ? "confirmed" : "reading");
        addText(xn, "note", x.note);
    }
}

void writeInstrumentNode(pugi::xml_node root, const Instrument& ins) {
    root.append_attribute("xmlns").set_value("urn:revq:instrument:1");
    root.append_attribute("format-version").set_value("1");
    root.append_attribute("id").set_value(ins.id.c_str());
    root.append_attribute("version").set_value(ins.version.c_str());
    addText(root, "title", ins.title);
    addText(root, "short-title", ins.shortTitle);
    if (!ins.citation.empty())
        root.append_child("citation").text().set(ins.citation.c_str());
    if (!ins.link.empty())
        root.append_child("link").append_attribute("href").set_value(ins.link.c_str());
    if (!ins.themes.empty()) {
        pugi::xml_node themes = root.append_child("themes");
        for (const auto& t : ins.themes) {
            pugi::xml_node tn = themes.append_child("theme");
            tn.append_attribute("id").set_value(t.id.c_str());
            addText(tn, "label", t.label);
        }
    }
    for (const auto& part : ins.parts) {
        pugi::xml_node pn = root.append_child("part");
        pn.append_attribute("number").set_value(part.number.c_str());
        if (!part.reviewed)
            pn.append_attribute("reviewed").set_value("false");
        addText(pn, "title", part.title);
        for (const auto& p : ins.provisions)
            if (p.kind == Provision::Kind::Article && p.part == part.number)
                writeProvision(pn, ins, p);
    }
}

std::string toXml(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

void writeQuestion(pugi::xml_node parent, const Question& q) {
    pugi::xml_node n = parent.append_child("question");
    n.append_attribute("id").set_value(q.id.c_str());
    n.append_attribute("type").set_value(std::string(toString(q.type)).c_str());
    setIf(n, "refs", joinRefs(q.refs));
    if (!(q.type == QuestionType::TaNeeds && q.choiceListId == "ta-kinds"))
        setIf(n, "choices", q.choiceListId);
    if (q.requiredAlways)
        n.append_attribute("required").set_value("true");
    else
        setIf(n, "required", q.required.text);
    setIf(n, "relevant", q.relevant.text);
    setIf(n, "constraint", q.constraint.text);
    if (q.min)
        setIf(n, "min", number(*q.min));
    if (q.max)
        setIf(n, "max", number(*q.max));
    setIf(n, "replaces", q.replaces);
    if (q.type == QuestionType::Table) {
        n.append_attribute("cell-type")
            .set_value(q.table.cellType == CellType::Integer   ? "integer"
                       : q.table.cellType == CellType::Decimal ? "decimal"
                                                               : "text");
        std::string totals = q.table.rowTotals ? "rows" : "";
        if (q.table.columnTotals)
            totals += totals.empty() ? "columns" : " columns";
        setIf(n, "totals", totals);
    }
    addText(n, "label", q.label);
    addText(n, "help", q.help);
    addText(n, "constraint-message", q.constraintMessage);
    addText(n, "unit", q.unit);
    if (q.type == QuestionType::Table) {
        pugi::xml_node rows = n.append_child("rows");
        for (const auto& r : q.table.rows) {
            pugi::xml_node rn = rows.append_child("row");
            rn.append_attribute("id").set_value(r.id.c_str());
            addText(rn, "label", r.label);
        }
        pugi::xml_node cols = n.append_child("columns");
        for (const auto& c : q.table.columns) {
            pugi::xml_node cn = cols.append_child("column");
            cn.append_attribute("id").set_value(c.id.c_str());
            addText(cn, "label", c.label);
        }
    }
}

}  // namespace

std::string writeInstrumentXml(const Instrument& instrument) {
    pugi::xml_document doc;
    writeInstrumentNode(doc.append_child("instrument-definition"), instrument);
    return toXml(doc);
}

std::string writeFormXml(const Form& form, bool inlineInstrument) {
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("form");
    root.append_attribute("xmlns").set_value("urn:revq:form:1");
    root.append_attribute("format-version").set_value("1");
    root.append_attribute("id").set_value(form.id.c_str());
    root.append_attribute("version").set_value(form.version.c_str());
    setIf(root, "languages", joinWords(form.languages));
    addText(root, "title", form.title);
    addText(root, "intro", form.intro);
    pugi::xml_node ins = root.append_child("instrument");
    ins.append_attribute("ref").set_value(form.instrumentRef.c_str());
    ins.append_attribute("version").set_value(form.instrumentVersion.c_str());
    if (form.instrument && (inlineInstrument || form.instrumentHref.empty()))
        writeInstrumentNode(ins.append_child("instrument-definition"), *form.instrument);
    else
        setIf(ins, "href", form.instrumentHref);
    if (!form.choiceLists.empty()) {
        pugi::xml_node lists = root.append_child("choice-lists");
        for (const auto& l : form.choiceLists) {
            pugi::xml_node ln = lists.append_child("choices");
            ln.append_attribute("id").set_value(l.id.c_str());
            for (const auto& c : l.choices) {
                pugi::xml_node cn = ln.append_child("choice");
                cn.append_attribute("value").set_value(c.value.c_str());
                if (c.other)
                    cn.append_attribute("other").set_value("true");
                addText(cn, "label", c.label);
            }
        }
    }
    for (const auto& c : form.clusters) {
        pugi::xml_node cn = root.append_child("cluster");
        cn.append_attribute("id").set_value(c.id.c_str());
        cn.append_attribute("number").set_value(c.number.c_str());
        cn.append_attribute("assignment").set_value(c.confirmed ? "confirmed" : "reading");
        addText(cn, "title", c.title);
        for (size_t si : c.sections) {
            const Section& s = form.sections[si];
            pugi::xml_node sn = cn.append_child("section");
            sn.append_attribute("id").set_value(s.id.c_str());
            setIf(sn, "article", s.article);
            setIf(sn, "refs", joinRefs(s.refs));
            setIf(sn, "relevant", s.relevant.text);
            addText(sn, "title", s.title);
            addText(sn, "intro", s.intro);
            for (size_t qi : s.questions)
                writeQuestion(sn, form.questions[qi]);
        }
    }
    return toXml(doc);
}

}  // namespace revq
