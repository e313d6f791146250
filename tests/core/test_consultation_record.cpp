// The <consultation> record of a master survives writing and reading exactly, including
// versions whose texts hold carriage returns, markup characters and other scripts.
#include <catch2/catch.hpp>

#include "core/consultation_record.h"
#include "core/response_reader.h"
#include "core/response_writer.h"

using namespace revq;

TEST_CASE("consultation record: written and read back exactly", "[consultation]") {
    Response r;
    r.formId = "tip-protocol-review";
    r.formVersion = "1.0";
    r.stateCode = "FRA";
    Answer current;
    current.questionId = "q2";
    current.values = {"yes"};
    r.answers["q2"] = current;

    ConsultationRecord rec;
    rec.assignments.push_back({{"Ministère \"Justice\"", "a@b.example", "2027-01-31", {"a3", "a5"}},
                               "2026-11-24T09:00:00Z"});
    rec.merges.push_back(
        {"Police", std::string(64, 'a'), "FRA-police.revq", "2026-12-01T00:00:00Z", "FP", 3, 1, 2});
    PendingAnswer p;
    p.questionId = "q1";
    p.conflict = true;
    for (const char* text : {"a\r\nb\rc", "<b>&amp;</b> ]]> \"x\"", "贩运人口 — \t tab  "}) {
        AnswerVersion v;
        v.agency = std::string("Agency ") + text;
        v.person = "Ж. Person";
        v.answer.questionId = "q1";
        v.answer.text = text;
        v.answer.provenance.changed = "2027-01-01T00:00:00Z";
        v.answer.provenance.by = "p1";
        p.versions.push_back(v);
    }
    rec.pending["q1"] = p;
    PendingAnswer quiet;
    quiet.questionId = "q2";
    quiet.base = current;
    quiet.resultSha256 = answerContentSha256(&current);
    AnswerVersion same;
    same.agency = "Police";
    same.answer = current;
    quiet.versions.push_back(same);
    rec.pending["q2"] = quiet;
    storeConsultationRecord(r, rec);

    ResponseReadResult back = readResponseText(writeResponseXml(r), "master.revq");
    REQUIRE(back.response);
    CHECK(back.response->unknownXml == r.unknownXml);
    CHECK(readConsultationRecord(*back.response, "master.revq") == rec);

    // The focal point changed q2 in the master since: that entry is settled and dropped.
    back.response->answers["q2"].values = {"no"};
    ConsultationRecord edited = readConsultationRecord(*back.response, "master.revq");
    CHECK(edited.pending.count("q1") == 1);
    CHECK(edited.pending.count("q2") == 0);
}
