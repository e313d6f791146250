#include "core/response_reader.h"

#include <pugixml.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/base64.h"
#include "core/data_paths.h"
#include "core/response_writer.h"
#include "core/sha256.h"
#include "core/utf8.h"
#include "core/xml_source.h"

namespace revq {

bool isKnownStateCode(std::string_view code, const StatesList* states) {
    if (code.size() != 3)
        return false;
    for (char c : code) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return states == nullptr || states->find(code) != nullptr;
}

namespace {

constexpr std::string_view kRepairHint =
    "the file is damaged or incomplete; use NAME.revq.bak beside it or ask the sender for a new "
    "copy";

class Reader {
  public:
    Reader(std::string_view text, std::string file, const ResponseReadOptions& options,
           ResponseReadResult& result)
        : text_(text), file_(std::move(file)), options_(options), result_(result) {}

    void run();

  private:
    std::string_view text_;
    std::string file_;
    const ResponseReadOptions& options_;
    ResponseReadResult& result_;
    Response r_;

    // Elements are mostly visited in document order, so a position is found by continuing
    // from the previous one rather than rescanning from the start of the file (which made
    // reading quadratic: 57% of `revq-cli collate` time for 195 responses).
    mutable std::size_t cursorAt_ = 0;
    mutable int cursorLine_ = 1, cursorColumn_ = 1;

    SourcePos posOf(const pugi::xml_node& node) const {
        SourcePos p;
        std::ptrdiff_t off = node.offset_debug();
        if (off < 0)
            return p;
        // offset_debug points at the element's name, just after '<'.
        std::size_t at = off > 0 ? static_cast<std::size_t>(off) - 1 : 0;
        if (at > text_.size())
            at = text_.size();
        if (at < cursorAt_) {
            cursorAt_ = 0;
            cursorLine_ = cursorColumn_ = 1;
        }
        for (; cursorAt_ < at; ++cursorAt_) {  // same counting as lineAndColumn (utf8.h)
            const unsigned char ch = static_cast<unsigned char>(text_[cursorAt_]);
            if (ch == '\n') {
                ++cursorLine_;
                cursorColumn_ = 1;
            } else if ((ch & 0xC0) != 0x80) {
                ++cursorColumn_;
            }
        }
        p.line = cursorLine_;
        p.column = cursorColumn_;
        return p;
    }
    void report(Severity sev, SourcePos pos, std::string code, std::string message,
                std::string hint = {}) {
        Diagnostic d;
        d.file = file_;
        d.line = pos.line;
        d.column = pos.column;
        d.severity = sev;
        d.code = std::move(code);
        d.message = std::move(message);
        d.hint = std::move(hint);
        result_.diagnostics.add(std::move(d));
    }
    void error(const pugi::xml_node& n, std::string code, std::string msg, std::string hint = {}) {
        report(Severity::Error, posOf(n), std::move(code), std::move(msg), std::move(hint));
    }
    void warning(const pugi::xml_node& n, std::string code, std::string msg,
                 std::string hint = {}) {
        report(Severity::Warning, posOf(n), std::move(code), std::move(msg), std::move(hint));
    }

    static std::string textOf(const pugi::xml_node& node) {
        std::string out;
        for (auto c : node.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
                out += c.value();
        }
        return out;
    }
    static std::string elementXml(const pugi::xml_node& node) {
        std::ostringstream os;
        node.print(os, "", pugi::format_raw);
        return os.str();
    }
    static std::string attributeXml(const pugi::xml_attribute& a) {
        std::string out = " ";
        out += a.name();
        out += "=\"";
        appendXmlEscaped(out, a.value(), true);
        return out + "\"";
    }
    // Checks that `node` has only the attributes in `known`; unknown ones are appended to
    // `keep` when given, else reported as not kept.
    void checkAttributes(const pugi::xml_node& node, std::initializer_list<std::string_view> known,
                         std::string* keep) {
        for (auto a : node.attributes()) {
            bool isKnown = false;
            for (auto k : known)
                isKnown = isKnown || k == a.name();
            if (isKnown)
                continue;
            if (keep) {
                *keep += attributeXml(a);
            } else {
                warning(node, "unknown-attribute",
                        std::string("attribute '") + a.name() + "' of <" + node.name() +
                            "> is not known to this version of revq and will not be kept on save",
                        "update revq if a newer version wrote this file");
            }
        }
    }
    void unknownChild(const pugi::xml_node& parent, const pugi::xml_node& child) {
        warning(child, "unknown-element",
                std::string("element <") + child.name() + "> inside <" + parent.name() +
                    "> is not known to this version of revq and will not be kept on save",
                "update revq if a newer version wrote this file");
    }
    // Children of `node` that are elements; other node kinds (comments) are skipped.
    template <typename F>
    void forElements(const pugi::xml_node& node, F f) {
        for (auto c : node.children()) {
            if (c.type() == pugi::node_element)
                f(c);
        }
    }

    std::string requireAttr(const pugi::xml_node& n, const char* name) {
        auto a = n.attribute(name);
        if (!a || std::string_view(a.value()).empty()) {
            error(n, "missing-attribute",
                  std::string("<") + n.name() + "> has no '" + name + "' attribute",
                  "add it; see docs/response-format.md");
            return {};
        }
        return a.value();
    }

    void readRoot(const pugi::xml_node& root);
    bool readAnswer(const pugi::xml_node& node, Answer& a, bool setAside);
    void readCitation(const pugi::xml_node& node, Answer& a);
    void readBool(const pugi::xml_node& node, const char* name, bool& value);
    void checkAgainstForm(const pugi::xml_node& root,
                          const std::map<std::string, pugi::xml_node>& answerNodes);
};

void Reader::run() {
    // UTF-16 (a Windows editor's "Unicode") gets its own message: "invalid byte 0" says little.
    if (text_.starts_with("\xFF\xFE") || text_.starts_with("\xFE\xFF")) {
        report(Severity::Error, {1, 1}, "not-utf8",
               "the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte order mark)",
               "a response file is always UTF-8; save it as UTF-8 or ask the sender for the "
               "file revq wrote");
        return;
    }
    // Control characters XML forbids (NUL above all, which pugixml takes for the end of the
    // text) are named here rather than as a confusing XML error further on. They are never part
    // of a multi-byte UTF-8 sequence, so scanning bytes is exact.
    if (const std::size_t i = findForbiddenXmlControl(text_); i != std::string_view::npos) {
        SourcePos p;
        lineAndColumn(text_, i, &p.line, &p.column);
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(text_[i]));
        report(Severity::Error, p, "control-character",
               std::string("the file contains the control character ") + code +
                   ", which XML does not allow",
               std::string(kRepairHint));
        return;
    }
    std::size_t bad = findInvalidUtf8(text_);
    if (bad != std::string_view::npos) {
        SourcePos p;
        lineAndColumn(text_, bad, &p.line, &p.column);
        report(Severity::Error, p, "not-utf8",
               "the file is not valid UTF-8 (byte " + std::to_string(bad) + ")",
               "a response file is always UTF-8; save it as UTF-8 or ask the sender for the "
               "file revq wrote");
        return;
    }
    pugi::xml_document doc;
    unsigned flags = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
    pugi::xml_parse_result parsed =
        doc.load_buffer(text_.data(), text_.size(), flags, pugi::encoding_utf8);
    if (!parsed) {
        SourcePos p;
        lineAndColumn(text_, static_cast<std::size_t>(parsed.offset), &p.line, &p.column);
        std::string what = parsed.description();
        if (static_cast<std::size_t>(parsed.offset) >= text_.size() - (text_.empty() ? 0 : 1) ||
            parsed.status == pugi::status_end_element_mismatch ||
            parsed.status == pugi::status_no_document_element) {
            what += " (the file may be truncated)";
        }
        report(Severity::Error, p, "malformed-xml", "not well-formed XML: " + what,
               std::string(kRepairHint));
        return;
    }
    for (auto n : doc.children()) {
        if (n.type() == pugi::node_doctype) {
            std::size_t at = text_.find("<!DOCTYPE");
            SourcePos p;
            lineAndColumn(text_, at == std::string_view::npos ? 0 : at, &p.line, &p.column);
            report(Severity::Error, p, "doctype",
                   "the file has a DOCTYPE declaration, which a response file never has "
                   "(entities could change what the file says)",
                   "remove the <!DOCTYPE …> declaration or ask the sender for the file revq "
                   "wrote");
            return;
        }
    }
    // Nesting far beyond the format's few levels is refused before anything walks the tree
    // (the walk here is iterative; printing kept unknown elements is not something to test
    // against 100,000 levels).
    constexpr int kMaxDepth = 100;
    int depth = 0;
    for (pugi::xml_node n = doc.first_child(); n;) {
        if (n.type() == pugi::node_element && depth + 1 > kMaxDepth) {
            error(n, "too-deep",
                  "elements are nested more than " + std::to_string(kMaxDepth) +
                      " levels deep here; a response file has a few",
                  "this is not a response revq wrote; ask the sender for the file revq wrote");
            return;
        }
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling()) {
            n = n.parent();
            --depth;
        }
        if (n)
            n = n.next_sibling();
    }
    pugi::xml_node root = doc.document_element();
    readRoot(root);
    if (!result_.diagnostics.hasErrors())
        result_.response = std::move(r_);
}

void Reader::readBool(const pugi::xml_node& node, const char* name, bool& value) {
    auto a = node.attribute(name);
    if (!a)
        return;
    std::string_view v = a.value();
    if (v == "true") {
        value = true;
    } else if (v == "false") {
        value = false;
    } else {
        error(node, "bad-value",
              std::string("'") + name + "' must be true or false, not '" + a.value() + "'");
    }
}

void Reader::readRoot(const pugi::xml_node& root) {
    std::string_view ns = root.attribute("xmlns").value();
    if (std::string_view(root.name()) != "response" || ns != kResponseNamespace) {
        std::string what = std::string("<") + root.name() + ">";
        if (std::string_view(root.name()) == "form") {
            what += " (a form definition)";
        } else if (std::string_view(root.name()) == "response") {
            what += " in namespace '" + std::string(ns) + "'";
        }
        error(root, "not-a-response",
              "this is not a revq response file: the document element is " + what +
                  ", expected <response xmlns=\"urn:revq:response:1\">",
              "open a .revq file written by revq");
        return;
    }
    std::string_view version = root.attribute("format-version").value();
    if (version != "1") {
        bool newer = !version.empty() &&
                     version.find_first_not_of("0123456789") == std::string_view::npos &&
                     std::atoi(std::string(version).c_str()) > kResponseFormatVersion;
        error(
            root, "format-version",
            newer ? "the file is in response format " + std::string(version) +
                        ", written by a newer revq; this revq reads format 1"
                  : "format-version is '" + std::string(version) + "'; expected 1",
            newer ? "update revq to open it" : "the file is damaged; see docs/response-format.md");
        return;
    }
    for (auto a : root.attributes()) {
        std::string_view n = a.name();
        if (n == "xmlns" || n == "format-version")
            continue;
        r_.unknownXml.push_back(attributeXml(a));
    }

    std::map<std::string, pugi::xml_node> seen;  // singleton elements
    std::map<std::string, pugi::xml_node> answerNodes;
    std::set<std::string> contributorIds;
    auto once = [&](const pugi::xml_node& n) {
        auto [it, fresh] = seen.emplace(n.name(), n);
        if (!fresh) {
            error(n, "duplicate-element",
                  std::string("<") + n.name() + "> appears twice (first at line " +
                      std::to_string(posOf(it->second).line) + ")",
                  "keep only one");
        }
        return fresh;
    };

    forElements(root, [&](const pugi::xml_node& n) {
        std::string_view name = n.name();
        if (name == "form") {
            if (!once(n))
                return;
            checkAttributes(n, {"id", "version"}, nullptr);
            r_.formId = requireAttr(n, "id");
            r_.formVersion = requireAttr(n, "version");
        } else if (name == "state") {
            if (!once(n))
                return;
            checkAttributes(n, {"code"}, nullptr);
            r_.stateCode = requireAttr(n, "code");
            if (!r_.stateCode.empty() && !isKnownStateCode(r_.stateCode, options_.states)) {
                error(n, "unknown-state", "'" + r_.stateCode + "' is not a known State code",
                      "use the State's ISO 3166-1 alpha-3 code, e.g. FRA");
            }
        } else if (name == "language") {
            if (!once(n))
                return;
            r_.language = textOf(n);
            if (!isUnLanguage(r_.language)) {
                warning(n, "unknown-language",
                        "language '" + r_.language + "' is not one of ar en es fr ru zh",
                        "revq shows the form in English");
            }
        } else if (name == "respondent") {
            if (!once(n))
                return;
            checkAttributes(n, {"name", "office", "email", "agency"}, nullptr);
            r_.respondentName = n.attribute("name").value();
            r_.respondentOffice = n.attribute("office").value();
            r_.respondentEmail = n.attribute("email").value();
            r_.respondentAgency = n.attribute("agency").value();
        } else if (name == "status") {
            if (!once(n))
                return;
            checkAttributes(n, {"value", "created", "submitted"}, nullptr);
            std::string_view v = n.attribute("value").value();
            if (v == "draft") {
                r_.status = ResponseStatus::Draft;
            } else if (v == "submitted") {
                r_.status = ResponseStatus::Submitted;
            } else {
                error(n, "bad-value",
                      "status '" + std::string(v) + "' is neither draft nor submitted");
            }
            r_.created = n.attribute("created").value();
            r_.submitted = n.attribute("submitted").value();
        } else if (name == "contributors") {
            if (!once(n))
                return;
            forElements(n, [&](const pugi::xml_node& c) {
                if (std::string_view(c.name()) != "contributor")
                    return unknownChild(n, c);
                checkAttributes(c, {"id", "name", "agency", "email"}, nullptr);
                Contributor person;
                person.id = requireAttr(c, "id");
                person.name = c.attribute("name").value();
                person.agency = c.attribute("agency").value();
                person.email = c.attribute("email").value();
                if (!person.id.empty() && !contributorIds.insert(person.id).second) {
                    error(c, "duplicate-id", "contributor id '" + person.id + "' appears twice",
                          "give each contributor its own id");
                }
                r_.contributors.push_back(std::move(person));
            });
        } else if (name == "contribution") {
            if (!once(n))
                return;
            checkAttributes(n, {"agency", "contact", "deadline", "parts", "master-sha256"},
                            nullptr);
            ContributionInfo c;
            c.agency = requireAttr(n, "agency");
            c.contact = n.attribute("contact").value();
            c.deadline = n.attribute("deadline").value();
            std::istringstream parts(n.attribute("parts").value());
            for (std::string p; parts >> p;)
                c.parts.push_back(p);
            c.masterSha256 = n.attribute("master-sha256").value();
            r_.contribution = std::move(c);
        } else if (name == "answers") {
            if (!once(n))
                return;
            forElements(n, [&](const pugi::xml_node& a) {
                if (std::string_view(a.name()) != "answer")
                    return unknownChild(n, a);
                Answer answer;
                if (!readAnswer(a, answer, false))
                    return;
                auto [it, fresh] = answerNodes.emplace(answer.questionId, a);
                if (!fresh) {
                    error(a, "duplicate-answer",
                          "question '" + answer.questionId + "' is answered twice (first at line " +
                              std::to_string(posOf(it->second).line) + ")",
                          "keep the answer you mean and delete the other");
                    return;
                }
                if (options_.answerPositions)
                    result_.answerPositions[answer.questionId] = posOf(a);
                r_.answers.emplace(answer.questionId, std::move(answer));
            });
        } else if (name == "set-aside") {
            if (!once(n))
                return;
            forElements(n, [&](const pugi::xml_node& a) {
                if (std::string_view(a.name()) != "answer")
                    return unknownChild(n, a);
                SetAsideAnswer s;
                if (!readAnswer(a, s.answer, true))
                    return;
                s.fromForm = a.attribute("from-form").value();
                s.fromVersion = a.attribute("from-version").value();
                r_.setAside.push_back(std::move(s));
            });
        } else if (name == "history") {
            if (!once(n))
                return;
            forElements(n, [&](const pugi::xml_node& h) {
                if (std::string_view(h.name()) != "revision")
                    return unknownChild(n, h);
                checkAttributes(h, {"n", "at", "by", "status", "note"}, nullptr);
                Revision rev;
                std::string_view num = h.attribute("n").value();
                if (num.empty() || num.size() > 9 ||
                    num.find_first_not_of("0123456789") != std::string_view::npos) {
                    error(h, "bad-value",
                          "revision number '" + std::string(num) + "' is not a whole number");
                } else {
                    rev.number = std::atoi(std::string(num).c_str());
                }
                rev.at = h.attribute("at").value();
                rev.by = h.attribute("by").value();
                rev.status = h.attribute("status").value();
                rev.note = h.attribute("note").value();
                r_.history.push_back(std::move(rev));
            });
        } else if (name == "integrity") {
            if (!once(n))
                return;
            checkAttributes(n, {"algorithm"}, nullptr);
            std::string_view alg = n.attribute("algorithm").value();
            std::string hash = textOf(n);
            if (alg != "sha256") {
                error(n, "bad-value",
                      "integrity algorithm '" + std::string(alg) + "' is not sha256");
            } else if (hash.size() != 64 ||
                       hash.find_first_not_of("0123456789abcdef") != std::string::npos) {
                error(n, "bad-value", "the integrity hash is not 64 lowercase hex digits",
                      "the file was damaged after submission; ask the sender for the file "
                      "revq wrote");
            } else {
                r_.integritySha256 = hash;
            }
        } else {
            r_.unknownXml.push_back(elementXml(n));
        }
    });

    for (const char* required : {"form", "state"}) {
        if (!seen.count(required)) {
            error(root, "missing-element",
                  std::string("the response has no <") + required + "> element",
                  "see docs/response-format.md");
        }
    }
    for (const auto& [id, a] : r_.answers) {
        if (!a.provenance.by.empty() && !contributorIds.count(a.provenance.by)) {
            warning(answerNodes[id], "unknown-contributor",
                    "answer '" + id + "' names contributor '" + a.provenance.by +
                        "', who is not in <contributors>");
        }
    }
    checkAgainstForm(root, answerNodes);
}

void Reader::checkAgainstForm(const pugi::xml_node& root,
                              const std::map<std::string, pugi::xml_node>& answerNodes) {
    const Form* form = options_.form;
    if (!form || r_.formId.empty())
        return;
    pugi::xml_node formNode = root.child("form");
    if (r_.formId != form->id) {
        error(formNode, "other-form",
              "this response answers form '" + r_.formId + "', not '" + form->id + "'",
              "open it with the form it was written for");
        return;
    }
    if (r_.formVersion != form->version) {
        warning(formNode, "other-form-version",
                "this response answers version " + r_.formVersion + " of form '" + form->id +
                    "'; its answers are mapped to version " + form->version,
                "answers that map to no question are kept under 'not in this form version'");
        return;
    }
    if (!options_.unknownQuestionsAreErrors)
        return;
    for (const auto& [id, node] : answerNodes) {
        const Question* q = form->question(id);
        if (!q) {
            error(node, "unknown-question",
                  "answer to question '" + id + "', which form '" + form->id + "' version " +
                      form->version + " does not have",
                  "check the question id, or open the response with the form version it was "
                  "written for");
        } else if (q->type == QuestionType::Note) {
            error(node, "unknown-question",
                  "answer to '" + id + "', which is a note and takes no answer",
                  "delete this answer");
        }
    }
}

bool Reader::readAnswer(const pugi::xml_node& node, Answer& a, bool setAside) {
    if (setAside) {
        checkAttributes(node,
                        {"q", "from-form", "from-version", "changed", "by", "carried-over",
                         "imported", "origin"},
                        &a.unknownXml);
    } else {
        checkAttributes(node, {"q", "changed", "by", "carried-over", "imported", "origin"},
                        &a.unknownXml);
    }
    a.questionId = requireAttr(node, "q");
    if (a.questionId.empty())
        return false;
    a.provenance.changed = node.attribute("changed").value();
    a.provenance.by = node.attribute("by").value();
    a.provenance.origin = node.attribute("origin").value();
    readBool(node, "carried-over", a.provenance.carriedOver);
    readBool(node, "imported", a.provenance.imported);
    bool haveText = false;
    forElements(node, [&](const pugi::xml_node& c) {
        std::string_view name = c.name();
        if (name == "value") {
            checkAttributes(c, {}, nullptr);
            a.values.push_back(textOf(c));
        } else if (name == "text") {
            checkAttributes(c, {}, nullptr);
            if (haveText) {
                error(c, "duplicate-element",
                      "answer '" + a.questionId + "' has more than one <text>",
                      "join them into one");
            }
            haveText = true;
            a.text = textOf(c);
        } else if (name == "cell") {
            checkAttributes(c, {"row", "col"}, nullptr);
            std::string row = requireAttr(c, "row"), col = requireAttr(c, "col");
            if (row.empty() || col.empty())
                return;
            if (!a.cells.emplace(std::make_pair(row, col), textOf(c)).second) {
                error(c, "duplicate-cell",
                      "answer '" + a.questionId + "' has cell row '" + row + "' column '" + col +
                          "' twice",
                      "keep one");
            }
        } else if (name == "citation") {
            checkAttributes(c, {}, nullptr);
            readCitation(c, a);
        } else {
            a.unknownXml += elementXml(c);
        }
    });
    return true;
}

void Reader::readCitation(const pugi::xml_node& node, Answer& a) {
    Citation c;
    forElements(node, [&](const pugi::xml_node& e) {
        std::string_view name = e.name();
        if (name == "title") {
            c.title = textOf(e);
        } else if (name == "provision") {
            c.provision = textOf(e);
        } else if (name == "url") {
            c.url = textOf(e);
        } else if (name == "excerpt") {
            checkAttributes(e, {"name", "media-type", "size", "sha256"}, nullptr);
            c.hasExcerpt = true;
            Attachment& x = c.excerpt;
            x.fileName = requireAttr(e, "name");
            x.mediaType = e.attribute("media-type").value();
            x.sha256 = requireAttr(e, "sha256");
            std::string size = requireAttr(e, "size");
            if (x.fileName.find_first_of("/\\") != std::string::npos || x.fileName == "." ||
                x.fileName == "..") {
                error(e, "bad-value",
                      "excerpt name '" + x.fileName + "' is a path; only a file name is allowed",
                      "a response file never names folders; ask the sender for the file revq "
                      "wrote, or attach the excerpt again");
            }
            std::string encoded = textOf(e);
            std::size_t badAt = 0;
            auto decoded = base64Decode(encoded, &badAt);
            if (!decoded) {
                error(e, "bad-attachment",
                      "the excerpt '" + x.fileName + "' of answer '" + a.questionId +
                          "' is not valid base64 (at character " + std::to_string(badAt) + ")",
                      std::string(kRepairHint));
                return;
            }
            x.data = std::move(*decoded);
            if (x.data.size() > kMaxAttachmentBytes) {
                error(e, "attachment-too-large",
                      "the excerpt '" + x.fileName + "' is " + std::to_string(x.data.size()) +
                          " bytes; an attachment may have at most " +
                          std::to_string(kMaxAttachmentBytes) + " bytes (25 MiB)",
                      "cite the text by title and URL instead of attaching it");
            }
            if (size != std::to_string(x.data.size())) {
                error(e, "attachment-mismatch",
                      "the excerpt '" + x.fileName + "' of answer '" + a.questionId + "' has " +
                          std::to_string(x.data.size()) + " bytes but says size=\"" + size + "\"",
                      std::string(kRepairHint));
            } else if (sha256Hex(x.data) != x.sha256) {
                error(e, "attachment-mismatch",
                      "the excerpt '" + x.fileName + "' of answer '" + a.questionId +
                          "' does not match its sha256: the attached file was changed or damaged",
                      std::string(kRepairHint));
            }
        } else {
            unknownChild(node, e);
        }
    });
    if (c.title.empty()) {
        error(node, "missing-element", "a citation in answer '" + a.questionId + "' has no <title>",
              "give the title of the law");
    }
    a.citations.push_back(std::move(c));
}

}  // namespace

ResponseReadResult readResponseText(std::string_view xml, const std::string& displayName,
                                    const ResponseReadOptions& options) {
    ResponseReadResult result;
    if (xml.size() > kMaxResponseFileBytes) {
        Diagnostic d;
        d.file = displayName;
        d.code = "too-large";
        d.message = "the file has " + std::to_string(xml.size()) +
                    " bytes; a response file may have at most " +
                    std::to_string(kMaxResponseFileBytes) + " bytes (100 MiB)";
        d.hint = "this is not a response revq wrote; check the file";
        result.diagnostics.add(std::move(d));
        return result;
    }
    Reader(xml, displayName, options, result).run();
    return result;
}

ResponseReadResult readResponseFile(const std::string& path, const ResponseReadOptions& options) {
    ResponseReadResult result;
    auto fail = [&](std::string message, std::string hint) {
        Diagnostic d;
        d.file = path;
        d.code = "cannot-read";
        d.message = std::move(message);
        d.hint = std::move(hint);
        result.diagnostics.add(std::move(d));
        return result;
    };
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return fail("the file does not exist", "check the path");
    }
    if (!std::filesystem::is_regular_file(status)) {
        return fail("this is not a regular file", "give the path of a .revq file");
    }
    auto size = std::filesystem::file_size(pathFromUtf8(path), ec);
    if (!ec && size > kMaxResponseFileBytes) {
        return fail("the file has " + std::to_string(size) +
                        " bytes; a response file may have at most " +
                        std::to_string(kMaxResponseFileBytes) + " bytes (100 MiB)",
                    "this is not a response revq wrote; check the file");
    }
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return fail(std::string("cannot open the file: ") + std::strerror(errno), "");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return fail("reading the file failed", "check the disk");
    return readResponseText(text, path, options);
}

}  // namespace revq
