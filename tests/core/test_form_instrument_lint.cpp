// Instrument definition checks (docs/instrument-format.md): numbers, levels, themes, summaries,
// cross-references.
#include <catch2/catch.hpp>

#include "test_form_helpers.h"

using namespace revq;
using namespace revq::test;

namespace {

// An instrument whose articles are `articles`, starting on line 5.
std::string instrumentWith(const std::string& articles) {
    return "<instrument-definition xmlns=\"urn:revq:instrument:1\" format-version=\"1\" "
           "id=\"demo\" version=\"1\">\n"
           "<title xml:lang=\"en\">Demo</title>\n"
           "<themes><theme id=\"crim\"><label "
           "xml:lang=\"en\">Criminalization</label></theme></themes>\n"
           "<part number=\"I\"><title xml:lang=\"en\">General</title>\n" +
           articles + "</part></instrument-definition>\n";
}

InstrumentLoadResult lintInstrument(const std::string& xml, const LoadOptions& o = {}) {
    return loadInstrumentText(xml, "ins.xml", o);
}

const Diagnostic* expectCode(const InstrumentLoadResult& r, const std::string& code, int line,
                             int col) {
    INFO(r.diagnostics.toJson());
    const Diagnostic* d = findCode(r.diagnostics, code);
    REQUIRE(d);
    CHECK(d->file == "ins.xml");
    CHECK(d->line == line);
    CHECK(d->column == col);
    return d;
}

const std::string kArticle5 =
    "<article number=\"5\" level=\"mandatory\" themes=\"crim\"><title xml:lang=\"en\">A</title>"
    "<summary xml:lang=\"en\">S</summary></article>\n";

}  // namespace

TEST_CASE("instrument lint: a valid instrument, levels and themes inherited",
          "[form][instrument]") {
    auto r = lintInstrument(instrumentWith(
        "<article number=\"6\" level=\"consider\" themes=\"crim\"><title "
        "xml:lang=\"en\">A</title>\n"
        "<paragraph number=\"1\" level=\"mandatory\"><summary xml:lang=\"en\">P</summary>"
        "<subparagraph letter=\"a\"><summary "
        "xml:lang=\"en\">S</summary></subparagraph></paragraph>\n"
        "<paragraph number=\"2\"><summary xml:lang=\"en\">P2</summary></paragraph></article>\n"));
    // Only the five languages other than English are missing.
    INFO(r.diagnostics.toJson());
    CHECK_FALSE(r.diagnostics.hasErrors());
    REQUIRE(r.instrument);
    const Provision* sub = r.instrument->find("6(1)(a)");
    REQUIRE(sub);
    CHECK(sub->level == ObligationLevel::Mandatory);
    CHECK(sub->ownLevel == ObligationLevel::Unset);
    CHECK(sub->themes == std::vector<std::string>{"crim"});
    CHECK(r.instrument->find("6(2)")->level == ObligationLevel::Consider);
    CHECK(r.instrument->articles().size() == 1);
}

TEST_CASE("instrument lint: duplicate article, paragraph and subparagraph numbers",
          "[form][instrument]") {
    auto r = lintInstrument(instrumentWith(
        kArticle5 + kArticle5 +
        "<article number=\"6\" level=\"none\"><title xml:lang=\"en\">A</title>"
        "<paragraph number=\"1\"><summary xml:lang=\"en\">P</summary></paragraph>"
        "<paragraph number=\"1\"><summary xml:lang=\"en\">P</summary></paragraph></article>\n"));
    auto* d = expectCode(r, "duplicate-number", 6, 18);
    CHECK_THAT(d->message, Catch::Contains("article 5 is defined twice"));
    CHECK(countCode(r.diagnostics, "duplicate-number") == 2);
    CHECK_FALSE(r.instrument);
}

TEST_CASE("instrument lint: a provision without a level", "[form][instrument]") {
    auto r = lintInstrument(
        instrumentWith("<article number=\"5\"><title xml:lang=\"en\">A</title><summary "
                       "xml:lang=\"en\">S</summary></article>\n"));
    auto* d = expectCode(r, "missing-level", 5, 1);
    CHECK_THAT(d->message, Catch::Contains("article 5 has no obligation level"));
    auto bad = lintInstrument(instrumentWith(
        "<article number=\"5\" level=\"must\"><title xml:lang=\"en\">A</title><summary "
        "xml:lang=\"en\">S</summary></article>\n"));
    expectCode(bad, "bad-level", 5, 28);
}

TEST_CASE("instrument lint: unknown theme", "[form][instrument]") {
    auto r = lintInstrument(instrumentWith(
        "<article number=\"5\" level=\"none\" themes=\"crim prevention\"><title "
        "xml:lang=\"en\">A</title><summary xml:lang=\"en\">S</summary></article>\n"));
    auto* d = expectCode(r, "unknown-theme", 5, 42);
    CHECK_THAT(d->message, Catch::Contains("'prevention'"));
}

TEST_CASE("instrument lint: cross-reference status", "[form][instrument]") {
    auto r = lintInstrument(instrumentWith(
        "<article number=\"5\" level=\"none\"><title xml:lang=\"en\">A</title><summary "
        "xml:lang=\"en\">S</summary>\n"
        "  <xref instrument=\"untoc\" provision=\"24\" status=\"maybe\"/></article>\n"));
    auto* d = expectCode(r, "bad-xref-status", 6, 51);
    CHECK_THAT(d->message, Catch::Contains("'maybe'"));
}

TEST_CASE("instrument lint: missing summaries, per language", "[form][instrument]") {
    auto r = lintInstrument(
        instrumentWith("<article number=\"5\" level=\"none\"><title xml:lang=\"en\">A</title>\n"
                       "<paragraph number=\"1\"/>\n"
                       "<paragraph number=\"2\"><summary xml:lang=\"en\">S</summary><summary "
                       "xml:lang=\"fr\">S</summary></paragraph></article>\n"));
    auto* d = expectCode(r, "missing-summary", 6, 1);
    CHECK_THAT(d->message, Catch::Contains("paragraph 5(1) has no <summary>"));
    // Paragraph 2 lacks ar, es, ru, zh: four warnings about its summary.
    size_t p2 = 0;
    for (const auto& item : r.diagnostics.items)
        if (item.code == "missing-translation" && item.line == 7)
            ++p2;
    CHECK(p2 == 4);
    LoadOptions o;
    o.requiredLanguages = {"ru"};
    CHECK_FALSE(lintInstrument(instrumentWith(kArticle5), o).instrument);
}

TEST_CASE("instrument lint: not an instrument", "[form][instrument]") {
    auto r = lintInstrument("<form xmlns=\"urn:revq:form:1\"/>");
    expectCode(r, "not-an-instrument", 1, 1);
}

TEST_CASE("instrument lint: a form's section must name an article of its instrument",
          "[form][instrument]") {
    std::string s =
        formWith("<question id=\"q\" type=\"text\"><label xml:lang=\"en\">Q</label></question>\n");
    s.replace(s.find("article=\"5\""), 11, "article=\"7\"");
    auto r = lintText(s);
    INFO(r.diagnostics.toJson());
    const Diagnostic* d = findCode(r.diagnostics, "unknown-article");
    REQUIRE(d);
    CHECK(d->line == firstQuestionLine() - 1);
    CHECK(d->column == 27);
}
