// Response files: writing and reading back give the same response, byte-stable output, and
// unknown content from a newer revq survives.
#include <catch2/catch.hpp>

#include "core/response_reader.h"
#include "core/response_writer.h"
#include "test_response_support.h"

using namespace revq;

namespace {
Response readBack(const std::string& xml) {
    ResponseReadResult r = readResponseText(xml, "roundtrip.revq");
    INFO(r.diagnostics.toJson());
    REQUIRE(r.response);
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    return *r.response;
}
}  // namespace

TEST_CASE("response round trip over generated answers of every shape", "[response]") {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        test::ResponseGenerator gen(seed);
        Response original = gen.response(1 + gen.pick(25));
        std::string xml = writeResponseXml(original);
        Response back = readBack(xml);
        INFO("seed " << seed);
        for (const auto& [id, a] : original.answers) {
            const Answer* b = back.answer(id);
            REQUIRE(b);
            CHECK(*b == a);
        }
        CHECK(back == original);
        // Deterministic: the same response gives the same bytes.
        CHECK(writeResponseXml(back) == xml);
    }
}

TEST_CASE("response round trip keeps every tricky text exactly", "[response]") {
    Response r;
    r.formId = "f";
    r.formVersion = "1";
    r.stateCode = "CHN";
    int i = 0;
    for (const char* t : test::kTrickyTexts) {
        Answer a;
        a.questionId = "t" + std::to_string(i++);
        a.text = t;
        a.values = {t};
        a.provenance.origin = t;  // attributes too
        a.cells[{t, t}] = t;
        r.answers[a.questionId] = a;
    }
    Response back = readBack(writeResponseXml(r));
    CHECK(back == r);
}

TEST_CASE("response writer wraps base64 and escapes", "[response]") {
    Response r;
    r.formId = "f";
    r.formVersion = "1";
    r.stateCode = "FRA";
    Answer a;
    a.questionId = "law";
    Citation c;
    c.title = "Code pénal <art>";
    c.hasExcerpt = true;
    c.excerpt.fileName = "code.pdf";
    c.excerpt.data = std::string(1000, 'x');
    c.excerpt.sha256 = sha256Hex(c.excerpt.data);
    a.citations.push_back(c);
    r.answers["law"] = a;
    std::string xml = writeResponseXml(r);
    CHECK(xml.find("Code pénal &lt;art&gt;") != std::string::npos);
    // No line of base64 longer than 76 characters plus indentation.
    std::size_t longest = 0, start = 0;
    while (start < xml.size()) {
        std::size_t end = xml.find('\n', start);
        if (end == std::string::npos)
            end = xml.size();
        if (xml.compare(start, 6, "      ") == 0 && xml.find('<', start) > end) {
            longest = std::max(longest, end - start);
        }
        start = end + 1;
    }
    CHECK(longest > 0);
    CHECK(longest == 76 + 10);  // 76 base64 characters, indented by 10
}

TEST_CASE("unknown elements and attributes from a newer revq survive a round trip", "[response]") {
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<response xmlns="urn:revq:response:1" format-version="1" xmlns:x="urn:future" x:flag="on">
  <form id="f" version="1"/>
  <state code="FRA"/>
  <language>fr</language>
  <status value="draft"/>
  <answers>
    <answer q="a1" x:confidence="high" mood="sure">
      <text>Oui</text>
      <comment author="p1">Vérifié <b>deux fois</b></comment>
    </answer>
  </answers>
  <signature method="future">abc</signature>
</response>
)";
    Response r = readBack(xml);
    REQUIRE(r.answer("a1"));
    CHECK(r.answer("a1")->unknownXml.find("comment") != std::string::npos);
    CHECK(r.answer("a1")->unknownXml.find("mood=\"sure\"") != std::string::npos);
    std::string written = writeResponseXml(r);
    CHECK(written.find("<signature method=\"future\">abc</signature>") != std::string::npos);
    CHECK(written.find("<comment author=\"p1\">Vérifié <b>deux fois</b></comment>") !=
          std::string::npos);
    CHECK(written.find("x:confidence=\"high\"") != std::string::npos);
    CHECK(written.find("xmlns:x=\"urn:future\"") != std::string::npos);
    Response again = readBack(written);
    CHECK(again == r);
    CHECK(writeResponseXml(again) == written);
}
