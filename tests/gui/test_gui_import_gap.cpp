// File > Import Answers from another response (issue 11, part 4) and the gap analysis page
// (part 5): linked answers move from a response to another instrument's questionnaire, marked
// imported; an existing answer stays unless "Replace my answer" is ticked; the import is one
// undo step; the source file is only read; another State's response is refused. The gap page's
// totals and order agree with a recount from core/gap_analysis.h and respondents' text is
// escaped.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <wx/msgdlg.h>
#include <wx/prntbase.h>
#include <wx/stattext.h>
#include <wx/testing.h>

#include "core/form_loader.h"
#include "core/gap_analysis.h"
#include "core/response_store.h"
#include "core/sample.h"
#include "core/states.h"
#include "gui/gap_analysis_page.h"
#include "gui/import_answers_dialog.h"
#include "gui/language.h"
#include "gui/undo_commands.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

const std::string kSecond = std::string(REVQ_SOURCE_DIR) + "/tests/data/second-instrument/";
const std::string kTipForm = std::string(REVQ_SOURCE_DIR) + "/forms/tip-protocol-review.xml";

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The import dialog as a person answers it: ticks "Replace my answer" for `tick`, then OK (or
// Cancel); records what the dialog listed.
class ExpectImport : public wxExpectModalBase<ImportAnswersDialog, ExpectImport> {
  public:
    ExpectImport(std::vector<std::string> tick, int result, ImportPlan* shown = nullptr)
        : tick_(std::move(tick)), result_(result), shown_(shown) {}

  protected:
    int OnInvoked(ImportAnswersDialog* dlg) const override {
        for (const std::string& id : tick_) {
            auto* box = dynamic_cast<wxCheckBox*>(
                wxWindow::FindWindowByName(wxString::FromUTF8("replace." + id), dlg));
            CHECK(box != nullptr);
            if (box) {
                CHECK_FALSE(box->GetValue());  // unticked until the person ticks it
                box->SetValue(true);
            }
        }
        if (shown_)
            *shown_ = dlg->chosenPlan();
        return result_;
    }

  private:
    std::vector<std::string> tick_;
    int result_;
    ImportPlan* shown_;
};

// A message box; keeps its text.
class ExpectMessage : public wxExpectModalBase<wxMessageDialog, ExpectMessage> {
  public:
    explicit ExpectMessage(wxString* text) : text_(text) {}

  protected:
    int OnInvoked(wxMessageDialog* dlg) const override {
        *text_ = dlg->GetMessage() + "\n" + dlg->GetExtendedMessage();
        return wxID_OK;
    }

  private:
    wxString* text_;
};

// France's draft to the TIP questionnaire (already answers a11_2 "no"), opened from a copy.
void openTarget(FrameFixture& f, const std::string& name) {
    const std::string target = scratchFile(name);
    std::filesystem::copy_file(kSecond + "tip-FRA.revq", target,
                               std::filesystem::copy_options::overwrite_existing);
    REQUIRE(f.frame->openResponse(wxString::FromUTF8(target)));
}

std::vector<std::string> values(ResponseDocument& doc, const std::string& id) {
    const Answer* a = doc.response().answer(id);
    return a ? a->values : std::vector<std::string>{};
}

}  // namespace

TEST_CASE("import from another instrument's response: linked answers, marked, one undo step",
          "[gui][import]") {
    FrameFixture f;
    openTarget(f, "import-target.revq");
    const Response before = f.doc().response();
    const std::string source = kSecond + "som-FRA.revq";  // its form lies beside it
    const std::string sourceBytes = bytesOf(source);
    REQUIRE_FALSE(sourceBytes.empty());

    ImportPlan shown;
    bool ok = false;
    wxTEST_DIALOG(ok = f.frame->importAnswersFrom(wxString::FromUTF8(source)),
                  ExpectImport({}, wxID_OK, &shown));
    REQUIRE(ok);

    // The dialog listed the six linked answers, a11_2 among them as a conflict left unticked,
    // and the unlinked s6_1 as not imported.
    CHECK(shown.items.size() == 6);
    size_t conflicts = 0;
    for (const ImportItem& item : shown.items)
        if (item.conflict()) {
            ++conflicts;
            CHECK(item.targetId == "a11_2");
            CHECK_FALSE(item.replace);
        }
    CHECK(conflicts == 1);
    REQUIRE(shown.notImported.size() == 1);
    CHECK(shown.notImported[0].Contains("s6_1"));

    ResponseDocument& doc = f.doc();
    CHECK(values(doc, "a11_1") == std::vector<std::string>{"partly"});
    CHECK(values(doc, "a12_a") == std::vector<std::string>{"no"});
    CHECK(values(doc, "a13") == std::vector<std::string>{"yes"});
    CHECK(doc.response().answer("a13_time")->text == "48 hours");
    CHECK(doc.response().answer("a11_1_explain")->text == "Land borders only.");
    const Answer* a = doc.response().answer("a11_1");
    REQUIRE(a);
    CHECK(a->provenance.imported);
    CHECK_FALSE(a->provenance.carriedOver);
    CHECK(a->provenance.origin == "som-FRA.revq#s11_1");
    // The existing answer is kept as it was.
    CHECK(*doc.response().answer("a11_2") == *before.answer("a11_2"));
    CHECK(doc.isModified());
    CHECK(doc.response().history.size() == before.history.size() + 1);
    CHECK(doc.response().history.back().note == "imported 5 answers from som-FRA.revq");

    // One undo step, named; undo restores every answer and the history.
    CHECK(f.frame->commands()->GetCurrentCommand()->GetName() ==
          "Import answers from som-FRA.revq");
    REQUIRE(f.frame->commands()->Undo());
    settle();
    CHECK(doc.response().answers == before.answers);
    CHECK(doc.response().history == before.history);
    CHECK_FALSE(f.frame->commands()->CanUndo());
    REQUIRE(f.frame->commands()->Redo());
    settle();
    CHECK(values(doc, "a11_1") == std::vector<std::string>{"partly"});
    CHECK(doc.response().answer("a11_1")->provenance.imported);

    // Marked on the page as imported until confirmed, as carried-over answers are.
    REQUIRE(f.frame->goToQuestion("a11_1"));
    settle();
    auto* prov = f.find<wxStaticText>("a11_1.provenance");
    CHECK(prov->GetLabel().Contains("som-FRA.revq#s11_1"));
    CHECK(doc.confirmAnswer("a11_1"));
    CHECK_FALSE(doc.response().answer("a11_1")->provenance.imported);
    CHECK(doc.response().answer("a11_1")->provenance.origin == "som-FRA.revq#s11_1");

    // The source file was only read.
    CHECK(bytesOf(source) == sourceBytes);
}

TEST_CASE("import replaces an existing answer only when ticked; cancel changes nothing",
          "[gui][import]") {
    FrameFixture f;
    openTarget(f, "import-replace.revq");
    const Response before = f.doc().response();
    const wxString source = wxString::FromUTF8(kSecond + "som-FRA.revq");
    const wxString sourceForm = wxString::FromUTF8(kSecond + "som-review.xml");

    bool ok = true;
    wxTEST_DIALOG(ok = f.frame->importAnswersFrom(source, sourceForm),
                  ExpectImport({"a11_2"}, wxID_CANCEL));
    CHECK_FALSE(ok);
    CHECK(f.doc().response() == before);
    CHECK_FALSE(f.frame->commands()->CanUndo());

    wxTEST_DIALOG(ok = f.frame->importAnswersFrom(source, sourceForm),
                  ExpectImport({"a11_2"}, wxID_OK));
    REQUIRE(ok);
    CHECK(values(f.doc(), "a11_2") == std::vector<std::string>{"yes"});
    CHECK(f.doc().response().answer("a11_2")->provenance.imported);
    CHECK(f.doc().response().answer("a11_2")->provenance.origin == "som-FRA.revq#s11_2");
    REQUIRE(f.frame->commands()->Undo());
    settle();
    CHECK(values(f.doc(), "a11_2") == std::vector<std::string>{"no"});
    CHECK(f.doc().response().answers == before.answers);
}

TEST_CASE("import refuses another State's response and an unreadable file", "[gui][import]") {
    FrameFixture f;
    openTarget(f, "import-refuse.revq");
    const Response before = f.doc().response();

    wxString message;
    bool ok = true;
    wxTEST_DIALOG(ok = f.frame->importAnswersFrom(wxString::FromUTF8(kSecond + "som-DEU.revq")),
                  ExpectMessage(&message));
    CHECK_FALSE(ok);
    CHECK(message.Contains("som-DEU.revq"));
    CHECK(message.Contains("DEU"));
    CHECK(message.Contains("FRA"));
    CHECK(message.Contains("same State"));

    const std::string broken = scratchFile("broken.revq");
    {
        std::ofstream out(broken, std::ios::binary);
        out << "<?xml version=\"1.0\"?>\n<response xmlns=\"urn:revq:response:1\">\n  <form id=";
    }
    const std::string brokenBytes = bytesOf(broken);
    wxTEST_DIALOG(ok = f.frame->importAnswersFrom(wxString::FromUTF8(broken)),
                  ExpectMessage(&message));
    CHECK_FALSE(ok);
    CHECK(message.Contains("broken.revq"));
    CHECK(std::regex_search(message.ToStdString(), std::regex("broken\\.revq:[0-9]+:[0-9]+")));
    CHECK(bytesOf(broken) == brokenBytes);

    CHECK(f.doc().response() == before);
    CHECK_FALSE(f.frame->commands()->CanUndo());
}

namespace {

struct GapFixture {
    std::shared_ptr<const Form> form = loadFormFile(kTipForm).form;
    State fra;
    Response response;
    GapFixture() {
        REQUIRE(form);
        fra.code = "FRA";
        fra.name.set("en", "France");
        SampleOptions o;
        o.seed = 7;
        response = makeSampleResponse(*form, fra, o);
    }
};

// The text of the cell with this id, or "" when the page has none.
std::string cellText(const std::string& html, const std::string& id) {
    std::smatch m;
    std::regex re("id=\"" + id + "\">([^<]*)<");
    return std::regex_search(html, m, re) ? m[1].str() : std::string();
}

}  // namespace

TEST_CASE("gap page: totals agree with a recount, rows by level then article", "[gui][gap]") {
    GapFixture g;
    const std::string html =
        toUtf8(gapAnalysisHtml(*g.form, g.response, &g.fra, "en", "2026-01-31"));
    StateGapAnalysis gaps = analyseStateGaps(*g.form, g.response);
    REQUIRE(gaps.rows.size() > 10);

    // Recount per level and overall from the rows, not from the analysis' own totals.
    std::map<std::string, std::map<GapAnswer, int>> count;
    for (const StateGapRow& row : gaps.rows) {
        ++count[std::string(toString(row.provision->provision->level))][row.answer];
        ++count["all"][row.answer];
    }
    int answered = 0;
    for (auto& [level, n] : count) {
        INFO("level " << level);
        CHECK(cellText(html, "n-" + level + "-yes") == std::to_string(n[GapAnswer::Yes]));
        CHECK(cellText(html, "n-" + level + "-in-part") == std::to_string(n[GapAnswer::InPart]));
        CHECK(cellText(html, "n-" + level + "-no") == std::to_string(n[GapAnswer::No]));
        CHECK(cellText(html, "n-" + level + "-not-answered") ==
              std::to_string(n[GapAnswer::NotAnswered]));
        if (level == "all")
            answered = n[GapAnswer::Yes] + n[GapAnswer::InPart] + n[GapAnswer::No];
    }
    CHECK(answered > 0);  // the sample answers something, so the counts mean something
    CHECK(cellText(html, "n-all-total") == std::to_string(gaps.rows.size()));

    // Technical-assistance kinds: articles whose ta-needs answer names the kind.
    std::map<std::string, std::set<std::string>> articles;
    for (const StateGapRow& row : gaps.rows)
        for (const std::string& kind : row.taKinds)
            articles[kind].insert(row.provision->provision->ref.article);
    for (const auto& [kind, arts] : articles)
        CHECK(cellText(html, "ta-" + kind) == std::to_string(arts.size()));

    // Rows in order: obligation level (mandatory first), then article.
    std::regex rowRe("<tr id=\"p-([^\"]+)\" class=\"([a-z-]+)\">");
    std::vector<std::pair<int, ProvisionRef>> order;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), rowRe);
         it != std::sregex_iterator(); ++it) {
        auto ref = parseProvisionRef((*it)[1].str());
        REQUIRE(ref);
        order.emplace_back(obligationRank(parseObligationLevel((*it)[2].str())), *ref);
    }
    CHECK(order.size() == gaps.rows.size());
    for (size_t i = 1; i < order.size(); ++i) {
        INFO("row " << i << ": " << order[i].second.key());
        CHECK(order[i - 1].first <= order[i].first);
        if (order[i - 1].first == order[i].first)
            CHECK(order[i - 1].second < order[i].second);
    }
    CHECK(html.find("France (FRA)") != std::string::npos);
    CHECK(html.find("2026-01-31") != std::string::npos);
}

TEST_CASE("gap page: respondents' text is escaped; Arabic is right to left", "[gui][gap]") {
    GapFixture g;
    StateGapAnalysis gaps = analyseStateGaps(*g.form, g.response);
    const GapProvision* withTa = nullptr;
    for (const StateGapRow& row : gaps.rows)
        if (!withTa && !row.provision->taQuestions.empty())
            withTa = row.provision;
    REQUIRE(withTa != nullptr);
    const Question& ta = g.form->questions[withTa->taQuestions.front()];
    Answer a;
    a.questionId = ta.id;
    a.values = {ta.choices->choices.front().value};
    a.text = "<script>alert('x')</script> & <b>bold</b>";
    g.response.answers[ta.id] = a;

    const std::string html = toUtf8(gapAnalysisHtml(*g.form, g.response, &g.fra, "en", "d"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>bold") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold") !=
          std::string::npos);
    CHECK(html.find("dir=\"rtl\"") == std::string::npos);
    const std::string ar = toUtf8(gapAnalysisHtml(*g.form, g.response, &g.fra, "ar", "d"));
    CHECK(ar.find("<body dir=\"rtl\">") != std::string::npos);
}

TEST_CASE("gap analysis preview opens from the main window", "[gui][gap]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(kTipForm), "FRA"));
    f.frame->onGapAnalysis(true);
    settle();
    wxPreviewFrame* preview = nullptr;
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* p = dynamic_cast<wxPreviewFrame*>(w))
            preview = p;
    REQUIRE(preview != nullptr);
    CHECK(preview->GetTitle().Contains("Gap analysis"));
    preview->Destroy();
    settle();
}
