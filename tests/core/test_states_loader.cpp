// The States list loader on small inline files: what it accepts, and how it reports a
// malformed file (FILE:LINE:COL, a stable code, never a crash).
#include <catch2/catch.hpp>

#include <string>

#include "core/states.h"

using namespace revq;

namespace {

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<states xmlns=\"urn:revq:states:1\" format-version=\"1\" source=\"test\">\n";

std::string names(const std::string& en, bool withZh = true) {
    std::string out = "<name xml:lang=\"ar\">ع</name><name xml:lang=\"en\">" + en +
                      "</name><name xml:lang=\"es\">e</name><name xml:lang=\"fr\">f</name>"
                      "<name xml:lang=\"ru\">р</name>";
    if (withZh)
        out += "<name xml:lang=\"zh\">中</name>";
    return out;
}

std::string state(const std::string& attrs, const std::string& body) {
    return "  <state " + attrs + ">" + body + "</state>\n";
}

const Diagnostic* findCode(const Diagnostics& diags, const std::string& code) {
    for (const auto& d : diags.items)
        if (d.code == code)
            return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a small valid list loads", "[states]") {
    std::string xml =
        kHead +
        state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
              names("France")) +
        state(R"(code="VAT" alpha2="VA" group="none" status="observer")", names("Holy See")) +
        "</states>\n";
    auto r = StatesList::loadText(xml, "mini.xml");
    CHECK(r.diagnostics.items.empty());
    REQUIRE(r.states);
    REQUIRE(r.states->size() == 2);
    CHECK(r.states->source() == "test");
    const State* vat = r.states->find("vat");
    REQUIRE(vat);
    CHECK(vat->observer);
    CHECK(vat->regionalGroup == RegionalGroup::None);
    CHECK(vat->line == 4);
    CHECK(vat->column == 3);
    CHECK(r.states->inGroup(RegionalGroup::WesternEuropeanOther).size() == 1);

    // A UTF-8 byte order mark is accepted.
    auto bom = StatesList::loadText("\xEF\xBB\xBF" + xml, "bom.xml");
    CHECK(bom.states);
}

TEST_CASE("malformed XML is reported with file:line:column", "[states]") {
    std::string xml = kHead + "  <state code=\"FRA\" alpha2=\"FR\"\n    group=<oops/>\n</states>\n";
    auto r = StatesList::loadText(xml, "broken.xml");
    CHECK_FALSE(r.states);
    REQUIRE(r.diagnostics.items.size() == 1);
    const Diagnostic& d = r.diagnostics.items[0];
    CHECK(d.code == "malformed-xml");
    CHECK(d.severity == Severity::Error);
    CHECK(d.line == 4);
    CHECK(d.column == 11);
    CHECK(d.format().rfind("broken.xml:4:11: error: ", 0) == 0);
    CHECK_FALSE(d.hint.empty());
}

TEST_CASE("a duplicate code points at the second entry and names the first", "[states]") {
    std::string xml =
        kHead +
        state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
              names("France")) +
        state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
              names("France again")) +
        "</states>\n";
    auto r = StatesList::loadText(xml, "dup.xml");
    CHECK_FALSE(r.states);
    const Diagnostic* d = findCode(r.diagnostics, "duplicate-code");
    REQUIRE(d);
    CHECK(d->line == 4);
    CHECK(d->column == 3);
    CHECK(d->message.find("first on line 3") != std::string::npos);
}

TEST_CASE("bad attribute values are errors at their <state>", "[states]") {
    std::string xml =
        kHead +
        state(R"(code="fra" alpha2="FR" group="western-european-other" status="member")",
              names("France")) +
        state(R"(code="DEU" alpha2="DEU" group="european" status="member")", names("Germany")) +
        state(R"(code="ITA" alpha2="IT" group="western-european-other" status="full")",
              names("Italy")) +
        "</states>\n";
    auto r = StatesList::loadText(xml, "attrs.xml");
    CHECK_FALSE(r.states);
    const Diagnostic* code = findCode(r.diagnostics, "bad-code");
    REQUIRE(code);
    CHECK(code->line == 3);
    const Diagnostic* alpha2 = findCode(r.diagnostics, "bad-alpha2");
    REQUIRE(alpha2);
    CHECK(alpha2->line == 4);
    const Diagnostic* group = findCode(r.diagnostics, "bad-group");
    REQUIRE(group);
    CHECK(group->line == 4);
    CHECK(group->hint.find("asia-pacific") != std::string::npos);
    const Diagnostic* status = findCode(r.diagnostics, "bad-status");
    REQUIRE(status);
    CHECK(status->line == 5);
}

TEST_CASE("names: English is required, other languages fall back visibly", "[states]") {
    SECTION("no English name is an error") {
        std::string xml =
            kHead +
            state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
                  "<name xml:lang=\"fr\">France</name>") +
            "</states>\n";
        auto r = StatesList::loadText(xml, "noen.xml");
        CHECK_FALSE(r.states);
        const Diagnostic* d = nullptr;
        for (const auto& item : r.diagnostics.items)
            if (item.code == "missing-name" && item.severity == Severity::Error)
                d = &item;
        REQUIRE(d);
        CHECK(d->line == 3);
    }
    SECTION("a missing Chinese name is a warning and English is shown") {
        std::string xml =
            kHead +
            state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
                  names("France", false)) +
            "</states>\n";
        auto r = StatesList::loadText(xml, "nozh.xml");
        REQUIRE(r.states);
        CHECK(r.diagnostics.errorCount() == 0);
        CHECK(r.diagnostics.warningCount() == 1);
        bool fellBack = false;
        CHECK(r.states->find("FRA")->name.get("zh", &fellBack) == "France");
        CHECK(fellBack);
    }
    SECTION("unknown language, duplicate and empty names are errors on the <name>") {
        std::string xml =
            kHead +
            state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
                  names("France") + "\n    <name xml:lang=\"de\">Frankreich</name>" +
                      "\n    <name xml:lang=\"fr\">Encore</name>" +
                      "\n    <name xml:lang=\"es\"> </name>") +
            "</states>\n";
        // Line 3 holds the entry; the extra names are on lines 4, 5 and 6.
        auto r = StatesList::loadText(xml, "names.xml");
        CHECK_FALSE(r.states);
        const Diagnostic* lang = findCode(r.diagnostics, "bad-language");
        REQUIRE(lang);
        CHECK(lang->line == 4);
        CHECK(lang->column == 5);
        const Diagnostic* dup = findCode(r.diagnostics, "duplicate-name");
        REQUIRE(dup);
        CHECK(dup->line == 5);
        // The Spanish name was already given, so the blank one is a duplicate too.
        CHECK(r.diagnostics.errorCount() == 3);
    }
    SECTION("an empty name is an error") {
        std::string xml =
            kHead +
            state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
                  "<name xml:lang=\"en\">France</name><name xml:lang=\"ru\"></name>") +
            "</states>\n";
        auto r = StatesList::loadText(xml, "empty.xml");
        CHECK_FALSE(r.states);
        CHECK(findCode(r.diagnostics, "empty-name"));
    }
}

TEST_CASE("wrong root, namespace, version and empty lists are refused", "[states]") {
    auto root = StatesList::loadText("<form xmlns=\"urn:revq:form:1\"/>", "form.xml");
    CHECK_FALSE(root.states);
    REQUIRE(findCode(root.diagnostics, "wrong-root"));
    CHECK(findCode(root.diagnostics, "wrong-root")->line == 1);

    auto ns = StatesList::loadText("<states format-version=\"1\"/>", "ns.xml");
    CHECK(findCode(ns.diagnostics, "wrong-namespace"));
    CHECK_FALSE(ns.states);

    auto version =
        StatesList::loadText("<states xmlns=\"urn:revq:states:1\" format-version=\"2\"/>", "v.xml");
    CHECK(findCode(version.diagnostics, "format-version"));
    CHECK_FALSE(version.states);

    auto empty = StatesList::loadText(kHead + "</states>", "empty.xml");
    CHECK(findCode(empty.diagnostics, "no-states"));
    CHECK_FALSE(empty.states);

    auto nothing = StatesList::loadText("", "nothing.xml");
    CHECK(findCode(nothing.diagnostics, "malformed-xml"));
    CHECK_FALSE(nothing.states);
}

TEST_CASE("invalid UTF-8 and missing files are reported, not crashed on", "[states]") {
    std::string xml =
        kHead +
        state(R"(code="FRA" alpha2="FR" group="western-european-other" status="member")",
              "<name xml:lang=\"en\">Fran\xE7"
              "e</name>") +
        "</states>\n";
    auto r = StatesList::loadText(xml, "latin1.xml");
    CHECK_FALSE(r.states);
    const Diagnostic* d = findCode(r.diagnostics, "not-utf8");
    REQUIRE(d);
    CHECK(d->line == 3);
    // "  <state ...>" then "<name xml:lang="en">Fran": the bad byte follows.
    const std::string before =
        R"(  <state code="FRA" alpha2="FR" group="western-european-other" status="member">)"
        R"(<name xml:lang="en">Fran)";
    CHECK(d->column == static_cast<int>(before.size()) + 1);

    auto missing = StatesList::load("/nonexistent/dir/states.xml");
    CHECK_FALSE(missing.states);
    REQUIRE(missing.diagnostics.items.size() == 1);
    CHECK(missing.diagnostics.items[0].file == "/nonexistent/dir/states.xml");
    CHECK(missing.diagnostics.items[0].format().find("/nonexistent/dir/states.xml: error:") == 0);
}
