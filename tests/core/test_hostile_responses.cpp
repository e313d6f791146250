// The hostile-input catalogue (tests/data/hostile/README.md), response cases, through the
// reader (as opening a file in the app or `revq-cli check` does) and validation: each yields an
// error naming the file and line:column, without a crash, a hang, a memory blow-up or a change.
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/file_name_state.h"
#include "core/form_loader.h"
#include "core/response_reader.h"
#include "core/response_validation.h"
#include "test_hostile_support.h"

using namespace revq;
using namespace revq::hostile;

namespace {

std::shared_ptr<const Form> formV1() {
    static const auto loaded = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/form-v1.xml");
    REQUIRE(loaded.form);
    return loaded.form;
}

struct Opened {
    std::string path, text;
    ResponseReadResult read;
};

Opened openCatalogue(const std::string& name) {
    Opened o;
    o.path = catalogue(name);
    o.text = bytesOf(o.path);
    const std::string before = sha256Hex(o.text);
    ResponseReadOptions options;
    options.form = formV1().get();
    const auto start = std::chrono::steady_clock::now();
    o.read = readResponseFile(o.path, options);
    CHECK(secondsSince(start) < 10);
    CHECK(hashOf(o.path) == before);
    return o;
}

// The case is refused: no response, an error of `code` for the file at byte `offset`.
void refusedAt(const std::string& name, const std::string& code, size_t offset) {
    INFO(name);
    const Opened o = openCatalogue(name);
    CHECK_FALSE(o.read.response);
    const Diagnostic& d = firstError(o.read.diagnostics);
    CHECK(d.file == o.path);
    CHECK(d.code == code);
    CHECK_FALSE(d.hint.empty());
    REQUIRE(offset != std::string::npos);
    const auto [line, column] = lineColumnOf(o.text, offset);
    CHECK(d.line == line);
    CHECK(d.column == column);
}

size_t offsetIn(const std::string& name, const std::string& needle, size_t nth = 1) {
    const std::string text = bytesOf(catalogue(name));
    size_t at = text.find(needle);
    while (--nth > 0 && at != std::string::npos)
        at = text.find(needle, at + 1);
    return at;
}

}  // namespace

TEST_CASE("hostile response: DOCTYPE (entity bomb, external entity) is refused, nothing expanded",
          "[hostile][response]") {
    for (const char* name : {"billion-laughs.revq", "external-entity.revq"}) {
        refusedAt(name, "doctype", offsetIn(name, "<!DOCTYPE"));
        const Opened o = openCatalogue(name);
        for (const auto& d : o.read.diagnostics.items)
            CHECK(d.message.find("root:") == std::string::npos);
    }
}

TEST_CASE("hostile response: bytes that are not UTF-8 text are named at their place",
          "[hostile][response]") {
    refusedAt("nul-byte.revq", "control-character",
              offsetIn("nul-byte.revq", std::string(1, '\0')));
    refusedAt("invalid-utf8.revq", "not-utf8", offsetIn("invalid-utf8.revq", "\xE9"));
    refusedAt("overlong-utf8.revq", "not-utf8", offsetIn("overlong-utf8.revq", "\xC0"));
    refusedAt("utf16-bom.revq", "not-utf8", 0);
    refusedAt("zip-as-revq.revq", "control-character", 2);  // "PK\3\4": \3 is the first bad byte
    const Opened o = openCatalogue("utf16-bom.revq");
    CHECK(firstError(o.read.diagnostics).message.find("UTF-16") != std::string::npos);
}

TEST_CASE("hostile response: a second answer to one question is an error at the second",
          "[hostile][response]") {
    refusedAt("duplicate-answer.revq", "duplicate-answer",
              offsetIn("duplicate-answer.revq", "<answer q=\"privacy\"", 2));
    const Opened o = openCatalogue("truncated.revq");
    CHECK_FALSE(o.read.response);
    const Diagnostic& d = firstError(o.read.diagnostics);
    CHECK(d.file == o.path);
    CHECK(d.code == "malformed-xml");
    CHECK(d.line > 1);
    CHECK(d.message.find("truncated") != std::string::npos);
}

TEST_CASE("hostile response: attachment names with ../, absolute or Windows paths are refused",
          "[hostile][response]") {
    for (const char* name : {"attachment-dotdot.revq", "attachment-absolute.revq",
                             "attachment-windows-path.revq", "attachment-dot-dot-only.revq"}) {
        refusedAt(name, "bad-value", offsetIn(name, "<excerpt"));
    }
}

TEST_CASE(
    "hostile response: numbers out of range or not numbers are validation errors with "
    "line:column",
    "[hostile][response]") {
    for (const char* name : {"number-out-of-range.revq", "number-not-a-number.revq"}) {
        INFO(name);
        const Opened o = openCatalogue(name);
        REQUIRE(o.read.response);  // well-formed: the reader keeps the text as written
        ValidationOptions v;
        v.positions = &o.read.answerPositions;
        const ValidationReport report = validateResponse(*formV1(), *o.read.response, v);
        for (const char* q : {"attempt_year", "share", "victims_total", "victims_children"}) {
            INFO(q);
            const ResponseProblem* found = nullptr;
            for (const auto& p : report.problems)
                if (p.questionId == q && p.severity == Severity::Error)
                    found = &p;
            REQUIRE(found);
            CHECK((found->code == "range" || found->code == "type"));
            const auto [line, column] =
                lineColumnOf(o.text, o.text.find(std::string("<answer q=\"") + q + "\""));
            CHECK(found->pos.line == line);
            CHECK(found->pos.column == column);
            const Diagnostics diags = toDiagnostics(report.problems, o.path);
            CHECK(diags.hasErrors());
        }
    }
}

TEST_CASE("hostile response: a file named for one State that answers for another is flagged",
          "[hostile][response]") {
    const Opened o = openCatalogue("FRA_state-mismatch.revq");
    REQUIRE(o.read.response);
    CHECK(o.read.response->stateCode == "DEU");
    const auto mismatch = fileNameStateMismatch(o.path, o.read.response->stateCode);
    REQUIRE(mismatch);
    CHECK(mismatch->find("FRA") != std::string::npos);
    CHECK(mismatch->find("DEU") != std::string::npos);
    CHECK(stateCodeInFileName("/x/FRA_2024.revq") == "FRA");
    CHECK(stateCodeInFileName("FRA.revq") == "FRA");
    CHECK(stateCodeInFileName("FRA (2).revq") == "FRA");
    CHECK(stateCodeInFileName("FRANCE.revq").empty());
    CHECK(stateCodeInFileName("France_2024.revq").empty());
    CHECK(stateCodeInFileName("response.revq").empty());
    CHECK_FALSE(fileNameStateMismatch("DEU_1.revq", "DEU"));
    CHECK_FALSE(fileNameStateMismatch("answers.revq", "DEU"));
}

TEST_CASE("hostile response: formula-like text is kept as text", "[hostile][response]") {
    const Opened o = openCatalogue("formula-text.revq");
    REQUIRE(o.read.response);
    CHECK(o.read.response->answers.at("privacy").text.starts_with("=HYPERLINK("));
    CHECK(o.read.response->answers.at("crim_why").text.starts_with("+cmd|"));
}

TEST_CASE("hostile response: a 200 MB file is refused by its size before it is read",
          "[hostile][response][big]") {
    const std::string dir = scratch("response-200mb");
    const std::string path = dir + "/big-200mb.revq";
    writeSparse(path, kResponseOpen, kResponseClose, 200u * 1000u * 1000u);
    const ChildResult child = inChild([&] {
        ::alarm(30);
        const ResponseReadResult r = readResponseFile(path);
        const Diagnostic& d = firstError(r.diagnostics);
        return !r.response && d.file == path &&
               d.message.find("200000000 bytes") != std::string::npos &&
               d.message.find("100 MiB") != std::string::npos;
    });
    CHECK(child.status == 0);
    CHECK(child.peakMiB >= 0);
    CHECK(child.peakMiB < 100);  // the file was not read into memory
    fs::remove_all(dir);
}

TEST_CASE("hostile response: 100,000 nested elements are refused without overflowing the stack",
          "[hostile][response][big]") {
    const std::string text = deeplyNested(kResponseOpen, kResponseClose);
    const auto start = std::chrono::steady_clock::now();
    const ResponseReadResult r = readResponseText(text, "deep.revq");
    CHECK(secondsSince(start) < 10);
    CHECK_FALSE(r.response);
    const Diagnostic& d = firstError(r.diagnostics);
    CHECK(d.file == "deep.revq");
    CHECK(d.code == "too-deep");
    CHECK(d.line == 7);  // the <x> elements start on line 7, after <answers>
}

TEST_CASE("hostile response: a 10 MB line reads in seconds; broken, its error has line:column",
          "[hostile][response][big]") {
    std::string text = std::string(kResponseOpen) + "    <answer q=\"privacy\"><text>";
    text.append(10u * 1024u * 1024u, 'A');
    text += "</text></answer>\n" + std::string(kResponseClose);
    auto start = std::chrono::steady_clock::now();
    const ResponseReadResult ok = readResponseText(text, "long-line.revq");
    CHECK(secondsSince(start) < 10);
    REQUIRE(ok.response);
    CHECK(ok.response->answers.at("privacy").text.size() == 10u * 1024u * 1024u);

    std::string broken = std::string(kResponseOpen) + "    <answer q=\"privacy\" by=\"";
    broken.append(10u * 1024u * 1024u, 'A');
    broken += ">\n" + std::string(kResponseClose);
    start = std::chrono::steady_clock::now();
    const ResponseReadResult bad = readResponseText(broken, "long-line-broken.revq");
    CHECK(secondsSince(start) < 10);
    CHECK_FALSE(bad.response);
    const Diagnostic& d = firstError(bad.diagnostics);
    CHECK(d.code == "malformed-xml");
    CHECK(d.line == 7);
    CHECK(d.column > 0);
}
