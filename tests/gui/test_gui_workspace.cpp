// The secretariat's workspace window: a folder of sample responses plus a tampered and an
// unreadable file is opened without a progress dialog; the States table flags the bad files,
// filters and sorts; a question's answers and counts by regional group match a recount from
// the responses themselves; the summary workbook is written; no file in the folder changes;
// at 1280 pixels wide every regional group's counts show without scrolling sideways.
#include <fstream>
#include <map>
#include <set>

#include <wx/dataview.h>

#include "core/form_loader.h"
#include "core/response_store.h"
#include "core/sample.h"
#include "export/answer_text.h"
#include "gui/language.h"
#include "gui/workspace_compare.h"
#include "gui/workspace_frame.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;
namespace fs = std::filesystem;

namespace {

const std::string kForm = std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml";
const std::string kStates = std::string(REVQ_SOURCE_DIR) + "/forms/states.xml";
const std::vector<std::string> kCodes = {"FRA", "DEU", "NGA", "KEN", "BRA", "MEX",
                                         "CHN", "IND", "POL", "RUS", "EGY", "JPN"};

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out[e.path().filename().string()] = readAll(e.path());
    return out;
}

// A folder of sample responses (as collated), one changed after submission (ARG) and one
// file nobody can read.
struct SampleWorkspace {
    fs::path dir;
    std::shared_ptr<const Form> form;
    std::shared_ptr<const StatesList> states;
    std::map<std::string, Response> responses;  // by State code

    explicit SampleWorkspace(const std::string& name) {
        dir = scratchFile(name);
        fs::remove_all(dir);
        fs::create_directories(dir);
        FormLoadResult loaded = loadFormFile(kForm);
        REQUIRE(loaded.form);
        form = loaded.form;
        states = StatesList::load(kStates).states;
        REQUIRE(states);
        for (const std::string& code : kCodes) {
            SampleOptions o;
            o.seed = 11;
            Response r = makeSampleResponse(*form, *states->find(code), o);
            REQUIRE(saveResponse((dir / (code + ".revq")).string(), r));
            responses[code] = std::move(r);
        }
        // A submitted response whose answers were edited afterwards.
        Response tampered;
        for (std::uint64_t seed = 1; tampered.status != ResponseStatus::Submitted; ++seed) {
            SampleOptions o;
            o.seed = seed;
            tampered = makeSampleResponse(*form, *states->find("ARG"), o);
            REQUIRE(seed < 50);
        }
        bool edited = false;
        for (auto& [id, a] : tampered.answers)
            if (!edited && !a.text.empty()) {
                a.text += " (edited after submission)";
                edited = true;
            }
        REQUIRE(edited);
        REQUIRE(saveResponse((dir / "ARG.revq").string(), tampered));
        responses["ARG"] = std::move(tampered);
        std::ofstream(dir / "broken.revq") << "<response xmlns=\"urn:revq:response:1\"><oops";
    }
};

WorkspaceFrame* openQuietly(const fs::path& dir) {
    WorkspaceOpenOptions o;
    o.showProgress = false;
    o.quiet = true;
    o.formPath = wxString::FromUTF8(kForm);
    wxString error;
    WorkspaceFrame* frame =
        openWorkspaceWindow(wxString::FromUTF8(dir.string()), nullptr, o, &error);
    INFO(error.utf8_str());
    REQUIRE(frame != nullptr);
    frame->Show();
    settle();
    return frame;
}

struct Closer {
    WorkspaceFrame* frame;
    ~Closer() {
        frame->Destroy();
        settle();
    }
};

// The row of State `code` (every row shown), or nullptr.
const WorkspaceRow* rowFor(WorkspaceFrame* frame, const std::string& code) {
    frame->setFilter("", "", StatusFilter::All);
    const WorkspaceStatesModel& m = *frame->statesModel();
    for (size_t i = 0; i < m.shownCount(); ++i)
        if (m.shownRow(i)->code == code)
            return m.shownRow(i);
    return nullptr;
}

long leadingNumber(const wxString& cell) {
    long n = -1;
    cell.BeforeFirst(' ').ToLong(&n);
    return n;
}

}  // namespace

TEST_CASE("workspace window: flags, filters, sorting, comparison, export", "[gui][workspace]") {
    SampleWorkspace s("workspace");
    const auto before = snapshot(s.dir);
    WorkspaceFrame* frame = openQuietly(s.dir);
    Closer closer{frame};
    WorkspaceStatesModel& model = *frame->statesModel();

    // One row per State of the list (answered or not) and one for the unreadable file.
    CHECK(model.totalCount() == s.states->size() + 1);
    CHECK(model.shownCount() == model.totalCount());
    CHECK(frame->workspace().files().size() == kCodes.size() + 2);

    SECTION("the tampered and the unreadable file are flagged with reasons") {
        frame->setFilter("", "", StatusFilter::Changed);
        REQUIRE(model.shownCount() == 1);
        CHECK(model.shownRow(0)->code == "ARG");
        CHECK(model.text(0, WorkspaceStatesModel::Flags).Contains("Changed after submission"));
        frame->selectRow(0);
        CHECK(frame->detailPane()->GetValue().Contains("changed after submission"));

        frame->setFilter("", "", StatusFilter::Unreadable);
        REQUIRE(model.shownCount() == 1);
        CHECK(model.text(0, WorkspaceStatesModel::Name) == "broken.revq");
        CHECK(model.text(0, WorkspaceStatesModel::Flags) == "Unreadable");
        frame->selectRow(0);
        CHECK(frame->detailPane()->GetValue().Contains("ask the State to send the file again"));

        frame->setFilter("", "", StatusFilter::Flagged);
        CHECK(model.shownCount() == 2);
        // The view shows exactly the rows the model holds.
        CHECK(frame->statesView()->GetModel() == &model);
    }

    SECTION("filters reduce the rows; sorting orders them") {
        frame->setFilter("", "african", StatusFilter::All);
        const size_t african = s.states->inGroup(RegionalGroup::African).size();
        CHECK(model.shownCount() == african);
        for (size_t i = 0; i < model.shownCount(); ++i)
            CHECK(model.shownRow(i)->groupId == "african");

        frame->setFilter("", "", StatusFilter::NoResponse);
        CHECK(model.shownCount() == s.states->size() - kCodes.size() - 1);

        frame->setFilter("france", "", StatusFilter::All);
        REQUIRE(model.shownCount() == 1);
        CHECK(model.shownRow(0)->code == "FRA");

        frame->setFilter("", "", StatusFilter::All);
        model.sortBy(WorkspaceStatesModel::Complete, false);
        for (size_t i = 1; i < model.shownCount(); ++i)
            CHECK(model.shownRow(i - 1)->completeness >= model.shownRow(i)->completeness);
        CHECK(model.shownRow(0)->completeness > 0);
        model.sortBy(WorkspaceStatesModel::Code, true);
        for (size_t i = 1; i < model.shownCount(); ++i)
            CHECK(model.shownRow(i - 1)->code <= model.shownRow(i)->code);
    }

    SECTION("a question's answers and counts equal a recount from the responses") {
        const std::string qid = frame->exampleQuestion();
        REQUIRE(!qid.empty());
        REQUIRE(frame->pickQuestion(qid));
        settle();
        const size_t qi = static_cast<size_t>(s.form->questionIndex(qid));
        const Question& q = s.form->questions[qi];
        wxDataViewListCtrl* answers = frame->comparePanel()->answers();
        REQUIRE(answers->GetItemCount() == static_cast<int>(s.responses.size()));

        std::map<wxString, wxString> shown;  // State name -> answer cell
        for (int r = 0; r < answers->GetItemCount(); ++r)
            shown[answers->GetTextValue(r, 0)] = answers->GetTextValue(r, 2);

        std::vector<std::string> groups;
        for (const auto& g : regionalGroupIds())
            if (g != "none")
                groups.push_back(g);
        std::vector<std::vector<int>> expected(q.choices->choices.size(),
                                               std::vector<int>(groups.size() + 1, 0));
        for (const auto& [code, r] : s.responses) {
            const State* st = s.states->find(code);
            const bool relevant = evaluateForm(*s.form, r.answers)[qi].relevant;
            const Answer* a = r.answer(qid);
            wxString want = !relevant            ? wxString("(does not apply)")
                            : (!a || a->empty()) ? wxString("(no answer)")
                                                 : fromUtf8(answerText(q, *a, "en"));
            CHECK(shown[fromUtf8(st->name.get("en"))] == want);
            if (!relevant || !a)
                continue;
            const size_t g = std::find(groups.begin(), groups.end(), st->group) - groups.begin();
            for (const std::string& v : a->values)
                for (size_t o = 0; o < q.choices->choices.size(); ++o)
                    if (q.choices->choices[o].value == v) {
                        ++expected[o][0];
                        if (g < groups.size())
                            ++expected[o][g + 1];
                    }
        }
        wxDataViewListCtrl* counts = frame->comparePanel()->counts();
        REQUIRE(counts->GetItemCount() == static_cast<int>(q.choices->choices.size()) + 2);
        REQUIRE(counts->GetColumnCount() == groups.size() + 2);
        int total = 0;
        for (size_t o = 0; o < expected.size(); ++o)
            for (size_t c = 0; c <= groups.size(); ++c) {
                INFO("option " << o << " column " << c);
                CHECK(leadingNumber(counts->GetTextValue(static_cast<unsigned>(o),
                                                         static_cast<unsigned>(c + 1))) ==
                      expected[o][c]);
                total += c == 0 ? expected[o][c] : 0;
            }
        CHECK(total > 0);  // the sample answers the question: the check compared something
    }

    SECTION("the summary workbook is written; nothing in the folder changes") {
        const fs::path out = scratchFile("workspace-summary.xlsx");
        fs::remove(out);
        wxString error;
        REQUIRE(frame->exportSummary(wxString::FromUTF8(out.string()), &error));
        REQUIRE(fs::exists(out));
        CHECK(fs::file_size(out) > 1000);
        CHECK(readAll(out).substr(0, 2) == "PK");

        CHECK_FALSE(frame->exportSummary(
            wxString::FromUTF8((s.dir / "no-such-folder" / "x.xlsx").string()), &error));
        CHECK_FALSE(error.empty());
        CHECK(frame->rescan());
    }

    CHECK(snapshot(s.dir) == before);
}

TEST_CASE("workspace window: importing copies files and leaves the originals", "[gui][workspace]") {
    SampleWorkspace s("workspace-import");
    const fs::path outside = scratchFile("workspace-incoming");
    fs::remove_all(outside);
    fs::create_directories(outside);
    Response ita = makeSampleResponse(*s.form, *s.states->find("ITA"), SampleOptions());
    REQUIRE(saveResponse((outside / "ITA.revq").string(), ita));
    const std::string original = readAll(outside / "ITA.revq");

    WorkspaceFrame* frame = openQuietly(s.dir);
    Closer closer{frame};
    REQUIRE(rowFor(frame, "ITA"));
    CHECK(rowFor(frame, "ITA")->kind == RowKind::NoResponse);

    ImportReport rep = frame->importFiles({(outside / "ITA.revq").string()});
    CHECK(rep.errors.empty());
    CHECK(rep.imported == std::vector<std::string>{"ITA.revq"});
    CHECK(readAll(outside / "ITA.revq") == original);  // the original stays as it was
    CHECK(readAll(s.dir / "ITA.revq") == original);    // a copy in the workspace
    REQUIRE(rowFor(frame, "ITA"));
    CHECK(rowFor(frame, "ITA")->kind == RowKind::Responded);

    // The same file again is recognised, not copied twice.
    rep = frame->importFiles({(outside / "ITA.revq").string()});
    CHECK(rep.imported.empty());
    CHECK(rep.skipped.size() == 1);
    CHECK(frame->workspace().files().size() == kCodes.size() + 3);

    // A second revision from France: a conflict until the secretariat decides.
    SampleOptions other;
    other.seed = 99;
    Response fra2 = makeSampleResponse(*s.form, *s.states->find("FRA"), other);
    REQUIRE(saveResponse((outside / "FRA-revised.revq").string(), fra2));
    rep = frame->importFiles({(outside / "FRA-revised.revq").string()});
    REQUIRE(rowFor(frame, "FRA"));
    CHECK(rowFor(frame, "FRA")->conflict);
    CHECK(rowFor(frame, "FRA")->flags.Contains("Conflict: 2 revisions"));
    wxString error;
    REQUIRE(frame->chooseCollatedFile("FRA", "FRA.revq", &error));
    CHECK_FALSE(rowFor(frame, "FRA")->conflict);
    CHECK(frame->workspace().chosenFile(*frame->workspace().state("FRA"))->fileName == "FRA.revq");
    CHECK(fs::exists(s.dir / "workspace.xml"));
    REQUIRE(frame->setNote("FRA", "Asked for confirmation", &error));
    CHECK(rowFor(frame, "FRA")->details.Contains("Asked for confirmation"));
    CHECK_FALSE(frame->chooseCollatedFile("FRA", "broken.revq", &error));
}

TEST_CASE("workspace window: Arabic lays out right to left", "[gui][workspace]") {
    SampleWorkspace s("workspace-ar");
    setUiLanguage("ar");
    WorkspaceFrame* frame = openQuietly(s.dir);
    {
        Closer closer{frame};
        CHECK(frame->GetLayoutDirection() == wxLayout_RightToLeft);
        CHECK(frame->statesView()->GetLayoutDirection() == wxLayout_RightToLeft);
        // State names in the UI language where the States list has them.
        frame->setFilter("FRA", "", StatusFilter::All);
        REQUIRE(frame->statesModel()->shownCount() == 1);
        CHECK(frame->statesModel()->text(0, WorkspaceStatesModel::Name) ==
              fromUtf8(s.states->find("FRA")->name.get("ar")));
    }
    setUiLanguage("en");
}

TEST_CASE("workspace window: every regional group's counts show at 1280 pixels wide",
          "[gui][workspace][leftovers]") {
    SampleWorkspace s("workspace-narrow");
    for (const char* lang : {"en", "zh", "ar"}) {
        INFO("interface language " << lang);
        setUiLanguage(lang);
        WorkspaceFrame* frame = openQuietly(s.dir);
        Closer closer{frame};
        frame->SetSize(1280, 800);
        frame->showComparison();
        REQUIRE(frame->pickQuestion(frame->exampleQuestion()));
        settle();
        settle();
        for (wxDataViewListCtrl* table :
             {frame->comparePanel()->answers(), frame->comparePanel()->counts()}) {
            INFO(table->GetName().utf8_str());
            int used = 0;
            for (unsigned c = 0; c < table->GetColumnCount(); ++c)
                used += table->GetColumn(c)->GetWidth();
            CHECK(used <= table->GetClientSize().x);  // no scrolling sideways
        }
        // Each group's whole name heads its column, wrapped onto lines (between characters in
        // Chinese) when the column is narrower than the name.
        wxDataViewListCtrl* counts = frame->comparePanel()->counts();
        std::vector<std::string> groups;
        for (const auto& g : regionalGroupIds())
            if (g != "none")
                groups.push_back(g);
        REQUIRE(counts->GetColumnCount() == groups.size() + 2);
        for (size_t g = 0; g < groups.size(); ++g) {
            wxString title = counts->GetColumn(static_cast<unsigned>(g + 2))->GetTitle();
            wxString name = fromUtf8(regionalGroupLabel(groups[g]).get(lang));
            for (wxString* t : {&title, &name}) {
                t->Replace("\n", "");
                t->Replace(" ", "");
            }
            CHECK(title == name);
        }
    }
    setUiLanguage("en");
}
