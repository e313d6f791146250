// Validation and completeness of responses against a form (tests/data/responses/form-v1.xml).
#include <catch2/catch.hpp>

#include <set>

#include "core/form_loader.h"
#include "core/response_reader.h"
#include "core/response_validation.h"

using namespace revq;

namespace {

std::shared_ptr<const Form> loadTestForm(const char* name) {
    FormLoadResult f = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/" + name);
    INFO(f.diagnostics.toJson());
    REQUIRE(f.form);
    return f.form;
}

ResponseReadResult readFixture(const char* name) {
    ResponseReadResult r = readResponseFile(std::string(REVQ_TEST_DATA) + "/responses/" + name);
    INFO(r.diagnostics.toJson());
    REQUIRE(r.response);
    return r;
}

// question id -> set of problem codes
std::map<std::string, std::set<std::string>> codesByQuestion(const ValidationReport& report) {
    std::map<std::string, std::set<std::string>> out;
    for (const auto& p : report.problems)
        out[p.questionId].insert(p.code);
    return out;
}

const ResponseProblem* find(const ValidationReport& report, const std::string& q,
                            const std::string& code) {
    for (const auto& p : report.problems) {
        if (p.questionId == q && p.code == code)
            return &p;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a valid response has no problems and is complete", "[response][validation]") {
    auto form = loadTestForm("form-v1.xml");
    ResponseReadResult r = readFixture("valid-v1.revq");
    ValidationReport report = validateResponse(*form, *r.response);
    INFO(toDiagnostics(report.problems, "valid-v1.revq").toJson());
    CHECK(report.problems.empty());
    Completeness c = computeCompleteness(*form, *r.response, &report.states);
    // 12 answerable questions (the note is not one); crim = partly makes crim_why and
    // crim_law both relevant.
    CHECK(c.overall == Tally{12, 12});
    CHECK(c.byArticle["5"] == Tally{11, 11});
    CHECK(c.byArticle["6"] == Tally{1, 1});
    CHECK(c.byCluster["c2"] == Tally{1, 1});
    CHECK(c.bySection["art5"] == Tally{11, 11});
}

TEST_CASE("check reports one problem of each kind in the fixture", "[response][validation]") {
    auto form = loadTestForm("form-v1.xml");
    ResponseReadResult r = readFixture("one-error-each.revq");
    ValidationOptions options;
    options.positions = &r.answerPositions;
    ValidationReport report = validateResponse(*form, *r.response, options);
    auto codes = codesByQuestion(report);
    INFO(toDiagnostics(report.problems, "one-error-each.revq").toJson());
    using S = std::set<std::string>;
    CHECK(codes["attempt_year"] == S{"range"});
    CHECK(codes["cases"] == S{"cell", "type"});
    CHECK(codes["crim_why"] == S{"not-relevant"});
    CHECK(codes["forms"] == S{"choice"});
    CHECK(codes["ghost"] == S{"unknown-question"});
    CHECK(codes["in_force"] == S{"date"});
    CHECK(codes["intro"] == S{"unknown-question"});
    CHECK(codes["share"] == S{"type"});
    CHECK(codes["victims_children"] == S{"constraint"});
    CHECK(codes["privacy"] == S{"required"});
    CHECK(codes.size() == 10);  // nothing about crim, crim_law, victims_total, art5_ta

    // Severity, article, position and the constraint message in the response's language.
    const ResponseProblem* c = find(report, "victims_children", "constraint");
    REQUIRE(c);
    CHECK(c->severity == Severity::Error);
    CHECK(c->article == "Art. 5(1)");
    CHECK(c->message.find("Les enfants ne peuvent pas") != std::string::npos);
    CHECK(c->pos.line == 18);
    CHECK(find(report, "crim_why", "not-relevant")->severity == Severity::Warning);
    CHECK(find(report, "attempt_year", "range")->article == "Art. 5(2)(a)");
    CHECK(find(report, "attempt_year", "range")->message.find("between 1900 and 2100") !=
          std::string::npos);
    CHECK(find(report, "share", "type")->message.find("'.'") != std::string::npos);
    CHECK(find(report, "privacy", "required")->pos.line == 0);  // no answer to point at
    CHECK(report.errorCount() == report.problems.size() - 1);

    // Problems come in form order: the note, crim_why, forms, attempt_year.
    Diagnostics d = toDiagnostics(report.problems, "x.revq");
    CHECK(d.items[0].format().rfind("x.revq:16:5: error: question 'intro' (Art. 5):", 0) == 0);
    CHECK(d.items[3].format().rfind("x.revq:9:5: error: question 'attempt_year' (Art. 5(2)(a)):",
                                    0) == 0);

    // Completeness ignores the note and the irrelevant crim_why; crim_law is relevant (yes).
    Completeness comp = computeCompleteness(*form, *r.response, &report.states);
    CHECK(comp.overall.relevant == 11);  // 12 answerable, crim_why not relevant
    CHECK(comp.overall.answered == 8);   // not crim_law, privacy, art5_ta
}

TEST_CASE("number, date and choice checks", "[response][validation]") {
    CHECK(isCanonicalInteger("0"));
    CHECK(isCanonicalInteger("-12"));
    CHECK_FALSE(isCanonicalInteger("1.0"));
    CHECK_FALSE(isCanonicalInteger(" 1"));
    CHECK_FALSE(isCanonicalInteger("1e3"));
    CHECK_FALSE(isCanonicalInteger(""));
    CHECK_FALSE(isCanonicalInteger("-"));
    CHECK(isCanonicalDecimal("3.5"));
    CHECK(isCanonicalDecimal("-0.25"));
    CHECK(isCanonicalDecimal("7"));
    CHECK_FALSE(isCanonicalDecimal("3,5"));
    CHECK_FALSE(isCanonicalDecimal(".5"));
    CHECK_FALSE(isCanonicalDecimal("5."));
    CHECK(isCalendarDate("2024-02-29"));
    CHECK_FALSE(isCalendarDate("2023-02-29"));
    CHECK(isCalendarDate("2000-02-29"));
    CHECK_FALSE(isCalendarDate("1900-02-29"));
    CHECK_FALSE(isCalendarDate("2023-04-31"));
    CHECK_FALSE(isCalendarDate("2023-13-01"));
    CHECK_FALSE(isCalendarDate("23-01-01"));
    CHECK_FALSE(isCalendarDate("2023/01/01"));
}

TEST_CASE("required only while relevant; wrong shapes are type errors", "[response][validation]") {
    auto form = loadTestForm("form-v1.xml");
    Response r;
    r.formId = "resp-test";
    r.formVersion = "1.0";
    r.stateCode = "FRA";
    r.language = "zh";  // no Chinese constraint message: English
    r.answers["crim"].questionId = "crim";
    r.answers["crim"].values = {"no"};
    r.answers["victims_total"].questionId = "victims_total";
    r.answers["victims_total"].text = "1";
    r.answers["victims_children"].questionId = "victims_children";
    r.answers["victims_children"].text = "2";
    r.answers["privacy"].questionId = "privacy";
    r.answers["privacy"].values = {"yes"};  // a choice value for a text question
    ValidationReport report = validateResponse(*form, r);
    auto codes = codesByQuestion(report);
    CHECK(codes["crim_why"].count("required"));  // crim = no makes it relevant and required
    CHECK(codes["privacy"].count("type"));
    CHECK(find(report, "victims_children", "constraint")->message ==
          "Children cannot outnumber all victims.");

    r.answers["crim"].values = {"yes"};
    report = validateResponse(*form, r);
    CHECK_FALSE(codesByQuestion(report)["crim_why"].count("required"));

    r.answers["crim"].values = {"yes", "no"};
    report = validateResponse(*form, r);
    CHECK(codesByQuestion(report)["crim"].count("choice"));

    r.formVersion = "2.0";
    report = validateResponse(*form, r);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].code == "other-form");
}
