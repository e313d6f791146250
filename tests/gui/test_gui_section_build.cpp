// The section page is built a screenful at a time and keeps the last few sections' views:
// every question of a long section still gets built and answered, going to a question not yet
// built builds it, answers survive switching away and back, and a change of language (or of
// what the kept views were built for) builds them again.
#include <wx/checkbox.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/language.h"
#include "gui/question_panel.h"
#include "gui/section_page.h"
#include "gui/undo_commands.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

// The shipped questionnaire, whose longest section is longer than a screen.
const wxString kShipped = wxString::FromUTF8(REVQ_SOURCE_DIR "/forms/tip-protocol-review.xml");

// The shipped form's longest section (article 6, 29 questions): longer than a screen.
long longSection(ResponseDocument& doc) {
    return static_cast<long>(doc.form().sectionIndexById.at("a6"));
}

// Lets idle events build the rest of the shown section; false if they never finish.
bool idleUntilComplete(SectionPage* page) {
    for (int i = 0; i < 500 && !page->sectionComplete(); ++i)
        wxYield();  // one idle event each
    return page->sectionComplete();
}

bool focusIsIn(wxWindow* w) {
    wxWindow* focus = wxWindow::FindFocus();
    return focus && (focus == w || w->IsDescendant(focus));
}

struct RestoreEnglish {
    ~RestoreEnglish() { setUiLanguage("en"); }
};

}  // namespace

TEST_CASE("a long section shows a screenful first and the rest on idle", "[gui][sectionbuild]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(kShipped, "FRA"));
    SectionPage* page = f.frame->sectionPage();
    const Section& sec = f.doc().form().sections[longSection(f.doc())];
    f.frame->showSection(longSection(f.doc()));
    CHECK(page->panels().size() >= 1);
    CHECK(page->panels().size() < sec.questions.size());
    CHECK_FALSE(page->sectionComplete());

    REQUIRE(idleUntilComplete(page));
    REQUIRE(page->panels().size() == sec.questions.size());
    // In the section's order, which is also the order of the tab key.
    std::vector<wxWindow*> order;
    for (size_t i = 0; i < sec.questions.size(); ++i) {
        const Question& q = f.doc().form().questions[sec.questions[i]];
        CHECK(page->panels()[i]->question().id == q.id);
        order.push_back(f.find<QuestionPanel>("question." + q.id));
    }
    wxWindowList siblings = order.front()->GetParent()->GetChildren();
    std::vector<wxWindow*> panelsInTabOrder;
    for (wxWindow* w : siblings)
        if (dynamic_cast<QuestionPanel*>(w))
            panelsInTabOrder.push_back(w);
    CHECK(panelsInTabOrder == order);

    // Every question is answerable, those built on idle as much as the first screenful.
    for (const char* id : {"a6_1", "a6_2_a", "a6_2_b", "a6_3_a", "a6_3_b", "a6_3_c", "a6_3_d",
                           "a6_4", "a6_5", "a6_6"})
        chooseRadio(f.find<wxRadioButton>(std::string(id) + ".partly"));
    for (size_t qi : sec.questions) {
        const Question& q = f.doc().form().questions[qi];
        INFO("question " << q.id);
        CHECK(f.visible("question." + q.id));  // every one applies now
        if (q.type == QuestionType::LongText) {
            typeText(f.find<wxTextCtrl>(q.id), "Text for " + fromUtf8(q.id));
            REQUIRE(f.doc().response().answer(q.id) != nullptr);
            CHECK(f.doc().response().answer(q.id)->text == "Text for " + q.id);
        }
    }
    toggleCheck(f.find<wxCheckBox>("a6_ta.other"), true);
    REQUIRE(f.doc().response().answer("a6_ta") != nullptr);
    CHECK(f.doc().response().answer("a6_ta")->values == std::vector<std::string>{"other"});
}

TEST_CASE("going to a question not yet built builds up to it", "[gui][sectionbuild]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(kShipped, "FRA"));
    SectionPage* page = f.frame->sectionPage();
    f.frame->showSection(longSection(f.doc()));
    REQUIRE_FALSE(f.exists("question.a6_good_practices"));

    REQUIRE(f.frame->goToQuestion("a6_good_practices"));
    QuestionPanel* panel = page->panelFor("a6_good_practices");
    REQUIRE(panel != nullptr);
    CHECK(f.exists("question.a6_good_practices"));
    CHECK(page->GetViewStart().y > 0);  // scrolled down to it
    settle();
    CHECK(panel->IsShownOnScreen());
    CHECK(focusIsIn(panel));
    typeText(f.find<wxTextCtrl>("a6_good_practices"), "A national referral mechanism.");
    REQUIRE(f.doc().response().answer("a6_good_practices") != nullptr);
    CHECK(f.doc().response().answer("a6_good_practices")->text == "A national referral mechanism.");

    // Next unanswered and the validation jump go the same way.
    REQUIRE(idleUntilComplete(page));
    CHECK(page->panels().size() == f.doc().form().sections[longSection(f.doc())].questions.size());
}

TEST_CASE("answers in a kept section survive switching away and back", "[gui][sectionbuild]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(kShipped, "FRA"));
    SectionPage* page = f.frame->sectionPage();
    const long a6 = longSection(f.doc());
    f.frame->showSection(a6);
    chooseRadio(f.find<wxRadioButton>("a6_1.yes"));
    REQUIRE(f.frame->goToQuestion("a6_challenges"));
    typeText(f.find<wxTextCtrl>("a6_challenges"), "Few shelters.");
    auto* typed = f.find<wxTextCtrl>("a6_challenges");
    const int scrolled = page->GetViewStart().y;
    CHECK(scrolled > 0);

    f.frame->showSection(0);
    settle();
    CHECK(page->sectionIndex() == 0);
    CHECK_FALSE(f.visible("a6_challenges"));
    f.frame->showSection(a6);
    settle();
    CHECK(page->keptSections() == 2);
    CHECK(f.find<wxTextCtrl>("a6_challenges") == typed);  // the same view, not rebuilt
    CHECK(typed->GetValue() == "Few shelters.");
    CHECK(f.find<wxRadioButton>("a6_1.yes")->GetValue());
    CHECK(page->GetViewStart().y == scrolled);

    // The whole response replaced while the section is away (as an import does): shown when
    // the section is shown again; so is the undo of it.
    f.frame->showSection(0);
    settle();
    Response changed = f.doc().response();
    changed.answers["a6_challenges"].questionId = "a6_challenges";
    changed.answers["a6_challenges"].text = "Changed elsewhere.";
    changed.answers["a6_4"].questionId = "a6_4";
    changed.answers["a6_4"].values = {"yes"};
    REQUIRE(f.frame->commands()->Submit(
        new ReplaceResponseCommand(f.doc(), "Replace", std::move(changed))));
    settle();
    CHECK(page->sectionIndex() == 0);
    f.frame->showSection(a6);
    settle();
    CHECK(f.find<wxTextCtrl>("a6_challenges") == typed);
    CHECK(typed->GetValue() == "Changed elsewhere.");
    CHECK(f.find<wxRadioButton>("a6_4.yes")->GetValue());
    CHECK(f.visible("question.a6_4_law"));  // relevance followed the change
    f.frame->showSection(0);
    settle();
    REQUIRE(f.frame->commands()->Undo());
    settle();
    f.frame->showSection(a6);
    settle();
    CHECK(typed->GetValue() == "Few shelters.");
    CHECK_FALSE(f.find<wxRadioButton>("a6_4.yes")->GetValue());
    CHECK_FALSE(f.visible("question.a6_4_law"));

    // An undo of one answer shows its (kept) section.
    f.frame->showSection(0);
    settle();
    REQUIRE(f.frame->commands()->Undo());  // the text typed into a6_challenges
    settle();
    CHECK(page->sectionIndex() == a6);
    CHECK(f.find<wxTextCtrl>("a6_challenges") == typed);
    CHECK(typed->GetValue().empty());

    // Only the last few sections are kept.
    for (long s = 0; s < 5; ++s)
        f.frame->showSection(s);
    settle();
    CHECK(page->keptSections() == SectionPage::kKeptSections);
}

TEST_CASE("a language change builds the kept sections again", "[gui][sectionbuild][lang]") {
    RestoreEnglish restore;
    FrameFixture f;
    REQUIRE(f.frame->openForm(kShipped, "FRA"));
    SectionPage* page = f.frame->sectionPage();
    const long a6 = longSection(f.doc());
    f.frame->showSection(0);
    f.frame->showSection(a6);
    settle();
    REQUIRE(page->keptSections() == 2);
    const Question& q = *f.doc().form().question("a6_1");
    CHECK(page->panelFor("a6_1")->editor()->GetLabel().StartsWith(fromUtf8(q.label.get("en"))));

    f.frame->setFormLanguage("fr");
    settle();
    CHECK(page->sectionIndex() == a6);
    CHECK(page->keptSections() == 1);
    CHECK(page->panelFor("a6_1")->editor()->GetLabel().StartsWith(fromUtf8(q.label.get("fr"))));
    REQUIRE(idleUntilComplete(page));

    f.frame->setUiLanguage("ar");
    settle();
    CHECK(page->keptSections() == 1);
    CHECK(f.find<wxWindow>("question.a6_1")->GetLayoutDirection() == wxLayout_RightToLeft);
    REQUIRE(idleUntilComplete(page));
    CHECK(f.find<wxWindow>("question.a6_ta")->GetLayoutDirection() == wxLayout_RightToLeft);
}
