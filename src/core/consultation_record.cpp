// Reading and writing the <consultation> element of a master response (docs/consultation.md).
#include "core/consultation_record.h"

#include <pugixml.hpp>
#include <sstream>

#include "core/base64.h"
#include "core/response_reader.h"
#include "core/response_writer.h"
#include "core/sha256.h"

namespace revq {

namespace {

constexpr std::string_view kElement = "<consultation";

bool isConsultationXml(const std::string& u) {
    return u.compare(0, kElement.size(), kElement) == 0 &&
           (u.size() == kElement.size() || u[kElement.size()] == '>' || u[kElement.size()] == ' ' ||
            u[kElement.size()] == '/');
}

void attr(std::string& out, const char* name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    appendXmlEscaped(out, value, true);
    out += '"';
}

std::string joinSpace(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) {
        if (!s.empty())
            s += ' ';
        s += x;
    }
    return s;
}

std::vector<std::string> splitSpace(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    std::string w;
    while (in >> w)
        out.push_back(w);
    return out;
}

}  // namespace

std::string answerToXml(const Answer& answer) {
    if (answer.empty())
        return {};
    Response r;
    r.formId = "x";
    r.formVersion = "1";
    r.stateCode = "XXX";
    r.answers[answer.questionId] = answer;
    std::string full = writeResponseXml(r);
    size_t b = full.find("<answers>");
    size_t e = full.rfind("</answers>");
    if (b == std::string::npos || e == std::string::npos)
        return {};
    b += std::string_view("<answers>").size();
    while (b < e && (full[b] == '\n' || full[b] == ' '))
        ++b;
    while (e > b && (full[e - 1] == '\n' || full[e - 1] == ' '))
        --e;
    return full.substr(b, e - b);
}

std::optional<Answer> answerFromXml(const std::string& xml) {
    std::string doc = "<response xmlns=\"";
    doc += kResponseNamespace;
    doc += "\" format-version=\"1\"><form id=\"x\" version=\"1\"/><state code=\"XXX\"/><answers>";
    doc += xml;
    doc += "</answers></response>";
    ResponseReadResult r = readResponseText(doc, "consultation");
    if (!r.response || r.response->answers.size() != 1)
        return std::nullopt;
    return r.response->answers.begin()->second;
}

std::string answerContentSha256(const Answer* answer) {
    if (!answer || answer->empty())
        return {};
    Answer content;
    content.questionId = answer->questionId;
    content.values = answer->values;
    content.text = answer->text;
    content.cells = answer->cells;
    content.citations = answer->citations;
    return sha256Hex(answerToXml(content));
}

ConsultationRecord readConsultationRecord(const Response& response, const std::string& displayName,
                                          Diagnostics* diagnostics) {
    ConsultationRecord rec;
    auto warn = [&](const std::string& message) {
        if (!diagnostics)
            return;
        Diagnostic d;
        d.file = displayName;
        d.severity = Severity::Warning;
        d.code = "consultation";
        d.message = message;
        d.hint =
            "the consultation record is written by revq-cli split and merge; merge the "
            "contributions again if answers are missing";
        diagnostics->add(std::move(d));
    };
    for (const auto& u : response.unknownXml) {
        if (!isConsultationXml(u))
            continue;
        pugi::xml_document doc;
        unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
        if (!doc.load_buffer(u.data(), u.size(), flags, pugi::encoding_utf8)) {
            warn("the <consultation> element cannot be read");
            continue;
        }
        pugi::xml_node root = doc.first_child();
        for (pugi::xml_node n : root.children()) {
            std::string_view name = n.name();
            if (name == "assignment") {
                AssignmentRecord a;
                a.assignment.agency = n.attribute("agency").value();
                a.assignment.contact = n.attribute("contact").value();
                a.assignment.deadline = n.attribute("deadline").value();
                a.assignment.parts = splitSpace(n.attribute("parts").value());
                a.at = n.attribute("at").value();
                rec.assignments.push_back(std::move(a));
            } else if (name == "merge") {
                MergeRecord m;
                m.agency = n.attribute("agency").value();
                m.contentSha256 = n.attribute("content-sha256").value();
                m.file = n.attribute("file").value();
                m.at = n.attribute("at").value();
                m.by = n.attribute("by").value();
                m.taken = n.attribute("taken").as_int();
                m.conflicts = n.attribute("conflicts").as_int();
                m.outside = n.attribute("outside").as_int();
                rec.merges.push_back(std::move(m));
            } else if (name == "pending") {
                PendingAnswer p;
                p.questionId = n.attribute("q").value();
                p.resultSha256 = n.attribute("result-sha256").value();
                p.conflict = n.attribute("conflict").as_bool();
                bool hasBase = n.attribute("has-base").as_bool();
                const Answer* current = response.answer(p.questionId);
                if (answerContentSha256(current) != p.resultSha256)
                    continue;  // edited in the master since: the focal point settled it
                if (hasBase && current)
                    p.base = *current;
                bool ok = true;
                for (pugi::xml_node v : n.children("version")) {
                    AnswerVersion av;
                    av.agency = v.attribute("agency").value();
                    av.person = v.attribute("person").value();
                    std::optional<Answer> a;
                    if (std::string_view(v.attribute("encoding").value()) == "base64") {
                        if (auto xml = base64Decode(v.text().get()))
                            a = answerFromXml(*xml);
                    } else {
                        std::ostringstream os;
                        v.child("answer").print(os, "", pugi::format_raw);
                        a = answerFromXml(os.str());
                    }
                    if (!a) {
                        warn("a version of answer '" + p.questionId + "' from '" + av.agency +
                             "' cannot be read");
                        ok = false;
                        continue;
                    }
                    av.answer = std::move(*a);
                    p.versions.push_back(std::move(av));
                }
                if (ok || !p.versions.empty())
                    rec.pending[p.questionId] = std::move(p);
            }
        }
    }
    return rec;
}

void storeConsultationRecord(Response& response, const ConsultationRecord& rec) {
    std::erase_if(response.unknownXml, isConsultationXml);
    if (rec.empty())
        return;
    std::string out = "<consultation>";
    for (const auto& a : rec.assignments) {
        out += "\n    <assignment";
        attr(out, "agency", a.assignment.agency);
        attr(out, "contact", a.assignment.contact);
        attr(out, "deadline", a.assignment.deadline);
        attr(out, "parts", joinSpace(a.assignment.parts));
        attr(out, "at", a.at);
        out += "/>";
    }
    for (const auto& m : rec.merges) {
        out += "\n    <merge";
        attr(out, "agency", m.agency);
        attr(out, "content-sha256", m.contentSha256);
        attr(out, "file", m.file);
        attr(out, "at", m.at);
        attr(out, "by", m.by);
        attr(out, "taken", std::to_string(m.taken));
        attr(out, "conflicts", std::to_string(m.conflicts));
        attr(out, "outside", std::to_string(m.outside));
        out += "/>";
    }
    for (const auto& [q, p] : rec.pending) {
        out += "\n    <pending";
        attr(out, "q", q);
        attr(out, "has-base", p.base ? "true" : "false");
        attr(out, "conflict", p.conflict ? "true" : "false");
        attr(out, "result-sha256", p.resultSha256);
        out += ">";
        for (const auto& v : p.versions) {
            out += "\n      <version";
            attr(out, "agency", v.agency);
            attr(out, "person", v.person);
            std::string xml = answerToXml(v.answer);
            // XML readers turn carriage returns in text into line feeds when the element is
            // kept and written again; base64 keeps such an answer exactly.
            if (xml.find("&#13;") != std::string::npos) {
                attr(out, "encoding", "base64");
                out += ">";
                out += base64Encode(xml);
            } else {
                out += ">";
                out += xml;
            }
            out += "</version>";
        }
        out += "\n    </pending>";
    }
    out += "\n  </consultation>";
    // In the form the reader keeps it (pugixml, raw), so that reading back gives equal bytes.
    pugi::xml_document doc;
    unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
    if (doc.load_buffer(out.data(), out.size(), flags, pugi::encoding_utf8)) {
        std::ostringstream os;
        doc.first_child().print(os, "", pugi::format_raw);
        out = os.str();
    }
    response.unknownXml.push_back(std::move(out));
}

}  // namespace revq
