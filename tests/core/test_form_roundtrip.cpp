// The example of docs/form-format.md: the file in docs/examples is the documented block, it
// lints clean, and load -> write -> load gives the same model.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/form_loader.h"
#include "core/form_writer.h"

using namespace revq;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kExample = std::string(REVQ_SOURCE_DIR) + "/docs/examples/mini-form.xml";

void requireSameInstrument(const Instrument& a, const Instrument& b) {
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.title == b.title);
    CHECK(a.citation == b.citation);
    REQUIRE(a.themes.size() == b.themes.size());
    for (size_t i = 0; i < a.themes.size(); ++i)
        CHECK(a.themes[i].label == b.themes[i].label);
    REQUIRE(a.provisions.size() == b.provisions.size());
    for (size_t i = 0; i < a.provisions.size(); ++i) {
        const auto &p = a.provisions[i], &q = b.provisions[i];
        CHECK(p.ref == q.ref);
        CHECK(p.level == q.level);
        CHECK(p.ownLevel == q.ownLevel);
        CHECK(p.qualifier == q.qualifier);
        CHECK(p.themes == q.themes);
        CHECK(p.summary == q.summary);
        CHECK(p.title == q.title);
        CHECK(p.children == q.children);
    }
}

void requireSameForm(const Form& a, const Form& b) {
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.title == b.title);
    CHECK(a.languages == b.languages);
    CHECK(a.instrumentRef == b.instrumentRef);
    CHECK(a.instrumentVersion == b.instrumentVersion);
    REQUIRE(a.choiceLists.size() == b.choiceLists.size());
    for (size_t i = 0; i < a.choiceLists.size(); ++i) {
        REQUIRE(a.choiceLists[i].choices.size() == b.choiceLists[i].choices.size());
        for (size_t k = 0; k < a.choiceLists[i].choices.size(); ++k) {
            CHECK(a.choiceLists[i].choices[k].value == b.choiceLists[i].choices[k].value);
            CHECK(a.choiceLists[i].choices[k].label == b.choiceLists[i].choices[k].label);
            CHECK(a.choiceLists[i].choices[k].other == b.choiceLists[i].choices[k].other);
        }
    }
    REQUIRE(a.clusters.size() == b.clusters.size());
    REQUIRE(a.sections.size() == b.sections.size());
    for (size_t i = 0; i < a.sections.size(); ++i) {
        CHECK(a.sections[i].id == b.sections[i].id);
        CHECK(a.sections[i].article == b.sections[i].article);
        CHECK(a.sections[i].title == b.sections[i].title);
        CHECK(a.sections[i].questions == b.sections[i].questions);
    }
    REQUIRE(a.questions.size() == b.questions.size());
    for (size_t i = 0; i < a.questions.size(); ++i) {
        const Question &p = a.questions[i], &q = b.questions[i];
        INFO(p.id);
        CHECK(p.id == q.id);
        CHECK(p.type == q.type);
        CHECK(p.label == q.label);
        CHECK(p.help == q.help);
        CHECK(p.unit == q.unit);
        CHECK(p.refs == q.refs);
        CHECK(p.choiceListId == q.choiceListId);
        CHECK(p.min == q.min);
        CHECK(p.max == q.max);
        CHECK(p.requiredAlways == q.requiredAlways);
        CHECK(p.required.text == q.required.text);
        CHECK(p.relevant.text == q.relevant.text);
        CHECK(p.constraint.text == q.constraint.text);
        CHECK(p.table.cellType == q.table.cellType);
        CHECK(p.table.rowTotals == q.table.rowTotals);
        CHECK(p.table.columnTotals == q.table.columnTotals);
        REQUIRE(p.table.rows.size() == q.table.rows.size());
        for (size_t k = 0; k < p.table.rows.size(); ++k)
            CHECK(p.table.rows[k].label == q.table.rows[k].label);
        REQUIRE(p.table.columns.size() == q.table.columns.size());
    }
    REQUIRE(a.instrument);
    REQUIRE(b.instrument);
    requireSameInstrument(*a.instrument, *b.instrument);
}

}  // namespace

TEST_CASE("docs example: the file is the block in docs/form-format.md", "[form][docs]") {
    std::string doc = readAll(std::string(REVQ_SOURCE_DIR) + "/docs/form-format.md");
    size_t section = doc.find("## Complete small example");
    REQUIRE(section != std::string::npos);
    size_t open = doc.find("```xml\n", section);
    REQUIRE(open != std::string::npos);
    size_t begin = open + 7;
    size_t close = doc.find("```", begin);
    REQUIRE(close != std::string::npos);
    CHECK(doc.substr(begin, close - begin) == readAll(kExample));
}

TEST_CASE("docs example: lints clean and round-trips through the writer", "[form][docs]") {
    auto first = loadFormFile(kExample);
    INFO(first.diagnostics.toJson());
    CHECK(first.diagnostics.items.empty());
    REQUIRE(first.form);
    const Form& f = *first.form;
    CHECK(f.questions.size() == 6);
    CHECK(f.question("cases")->table.rows.size() == 2);
    CHECK(f.question("art5_ta")->choices == f.choiceList("ta-kinds"));
    CHECK(f.instrument->find("5(2)(a)")->level == ObligationLevel::MandatoryQualified);

    std::string xml = writeFormXml(f);
    auto second = loadFormText(xml, "written.xml");
    INFO(xml);
    INFO(second.diagnostics.toJson());
    CHECK(second.diagnostics.items.empty());
    REQUIRE(second.form);
    requireSameForm(f, *second.form);
    // Writing again gives the same text: nothing is lost or reordered on the second pass.
    CHECK(writeFormXml(*second.form) == xml);
}

TEST_CASE("instrument writer round-trips", "[form][docs]") {
    auto form = loadFormFile(kExample);
    REQUIRE(form.form);
    std::string xml = writeInstrumentXml(*form.form->instrument);
    auto again = loadInstrumentText(xml, "ins.xml");
    INFO(again.diagnostics.toJson());
    REQUIRE(again.instrument);
    requireSameInstrument(*form.form->instrument, *again.instrument);
}
