// Provenance (who last wrote each answer: person and agency) survives a merge, save/load,
// carry-over and submission. (Export: tests/cli/consultation_cli.sh reads the workbook.)
#include <catch2/catch.hpp>
#include <filesystem>

#include "core/carry_over.h"
#include "core/consultation_merge.h"
#include "core/consultation_split.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/sample.h"

using namespace revq;

namespace {

struct Authored {
    std::string person, agency, changed;
    bool operator==(const Authored&) const = default;
};

Authored authorOf(const Response& r, const std::string& qid) {
    const Answer* a = r.answer(qid);
    if (!a)
        return {"(no answer)", "", ""};
    for (const auto& c : r.contributors) {
        if (c.id == a->provenance.by)
            return {c.name, c.agency, a->provenance.changed};
    }
    return {"(nobody)", "", a->provenance.changed};
}

// A master with a Police contribution merged: a5_good_practices written by "B. Agent".
Response mergedMaster(const Form& form) {
    State fra;
    fra.code = "FRA";
    fra.name.set("en", "France");
    Response master;
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
        SampleOptions o;
        o.seed = seed;
        master = makeSampleResponse(form, fra, o);
        if (master.status == ResponseStatus::Submitted)
            break;
    }
    REQUIRE(master.status == ResponseStatus::Submitted);
    reopenResponse(master, "Focal Point");
    master.answers.erase("a5_good_practices");
    AssignmentsResult a = parseAssignmentsShorthand("Police=5", form);
    REQUIRE(a.assignments.size() == 1);
    SplitResult split = splitMaster(form, master, std::string(64, '0'), a.assignments, "FP");
    REQUIRE(split.error.empty());
    Response c = split.contributions.at(0).response;
    c.contributors.push_back({"police1", "B. Agent", "Police", "b.agent@police.example"});
    Answer answer;
    answer.questionId = "a5_good_practices";
    answer.text = "Joint investigation teams.";
    answer.provenance = {"2027-01-11T11:00:00Z", "police1", false, false, ""};
    c.answers[answer.questionId] = answer;
    MergeSession session(form, split.master, "master.revq");
    ContributionMergeReport r = session.add(c, "FRA-police.revq", {false, "FP"});
    REQUIRE(r.taken == std::vector<std::string>{"a5_good_practices"});
    return session.result();
}

const Authored kAgent{"B. Agent", "Police", "2027-01-11T11:00:00Z"};

}  // namespace

TEST_CASE("consultation provenance: merge names the person and agency", "[consultation]") {
    auto form = loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    REQUIRE(form);
    Response merged = mergedMaster(*form);
    CHECK(authorOf(merged, "a5_good_practices") == kAgent);

    SECTION("save and load") {
        auto path = std::filesystem::temp_directory_path() / "revq-consultation-provenance.revq";
        std::filesystem::remove(path);
        REQUIRE(saveResponse(path.string(), merged).ok);
        OpenedResponse opened = openResponse(path.string());
        REQUIRE(opened.response);
        CHECK(authorOf(*opened.response, "a5_good_practices") == kAgent);
        CHECK(opened.response->contributors == merged.contributors);
        CHECK(*opened.response == merged);
    }
    SECTION("carry-over to the next cycle") {
        CarryOverOptions o;
        o.originFile = "FRA-2027.revq";
        o.stateCode = "FRA";
        o.by = "Focal Point";
        CarryOverResult next = carryOver(merged, *form, o);
        REQUIRE(next.response);
        CHECK(authorOf(*next.response, "a5_good_practices") == kAgent);
        CHECK(next.response->answer("a5_good_practices")->provenance.carriedOver);
    }
    SECTION("submission") {
        Response submitted = merged;
        SubmitResult s = submitResponse(*form, submitted, "Focal Point");
        REQUIRE(s.ok);
        CHECK(authorOf(submitted, "a5_good_practices") == kAgent);
        auto path = std::filesystem::temp_directory_path() / "revq-consultation-submitted.revq";
        std::filesystem::remove(path);
        REQUIRE(saveResponse(path.string(), submitted).ok);
        OpenedResponse opened = openResponse(path.string());
        REQUIRE(opened.response);
        CHECK(authorOf(*opened.response, "a5_good_practices") == kAgent);
        CHECK(checkIntegrity(*opened.response) == IntegrityState::Intact);
    }
}
