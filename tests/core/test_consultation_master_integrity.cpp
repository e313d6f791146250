// Merging checks integrity: a master whose answers no longer match the content hash stored at
// submission is refused (nothing merged), as is a contribution changed after it was submitted
// or one whose master-sha256 was edited by hand.
#include <catch2/catch.hpp>

#include "core/consultation_merge.h"
#include "core/consultation_split.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/sample.h"

using namespace revq;

namespace {

const Form& realForm() {
    static std::shared_ptr<const Form> form =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    REQUIRE(form);
    return *form;
}

// A submitted, intact FRA response to the shipped form.
Response submittedMaster() {
    State fra;
    fra.code = "FRA";
    fra.alpha2 = "FR";
    fra.name.set("en", "France");
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
        SampleOptions o;
        o.seed = seed;
        Response r = makeSampleResponse(realForm(), fra, o);
        if (r.status == ResponseStatus::Submitted) {
            r.respondentName = "Focal Point";
            REQUIRE(checkIntegrity(r) == IntegrityState::Intact);
            return r;
        }
    }
    FAIL("no sample seed gave a submitted response");
    return {};
}

// One contribution (Police, article 5) split from a reopened copy of `master`, with a new
// answer to a5_challenges.
Response policeContribution(const Response& master) {
    Response draft = master;
    reopenResponse(draft, "Focal Point");
    AssignmentsResult a = parseAssignmentsShorthand("Police=5", realForm());
    REQUIRE_FALSE(a.diagnostics.hasErrors());
    SplitResult split =
        splitMaster(realForm(), draft, std::string(64, 'a'), a.assignments, "Focal Point");
    REQUIRE(split.error.empty());
    Response c = split.contributions.at(0).response;
    Answer answer;
    answer.questionId = "a5_challenges";
    answer.text = "Few cases reach the courts.";
    answer.provenance.changed = "2027-01-11T10:00:00Z";
    c.answers["a5_challenges"] = answer;
    return c;
}

std::string firstAnsweredText(const Response& r) {
    for (const auto& [id, a] : r.answers) {
        if (!a.text.empty())
            return id;
    }
    FAIL("the sample has no text answer");
    return {};
}

}  // namespace

TEST_CASE("merge refuses a master changed after submission", "[consultation][integrity]") {
    Response master = submittedMaster();
    Response contribution = policeContribution(master);
    master.answers[firstAnsweredText(master)].text += " (edited later)";
    REQUIRE(checkIntegrity(master) == IntegrityState::ChangedAfterSubmission);

    MergeSession session(realForm(), master, "FRA-master.revq");
    std::string problem = session.masterProblem();
    CHECK(problem.find("FRA-master.revq was changed after it was submitted") == 0);
    CHECK(problem.find("content hash") != std::string::npos);

    ContributionMergeReport r = session.add(contribution, "FRA-police.revq", {});
    CHECK(r.refused);
    CHECK(r.error.find("FRA-police.revq: cannot merge: FRA-master.revq was changed") == 0);
    CHECK(session.record().merges.empty());
    CHECK(session.result().answers == master.answers);
}

TEST_CASE("merge refuses a submitted master whose hash was removed", "[consultation][integrity]") {
    Response master = submittedMaster();
    master.integritySha256.clear();
    MergeSession session(realForm(), master, "m.revq");
    CHECK(session.masterProblem().find("content hash was removed") != std::string::npos);
}

TEST_CASE("an intact submitted master is asked to be reopened, not called changed",
          "[consultation][integrity]") {
    MergeSession session(realForm(), submittedMaster(), "m.revq");
    std::string problem = session.masterProblem();
    CHECK(problem.find("is submitted; reopen it") != std::string::npos);
    CHECK(problem.find("changed") == std::string::npos);
}

TEST_CASE("a draft that kept its submission hash is checked, and loses it once merged into",
          "[consultation][integrity]") {
    Response submitted = submittedMaster();
    Response contribution = policeContribution(submitted);
    Response draft = submitted;
    draft.status = ResponseStatus::Draft;  // status edited by hand, hash kept

    SECTION("hash still matches: merged, and the stale hash is dropped") {
        // Submitted without an answer the contribution then gives (taken quietly).
        draft.answers.erase("a5_challenges");
        draft.integritySha256 = contentHash(draft);
        MergeSession session(realForm(), draft, "m.revq");
        REQUIRE(session.masterProblem().empty());
        ContributionMergeReport r = session.add(contribution, "FRA-police.revq", {});
        REQUIRE_FALSE(r.refused);
        CHECK(r.taken == std::vector<std::string>{"a5_challenges"});
        Response merged = session.result();
        CHECK(merged.integritySha256.empty());
        // ... so merging into the result again is not refused as "changed".
        MergeSession again(realForm(), merged, "m.revq");
        CHECK(again.masterProblem().empty());
        CHECK(again.add(contribution, "FRA-police.revq", {}).alreadyMerged);
    }
    SECTION("hash no longer matches: refused") {
        draft.answers[firstAnsweredText(draft)].text += "!";
        MergeSession session(realForm(), draft, "m.revq");
        CHECK(session.masterProblem().find("was changed after it was submitted") !=
              std::string::npos);
        CHECK(session.add(contribution, "c.revq", {}).refused);
    }
}

TEST_CASE("merge refuses a contribution changed after submission or with a bad master-sha256",
          "[consultation][integrity]") {
    Response master = submittedMaster();
    Response contribution = policeContribution(master);
    reopenResponse(master, "Focal Point");
    MergeSession session(realForm(), master, "m.revq");
    REQUIRE(session.masterProblem().empty());

    SECTION("contribution submitted, then edited") {
        Response c = contribution;
        c.status = ResponseStatus::Submitted;
        c.integritySha256 = contentHash(c);
        c.answers["a5_challenges"].text = "Changed afterwards.";
        ContributionMergeReport r = session.add(c, "FRA-police.revq", {});
        CHECK(r.refused);
        CHECK(r.error.find("FRA-police.revq: its answers no longer match") == 0);
        CHECK(r.error.find("ask Police") != std::string::npos);
        CHECK(session.record().merges.empty());
    }
    SECTION("contribution submitted and intact: merged") {
        Response c = contribution;
        c.status = ResponseStatus::Submitted;
        c.integritySha256 = contentHash(c);
        ContributionMergeReport r = session.add(c, "FRA-police.revq", {});
        CHECK_FALSE(r.refused);
        CHECK(r.taken == std::vector<std::string>{"a5_challenges"});
    }
    SECTION("master-sha256 edited by hand") {
        Response c = contribution;
        c.contribution->masterSha256 = "not-a-hash";
        ContributionMergeReport r = session.add(c, "FRA-police.revq", {});
        CHECK(r.refused);
        CHECK(r.error.find("master-sha256 \"not-a-hash\" is not 64 lowercase hex digits") !=
              std::string::npos);
    }
}
