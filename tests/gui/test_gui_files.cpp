// Files and the window around them: print preview, dropping a file on the window, a previewed
// form reloading when its file changes, the start-up recovery offer, closing with unsaved
// changes (a response never saved still asks after every edit is undone), New Response with
// carry-over, confirming carried-over answers (undo), and the user guide window.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <wx/collpane.h>
#include <wx/dnd.h>
#include <wx/html/htmlwin.h>
#include <wx/html/htmprint.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/print.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "gui/autosave.h"
#include "gui/help_window.h"
#include "gui/main_frame_ids.h"
#include "gui/markdown_html.h"
#include "gui/print_response.h"
#include "gui/question_panel.h"
#include "gui/recovery_offer.h"
#include "gui/section_page.h"
#include "gui/undo_commands.h"
#include "gui/validation_panel.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;
namespace fs = std::filesystem;

namespace {

// Answers every modal dialog with `answer` instead of showing it, and remembers what it asked.
class DialogAnswerer : public wxModalDialogHook {
  public:
    explicit DialogAnswerer(int answer) : answer_(answer) { Register(); }
    ~DialogAnswerer() override { Unregister(); }
    int Enter(wxDialog* dialog) override {
        ++asked;
        if (auto* m = dynamic_cast<wxMessageDialog*>(dialog))
            messages.push_back(m->GetMessage() + " " + m->GetExtendedMessage());
        return answer_;
    }
    void Exit(wxDialog*) override {}
    int asked = 0;
    std::vector<wxString> messages;

  private:
    int answer_;
};

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Waits (running the event loop, so timers fire) until `done` or about five seconds.
template <class Done>
bool waitFor(Done done) {
    for (int i = 0; i < 50 && !done(); ++i) {
        wxMilliSleep(100);
        settle();
    }
    return done();
}

// A saved response to the all-types form for `state`, with two answers.
std::string savedResponse(const std::string& name, const std::string& state) {
    std::string path = scratchFile(name);
    fs::remove(path);
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), state));
    chooseRadio(f.find<wxRadioButton>("crim.no"));
    typeText(f.find<wxTextCtrl>("crim_why"), "Drafting a new law.");
    REQUIRE(f.frame->saveTo(wxString::FromUTF8(path), true));
    return path;
}

void clearRecoveries() {
    for (const RecoveryEntry& e : listRecoveries())
        removeRecovery(e.recoveryPath);
}

// A recovery copy as a crash leaves it: answers typed, copy written, window gone.
void leaveRecoveryCopy() {
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN"));
    typeText(f.find<wxTextCtrl>("attempt_year"), "1999");
    REQUIRE(f.frame->writeRecoveryCopy());
    f.drop();
}

}  // namespace

TEST_CASE("print preview holds every answered question grouped by article", "[gui][files]") {
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    chooseRadio(f.find<wxRadioButton>("crim.no"));
    typeText(f.find<wxTextCtrl>("crim_why"), "Drafting <a> new law & more.");
    typeText(f.find<wxTextCtrl>("attempt_year"), "2004");
    wxString html = responseAsHtml(f.doc(), "en");
    CHECK(html.Contains("Article 5"));
    for (const char* label : {"Has your State established the conduct as a criminal offence?",
                              "Please explain what is missing.", "Year attempt became an offence"})
        CHECK(html.Contains(wxString::FromUTF8(label)));
    CHECK(html.Contains("2004"));
    // Respondents' text is data: escaped, never markup.
    CHECK(html.Contains("Drafting &lt;a&gt; new law &amp; more."));
    // Every answered question is in it, and each once under its article.
    for (const auto& [id, a] : f.doc().response().answers) {
        const Question* q = f.doc().form().question(id);
        REQUIRE(q != nullptr);
        INFO(id);
        CHECK(html.Contains(htmlEscape(wxString::FromUTF8(q->label.get("en")))));
    }
    // The preview itself lays the page out into at least one page.
    auto* printout = new wxHtmlPrintout(_("Printing the response"));
    printout->SetHtmlText(html);
    auto* printout2 = new wxHtmlPrintout(_("Printing the response"));
    printout2->SetHtmlText(html);
    wxPrintPreview preview(printout, printout2);
    REQUIRE(preview.IsOk());
    CHECK(preview.GetMaxPage() >= 1);
}

TEST_CASE("dropping a .revq file on the window opens it", "[gui][files]") {
    std::string path = savedResponse("dropped.revq", "KEN");
    FrameFixture f;
    auto* target = dynamic_cast<wxFileDropTarget*>(f.frame->GetDropTarget());
    REQUIRE(target != nullptr);
    wxArrayString files;
    files.Add(wxString::FromUTF8(path));
    CHECK(target->OnDropFiles(20, 20, files));
    settle();  // the file opens after the drop returns (CallAfter)
    REQUIRE(f.frame->document() != nullptr);
    CHECK(f.doc().path() == path);
    CHECK(f.doc().response().stateCode == "KEN");
    CHECK(f.doc().response().answer("crim_why")->text == "Drafting a new law.");
    CHECK(f.find<wxTextCtrl>("crim_why")->GetValue() == "Drafting a new law.");
}

TEST_CASE("a previewed form reloads when its file changes on disk", "[gui][files]") {
    std::string path = scratchFile("preview-form.xml");
    std::string original = readText(dataFile("all-types.xml"));
    REQUIRE_FALSE(original.empty());
    writeText(path, original);
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(path)));
    REQUIRE(f.doc().isPreview());
    typeText(f.find<wxTextCtrl>("attempt_year"), "1998");
    CHECK_FALSE(f.exists("added_q"));

    // The author adds a question; the watch (a one-second timer) reloads the preview.
    std::string marker = "<question id=\"attempt_year\"";
    size_t at = original.find(marker);
    REQUIRE(at != std::string::npos);
    std::string changed = original;
    changed.insert(at,
                   "<question id=\"added_q\" type=\"text\" refs=\"5(1)\"><label xml:lang=\"en\">"
                   "A question added while previewing</label></question>\n      ");
    writeText(path, changed);
    fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(2));
    REQUIRE(waitFor([&] { return f.doc().form().question("added_q") != nullptr; }));
    settle();
    CHECK(f.exists("added_q"));
    CHECK(f.doc().isPreview());
    CHECK(f.doc().response().answer("attempt_year")->text == "1998");  // typed answers stay
    CHECK_FALSE(std::any_of(f.frame->lintList()->rows().begin(), f.frame->lintList()->rows().end(),
                            [](const ProblemRow& r) { return r.error; }));

    // A mistake in the file: the lint list says where, the last good version stays shown.
    writeText(path, changed.substr(0, changed.size() / 2));
    fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(4));
    REQUIRE(waitFor([&] {
        const auto& rows = f.frame->lintList()->rows();
        return std::any_of(rows.begin(), rows.end(), [](const ProblemRow& r) { return r.error; });
    }));
    const auto& rows = f.frame->lintList()->rows();
    auto err = std::find_if(rows.begin(), rows.end(), [](const ProblemRow& r) { return r.error; });
    CHECK((err->where + " " + err->message).Contains("preview-form.xml"));
    CHECK(f.doc().form().question("added_q") != nullptr);
    CHECK(f.exists("added_q"));
}

TEST_CASE("the start-up recovery offer: later, discard, restore", "[gui][files][recovery]") {
    clearRecoveries();
    leaveRecoveryCopy();
    REQUIRE(listRecoveries().size() == 1);
    FrameFixture f;
    std::vector<RecoveryEntry> offered;
    auto answer = [&](RecoveryChoice c) {
        return [&offered, c, &f](wxWindow* parent, const RecoveryEntry& e) {
            CHECK(parent == f.frame);
            offered.push_back(e);
            return c;
        };
    };

    SECTION("decide later keeps the copy for the next start") {
        CHECK_FALSE(offerRecoveries(*f.frame, answer(RecoveryChoice::Later)));
        CHECK(offered.size() == 1);
        CHECK(f.frame->document() == nullptr);
        REQUIRE(listRecoveries().size() == 1);
        CHECK(fs::exists(listRecoveries()[0].recoveryPath));
    }
    SECTION("discard deletes it") {
        CHECK_FALSE(offerRecoveries(*f.frame, answer(RecoveryChoice::Discard)));
        CHECK(offered.size() == 1);
        CHECK(f.frame->document() == nullptr);
        CHECK(listRecoveries().empty());
        CHECK_FALSE(fs::exists(offered[0].recoveryPath));
    }
    SECTION("restore opens the answers, unsaved") {
        CHECK(offerRecoveries(*f.frame, answer(RecoveryChoice::Restore)));
        REQUIRE(offered.size() == 1);
        CHECK(offered[0].formPath == dataFile("all-types.xml"));
        REQUIRE(f.frame->document() != nullptr);
        CHECK(f.doc().response().answer("attempt_year")->text == "1999");
        CHECK(f.doc().isModified());
        CHECK(f.find<wxTextCtrl>("attempt_year")->GetValue() == "1999");
    }
    clearRecoveries();
}

TEST_CASE("closing with unsaved changes asks first", "[gui][files]") {
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN"));
    typeText(f.find<wxTextCtrl>("attempt_year"), "2001");
    REQUIRE(f.doc().isModified());
    {
        DialogAnswerer cancel(wxID_CANCEL);
        CHECK_FALSE(f.frame->Close());
        settle();
        CHECK(cancel.asked == 1);
        REQUIRE(cancel.messages.size() == 1);
        CHECK(cancel.messages[0].Contains("Save your changes"));
        CHECK_FALSE(f.frame->IsBeingDeleted());
        CHECK(f.doc().response().answer("attempt_year")->text == "2001");
    }
    {
        DialogAnswerer dontSave(wxID_NO);
        CHECK(f.frame->Close());
        CHECK(dontSave.asked == 1);
        f.frame = nullptr;  // closed and destroyed by the close handler
        settle();
    }
}

TEST_CASE("closing without unsaved changes does not ask", "[gui][files]") {
    std::string path = savedResponse("unchanged.revq", "KEN");
    FrameFixture f;
    REQUIRE(f.frame->openResponse(wxString::FromUTF8(path)));
    DialogAnswerer answerer(wxID_CANCEL);
    CHECK(f.frame->Close());
    CHECK(answerer.asked == 0);
    f.frame = nullptr;
    settle();
}

TEST_CASE("New Response carries over through the core and confirming is one undo step",
          "[gui][files][carry-over]") {
    std::string earlier = savedResponse("earlier-KEN.revq", "KEN");
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN",
                                 wxString::FromUTF8(earlier)));
    const Response& r = f.doc().response();
    REQUIRE(r.answer("crim") != nullptr);
    CHECK(r.answer("crim")->provenance.carriedOver);
    CHECK(r.answer("crim")->provenance.origin == "earlier-KEN.revq#crim");
    // The core's carryOver wrote the history note; the GUI did not map answers itself.
    REQUIRE_FALSE(r.history.empty());
    CHECK(r.history.back().note.find("earlier-KEN.revq") != std::string::npos);
    CHECK(f.doc().path().empty());
    CHECK(f.doc().isModified());
    CHECK(f.find<wxStaticText>("crim.provenance")->IsShown());

    AnswerCommandProcessor& commands = *f.frame->commands();
    REQUIRE_FALSE(commands.CanUndo());
    // One answer confirmed: one named step, undone and redone.
    f.frame->sectionPage()->onConfirm("crim");
    settle();
    CHECK_FALSE(r.answer("crim")->provenance.carriedOver);
    CHECK(r.answer("crim")->provenance.origin == "earlier-KEN.revq#crim");  // kept
    REQUIRE(commands.CanUndo());
    CHECK(commands.GetUndoMenuLabel().Contains("crim"));
    commands.Undo();
    settle();
    CHECK(r.answer("crim")->provenance.carriedOver);
    commands.Redo();
    settle();
    CHECK_FALSE(r.answer("crim")->provenance.carriedOver);
    commands.Undo();
    settle();

    // The whole section at once: one step for all of them.
    wxCommandEvent confirmAll(wxEVT_MENU, ID_CONFIRM_SECTION);
    f.frame->GetEventHandler()->ProcessEvent(confirmAll);
    settle();
    CHECK_FALSE(r.answer("crim")->provenance.carriedOver);
    CHECK_FALSE(r.answer("crim_why")->provenance.carriedOver);
    commands.Undo();
    settle();
    CHECK(r.answer("crim")->provenance.carriedOver);
    CHECK(r.answer("crim_why")->provenance.carriedOver);
    // Nothing left to confirm adds no empty step.
    size_t steps = commands.GetCommands().GetCount();
    f.frame->sectionPage()->onConfirm("attempt_year");
    CHECK(commands.GetCommands().GetCount() == steps);
}

TEST_CASE("a confirmation after saving is an unsaved change that undo takes back",
          "[gui][files][carry-over]") {
    std::string earlier = savedResponse("earlier2-KEN.revq", "KEN");
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN",
                                 wxString::FromUTF8(earlier)));
    std::string path = scratchFile("carried.revq");
    fs::remove(path);
    REQUIRE(f.frame->saveTo(wxString::FromUTF8(path), true));
    REQUIRE_FALSE(f.doc().isModified());
    f.frame->sectionPage()->onConfirm("crim");
    settle();
    CHECK(f.doc().isModified());
    f.frame->commands()->Undo();
    settle();
    // Back to what is on disk: the carried-over mark and the saved state agree.
    CHECK(f.doc().response().answer("crim")->provenance.carriedOver);
    CHECK_FALSE(f.doc().isModified());
}

TEST_CASE("carry-over from another State is refused and changes nothing",
          "[gui][files][carry-over]") {
    std::string earlier = savedResponse("earlier-FRA.revq", "FRA");
    FrameFixture f;
    DialogAnswerer ok(wxID_OK);
    CHECK_FALSE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN",
                                     wxString::FromUTF8(earlier)));
    CHECK(ok.asked == 1);
    REQUIRE(ok.messages.size() == 1);
    CHECK(ok.messages[0].Contains("FRA"));
    CHECK(f.frame->document() == nullptr);
}

TEST_CASE("help is made when first opened", "[gui][files]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    QuestionPanel* p = f.frame->sectionPage()->panelFor("crim");
    REQUIRE(p != nullptr);
    REQUIRE(p->helpPane() != nullptr);
    CHECK(p->helpPane()->IsCollapsed());
    CHECK(p->helpPane()->GetPane()->GetChildren().empty());
    REQUIRE(p->openHelp());
    settle();
    CHECK_FALSE(p->helpPane()->IsCollapsed());
    REQUIRE(p->helpPane()->GetPane()->GetChildren().size() == 1);
    auto* text = dynamic_cast<wxStaticText*>(p->helpPane()->GetPane()->GetChildren().front());
    REQUIRE(text != nullptr);
    CHECK(text->GetLabel().Contains("intentional conduct"));
}

TEST_CASE("Markdown becomes HTML for the help window", "[gui][files][help]") {
    std::string html = markdownToHtml(
        "# Title\n\nSome *emphasis*, **strong**, `a < b` and [a link](https://x.org).\n"
        "snake_case_name stays.\n\n"
        "- one\n- two\n  - nested\n- three\n\n"
        "1. first\n2. second\n\n"
        "| a | b |\n|---|--:|\n| `x|y` | 2 |\n\n"
        "    code <here>\n\n"
        "![pic](shots/p.png)\n",
        "/docs");
    CHECK(html.find("<h1>Title</h1>") != std::string::npos);
    CHECK(html.find("<a name=\"title\"></a>") != std::string::npos);
    CHECK(html.find("<i>emphasis</i>") != std::string::npos);
    CHECK(html.find("<b>strong</b>") != std::string::npos);
    CHECK(html.find("<code>a &lt; b</code>") != std::string::npos);
    CHECK(html.find("<a href=\"https://x.org\">a link</a>") != std::string::npos);
    CHECK(html.find("snake_case_name stays.") != std::string::npos);
    CHECK(html.find("<ul>\n<li>one</li>\n<li>two<ul>\n<li>nested</li>\n</ul>\n</li>\n<li>three") !=
          std::string::npos);
    CHECK(html.find("<ol>\n<li>first</li>\n<li>second</li>\n</ol>") != std::string::npos);
    CHECK(html.find("<th>a</th><th align=\"right\">b</th>") != std::string::npos);
    CHECK(html.find("<td><code>x|y</code></td><td align=\"right\">2</td>") != std::string::npos);
    CHECK(html.find("<pre>code &lt;here&gt;\n</pre>") != std::string::npos);
    CHECK(html.find("<img src=\"/docs/shots/p.png\" alt=\"pic\">") != std::string::npos);
}

TEST_CASE("Help > User Guide shows the guide in a window", "[gui][files][help]") {
    std::string guide = findUserGuide();
    REQUIRE_FALSE(guide.empty());
    FrameFixture f;
    // What F1 does: the menu command opens the window.
    wxCommandEvent help(wxEVT_MENU, ID_USER_GUIDE);
    f.frame->GetEventHandler()->ProcessEvent(help);
    settle();
    HelpWindow* w = nullptr;
    for (wxWindow* child : f.frame->GetChildren())
        if (auto* h = dynamic_cast<HelpWindow*>(child))
            w = h;
    REQUIRE(w != nullptr);
    CHECK(w->IsShown());
    CHECK(w->documentPath() == guide);
    CHECK(w->shownHtml().find("<h1>revq user guide") != std::string::npos);
    CHECK(w->shownHtml().find("<table") != std::string::npos);
    CHECK(w->html()->ToText().Contains("Next unanswered"));
    // Asking again raises the same window.
    CHECK(showUserGuide(f.frame) == w);
}

TEST_CASE("a response never saved still needs saving when every edit is undone",
          "[gui][leftovers][undo]") {
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN"));
    REQUIRE(f.doc().path().empty());
    AnswerCommandProcessor& commands = *f.frame->commands();
    chooseRadio(f.find<wxRadioButton>("crim.no"));
    typeText(f.find<wxTextCtrl>("attempt_year"), "2001");
    CHECK(f.doc().isModified());
    while (commands.CanUndo())
        REQUIRE(commands.Undo());
    settle();
    REQUIRE(f.doc().response().answers.empty());
    // Nothing was ever written: not "saved", and closing offers to save.
    CHECK(f.doc().isModified());
    CHECK(f.frame->GetTitle().StartsWith("*"));
    CHECK(f.frame->GetStatusBar()->GetStatusText(3) == "Unsaved changes");
    {
        DialogAnswerer cancel(wxID_CANCEL);
        const bool closed = f.frame->Close();
        CHECK(cancel.asked == 1);
        if (closed) {
            f.frame = nullptr;  // gone without asking
            settle();
            FAIL("the window closed without offering to save");
        }
        settle();
    }

    // Once saved, undo and redo find the saved step again.
    std::string path = scratchFile("never-saved-then-saved.revq");
    fs::remove(path);
    REQUIRE(commands.Redo());
    REQUIRE(f.frame->saveTo(wxString::FromUTF8(path), true));
    CHECK_FALSE(f.doc().isModified());
    CHECK(f.frame->GetStatusBar()->GetStatusText(3) == "Saved");
    REQUIRE(commands.Undo());
    settle();
    CHECK(f.doc().isModified());
    REQUIRE(commands.Redo());
    settle();
    CHECK_FALSE(f.doc().isModified());
}
