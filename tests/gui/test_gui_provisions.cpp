// The Protocol inside the app: the provision pane follows the question with the focus, the
// navigation tree filters by obligation level and theme (expectations computed from core
// listProvisions, not written down), badges count only the filtered questions, and Find takes
// article references.
#include <set>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/treectrl.h>

#include "core/provisions.h"
#include "gui/find_dialog.h"
#include "gui/language.h"
#include "gui/navigation_tree.h"
#include "gui/obligation_words.h"
#include "gui/provision_pane.h"
#include "gui/question_panel.h"
#include "gui/section_page.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

wxString shippedForm() {
    return wxString::FromUTF8(REVQ_SOURCE_DIR "/forms/tip-protocol-review.xml");
}

// Sections holding a question that reviews a provision passing `filter`, by core's rules.
std::set<long> expectedSections(const Form& form, const ProvisionFilter& filter) {
    std::set<long> out;
    for (const ProvisionEntry& e : filterProvisions(listProvisions(form), filter).entries)
        for (const std::string& id : e.questions)
            out.insert(static_cast<long>(form.question(id)->section));
    return out;
}

std::set<long> shownSections(NavigationTree* nav, const Form& form) {
    std::set<long> out;
    for (long s = 0; s < static_cast<long>(form.sections.size()); ++s)
        if (nav->showsSection(s))
            out.insert(s);
    return out;
}

// Leaves of the tree (sections), counted on the widget itself.
int treeLeaves(wxTreeCtrl* tree, wxTreeItemId item) {
    int n = 0;
    wxTreeItemIdValue cookie;
    for (wxTreeItemId c = tree->GetFirstChild(item, cookie); c.IsOk();
         c = tree->GetNextChild(item, cookie))
        n += tree->ItemHasChildren(c) ? treeLeaves(tree, c) : 1;
    return n;
}

// Picks the choice entry `text` as a person would, sending the event.
void pick(wxChoice* choice, const wxString& text) {
    int i = choice->FindString(text);
    INFO("choice entry " << text.utf8_string());
    REQUIRE(i != wxNOT_FOUND);
    choice->SetSelection(i);
    wxCommandEvent e(wxEVT_CHOICE, choice->GetId());
    e.SetInt(i);
    send(choice, e);
    settle();
}

wxTreeItemId findItem(wxTreeCtrl* tree, wxTreeItemId item, const wxString& prefix) {
    wxTreeItemIdValue cookie;
    for (wxTreeItemId c = tree->GetFirstChild(item, cookie); c.IsOk();
         c = tree->GetNextChild(item, cookie)) {
        if (tree->GetItemText(c).StartsWith(prefix))
            return c;
        if (wxTreeItemId d = findItem(tree, c, prefix); d.IsOk())
            return d;
    }
    return {};
}

}  // namespace

TEST_CASE("the provision pane follows the question with the focus", "[gui][provisions]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(shippedForm(), "FRA"));
    const Form& form = f.doc().form();
    ProvisionPane* pane = f.frame->provisionPane();
    REQUIRE(f.frame->provisionPaneShown());

    // A section without a focused question: the section's article.
    f.frame->showSection(static_cast<long>(form.sectionIndexById.at("a6")));
    settle();
    CHECK(pane->questionId().empty());
    CHECK(pane->shownText().Contains("Art. 6 " + wxString::FromUTF8("\xE2\x80\x94")));

    // Focus a question reviewing 6(3)(d), a "shall consider" provision inherited by the
    // subparagraph, with the article's cross-references (readings).
    REQUIRE(f.frame->goToQuestion("a6_1"));
    settle();
    QuestionPanel* panel = f.frame->sectionPage()->panelFor("a6_3_d");
    REQUIRE(panel != nullptr);
    REQUIRE(panel->editor() != nullptr);
    panel->editor()->focusTarget()->SetFocus();
    settle();
    if (pane->questionId() != "a6_3_d") {
        // Without a window manager the X server may not give the window the focus; send the
        // event GTK would have sent.
        wxChildFocusEvent e(panel->editor()->focusTarget());
        f.frame->sectionPage()->GetEventHandler()->ProcessEvent(e);
        settle();
    }
    CHECK(pane->questionId() == "a6_3_d");
    const Provision* p = form.instrument->find("6(3)(d)");
    REQUIRE(p != nullptr);
    CHECK(p->level == ObligationLevel::Consider);
    wxString text = pane->shownText();
    CHECK(text.Contains("Art. 6(3)(d)"));
    CHECK(text.Contains(obligationName(ObligationLevel::Consider)));
    CHECK(text.Contains("Summary written for revq (not the treaty text)"));
    CHECK(text.Contains(fromUtf8(p->summary.get("en"))));
    CHECK(text.Contains("United Nations, Treaty Series, vol. 2237, p. 319"));
    CHECK(text.Contains("<https://treaties.un.org/"));
    CHECK(text.Contains("None supplied."));  // no authentic text is shipped
    // Article 6's cross-references reach its subparagraphs, each marked.
    const Provision* art6 = form.instrument->find("6");
    REQUIRE(art6->xrefs.size() == 2);
    for (const CrossReference& x : art6->xrefs)
        CHECK(text.Contains(fromUtf8(x.note.get("en")) + " (" +
                            (x.confirmed ? "confirmed" : "a reading made for revq, not confirmed") +
                            ")"));

    // Another question, another provision: a confirmed cross-reference of article 10.
    REQUIRE(f.frame->goToQuestion("a10_2"));
    settle();
    CHECK(pane->questionId() == "a10_2");
    text = pane->shownText();
    CHECK(text.Contains("Art. 10(2)"));
    CHECK(text.Contains(obligationName(form.instrument->find("10(2)")->level)));
    CHECK(text.Contains("(confirmed)"));
    CHECK_FALSE(text.Contains("Art. 6(3)(d)"));

    // In Chinese the summary is the Chinese one.
    f.frame->setFormLanguage("zh");
    REQUIRE(f.frame->goToQuestion("a6_3_d"));
    settle();
    CHECK(pane->shownText().Contains(fromUtf8(p->summary.get("zh"))));

    // The pane can be hidden and shown from the View menu.
    f.frame->showProvisionPane(false);
    settle();
    CHECK_FALSE(pane->IsShownOnScreen());
    f.frame->showProvisionPane(true);
    settle();
    CHECK(pane->IsShownOnScreen());
}

TEST_CASE("the level filter keeps the sections reviewing such provisions", "[gui][provisions]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(shippedForm(), "FRA"));
    const Form& form = f.doc().form();
    NavigationTree* nav = f.frame->navigation();
    wxTreeCtrl* tree = nav->tree();
    const int allLeaves = treeLeaves(tree, tree->GetRootItem());
    CHECK(allLeaves == static_cast<int>(form.sections.size()));

    pick(f.find<wxChoice>("filter-level"), obligationFilterName(ObligationLevel::Consider));
    std::set<long> want = expectedSections(form, ProvisionFilter{"consider", ""});
    REQUIRE_FALSE(want.empty());
    REQUIRE(want.size() < form.sections.size());
    CHECK(shownSections(nav, form) == want);
    CHECK(treeLeaves(tree, tree->GetRootItem()) == static_cast<int>(want.size()));
    CHECK(f.visible("filter-clear"));
    // The page moved to a section the filter keeps.
    CHECK(want.count(f.frame->sectionPage()->sectionIndex()) == 1);

    // Badges count only the questions the filter keeps: section a6 holds 6(3) questions
    // ("shall consider") among many others.
    const long a6 = static_cast<long>(form.sectionIndexById.at("a6"));
    REQUIRE(want.count(a6) == 1);
    auto recount = [&] {
        int answered = 0, relevant = 0;
        for (size_t qi : form.sections[a6].questions) {
            if (!nav->questionFilter()(qi) || form.questions[qi].type == QuestionType::Note)
                continue;
            const QuestionState& s = f.doc().state(qi);
            relevant += s.relevant ? 1 : 0;
            answered += s.relevant && s.answered ? 1 : 0;
        }
        return wxString::Format(" %d/%d", answered, relevant);
    };
    wxTreeItemId a6item = findItem(tree, tree->GetRootItem(), "Art. 6 ");
    REQUIRE(a6item.IsOk());
    CHECK(tree->GetItemText(a6item).EndsWith(recount()));
    CHECK(recount() == " 0/4");  // 6(3)(a)..(d); explain/law/how not yet relevant
    Answer yes;
    yes.values = {"yes"};
    REQUIRE(f.frame->commitAnswer("a6_3_a", yes));  // kept: counts
    settle();
    CHECK(tree->GetItemText(a6item).EndsWith(recount()));
    CHECK(recount().StartsWith(" 1/"));
    wxString before = tree->GetItemText(a6item);
    REQUIRE(f.frame->commitAnswer("a6_4", yes));  // 6(4) is mandatory: filtered out
    settle();
    CHECK(tree->GetItemText(a6item) == before);

    // Clearing restores everything.
    wxButton* clear = f.find<wxButton>("filter-clear");
    wxCommandEvent click(wxEVT_BUTTON, clear->GetId());
    send(clear, click);
    settle();
    CHECK(treeLeaves(tree, tree->GetRootItem()) == allLeaves);
    CHECK(nav->filter().level.empty());
    CHECK(f.find<wxChoice>("filter-level")->GetSelection() == 0);
}

TEST_CASE("the theme filter keeps the sections of that theme", "[gui][provisions]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(shippedForm(), "FRA"));
    const Form& form = f.doc().form();
    const Theme* theme = form.instrument->theme("victim-protection");
    REQUIRE(theme != nullptr);
    pick(f.find<wxChoice>("filter-theme"), fromUtf8(theme->label.get("en")));
    std::set<long> want = expectedSections(form, ProvisionFilter{"", "victim-protection"});
    REQUIRE_FALSE(want.empty());
    CHECK(want.count(static_cast<long>(form.sectionIndexById.at("a6"))) == 1);
    CHECK(want.count(static_cast<long>(form.sectionIndexById.at("a5"))) == 0);
    CHECK(shownSections(f.frame->navigation(), form) == want);

    // Level and theme together narrow further.
    pick(f.find<wxChoice>("filter-level"), obligationFilterName(ObligationLevel::Endeavour));
    std::set<long> both = expectedSections(form, ProvisionFilter{"endeavour", "victim-protection"});
    CHECK(shownSections(f.frame->navigation(), form) == both);
    CHECK(both.size() <= want.size());
}

TEST_CASE("find takes article references and jumps", "[gui][provisions][find]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(shippedForm(), "FRA"));
    const Form& form = f.doc().form();
    auto under = [&](const char* key) {
        ProvisionRef want = *parseProvisionRef(key);
        std::vector<std::string> ids;
        for (const Question& q : form.questions) {
            bool in = false;
            for (const ProvisionRef& r : form.effectiveRefs(q))
                in = in || want.contains(r);
            if (in)
                ids.push_back(q.id);
        }
        return ids;
    };
    auto art6 = findQuestions(f.doc(), "en", "art. 6");
    CHECK(art6 == under("6"));
    CHECK(std::find(art6.begin(), art6.end(), "a6_3_d") != art6.end());
    auto p63 = findQuestions(f.doc(), "en", "6(3)");
    CHECK(p63 == under("6(3)"));
    CHECK(p63.front() == "a6_3_note");
    auto p63d = findQuestions(f.doc(), "en", "Art. 6(3)(d)");
    CHECK(p63d == under("6(3)(d)"));
    CHECK(p63d.front() == "a6_3_d");
    CHECK(p63d.size() < p63.size());
    auto art11 = under("11");
    REQUIRE_FALSE(art11.empty());
    for (const char* q : {"art. 11", "Article 11", "art 11", "ARTICLE 11", "arts. 11"})
        CHECK(findQuestions(f.doc(), "en", q) == art11);
    CHECK(findQuestions(f.doc(), "zh", wxString::FromUTF8("第11条")) == art11);
    CHECK(findQuestions(f.doc(), "ar", wxString::FromUTF8("المادة 11")) == art11);
    // Not a reference: words, as before.
    CHECK_FALSE(findQuestions(f.doc(), "en", "victims").empty());
    CHECK(findQuestions(f.doc(), "en", "art. 99").empty());

    REQUIRE(f.frame->goToQuestion(p63[1]));
    settle();
    CHECK(f.frame->sectionPage()->sectionIndex() ==
          static_cast<long>(form.question(p63[1])->section));
    CHECK(f.frame->provisionPane()->questionId() == p63[1]);
}
