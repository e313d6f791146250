// Issue 12 acceptance: split a master among three agencies, fill each contribution
// differently, merge in every order: same answers, same conflicts, nothing lost, merging again
// is a no-op, contributions' bytes unchanged, and the resolved master can be submitted.
#include <algorithm>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/clock.h"
#include "core/consultation_merge.h"
#include "core/consultation_split.h"
#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_store.h"
#include "core/response_validation.h"
#include "core/sample.h"
#include "core/sha256.h"

using namespace revq;

namespace {

std::shared_ptr<const Form> realForm() {
    static std::shared_ptr<const Form> form =
        loadFormFile(std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml").form;
    return form;
}

std::string fileSha(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return sha256Hex(ss.str());
}

// A complete, valid draft master for FRA (a sample that was submitted, reopened), without
// answers to the questions the agencies will write.
Response makeMaster(const Form& form) {
    State fra;
    fra.code = "FRA";
    fra.alpha2 = "FR";
    fra.name.set("en", "France");
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
        SampleOptions o;
        o.seed = seed;
        Response r = makeSampleResponse(form, fra, o);
        if (r.status != ResponseStatus::Submitted)
            continue;
        reopenResponse(r, "Focal Point", "consultation");
        for (const char* q : {"a3_good_practices", "a5_good_practices", "a5_challenges",
                              "a8_challenges", "a3_challenges"})
            r.answers.erase(q);
        r.respondentName = "Focal Point";
        r.respondentAgency = "Ministry of Foreign Affairs";
        return r;
    }
    FAIL("no sample seed gave a complete response");
    return {};
}

void write(Response& r, const std::string& qid, const std::string& text, const std::string& who,
           const std::string& agency, const std::string& when) {
    std::string id = "x" + std::to_string(r.contributors.size() + 1);
    bool found = false;
    for (const auto& c : r.contributors) {
        if (c.name == who && c.agency == agency) {
            id = c.id;
            found = true;
        }
    }
    if (!found)
        r.contributors.push_back({id, who, agency, ""});
    Answer a;
    a.questionId = qid;
    a.text = text;
    a.provenance.changed = when;
    a.provenance.by = id;
    r.answers[qid] = a;
}

struct Scenario {
    std::filesystem::path dir;
    std::string masterPath;
    std::vector<std::string> contributionPaths;  // Justice, Police, Labour
    std::vector<std::string> shas;
};

Scenario makeScenario(const Form& form) {
    Scenario s;
    // ctest runs each test case as its own process, in parallel: one folder per process.
    s.dir = std::filesystem::temp_directory_path() /
            ("revq-consultation-acceptance-" + std::to_string(std::random_device{}()));
    std::filesystem::remove_all(s.dir);
    std::filesystem::create_directories(s.dir);
    Response master = makeMaster(form);
    s.masterPath = (s.dir / "FRA-master.revq").string();
    REQUIRE(saveResponse(s.masterPath, master).ok);

    AssignmentsResult assign =
        parseAssignmentsShorthand("Ministry of Justice=3,5;Police=5,8;Ministry of Labour=8", form);
    REQUIRE_FALSE(assign.diagnostics.hasErrors());
    OpenedResponse opened = openResponse(s.masterPath);
    REQUIRE(opened.response);
    SplitResult split =
        splitMaster(form, *opened.response, opened.stamp.sha256, assign.assignments, "Focal Point");
    REQUIRE(split.error.empty());
    REQUIRE(split.contributions.size() == 3);
    SaveOptions so;
    so.readStamp = &opened.stamp;
    REQUIRE(saveResponse(s.masterPath, split.master, so).ok);

    // Contributions hold only their parts, pre-filled, and say whose they are.
    for (auto& c : split.contributions) {
        REQUIRE(c.response.contribution);
        CHECK(c.response.contribution->agency == c.assignment.agency);
        CHECK(c.response.contribution->masterSha256 == opened.stamp.sha256);
        for (const auto& [qid, a] : c.response.answers) {
            std::string sec = sectionOfQuestion(form, qid);
            CHECK(std::find(c.assignment.parts.begin(), c.assignment.parts.end(), sec) !=
                  c.assignment.parts.end());
            CHECK(opened.response->answers.at(qid) == a);
        }
        CHECK_FALSE(c.response.answers.empty());
    }
    Response& justice = split.contributions[0].response;
    Response& police = split.contributions[1].response;
    Response& labour = split.contributions[2].response;
    // Conflict between two agencies (both have article 5).
    write(justice, "a5_challenges", "Judges lack training on trafficking cases.", "A. Juge",
          "Ministry of Justice", "2027-01-10T10:00:00Z");
    write(police, "a5_challenges", "Few cases reach the courts.", "B. Agent", "Police",
          "2027-01-11T10:00:00Z");
    // Identical in two (both have article 8).
    write(police, "a8_challenges", "Identification of victims at borders.", "B. Agent", "Police",
          "2027-01-12T10:00:00Z");
    write(labour, "a8_challenges", "Identification of victims at borders.", "C. Inspecteur",
          "Ministry of Labour", "2027-01-13T10:00:00Z");
    // Outside an assignment (Labour has only article 8).
    write(labour, "a3_good_practices", "Labour inspections with NGOs.", "C. Inspecteur",
          "Ministry of Labour", "2027-01-13T11:00:00Z");
    // Each agency's own answers.
    write(justice, "a3_good_practices", "Specialised prosecutors.", "A. Juge",
          "Ministry of Justice", "2027-01-10T11:00:00Z");
    write(police, "a5_good_practices", "Joint investigation teams.", "B. Agent", "Police",
          "2027-01-11T11:00:00Z");
    for (auto& c : split.contributions) {
        std::string p = (s.dir / c.fileName).string();
        REQUIRE(saveResponse(p, c.response).ok);
        s.contributionPaths.push_back(p);
        s.shas.push_back(fileSha(p));
    }
    return s;
}

struct Outcome {
    std::map<std::string, Answer, std::less<>> answers;
    std::vector<std::pair<std::string, std::vector<std::string>>> conflicts;  // q, "agency:text"
    std::vector<std::string> agenciesOfContributors;
};

Outcome outcomeOf(const MergeSession& s) {
    Outcome o;
    Response r = s.result();
    o.answers = r.answers;
    // Provenance: name the person by name+agency, not by id (ids depend on order).
    for (auto& [q, a] : o.answers) {
        for (const auto& c : r.contributors) {
            if (c.id == a.provenance.by)
                a.provenance.by = c.name + "/" + c.agency;
        }
    }
    for (const auto& c : s.conflicts()) {
        std::vector<std::string> versions;
        for (const auto& v : c.versions) {
            versions.push_back((v.fromMaster ? "master" : v.agency) + ":" + v.person + ":" +
                               v.changed + ":" + v.answer.text);
        }
        o.conflicts.emplace_back(c.questionId, versions);
    }
    for (const auto& c : r.contributors)
        o.agenciesOfContributors.push_back(c.name + "/" + c.agency);
    std::sort(o.agenciesOfContributors.begin(), o.agenciesOfContributors.end());
    return o;
}

}  // namespace

TEST_CASE("consultation: merging three contributions in every order gives one result",
          "[consultation]") {
    auto form = realForm();
    REQUIRE(form);
    Scenario s = makeScenario(*form);
    OpenedResponse master = openResponse(s.masterPath);
    REQUIRE(master.response);

    std::vector<size_t> order = {0, 1, 2};
    std::optional<Outcome> first;
    int permutations = 0;
    do {
        ++permutations;
        MergeSession session(*form, *master.response, s.masterPath);
        REQUIRE(session.masterProblem().empty());
        std::vector<ContributionMergeReport> reports(3);
        for (size_t i : order) {
            OpenedResponse c = openResponse(s.contributionPaths[i]);
            REQUIRE(c.response);
            reports[i] =
                session.add(*c.response, s.contributionPaths[i], MergeOptions{false, "FP"});
            REQUIRE_FALSE(reports[i].refused);
            CHECK_FALSE(reports[i].alreadyMerged);
        }
        Outcome o = outcomeOf(session);
        if (!first) {
            first = o;
        } else {
            CHECK(o.answers == first->answers);
            CHECK(o.conflicts == first->conflicts);
            CHECK(o.agenciesOfContributors == first->agenciesOfContributors);
        }
        // The outside answer is reported and not taken.
        CHECK(reports[2].outside == std::vector<std::string>{"a3_good_practices"});
        CHECK(o.answers.at("a3_good_practices").text == "Specialised prosecutors.");
        // Identical in two: merged quietly, the latest writer named.
        CHECK(o.answers.at("a8_challenges").text == "Identification of victims at borders.");
        CHECK(o.answers.at("a8_challenges").provenance.by == "C. Inspecteur/Ministry of Labour");
        // One conflict, both versions with who and when; the master had no answer.
        REQUIRE(o.conflicts.size() == 1);
        CHECK(o.conflicts[0].first == "a5_challenges");
        CHECK(o.conflicts[0].second ==
              std::vector<std::string>{
                  "Ministry of Justice:A. Juge:2027-01-10T10:00:00Z:Judges lack training on "
                  "trafficking cases.",
                  "Police:B. Agent:2027-01-11T10:00:00Z:Few cases reach the courts."});
        CHECK(o.answers.count("a5_challenges") == 0);

        // Nothing is lost: every answer of every contribution inside its assignment is in the
        // master or a conflict version.
        Response merged = session.result();
        auto conflicts = session.conflicts();
        for (size_t i = 0; i < 3; ++i) {
            OpenedResponse c = openResponse(s.contributionPaths[i]);
            for (const auto& [qid, a] : c.response->answers) {
                if (std::find(reports[i].outside.begin(), reports[i].outside.end(), qid) !=
                    reports[i].outside.end())
                    continue;
                bool kept = merged.answer(qid) && merged.answer(qid)->sameContent(a);
                for (const auto& cf : conflicts) {
                    for (const auto& v : cf.versions)
                        kept = kept || (cf.questionId == qid && v.answer.sameContent(a));
                }
                INFO(qid);
                CHECK(kept);
            }
        }

        // Saved and reopened, the conflicts are still there; merging again changes nothing.
        std::string out = (s.dir / "merged.revq").string();
        SaveOptions so;
        so.force = true;
        REQUIRE(saveResponse(out, merged, so).ok);
        OpenedResponse reopened = openResponse(out);
        REQUIRE(reopened.response);
        MergeSession again(*form, *reopened.response, out);
        CHECK(outcomeOf(again).conflicts == o.conflicts);
        for (size_t i : order) {
            OpenedResponse c = openResponse(s.contributionPaths[i]);
            ContributionMergeReport r = again.add(*c.response, s.contributionPaths[i], {});
            CHECK(r.alreadyMerged);
        }
        CHECK(again.result() == *reopened.response);
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(permutations == 6);

    // The contributions were only read.
    for (size_t i = 0; i < 3; ++i)
        CHECK(fileSha(s.contributionPaths[i]) == s.shas[i]);
}

TEST_CASE("consultation: resolved master passes validation and can be submitted",
          "[consultation]") {
    auto form = realForm();
    REQUIRE(form);
    Scenario s = makeScenario(*form);
    OpenedResponse master = openResponse(s.masterPath);
    MergeSession session(*form, *master.response, s.masterPath);
    for (const auto& p : s.contributionPaths)
        REQUIRE_FALSE(session.add(*openResponse(p).response, p, {false, "FP"}).refused);
    REQUIRE(session.conflicts().size() == 1);
    // The history records every merge.
    Response before = session.result();
    int merges = 0;
    for (const auto& h : before.history)
        merges += h.note.rfind("merged contribution of ", 0) == 0;
    CHECK(merges == 3);

    SECTION("pick one version") {
        REQUIRE(session.resolve("a5_challenges", 1, "Focal Point"));
        CHECK(session.result().answer("a5_challenges")->text == "Few cases reach the courts.");
    }
    SECTION("combine them") {
        Answer combined;
        combined.text = "Judges lack training; few cases reach the courts.";
        REQUIRE(session.resolveWithAnswer("a5_challenges", combined, "Focal Point"));
        Response r = session.result();
        const Answer* a = r.answer("a5_challenges");
        REQUIRE(a);
        CHECK(a->text == combined.text);
        bool named = false;
        for (const auto& c : r.contributors)
            named = named || (c.id == a->provenance.by && c.name == "Focal Point");
        CHECK(named);
    }
    SECTION("prefer an agency in bulk") {
        CHECK(session.resolveAll(Preference::Agency, "Ministry of Justice", "FP") == 1);
        CHECK(session.result().answer("a5_challenges")->provenance.changed ==
              "2027-01-10T10:00:00Z");
    }
    CHECK(session.conflicts().empty());
    Response resolved = session.result();
    ValidationReport report = validateResponse(*form, resolved);
    for (const auto& p : report.problems) {
        INFO(p.questionId << ": " << p.message);
        CHECK(p.severity != Severity::Error);
    }
    SubmitResult submitted = submitResponse(*form, resolved, "Focal Point");
    CHECK(submitted.ok);
    CHECK(checkIntegrity(resolved) == IntegrityState::Intact);
}

TEST_CASE("consultation: a contribution for another State or form is refused", "[consultation]") {
    auto form = realForm();
    REQUIRE(form);
    Scenario s = makeScenario(*form);
    OpenedResponse master = openResponse(s.masterPath);
    Response c = *openResponse(s.contributionPaths[0]).response;
    MergeSession session(*form, *master.response, s.masterPath);
    Response other = c;
    other.stateCode = "DEU";
    ContributionMergeReport r = session.add(other, "deu.revq", {});
    CHECK(r.refused);
    CHECK(r.error.find("DEU") != std::string::npos);
    other = c;
    other.formId = "another-form";
    CHECK(session.add(other, "other.revq", {}).refused);
    other = c;
    other.contribution.reset();
    CHECK(session.add(other, "plain.revq", {}).refused);
    CHECK(session.result() == *master.response);
    // Taken when asked: outside answers.
    Response labour = *openResponse(s.contributionPaths[2]).response;
    ContributionMergeReport t = session.add(labour, "labour.revq", {true, "FP"});
    CHECK(t.outsideTaken == std::vector<std::string>{"a3_good_practices"});
    CHECK(session.result().answer("a3_good_practices")->text == "Labour inspections with NGOs.");
}
