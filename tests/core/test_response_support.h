// Helpers shared by the response tests: seeded generation of responses with answers of every
// shape, and small forms written inline.
#pragma once

#include <random>
#include <string>

#include "core/response.h"
#include "core/sha256.h"

namespace revq::test {

// Texts that have broken XML writers before: scripts, emoji, markup characters, line ends.
inline const char* const kTrickyTexts[] = {
    "贩运人口是否为刑事犯罪？",
    "هل الاتجار بالأشخاص جريمة جنائية؟",
    "Emoji 👩‍👧‍👦 🇫🇷 ✅",
    "Tags <b>&amp;</b> \"quoted\" 'single' ]]> & < >",
    "Lines\nwith\r\nCRLF\rand CR\tand tab",
    "   leading and trailing spaces   ",
    " ",
    "Здравствуйте, ¿qué tal? Ça va.",
};

class ResponseGenerator {
  public:
    explicit ResponseGenerator(unsigned seed) : rng_(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

    std::string text() {
        switch (pick(4)) {
            case 0:
                return kTrickyTexts[pick(std::size(kTrickyTexts))];
            case 1: {
                std::string s;
                int n = 1 + pick(4);
                for (int i = 0; i < n; ++i)
                    s += kTrickyTexts[pick(std::size(kTrickyTexts))];
                return s;
            }
            case 2:
                return "plain " + std::to_string(pick(100000));
            default: {
                // A long text mixing scripts, as a national report pastes in.
                std::string s;
                while (s.size() < 30000)
                    s += kTrickyTexts[pick(std::size(kTrickyTexts))];
                return s;
            }
        }
    }
    std::string id() { return "q" + std::to_string(pick(1000000)); }
    std::string bytes(std::size_t n) {
        std::string s(n, '\0');
        for (auto& c : s)
            c = static_cast<char>(pick(256));
        return s;
    }

    Answer answer(const std::string& qid) {
        Answer a;
        a.questionId = qid;
        switch (pick(8)) {
            case 0:
                a.values = {"yes"};
                break;  // single
            case 1:
                a.values = {"sexual", "labour", "other"};
                break;  // multiple
            case 2:
                a.text = text();
                break;  // text, textarea
            case 3:
                a.text = std::to_string(pick(2000000) - 1000000);
                break;  // integer
            case 4:
                a.text = "2024-02-29";
                break;  // date
            case 5:     // table
                for (int r = 0; r < 1 + pick(4); ++r) {
                    for (int c = 0; c < 1 + pick(4); ++c) {
                        a.cells[{"r" + std::to_string(r), "y20" + std::to_string(20 + c)}] =
                            pick(5) == 0 ? text() : std::to_string(pick(1000));
                    }
                }
                break;
            case 6: {  // legislation
                for (int i = 0; i < 1 + pick(3); ++i) {
                    Citation c;
                    c.title = text();
                    if (pick(2))
                        c.provision = "art. 225-4-" + std::to_string(i);
                    if (pick(2))
                        c.url = "https://example.org/law?a=1&b=" + std::to_string(i);
                    if (pick(2)) {
                        c.hasExcerpt = true;
                        c.excerpt.fileName = "excerpt " + std::to_string(i) + " é.pdf";
                        c.excerpt.mediaType = "application/pdf";
                        c.excerpt.data = bytes(static_cast<std::size_t>(pick(5000)));
                        c.excerpt.sha256 = sha256Hex(c.excerpt.data);
                    }
                    a.citations.push_back(std::move(c));
                }
                break;
            }
            default:  // ta-needs
                a.values = {"capacity-building", "legislative-drafting"};
                a.text = text();
        }
        a.provenance.changed = "2026-11-24T09:12:0" + std::to_string(pick(10)) + "Z";
        if (pick(2))
            a.provenance.by = "p" + std::to_string(1 + pick(2));
        a.provenance.carriedOver = pick(3) == 0;
        a.provenance.imported = pick(3) == 0;
        if (a.provenance.carriedOver || a.provenance.imported) {
            a.provenance.origin = "earlier «2021».revq#" + qid;
        }
        return a;
    }

    Response response(int answers) {
        Response r;
        r.formId = "tip-protocol-review";
        r.formVersion = "1.0";
        r.stateCode = "FRA";
        r.language = pick(2) ? "fr" : "zh";
        r.respondentName = "A. Martin & \"Co\"";
        r.respondentOffice = "Ministère de la Justice";
        r.respondentEmail = "a.martin@example.org";
        r.created = "2026-11-24T09:00:00Z";
        r.contributors = {{"p1", "A. Martin", "Ministry of Justice", "am@example.org"},
                          {"p2", "李明", "وزارة الداخلية", ""}};
        if (pick(2)) {
            r.contribution = ContributionInfo{"Ministry of Justice",
                                              "am@example.org",
                                              "2027-01-31",
                                              {"art5", "art6"},
                                              std::string(64, 'a')};
        }
        for (int i = 0; i < answers; ++i) {
            std::string qid = id();
            r.answers[qid] = answer(qid);
        }
        if (pick(2)) {
            SetAsideAnswer s;
            s.answer = answer("old_q");
            s.fromForm = "tip-protocol-review";
            s.fromVersion = "0.9";
            r.setAside.push_back(s);
        }
        r.history = {
            {1, "2026-11-24T09:00:00Z", "A. Martin", "draft", "created"},
            {2, "2026-11-25T09:00:00Z", "李明", "draft", "note with \"quotes\"\nand a line"}};
        return r;
    }

  private:
    std::mt19937 rng_;
};

}  // namespace revq::test
