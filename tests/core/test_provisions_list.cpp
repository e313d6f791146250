// Provisions of a form's instrument: levels, reviewing questions, gaps, filters, and the
// cross-reference check (core/provisions.h).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/form_loader.h"
#include "core/provisions.h"

using namespace revq;

namespace {

std::shared_ptr<const Form> shippedForm() {
    static auto f =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    return f;
}

std::shared_ptr<const Form> somForm() {
    static auto f =
        loadFormFile(std::string(REVQ_TEST_DATA) + "/second-instrument/som-review.xml").form;
    return f;
}

const ProvisionEntry* entry(const ProvisionList& l, const std::string& key) {
    for (const auto& e : l.entries)
        if (e.provision->ref.key() == key)
            return &e;
    return nullptr;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("provisions: the shipped form reviews every obligation-creating provision") {
    auto form = shippedForm();
    REQUIRE(form);
    ProvisionList all = listProvisions(*form);
    REQUIRE(all.entries.size() == form->instrument->provisions.size());
    CHECK(all.gaps().empty());
    const ProvisionEntry* e = entry(all, "6(3)(a)");
    REQUIRE(e);
    CHECK(e->provision->level == ObligationLevel::Consider);
    CHECK(std::find(e->questions.begin(), e->questions.end(), "a6_3_a") != e->questions.end());
    // A note names 6(3) but does not review it; the paragraph is covered through (a)-(d).
    const ProvisionEntry* p63 = entry(all, "6(3)");
    REQUIRE(p63);
    CHECK(std::find(p63->questions.begin(), p63->questions.end(), "a6_3_note") ==
          p63->questions.end());
    CHECK(p63->covered);
    // Final clauses are outside the review and never gaps.
    const ProvisionEntry* a20 = entry(all, "20");
    REQUIRE(a20);
    CHECK_FALSE(a20->reviewed);
    CHECK_FALSE(a20->gap);
}

TEST_CASE("provisions: --level consider lists exactly the shall-consider provisions") {
    auto form = shippedForm();
    REQUIRE(form);
    ProvisionFilter f;
    f.level = "consider";
    REQUIRE(checkFilter(*form->instrument, f).empty());
    ProvisionList l = filterProvisions(listProvisions(*form), f);
    std::vector<std::string> keys;
    for (const auto& e : l.entries)
        keys.push_back(e.provision->ref.key());
    CHECK(keys == std::vector<std::string>{"6(3)", "6(3)(a)", "6(3)(b)", "6(3)(c)", "6(3)(d)",
                                           "7(1)", "11(5)", "11(6)"});
    f.level = "sometimes";
    CHECK_FALSE(checkFilter(*form->instrument, f).empty());
}

TEST_CASE("provisions: the second instrument's unreviewed provisions are gaps; themes filter") {
    auto form = somForm();
    REQUIRE(form);
    ProvisionList all = listProvisions(*form);
    auto gaps = all.gaps();
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0]->provision->ref.key() == "12(b)");
    CHECK(gaps[1]->provision->ref.key() == "14");
    ProvisionFilter f;
    f.theme = "documents";
    std::vector<std::string> keys;
    for (const auto& e : filterProvisions(all, f).entries)
        keys.push_back(e.provision->ref.key());
    CHECK(keys == std::vector<std::string>{"12", "12(a)", "12(b)", "13"});
    f.theme = "nosuch";
    CHECK(checkFilter(*form->instrument, f).find("documents") != std::string::npos);
}

TEST_CASE("provisions: cross-references are checked against the instruments loaded") {
    auto som = somForm();
    auto tip = shippedForm();
    REQUIRE(som);
    REQUIRE(tip);
    Diagnostics alone = checkCrossReferences(*som->instrument, {});
    CHECK_FALSE(alone.hasErrors());
    CHECK(alone.warningCount() == 3);  // articles 11, 12, 13 name tip-protocol
    CHECK(alone.items[0].line > 0);
    CHECK_FALSE(checkCrossReferences(*som->instrument, {tip->instrument}).hasErrors());
    CHECK(checkCrossReferences(*som->instrument, {tip->instrument}).items.empty());

    std::string text =
        readText(std::string(REVQ_TEST_DATA) + "/second-instrument/instruments/som-protocol.xml");
    const std::string from = "provision=\"13\"";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "provision=\"99\"");
    InstrumentLoadResult broken = loadInstrumentText(text, "som-broken.xml");
    REQUIRE(broken.instrument);
    Diagnostics d = checkCrossReferences(*broken.instrument, {tip->instrument});
    REQUIRE(d.errorCount() == 1);
    CHECK(d.items[0].message.find("99") != std::string::npos);
    CHECK(d.items[0].line > 0);
}
