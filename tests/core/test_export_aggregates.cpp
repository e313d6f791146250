// Figures across States: counts per option overall and per group (relevant answers only), the
// technical-assistance matrix and its totals, statistics tables summed.
#include <catch2/catch.hpp>

#include "core/aggregates.h"
#include "core/form_loader.h"

using namespace revq;

namespace {

const char* kForm =
    R"(<form xmlns="urn:revq:form:1" format-version="1" id="agg" version="1" languages="en">
<title xml:lang="en">Aggregates</title>
<instrument ref="demo" version="1">
<instrument-definition xmlns="urn:revq:instrument:1" format-version="1" id="demo" version="1">
<title xml:lang="en">Demo</title>
<part number="I"><title xml:lang="en">General</title>
<article number="5" level="mandatory"><title xml:lang="en">A5</title><summary xml:lang="en">S</summary></article>
<article number="6" level="mandatory"><title xml:lang="en">A6</title><summary xml:lang="en">S</summary></article>
</part>
</instrument-definition>
</instrument>
<choice-lists>
<choices id="yes-no-partly"><choice value="yes"><label xml:lang="en">Yes</label></choice><choice value="partly"><label xml:lang="en">In part</label></choice><choice value="no"><label xml:lang="en">No</label></choice></choices>
<choices id="forms"><choice value="sexual"><label xml:lang="en">Sexual</label></choice><choice value="labour"><label xml:lang="en">Labour</label></choice></choices>
<choices id="ta-kinds"><choice value="legislative-drafting"><label xml:lang="en">Drafting</label></choice><choice value="capacity-building"><label xml:lang="en">Training</label></choice></choices>
</choice-lists>
<cluster id="c1" number="1" assignment="confirmed"><title xml:lang="en">C</title>
<section id="s5" article="5"><title xml:lang="en">S5</title>
<question id="crim" type="single" choices="yes-no-partly"><label xml:lang="en">Crim?</label></question>
<question id="forms" type="multiple" choices="forms" relevant="$crim != 'no'"><label xml:lang="en">Forms</label></question>
<question id="a5_ta" type="ta-needs"><label xml:lang="en">TA 5</label></question>
<question id="cases" type="table" cell-type="integer"><label xml:lang="en">Cases</label>
<rows><row id="women"><label xml:lang="en">Women</label></row><row id="men"><label xml:lang="en">Men</label></row></rows>
<columns><column id="y1"><label xml:lang="en">2023</label></column><column id="y2"><label xml:lang="en">2024</label></column></columns>
</question>
</section>
<section id="s6" article="6"><title xml:lang="en">S6</title>
<question id="a6_ta" type="ta-needs"><label xml:lang="en">TA 6</label></question>
</section>
</cluster>
</form>)";

Answer values(const std::string& q, std::vector<std::string> v) {
    Answer a;
    a.questionId = q;
    a.values = std::move(v);
    return a;
}

Response response(const std::string& code, std::vector<Answer> answers) {
    Response r;
    r.formId = "agg";
    r.formVersion = "1";
    r.stateCode = code;
    for (auto& a : answers)
        r.answers[a.questionId] = a;
    return r;
}

}  // namespace

TEST_CASE("aggregates count relevant answers overall and per group", "[export][aggregates]") {
    const FormLoadResult loaded = loadFormText(kForm, "agg.xml");
    INFO((loaded.diagnostics.items.empty() ? "" : loaded.diagnostics.items[0].format()));
    REQUIRE(loaded.form);
    const Form& form = *loaded.form;

    Answer cases;
    cases.questionId = "cases";
    cases.cells[{"women", "y1"}] = "3";
    cases.cells[{"men", "y2"}] = "4";
    Answer cases2 = cases;
    cases2.cells[{"women", "y1"}] = "10";
    cases2.cells[{"men", "y1"}] = "not a number";

    std::vector<Response> responses = {
        response("AAA", {values("crim", {"yes"}), values("forms", {"sexual", "labour"}),
                         values("a5_ta", {"capacity-building"}), cases}),
        response("BBB", {values("crim", {"no"}),
                         // Not relevant (crim = no): kept in the file, never counted.
                         values("forms", {"labour"}),
                         values("a5_ta", {"legislative-drafting", "capacity-building"}),
                         values("a6_ta", {"capacity-building"})}),
        response("CCC",
                 {values("crim", {"partly"}), values("forms", {"labour", "labour"}), cases2}),
        response("DDD", {}),  // answered nothing
    };
    const std::vector<std::string> groups = {"g1", "g2"};
    std::vector<CollatedResponse> rows;
    const char* groupOf[] = {"g1", "g1", "g2", ""};
    for (size_t i = 0; i < responses.size(); ++i)
        rows.push_back({responses[i].stateCode, groupOf[i], &responses[i], {}, {}});
    evaluateCollated(form, rows);
    const Aggregates agg = computeAggregates(form, rows, groups);

    CHECK(agg.states.total == 4);
    CHECK(agg.states.byGroup == std::vector<int>{2, 1});

    const long ci = agg.countsIndex(static_cast<size_t>(form.questionIndex("crim")));
    REQUIRE(ci >= 0);
    const QuestionCounts& crim = agg.counts[static_cast<size_t>(ci)];
    CHECK(crim.answered.total == 3);
    CHECK(crim.answered.byGroup == std::vector<int>{2, 1});
    CHECK(crim.relevant.total == 4);
    CHECK(crim.options[0].total == 1);  // yes
    CHECK(crim.options[1].total == 1);  // partly
    CHECK(crim.options[1].byGroup == std::vector<int>{0, 1});
    CHECK(crim.options[2].total == 1);  // no
    CHECK(crim.options[2].byGroup == std::vector<int>{1, 0});

    const QuestionCounts& forms = agg.counts[static_cast<size_t>(
        agg.countsIndex(static_cast<size_t>(form.questionIndex("forms"))))];
    CHECK(forms.relevant.total == 3);  // not for BBB
    CHECK(forms.answered.total == 2);
    CHECK(forms.options[0].total == 1);  // sexual: AAA
    CHECK(forms.options[1].total == 2);  // labour: AAA, CCC once (repeated value counted once)
    CHECK(forms.options[1].byGroup == std::vector<int>{1, 1});

    // TA: articles in instrument order, kinds in list order.
    const TaMatrix& ta = agg.ta;
    REQUIRE(ta.articles == std::vector<std::string>{"5", "6"});
    REQUIRE(ta.kinds == std::vector<std::string>{"legislative-drafting", "capacity-building"});
    CHECK(ta.count(0, 0) == 1);
    CHECK(ta.count(1, 0) == 2);
    CHECK(ta.count(1, 1) == 1);
    CHECK(ta.count(2, 0) == 0);
    CHECK(ta.statesByArticle == std::vector<int>{2, 1});
    CHECK(ta.statesByArticleKind == std::vector<int>{1, 2, 0, 1});
    CHECK(ta.statesByKind == std::vector<int>{1, 2});
    CHECK(ta.needsByKind == std::vector<int>{1, 3});
    CHECK(ta.statesByGroup == std::vector<int>{2, 0, 2});

    REQUIRE(agg.tables.size() == 1);
    const TableSums& t = agg.tables[0];
    CHECK(t.statesReporting == 2);
    CHECK(t.cell(0, 0, 2) == 13.0);  // women 2023: 3 + 10
    CHECK(t.cell(1, 1, 2) == 8.0);   // men 2024: 4 + 4
    CHECK(t.cell(1, 0, 2) == 0.0);   // "not a number" is not summed
    CHECK(t.reporting == std::vector<int>{2, 0, 0, 2});
}

TEST_CASE("canonical numbers parse strictly", "[export][aggregates]") {
    double v = 0;
    CHECK(parseCanonicalNumber("-12", &v));
    CHECK(v == -12);
    CHECK(parseCanonicalNumber("3.5", &v));
    CHECK(v == 3.5);
    CHECK_FALSE(parseCanonicalNumber("", &v));
    CHECK_FALSE(parseCanonicalNumber("12 ", &v));
    CHECK_FALSE(parseCanonicalNumber("1,5", &v));
}
