// Bad response files: each gets an error naming the file and line:column, never a crash.
#include <catch2/catch.hpp>

#include "core/base64.h"
#include "core/response_reader.h"
#include "core/response_writer.h"
#include "core/sha256.h"

using namespace revq;

namespace {

const std::string kHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<response xmlns="urn:revq:response:1" format-version="1">
  <form id="mini" version="1.0"/>
  <state code="FRA"/>
  <language>fr</language>
  <status value="draft"/>
  <answers>
)";
const std::string kTail = "  </answers>\n</response>\n";

// The first error, which must exist.
Diagnostic firstError(const ResponseReadResult& r) {
    for (const auto& d : r.diagnostics.items) {
        if (d.severity == Severity::Error)
            return d;
    }
    FAIL("no error reported");
    return {};
}

Diagnostic errorFor(const std::string& xml) {
    ResponseReadResult r = readResponseText(xml, "bad.revq");
    CHECK_FALSE(r.response);
    Diagnostic d = firstError(r);
    CHECK(d.file == "bad.revq");
    CHECK(d.format().rfind("bad.revq:", 0) == 0);
    return d;
}

}  // namespace

TEST_CASE("a valid file reads without problems", "[response]") {
    ResponseReadResult r = readResponseText(
        kHead + "    <answer q=\"crim\"><value>yes</value></answer>\n" + kTail, "ok.revq");
    INFO(r.diagnostics.toJson());
    REQUIRE(r.response);
    CHECK(r.diagnostics.items.empty());
    CHECK(r.response->answer("crim")->values == std::vector<std::string>{"yes"});
    CHECK(r.answerPositions["crim"].line == 8);
    CHECK(r.answerPositions["crim"].column == 5);
}

TEST_CASE("truncated and malformed XML give line and column", "[response]") {
    std::string full = kHead + "    <answer q=\"crim\"><value>yes</value></answer>\n" + kTail;
    Diagnostic d = errorFor(full.substr(0, full.size() / 2));
    CHECK(d.code == "malformed-xml");
    CHECK(d.line > 1);
    CHECK(d.message.find("truncated") != std::string::npos);

    d = errorFor(kHead + "    <answer q=\"crim\"><value>yes</valu></answer>\n" + kTail);
    CHECK(d.code == "malformed-xml");
    CHECK(d.line == 8);
    CHECK(d.column > 20);

    d = errorFor("");
    CHECK(d.code == "malformed-xml");
}

TEST_CASE("not UTF-8 is reported at the offending byte", "[response]") {
    std::string xml = kHead + "    <answer q=\"t\"><text>caf\xE9</text></answer>\n" + kTail;
    Diagnostic d = errorFor(xml);
    CHECK(d.code == "not-utf8");
    CHECK(d.line == 8);
    CHECK(d.column == 28);  // 4 spaces, <answer q="t">, <text>, "caf"
}

TEST_CASE("a DOCTYPE is refused", "[response]") {
    std::string xml = R"(<?xml version="1.0"?>
<!DOCTYPE response [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<response xmlns="urn:revq:response:1" format-version="1"><form id="f" version="1"/><state code="FRA"/></response>)";
    Diagnostic d = errorFor(xml);
    CHECK(d.code == "doctype");
    CHECK(d.line == 2);
}

TEST_CASE("a file that is not a response", "[response]") {
    Diagnostic d =
        errorFor(R"(<form xmlns="urn:revq:form:1" format-version="1" id="x" version="1"/>)");
    CHECK(d.code == "not-a-response");
    CHECK(d.message.find("form definition") != std::string::npos);
    CHECK(d.line == 1);

    d = errorFor(R"(<response xmlns="urn:other" format-version="1"/>)");
    CHECK(d.code == "not-a-response");

    d = errorFor(R"(<response xmlns="urn:revq:response:1" format-version="2"/>)");
    CHECK(d.code == "format-version");
    CHECK(d.hint.find("update revq") != std::string::npos);
}

TEST_CASE("missing form or state, unknown State code", "[response]") {
    Diagnostic d = errorFor(
        R"(<response xmlns="urn:revq:response:1" format-version="1"><state code="FRA"/></response>)");
    CHECK(d.code == "missing-element");

    d = errorFor(R"(<response xmlns="urn:revq:response:1" format-version="1">
  <form id="f" version="1"/>
  <state code="fr"/>
</response>)");
    CHECK(d.code == "unknown-state");
    CHECK(d.line == 3);
    CHECK(d.column == 3);

    // With a States list, a well-formed code must also be in it.
    StatesLoadResult states = StatesList::load(REVQ_SOURCE_DIR "/forms/states.xml");
    INFO(states.diagnostics.toJson());
    REQUIRE(states.states);
    ResponseReadOptions options;
    options.states = states.states.get();
    ResponseReadResult r = readResponseText(
        R"(<response xmlns="urn:revq:response:1" format-version="1"><form id="f" version="1"/><state code="XYZ"/></response>)",
        "bad.revq", options);
    CHECK_FALSE(r.response);
    CHECK(firstError(r).code == "unknown-state");
    r = readResponseText(
        R"(<response xmlns="urn:revq:response:1" format-version="1"><form id="f" version="1"/><state code="FRA"/></response>)",
        "ok.revq", options);
    CHECK(r.response);
}

TEST_CASE("duplicate answers are an error, never silently one of them", "[response]") {
    Diagnostic d = errorFor(kHead + "    <answer q=\"crim\"><value>yes</value></answer>\n" +
                            "    <answer q=\"crim\"><value>no</value></answer>\n" + kTail);
    CHECK(d.code == "duplicate-answer");
    CHECK(d.line == 9);
    CHECK(d.message.find("line 8") != std::string::npos);
}

TEST_CASE("attachments whose size or hash do not match", "[response]") {
    std::string data = "%PDF-1.4 pretend";
    auto excerpt = [&](const std::string& size, const std::string& hash, const std::string& b64) {
        return kHead + "    <answer q=\"law\"><citation><title>Penal Code</title>\n" +
               "      <excerpt name=\"code.pdf\" size=\"" + size + "\" sha256=\"" + hash + "\">" +
               b64 + "</excerpt></citation></answer>\n" + kTail;
    };
    std::string size = std::to_string(data.size());
    std::string good = sha256Hex(data);
    ResponseReadResult ok = readResponseText(excerpt(size, good, base64Encode(data)), "ok.revq");
    REQUIRE(ok.response);
    CHECK(ok.response->answer("law")->citations.at(0).excerpt.data == data);

    Diagnostic d = errorFor(excerpt(size, sha256Hex("other"), base64Encode(data)));
    CHECK(d.code == "attachment-mismatch");
    CHECK(d.line == 9);
    d = errorFor(excerpt("3", good, base64Encode(data)));
    CHECK(d.code == "attachment-mismatch");
    d = errorFor(excerpt(size, good, "not*base64"));
    CHECK(d.code == "bad-attachment");
}

TEST_CASE("answers for unknown questions when reading against a form", "[response]") {
    Form form;
    form.id = "mini";
    form.version = "1.0";
    Question q;
    q.id = "crim";
    q.type = QuestionType::SingleChoice;
    form.questions.push_back(q);
    form.questionIndexById["crim"] = 0;
    ResponseReadOptions options;
    options.form = &form;

    ResponseReadResult r =
        readResponseText(kHead + "    <answer q=\"crim\"><value>yes</value></answer>\n" +
                             "    <answer q=\"ghost\"><value>yes</value></answer>\n" + kTail,
                         "bad.revq", options);
    CHECK_FALSE(r.response);
    Diagnostic d = firstError(r);
    CHECK(d.code == "unknown-question");
    CHECK(d.line == 9);

    form.id = "other";
    r = readResponseText(kHead + kTail, "bad.revq", options);
    CHECK_FALSE(r.response);
    CHECK(firstError(r).code == "other-form");

    // Another version of the same form reads, with a warning, for mapping.
    form.id = "mini";
    form.version = "2.0";
    r = readResponseText(kHead + "    <answer q=\"ghost\"><value>yes</value></answer>\n" + kTail,
                         "old.revq", options);
    CHECK(r.response);
    REQUIRE(r.diagnostics.items.size() == 1);
    CHECK(r.diagnostics.items[0].code == "other-form-version");
}

TEST_CASE("files over the size limit are refused before parsing", "[response]") {
    std::string huge(kMaxResponseFileBytes + 1, ' ');
    Diagnostic d = errorFor(huge);
    CHECK(d.code == "too-large");
}

TEST_CASE("base64 decoding is strict", "[response]") {
    for (std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
        auto back = base64Decode(base64Encode(s, 4));
        REQUIRE(back);
        CHECK(*back == s);
    }
    CHECK(base64Encode("foobar") == "Zm9vYmFy");
    CHECK(base64Encode("fo") == "Zm8=");
    std::size_t at = 0;
    CHECK_FALSE(base64Decode("Zm9v!", &at));
    CHECK(at == 4);
    CHECK_FALSE(base64Decode("Zm8"));
    CHECK_FALSE(base64Decode("Zm8=x"));
    CHECK_FALSE(base64Decode("Z==="));
}
