#include "core/response_writer.h"

#include "core/base64.h"
#include "core/utf8.h"

namespace revq {

namespace {

// Code point at s[i] (valid UTF-8 assumed) and its length.
unsigned decodeAt(std::string_view s, std::size_t i, std::size_t* length) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        *length = 1;
        return c;
    }
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    unsigned cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    *length = n;
    return cp;
}

bool xmlCannotCarry(unsigned cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
}

void appendEscapedValid(std::string& out, std::string_view s, bool attribute) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = 1;
        unsigned cp = decodeAt(s, i, &n);
        switch (cp) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            // A carriage return is escaped everywhere: a parser turns a literal one into a
            // line feed, and the text must come back byte for byte.
            case '\r':
                out += "&#13;";
                break;
            case '"':
                out += attribute ? "&quot;" : "\"";
                break;
            case '\n':
                out += attribute ? "&#10;" : "\n";
                break;
            case '\t':
                out += attribute ? "&#9;" : "\t";
                break;
            default:
                if (xmlCannotCarry(cp)) {
                    out += "\xEF\xBF\xBD";
                } else {
                    out.append(s.substr(i, n));
                }
        }
        i += n;
    }
}

class Writer {
  public:
    std::string out;

    void line(int depth, std::string_view text) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        out += '\n';
    }
    void attr(std::string_view name, std::string_view value) {
        out += ' ';
        out += name;
        out += "=\"";
        appendXmlEscaped(out, value, true);
        out += '"';
    }
    // attr, but skipped when the value is empty.
    void optAttr(std::string_view name, std::string_view value) {
        if (!value.empty())
            attr(name, value);
    }
    void open(int depth, std::string_view name) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += '<';
        out += name;
    }
    void textElement(int depth, std::string_view name, std::string_view text) {
        open(depth, name);
        out += '>';
        appendXmlEscaped(out, text, false);
        out += "</";
        out += name;
        out += ">\n";
    }

    void answer(int depth, const Answer& a, const SetAsideAnswer* setAside) {
        open(depth, "answer");
        attr("q", a.questionId);
        if (setAside) {
            attr("from-form", setAside->fromForm);
            attr("from-version", setAside->fromVersion);
        }
        const Provenance& p = a.provenance;
        optAttr("changed", p.changed);
        optAttr("by", p.by);
        if (p.carriedOver)
            attr("carried-over", "true");
        if (p.imported)
            attr("imported", "true");
        optAttr("origin", p.origin);
        std::string_view unknown = a.unknownXml;
        std::size_t firstElement = unknown.find('<');
        std::string_view unknownAttrs = unknown.substr(0, firstElement);
        std::string_view unknownElements = firstElement == std::string_view::npos
                                               ? std::string_view()
                                               : unknown.substr(firstElement);
        out += unknownAttrs;
        out += ">\n";
        for (const auto& v : a.values)
            textElement(depth + 1, "value", v);
        if (!a.text.empty())
            textElement(depth + 1, "text", a.text);
        for (const auto& [key, value] : a.cells) {
            open(depth + 1, "cell");
            attr("row", key.first);
            attr("col", key.second);
            out += '>';
            appendXmlEscaped(out, value, false);
            out += "</cell>\n";
        }
        for (const auto& c : a.citations)
            citation(depth + 1, c);
        if (!unknownElements.empty()) {
            out.append(static_cast<std::size_t>(depth + 1) * 2, ' ');
            out += unknownElements;
            if (out.back() != '\n')
                out += '\n';
        }
        line(depth, "</answer>");
    }

    void citation(int depth, const Citation& c) {
        line(depth, "<citation>");
        textElement(depth + 1, "title", c.title);
        if (!c.provision.empty())
            textElement(depth + 1, "provision", c.provision);
        if (!c.url.empty())
            textElement(depth + 1, "url", c.url);
        if (c.hasExcerpt) {
            const Attachment& x = c.excerpt;
            open(depth + 1, "excerpt");
            attr("name", x.fileName);
            optAttr("media-type", x.mediaType);
            attr("size", std::to_string(x.data.size()));
            attr("sha256", x.sha256);
            out += ">\n";
            // Base64 has no character that needs escaping.
            std::string encoded = base64Encode(x.data, kBase64LineLength);
            std::size_t start = 0;
            while (start < encoded.size()) {
                std::size_t end = encoded.find('\n', start);
                if (end == std::string::npos)
                    end = encoded.size();
                line(depth + 2, std::string_view(encoded).substr(start, end - start));
                start = end + 1;
            }
            line(depth + 1, "</excerpt>");
        }
        line(depth, "</citation>");
    }
};

}  // namespace

bool hasCharacterXmlCannotCarry(std::string_view text) {
    if (!isValidUtf8(text))
        return true;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        if (xmlCannotCarry(decodeAt(text, i, &n)))
            return true;
        i += n;
    }
    return false;
}

void appendXmlEscaped(std::string& out, std::string_view text, bool attribute) {
    if (isValidUtf8(text)) {
        appendEscapedValid(out, text, attribute);
    } else {
        appendEscapedValid(out, repairUtf8(text), attribute);
    }
}

std::string writeResponseXml(const Response& r) {
    Writer w;
    w.out.reserve(4096);
    w.out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    w.out += "<response xmlns=\"";
    w.out += kResponseNamespace;
    w.out += "\" format-version=\"" + std::to_string(kResponseFormatVersion) + "\"";
    for (const auto& u : r.unknownXml) {
        if (!u.empty() && u[0] == ' ')
            w.out += u;
    }
    w.out += ">\n";

    w.open(1, "form");
    w.attr("id", r.formId);
    w.attr("version", r.formVersion);
    w.out += "/>\n";
    w.open(1, "state");
    w.attr("code", r.stateCode);
    w.out += "/>\n";
    w.textElement(1, "language", r.language);
    if (!r.respondentName.empty() || !r.respondentOffice.empty() || !r.respondentEmail.empty() ||
        !r.respondentAgency.empty()) {
        w.open(1, "respondent");
        w.optAttr("name", r.respondentName);
        w.optAttr("office", r.respondentOffice);
        w.optAttr("email", r.respondentEmail);
        w.optAttr("agency", r.respondentAgency);
        w.out += "/>\n";
    }
    w.open(1, "status");
    w.attr("value", toString(r.status));
    w.optAttr("created", r.created);
    w.optAttr("submitted", r.submitted);
    w.out += "/>\n";

    if (!r.contributors.empty()) {
        w.line(1, "<contributors>");
        for (const auto& c : r.contributors) {
            w.open(2, "contributor");
            w.attr("id", c.id);
            w.optAttr("name", c.name);
            w.optAttr("agency", c.agency);
            w.optAttr("email", c.email);
            w.out += "/>\n";
        }
        w.line(1, "</contributors>");
    }
    if (r.contribution) {
        const ContributionInfo& c = *r.contribution;
        std::string parts;
        for (const auto& p : c.parts)
            parts += (parts.empty() ? "" : " ") + p;
        w.open(1, "contribution");
        w.attr("agency", c.agency);
        w.optAttr("contact", c.contact);
        w.optAttr("deadline", c.deadline);
        w.attr("parts", parts);
        w.optAttr("master-sha256", c.masterSha256);
        w.out += "/>\n";
    }

    w.line(1, "<answers>");
    for (const auto& [id, a] : r.answers) {
        if (!a.empty())
            w.answer(2, a, nullptr);
    }
    w.line(1, "</answers>");
    if (!r.setAside.empty()) {
        w.line(1, "<set-aside>");
        for (const auto& s : r.setAside)
            w.answer(2, s.answer, &s);
        w.line(1, "</set-aside>");
    }
    if (!r.history.empty()) {
        w.line(1, "<history>");
        for (const auto& h : r.history) {
            w.open(2, "revision");
            w.attr("n", std::to_string(h.number));
            w.optAttr("at", h.at);
            w.optAttr("by", h.by);
            w.optAttr("status", h.status);
            w.optAttr("note", h.note);
            w.out += "/>\n";
        }
        w.line(1, "</history>");
    }
    if (!r.integritySha256.empty()) {
        w.open(1, "integrity");
        w.attr("algorithm", "sha256");
        w.out += '>';
        appendXmlEscaped(w.out, r.integritySha256, false);
        w.out += "</integrity>\n";
    }
    for (const auto& u : r.unknownXml) {
        if (u.empty() || u[0] == ' ')
            continue;
        w.out += "  ";
        w.out += u;
        if (w.out.back() != '\n')
            w.out += '\n';
    }
    w.out += "</response>\n";
    return w.out;
}

}  // namespace revq
