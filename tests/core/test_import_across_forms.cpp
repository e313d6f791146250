// Importing answers from another response of the same State: across instruments through
// cross-references, and from an earlier cycle of the same form (core/answer_import.h).
#include <catch2/catch.hpp>

#include <set>

#include "core/answer_import.h"
#include "core/form_loader.h"
#include "core/response_reader.h"

using namespace revq;

namespace {

const std::string kDir = std::string(REVQ_TEST_DATA) + "/second-instrument/";

struct Fixture {
    std::shared_ptr<const Form> tip =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    std::shared_ptr<const Form> som = loadFormFile(kDir + "som-review.xml").form;
    std::optional<Response> target = readResponseFile(kDir + "tip-FRA.revq").response;
    std::optional<Response> source = readResponseFile(kDir + "som-FRA.revq").response;
};

bool hasPair(const std::vector<std::pair<std::string, std::string>>& v, const std::string& a,
             const std::string& b) {
    return std::find(v.begin(), v.end(), std::make_pair(a, b)) != v.end();
}

}  // namespace

TEST_CASE("import: questions are linked through cross-references, by type and position") {
    Fixture f;
    REQUIRE(f.tip);
    REQUIRE(f.som);
    auto pairs = linkQuestionsAcrossForms(*f.tip, *f.som);
    CHECK(hasPair(pairs, "a11_1", "s11_1"));
    CHECK(hasPair(pairs, "a11_1_explain", "s11_1_explain"));
    CHECK(hasPair(pairs, "a12_a", "s12_a"));
    CHECK(hasPair(pairs, "a13", "s13"));
    CHECK(hasPair(pairs, "a13_time", "s13_time"));
    CHECK_FALSE(hasPair(pairs, "a12_b", "s12_a"));  // 12(b) is not 12(a)
    for (const auto& [t, s] : pairs)
        CHECK(s != "s6_1");  // article 6 of the mock instrument is linked to nothing
    // Each source question is used once.
    std::set<std::string> sources;
    for (const auto& p : pairs)
        CHECK(sources.insert(p.second).second);
}

TEST_CASE("import: linked answers move, marked imported; existing kept; rest reported") {
    Fixture f;
    REQUIRE(f.target);
    REQUIRE(f.source);
    const Response targetBefore = *f.target, sourceBefore = *f.source;
    ImportOptions o;
    o.originFile = "som-FRA.revq";
    ImportResult r = importAnswers(*f.target, *f.tip, *f.source, *f.som, o);
    REQUIRE(r.response);
    CHECK(r.report.imported.size() == 5);
    CHECK(hasPair(r.report.kept, "a11_2", "s11_2"));
    CHECK(r.report.unmatched == std::vector<std::string>{"s6_1"});
    const Answer* a = r.response->answer("a11_1");
    REQUIRE(a);
    CHECK(a->values == std::vector<std::string>{"partly"});
    CHECK(a->provenance.imported);
    CHECK_FALSE(a->provenance.carriedOver);
    CHECK(a->provenance.origin == "som-FRA.revq#s11_1");
    REQUIRE(r.response->answer("a11_2"));
    CHECK(r.response->answer("a11_2")->values == std::vector<std::string>{"no"});
    CHECK(r.response->history.size() == targetBefore.history.size() + 1);
    CHECK(*f.target == targetBefore);  // inputs untouched
    CHECK(*f.source == sourceBefore);

    o.overwrite = true;
    ImportResult over = importAnswers(*f.target, *f.tip, *f.source, *f.som, o);
    REQUIRE(over.response);
    CHECK(over.response->answer("a11_2")->values == std::vector<std::string>{"yes"});
    CHECK(over.report.kept.empty());
}

TEST_CASE("import: another State's response or a submitted target is refused") {
    Fixture f;
    REQUIRE(f.source);
    Response other = *f.source;
    other.stateCode = "DEU";
    ImportResult r = importAnswers(*f.target, *f.tip, other, *f.som, {});
    CHECK_FALSE(r.response);
    CHECK(r.error.find("DEU") != std::string::npos);
    CHECK(r.error.find("FRA") != std::string::npos);

    Response submitted = *f.target;
    submitted.status = ResponseStatus::Submitted;
    CHECK_FALSE(importAnswers(submitted, *f.tip, *f.source, *f.som, {}).response);
}

TEST_CASE("import: from an earlier cycle of the same form, by question id") {
    Fixture f;
    ImportOptions o;
    o.originFile = "som-FRA.revq";
    ImportResult first = importAnswers(*f.target, *f.tip, *f.source, *f.som, o);
    REQUIRE(first.response);
    Response fresh = *f.target;
    fresh.answers.clear();
    o.originFile = "earlier.revq";
    ImportResult again = importAnswers(fresh, *f.tip, *first.response, *f.tip, o);
    REQUIRE(again.response);
    CHECK(hasPair(again.report.imported, "a13", "a13"));
    CHECK(again.response->answer("a13")->provenance.origin == "earlier.revq#a13");
}
