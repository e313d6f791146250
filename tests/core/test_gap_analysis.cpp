// Gap analysis: a provision's answer from its closed questions, report order, TA needs,
// totals, and counts across States per regional group (core/gap_analysis.h).
#include <catch2/catch.hpp>

#include "core/form_loader.h"
#include "core/gap_analysis.h"

using namespace revq;

namespace {

std::shared_ptr<const Form> tipForm() {
    static auto f =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    return f;
}

Response responseWith(const std::string& state,
                      const std::vector<std::pair<std::string, std::string>>& values) {
    Response r;
    r.formId = "tip-protocol-review";
    r.stateCode = state;
    for (const auto& [q, v] : values) {
        Answer a;
        a.questionId = q;
        a.values = {v};
        r.answers[q] = a;
    }
    return r;
}

const StateGapRow* rowFor(const StateGapAnalysis& s, const std::string& key) {
    for (const auto& r : s.rows)
        if (r.provision->provision->ref.key() == key)
            return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("gap analysis: rows are the reviewed provisions with closed questions, mandatory first") {
    auto form = tipForm();
    REQUIRE(form);
    auto rows = gapProvisions(*form);
    REQUIRE(rows.size() > 30);
    for (size_t i = 1; i < rows.size(); ++i)
        CHECK(obligationRank(rows[i - 1].provision->level) <=
              obligationRank(rows[i].provision->level));
    CHECK(rows.front().provision->level == ObligationLevel::Mandatory);
    bool has63a = false, has63 = false;
    for (const auto& r : rows) {
        has63a |= r.provision->ref.key() == "6(3)(a)";
        has63 |= r.provision->ref.key() == "6(3)";  // only a note names 6(3)
        CHECK(r.provision->reviewed);
    }
    CHECK(has63a);
    CHECK_FALSE(has63);
}

TEST_CASE("gap analysis: one State's answers, TA needs and totals") {
    auto form = tipForm();
    REQUIRE(form);
    Response r = responseWith("FRA", {{"a5_1", "yes"}, {"a5_2_a", "no"}, {"a6_1", "partly"}});
    Answer ta;
    ta.questionId = "a5_ta";
    ta.values = {"legislative-drafting"};
    ta.text = "Help with the attempt offence";
    r.answers["a5_ta"] = ta;
    StateGapAnalysis s = analyseStateGaps(*form, r);
    REQUIRE(rowFor(s, "5(1)"));
    CHECK(rowFor(s, "5(1)")->answer == GapAnswer::Yes);
    CHECK(rowFor(s, "5(2)(a)")->answer == GapAnswer::No);
    CHECK(rowFor(s, "6(1)")->answer == GapAnswer::InPart);
    CHECK(rowFor(s, "6(4)")->answer == GapAnswer::NotAnswered);
    CHECK(rowFor(s, "5(1)")->taKinds == std::vector<std::string>{"legislative-drafting"});
    CHECK(rowFor(s, "5(1)")->taText == "Help with the attempt offence");
    CHECK(rowFor(s, "6(1)")->taKinds.empty());
    CHECK(s.totals.yes == 1);
    CHECK(s.totals.no == 1);
    CHECK(s.totals.inPart == 1);
    CHECK(s.totals.total() == static_cast<int>(s.rows.size()));
    CHECK(s.byLevel[ObligationLevel::Mandatory].yes == 1);
}

TEST_CASE("gap analysis: several closed questions combine into one answer") {
    auto form = tipForm();
    REQUIRE(form);
    auto rows = gapProvisions(*form);
    GapProvision p = rows.front();
    p.questions = {static_cast<size_t>(form->questionIndex("a5_1")),
                   static_cast<size_t>(form->questionIndex("a5_2_a"))};
    CHECK(provisionAnswer(*form, p, responseWith("X", {{"a5_1", "yes"}, {"a5_2_a", "yes"}})) ==
          GapAnswer::Yes);
    CHECK(provisionAnswer(*form, p, responseWith("X", {{"a5_1", "no"}, {"a5_2_a", "no"}})) ==
          GapAnswer::No);
    CHECK(provisionAnswer(*form, p, responseWith("X", {{"a5_1", "yes"}, {"a5_2_a", "no"}})) ==
          GapAnswer::InPart);
    CHECK(provisionAnswer(*form, p, responseWith("X", {{"a5_1", "yes"}})) == GapAnswer::Yes);
    CHECK(provisionAnswer(*form, p, responseWith("X", {})) == GapAnswer::NotAnswered);
}

TEST_CASE("gap analysis: across States, No or In part per regional group") {
    auto form = tipForm();
    REQUIRE(form);
    Response a = responseWith("FRA", {{"a5_1", "no"}});
    Response b = responseWith("NGA", {{"a5_1", "partly"}});
    Response c = responseWith("KEN", {{"a5_1", "yes"}});
    Response d = responseWith("VAT", {{"a5_1", "no"}});  // in no listed group
    std::vector<std::string> groups = {"african", "western-european-other"};
    SummaryGapAnalysis s = analyseSummaryGaps(
        *form, {&a, &b, &c, &d}, {"western-european-other", "african", "african", ""}, groups);
    const SummaryGapRow* row = nullptr;
    for (const auto& r : s.rows)
        if (r.provision->provision->ref.key() == "5(1)")
            row = &r;
    REQUIRE(row);
    CHECK(row->noOrInPart == 3);
    CHECK(row->noOrInPartByGroup == std::vector<int>{1, 1});
    CHECK(row->answers ==
          std::vector<GapAnswer>{GapAnswer::No, GapAnswer::InPart, GapAnswer::Yes, GapAnswer::No});
    CHECK(row->totals.total() == 4);
}
