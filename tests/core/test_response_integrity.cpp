// Submission integrity: canonical content, the stored SHA-256, detecting edits after
// submission, reopening.
#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_reader.h"
#include "core/response_writer.h"
#include "core/sha256.h"

using namespace revq;

namespace {
std::shared_ptr<const Form> formV1() {
    FormLoadResult f = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/form-v1.xml");
    REQUIRE(f.form);
    return f.form;
}
Response validV1() {
    ResponseReadResult r =
        readResponseFile(std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq");
    REQUIRE(r.response);
    return *r.response;
}
Response reread(const std::string& xml) {
    ResponseReadResult r = readResponseText(xml, "x.revq");
    INFO(r.diagnostics.toJson());
    REQUIRE(r.response);
    return *r.response;
}
}  // namespace

TEST_CASE("canonical content is exactly as documented", "[response][integrity]") {
    Response r;
    r.formId = "mini";
    r.formVersion = "1.0";
    r.stateCode = "FRA";
    Answer a;
    a.questionId = "crim";
    a.values = {"yes"};
    a.provenance.by = "p1";  // provenance is not content
    r.answers["crim"] = a;
    Answer t;
    t.questionId = "cases";
    t.cells[{"women", "y2023"}] = "12";
    t.cells[{"men", "y2023"}] = "3";
    r.answers["cases"] = t;
    Answer l;
    l.questionId = "law";
    Citation c;
    c.title = "Code";
    c.hasExcerpt = true;
    c.excerpt.fileName = "a.pdf";
    c.excerpt.data = "abc";
    l.citations.push_back(c);
    r.answers["law"] = l;
    const std::string expected =
        "revq-content-1\n"
        "F4:mini,3:1.0,S3:FRA,\n"
        "A5:cases,c3:men,5:y2023,1:3,c5:women,5:y2023,2:12,\n"
        "A4:crim,v3:yes,\n"
        "A3:law,l4:Code,0:,0:,x5:a.pdf,0:,1:3,64:" +
        sha256Hex("abc") + ",\n";
    CHECK(canonicalContent(r) == expected);
    CHECK(contentHash(r) == sha256Hex(expected));
    r.answers["crim"].provenance.changed = "2030-01-01T00:00:00Z";
    CHECK(contentHash(r) == sha256Hex(expected));
}

TEST_CASE("submit, detect an edit after submission, reopen", "[response][integrity]") {
    setFixedClockForTests("2026-12-01T10:00:00Z");
    auto form = formV1();
    Response r = validV1();
    REQUIRE(checkIntegrity(r) == IntegrityState::Draft);

    SubmitResult s = submitResponse(*form, r, "A. Martin");
    INFO(s.message);
    REQUIRE(s.ok);
    CHECK(r.status == ResponseStatus::Submitted);
    CHECK(r.submitted == "2026-12-01T10:00:00Z");
    CHECK(r.history.back().status == "submitted");
    CHECK(r.history.back().number == 2);
    CHECK(r.integritySha256 == contentHash(r));
    CHECK(checkIntegrity(r) == IntegrityState::Intact);

    // Through the file, still intact; submitting twice is refused.
    std::string xml = writeResponseXml(r);
    CHECK(checkIntegrity(reread(xml)) == IntegrityState::Intact);
    Response again = r;
    CHECK_FALSE(submitResponse(*form, again, "x").ok);

    // An answer edited in a text editor.
    std::string edited = xml;
    std::size_t at = edited.find("Formation des juges");
    REQUIRE(at != std::string::npos);
    edited.replace(at, 9, "Formations");
    CHECK(checkIntegrity(reread(edited)) == IntegrityState::ChangedAfterSubmission);
    CHECK(describeIntegrityProblem(IntegrityState::ChangedAfterSubmission)
              .find("changed after submission") != std::string::npos);

    // The hash removed.
    std::string stripped = xml;
    std::size_t start = stripped.find("  <integrity");
    std::size_t end = stripped.find("</integrity>\n");
    REQUIRE(start != std::string::npos);
    stripped.erase(start, end + 13 - start);
    CHECK(checkIntegrity(reread(stripped)) == IntegrityState::MissingHash);

    // Provenance (who, when) may change without breaking the hash.
    std::string touched = xml;
    at = touched.find("2022-03-02T10:00:00Z");
    touched.replace(at, 4, "2023");
    CHECK(checkIntegrity(reread(touched)) == IntegrityState::Intact);

    reopenResponse(r, "B. Durand");
    CHECK(r.status == ResponseStatus::Draft);
    CHECK(r.integritySha256.empty());
    CHECK(r.submitted.empty());
    CHECK(r.history.back().status == "draft");
    CHECK(r.history.back().note == "reopened");
    CHECK(r.history.size() == 3);
    setFixedClockForTests("");
}

TEST_CASE("submitting an invalid response is refused and changes nothing",
          "[response][integrity]") {
    auto form = formV1();
    Response r = validV1();
    r.answers.erase("privacy");  // required
    r.answers["share"].text = "250";
    Response before = r;
    SubmitResult s = submitResponse(*form, r, "A. Martin");
    CHECK_FALSE(s.ok);
    CHECK(s.problems.size() == 2);
    CHECK(s.message.find("2 errors") != std::string::npos);
    CHECK(r == before);
}
