// Carry-over between cycles and mapping between form versions: every answer is kept, mapped
// (by id or through `replaces`) or set aside.
#include <catch2/catch.hpp>

#include <set>

#include "core/carry_over.h"
#include "core/form_loader.h"
#include "core/response_reader.h"
#include "core/response_validation.h"
#include "core/response_writer.h"

using namespace revq;

namespace {
std::shared_ptr<const Form> loadForm(const char* name) {
    FormLoadResult f = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/" + name);
    INFO(f.diagnostics.toJson());
    REQUIRE(f.form);
    return f.form;
}
Response validV1() {
    ResponseReadResult r =
        readResponseFile(std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq");
    REQUIRE(r.response);
    return *r.response;
}

// Every piece of content in a set of answers: "kind|text" strings, ignoring question ids.
std::multiset<std::string> pieces(const Answer& a) {
    std::multiset<std::string> out;
    for (const auto& v : a.values)
        out.insert("v|" + v);
    if (!a.text.empty())
        out.insert("t|" + a.text);
    for (const auto& [k, v] : a.cells)
        out.insert("c|" + k.first + "|" + k.second + "|" + v);
    for (const auto& c : a.citations)
        out.insert("l|" + c.title);
    return out;
}
std::multiset<std::string> allPieces(const Response& r) {
    std::multiset<std::string> out;
    for (const auto& [id, a] : r.answers)
        out.merge(pieces(a));
    for (const auto& s : r.setAside)
        out.merge(pieces(s.answer));
    return out;
}
}  // namespace

TEST_CASE("carry-over from a v1 response into the v2 form keeps every answer",
          "[response][carry-over]") {
    auto v2 = loadForm("form-v2.xml");
    Response earlier = validV1();
    CarryOverOptions options;
    options.originFile = "valid-v1.revq";
    options.stateCode = "FRA";
    options.by = "Secretariat";
    CarryOverResult c = carryOver(earlier, *v2, options);
    INFO(c.error);
    REQUIRE(c.response);
    const Response& r = *c.response;

    CHECK(r.formId == "resp-test");
    CHECK(r.formVersion == "2.0");
    CHECK(r.stateCode == "FRA");
    CHECK(r.status == ResponseStatus::Draft);
    CHECK(r.integritySha256.empty());
    REQUIRE(r.history.size() == 1);
    CHECK(r.history[0].note.find("valid-v1.revq") != std::string::npos);
    CHECK(r.contributors == earlier.contributors);

    // Nothing is lost: every value, text, cell and citation is somewhere.
    CHECK(allPieces(r) == allPieces(earlier));

    // crim_why continues as crim_explain.
    REQUIRE(r.answer("crim_explain"));
    CHECK(r.answer("crim_explain")->text == earlier.answer("crim_why")->text);
    CHECK(r.answer("crim_explain")->provenance.origin == "valid-v1.revq#crim_why");
    CHECK_FALSE(r.answer("crim_why"));
    // Every mapped answer is marked carried over, with who wrote it kept.
    for (const auto& [id, a] : r.answers) {
        INFO(id);
        CHECK(a.provenance.carriedOver);
        CHECK(a.provenance.origin.rfind("valid-v1.revq#", 0) == 0);
    }
    CHECK(r.answer("privacy")->provenance.by == "p2");

    // attempt_year has no question in v2; 'organs' is no longer a choice; column y2023 is gone.
    std::map<std::string, std::multiset<std::string>> aside;
    for (const auto& s : r.setAside) {
        CHECK(s.fromForm == "resp-test");
        CHECK(s.fromVersion == "1.0");
        aside[s.answer.questionId].merge(pieces(s.answer));
    }
    CHECK(aside["attempt_year"] == std::multiset<std::string>{"t|2003"});
    CHECK(aside["forms"] == std::multiset<std::string>{"v|organs"});
    CHECK(aside["cases"] == std::multiset<std::string>{"c|men|y2023|31", "c|women|y2023|12"});
    CHECK(aside.size() == 3);
    CHECK(r.answer("forms")->values == std::vector<std::string>{"sexual", "labour"});
    CHECK(r.answer("cases")->cells.size() == 1);

    // The new response is valid against v2 and survives the file.
    ValidationReport report = validateResponse(*v2, r);
    INFO(toDiagnostics(report.problems, "new.revq").toJson());
    CHECK_FALSE(report.hasErrors());
    ResponseReadResult back = readResponseText(writeResponseXml(r), "new.revq");
    REQUIRE(back.response);
    CHECK(*back.response == r);
    CHECK(c.report.total() == earlier.answers.size() + 2);  // forms and cases split in two
}

TEST_CASE("carry-over refuses another State", "[response][carry-over]") {
    auto v2 = loadForm("form-v2.xml");
    CarryOverOptions options;
    options.originFile = "valid-v1.revq";
    options.stateCode = "BEL";
    CarryOverResult c = carryOver(validV1(), *v2, options);
    CHECK_FALSE(c.response);
    CHECK(c.error.find("FRA") != std::string::npos);
}

TEST_CASE("a response to another form version opens mapped; set-aside answers come back",
          "[response][carry-over]") {
    auto v1 = loadForm("form-v1.xml");
    auto v2 = loadForm("form-v2.xml");
    Response earlier = validV1();
    MapResult m = mapResponseToForm(earlier, *v2);
    CHECK(m.response.formVersion == "2.0");
    CHECK(allPieces(m.response) == allPieces(earlier));
    for (const auto& [id, a] : m.response.answers)
        CHECK_FALSE(a.provenance.carriedOver);
    CHECK(m.response.history.back().note.find("version 1.0 to version 2.0") != std::string::npos);

    // Mapping back to v1 restores what was set aside.
    MapResult back = mapResponseToForm(m.response, *v1);
    CHECK(allPieces(back.response) == allPieces(earlier));
    CHECK(back.response.answer("attempt_year"));
    CHECK(back.response.answer("attempt_year")->text == "2003");
    // crim_explain has no question in v1 (v1 does not say it replaces anything): set aside.
    REQUIRE(back.response.setAside.size() >= 1);
    bool explainAside = false;
    for (const auto& s : back.response.setAside) {
        explainAside = explainAside || s.answer.questionId == "crim_explain";
    }
    CHECK(explainAside);

    // The same version maps onto itself unchanged.
    MapResult same = mapResponseToForm(earlier, *v1);
    CHECK(same.response == earlier);
}
