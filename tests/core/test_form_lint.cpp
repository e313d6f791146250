// One test per kind of problem the form linter reports, with the XML inline and the message
// and line:column asserted (docs/form-format.md).
#include <catch2/catch.hpp>

#include "test_form_helpers.h"

using namespace revq;
using namespace revq::test;

namespace {
const std::string kQ1 =
    "<question id=\"q1\" type=\"single\" choices=\"yn\"><label "
    "xml:lang=\"en\">Q</label></question>\n";

// Checks that `code` is reported at line:col with `words` in the message.
void expectAt(const FormLoadResult& r, const std::string& code, int line, int col,
              const std::string& words) {
    INFO(r.diagnostics.toJson());
    const Diagnostic* d = findCode(r.diagnostics, code);
    REQUIRE(d != nullptr);
    CHECK(d->line == line);
    CHECK(d->column == col);
    CHECK_THAT(d->message, Catch::Contains(words));
    CHECK(d->file == "test.xml");
    CHECK_FALSE(d->hint.empty());
}
}  // namespace

TEST_CASE("form lint: the minimal form is valid", "[form][lint]") {
    auto r = lintText(formWith(kQ1));
    INFO(r.diagnostics.toJson());
    CHECK(r.diagnostics.items.empty());
    REQUIRE(r.form);
    CHECK(r.form->questions.size() == 1);
    CHECK(r.form->questions[0].choices == r.form->choiceList("yn"));
}

TEST_CASE("form lint: malformed XML is reported with line and column", "[form][lint]") {
    auto r = lintText("<form xmlns=\"urn:revq:form:1\">\n  <title a=b/>\n</form>\n");
    CHECK_FALSE(r.form);
    expectAt(r, "malformed-xml", 2, 12, "malformed XML");
    auto m = lintText("<form xmlns=\"urn:revq:form:1\">\n  <title>\n</form>\n");
    expectAt(m, "malformed-xml", 3, 3, "mismatch");
}

TEST_CASE("form lint: invalid UTF-8 and UTF-16 are reported", "[form][lint]") {
    std::string q =
        "<question id=\"q1\" type=\"text\"><label xml:lang=\"en\">Caf\xE9</label></question>\n";
    auto r = lintText(formWith(q));
    CHECK_FALSE(r.form);
    expectAt(r, "not-utf8", firstQuestionLine(), 55, "not valid UTF-8");
    auto u = lintText(std::string("\xFF\xFE<\0f\0", 6));
    expectAt(u, "not-utf8", 1, 1, "UTF-16");
}

TEST_CASE("form lint: a document that is not a revq form", "[form][lint]") {
    expectAt(lintText("<?xml version=\"1.0\"?>\n<questionnaire/>\n"), "not-a-form", 2, 1,
             "not a revq form");
    expectAt(lintText("<form format-version=\"1\"/>\n"), "not-a-form", 1, 1, "namespace");
    expectAt(
        lintText("<form xmlns=\"urn:revq:form:1\" format-version=\"2\" id=\"a\" version=\"1\"/>"),
        "unsupported-format-version", 1, 47, "format-version '2'");
}

TEST_CASE("form lint: unknown elements and attributes", "[form][lint]") {
    auto r = lintText(formWith(
        "<question id=\"q1\" type=\"text\" requred=\"true\"><label xml:lang=\"en\">Q</label>"
        "<lable xml:lang=\"en\">x</lable></question>\n"));
    expectAt(r, "unknown-attribute", firstQuestionLine(), 31, "unknown attribute 'requred'");
    expectAt(r, "unknown-element", firstQuestionLine(), 76, "unknown element <lable>");
}

TEST_CASE("form lint: unknown question type", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"q1\" type=\"boolean\" refs=\"5\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "unknown-type", firstQuestionLine(), 25, "unknown question type 'boolean'");
}

TEST_CASE("form lint: missing required attributes", "[form][lint]") {
    auto r =
        lintText(formWith("\n  <question id=\"q1\"><label xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "missing-attribute", firstQuestionLine() + 1, 3, "has no 'type' attribute");
    auto c = lintText(formWith(
        "<question id=\"q1\" type=\"single\"><label xml:lang=\"en\">Q</label></question>\n"));
    expectAt(c, "missing-attribute", firstQuestionLine(), 1, "no 'choices' attribute");
}

TEST_CASE("form lint: duplicate ids", "[form][lint]") {
    auto r = lintText(formWith(kQ1 + kQ1));
    expectAt(r, "duplicate-id", firstQuestionLine() + 1, 15, "question id 'q1' is used twice");
    auto c = lintText(formWith(kQ1).replace(formWith(kQ1).find("<choice value=\"no\""), 18,
                                            "<choice value=\"yes\""));
    INFO(c.diagnostics.toJson());
    const Diagnostic* d = findCode(c.diagnostics, "duplicate-id");
    REQUIRE(d);
    CHECK_THAT(d->message, Catch::Contains("choice value 'yes' appears twice in list 'yn'"));
    CHECK(d->line == firstQuestionLine() - 3);
}

TEST_CASE("form lint: references to unknown choice lists and provisions", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"q1\" type=\"single\" choices=\"yesno\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"
                          "<question id=\"q2\" type=\"text\" refs=\"5(1) 5(9)\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"
                          "<question id=\"q3\" type=\"text\" refs=\"5((\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "unknown-choice-list", firstQuestionLine(), 42, "choice list 'yesno'");
    expectAt(r, "unknown-provision", firstQuestionLine() + 1, 37, "Art. 5(9)");
    expectAt(r, "bad-reference", firstQuestionLine() + 2, 37, "'5((' is not a provision reference");
}

TEST_CASE("form lint: XPath that does not compile", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"q1\" type=\"single\" choices=\"yn\" "
                          "relevant=\"count(\"><label xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "bad-xpath", firstQuestionLine(), 62, "is not valid XPath");
}

TEST_CASE("form lint: unknown variables, notes have no answer", "[form][lint]") {
    auto r = lintText(formWith(
        kQ1 + "<question id=\"n1\" type=\"note\"><label xml:lang=\"en\">N</label></question>\n" +
        "<question id=\"q2\" type=\"text\" relevant=\"$q1 = 'yes' and $qq = 'x'\"><label "
        "xml:lang=\"en\">Q</label></question>\n"
        "<question id=\"q3\" type=\"text\" relevant=\"$n1 = 'x'\"><label "
        "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "unknown-variable", firstQuestionLine() + 2, 57,
             "uses $qq, but no question has the id 'qq'");
    CHECK(countCode(r.diagnostics, "unknown-variable") == 2);
    CHECK(countCode(r.diagnostics, "bad-xpath") == 0);  // the clearer message only
}

TEST_CASE("form lint: relevance cycles, also through a section", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"a\" type=\"single\" choices=\"yn\" relevant=\"$b = "
                          "'yes'\"><label xml:lang=\"en\">Q</label></question>\n"
                          "<question id=\"b\" type=\"single\" choices=\"yn\" relevant=\"$a = "
                          "'yes'\"><label xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "relevance-cycle", firstQuestionLine(), 55, "$a -> $b -> $a");
    std::string s = formWith(kQ1);
    s.replace(s.find("<section id=\"s1\" article=\"5\">"), 29,
              "<section id=\"s1\" article=\"5\" relevant=\"$q1 = 'yes'\">");
    auto c = lintText(s);
    const Diagnostic* d = findCode(c.diagnostics, "relevance-cycle");
    REQUIRE(d);
    CHECK_THAT(d->message, Catch::Contains("section 's1'"));
    // A constraint may name the question itself: that is no cycle.
    auto ok = lintText(
        formWith("<question id=\"n\" type=\"integer\" constraint=\"$n &gt; 0\"><label "
                 "xml:lang=\"en\">Q</label>"
                 "<constraint-message xml:lang=\"en\">positive</constraint-message></question>\n"));
    CHECK(ok.form);
}

TEST_CASE("form lint: empty choice list", "[form][lint]") {
    std::string s = formWith(kQ1);
    s.replace(s.find("</choice-lists>"), 15, "\n<choices id=\"empty\"/></choice-lists>");
    auto r = lintText(s);
    expectAt(r, "empty-choice-list", firstQuestionLine() - 2, 1,
             "choice list 'empty' has no choices");
}

TEST_CASE("form lint: min greater than max, bad numbers", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"n\" type=\"integer\" min=\"10\" max=\"5\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"
                          "<question id=\"m\" type=\"integer\" min=\"1.5\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"
                          "<question id=\"t\" type=\"text\" min=\"1\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "min-greater-than-max", firstQuestionLine(), 33, "min 10 is greater than max 5");
    expectAt(r, "bad-number", firstQuestionLine() + 1, 38, "not a whole number");
    expectAt(r, "attribute-not-applicable", firstQuestionLine() + 2, 30, "'min' does not apply");
}

TEST_CASE("form lint: a constraint needs a constraint message", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"n\" type=\"integer\" constraint=\"$n &lt; 5\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "missing-constraint-message", firstQuestionLine(), 33, "no <constraint-message>");
}

TEST_CASE("form lint: missing translations warn, required languages are errors", "[form][lint]") {
    std::string s = formWith(kQ1);
    s.replace(s.find("languages=\"en\""), 14, "languages=\"en fr\"");
    auto r = lintText(s);
    // Each text lacks French: warnings only, the form loads.
    CHECK(r.form);
    const Diagnostic* d = findCode(r.diagnostics, "missing-translation");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->line == 2);
    CHECK(d->column == 1);
    CHECK_THAT(d->message, Catch::Contains("the form has no <title> in 'fr'"));
    LoadOptions strict;
    strict.requiredLanguages = {"fr"};
    auto e = lintText(s, strict);
    CHECK_FALSE(e.form);
    REQUIRE(findCode(e.diagnostics, "missing-translation"));
    CHECK(findCode(e.diagnostics, "missing-translation")->severity == Severity::Error);
    // One per language per text: ar is required too, but not promised.
    strict.requiredLanguages = {"fr", "ar"};
    auto two = lintText(s, strict);
    CHECK(countCode(two.diagnostics, "missing-translation") ==
          2 * countCode(e.diagnostics, "missing-translation"));
}

TEST_CASE("form lint: ids must match the documented patterns", "[form][lint]") {
    auto r =
        lintText(formWith("<question id=\"1st-q\" type=\"text\" replaces=\"old q\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    expectAt(r, "bad-id", firstQuestionLine(), 15, "question id '1st-q' is not a valid id");
    CHECK(countCode(r.diagnostics, "bad-id") == 2);  // replaces too
    // replaces may name an id this form does not have.
    auto ok =
        lintText(formWith("<question id=\"q\" type=\"text\" replaces=\"old_q\"><label "
                          "xml:lang=\"en\">Q</label></question>\n"));
    CHECK(ok.form);
}

TEST_CASE("form lint: duplicate and unknown xml:lang", "[form][lint]") {
    auto r = lintText(formWith(
        "<question id=\"q\" type=\"text\"><label xml:lang=\"en\">Q</label>\n"
        "  <label xml:lang=\"en\">Again</label><help xml:lang=\"de\">Hilfe</help></question>\n"));
    expectAt(r, "duplicate-translation", firstQuestionLine() + 1, 3, "appears twice");
    expectAt(r, "unknown-language", firstQuestionLine() + 1, 53, "unknown language 'de'");
}

TEST_CASE("form lint: instrument id and version must match the form's", "[form][lint]") {
    std::string s = formWith(kQ1);
    s.replace(s.find("<instrument ref=\"demo\" version=\"1\">"), 35,
              "<instrument ref=\"demo\" version=\"2\">");
    auto r = lintText(s);
    expectAt(r, "instrument-mismatch", 3, 33, "version '2'");
}

TEST_CASE("form lint: everything is reported at once", "[form][lint]") {
    auto r = lintText(
        formWith("<question id=\"q1\" type=\"bogus\"><label xml:lang=\"en\">Q</label></question>\n"
                 "<question id=\"q1\" type=\"single\" choices=\"nope\" relevant=\"$zz\"><label "
                 "xml:lang=\"en\">Q</label></question>\n"));
    CHECK(findCode(r.diagnostics, "unknown-type"));
    CHECK(findCode(r.diagnostics, "duplicate-id"));
    CHECK(findCode(r.diagnostics, "unknown-choice-list"));
    CHECK(findCode(r.diagnostics, "unknown-variable"));
}

TEST_CASE("form lint: the instrument file named by href is checked with its own path",
          "[form][lint]") {
    auto r = loadFormFile(std::string(REVQ_TEST_DATA) + "/forms/href-broken-instrument.xml");
    INFO(r.diagnostics.toJson());
    CHECK_FALSE(r.form);
    const Diagnostic* d = findCode(r.diagnostics, "duplicate-number");
    REQUIRE(d);
    CHECK_THAT(d->file, Catch::EndsWith("forms/instruments/broken-instrument.xml"));
    CHECK(d->line == 7);
    CHECK(d->column == 22);
    auto nofile = loadFormText(
        "<form xmlns=\"urn:revq:form:1\" format-version=\"1\" id=\"a\" version=\"1\" "
        "languages=\"en\">"
        "<title xml:lang=\"en\">T</title><instrument ref=\"x\" version=\"1\" "
        "href=\"nowhere.xml\"/></form>",
        "x.xml", REVQ_TEST_DATA);
    const Diagnostic* m = findCode(nofile.diagnostics, "missing-instrument");
    REQUIRE(m);
    CHECK(m->column == 152);
}
