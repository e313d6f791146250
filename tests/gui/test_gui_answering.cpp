// Answering every question type through its control, relevance and constraints as you answer,
// save → reopen → same answers, and undo/redo with named steps.
#include <wx/listbox.h>
#include <wx/stattext.h>

#include "core/response_store.h"
#include "gui/question_controls.h"
#include "gui/section_page.h"
#include "gui/undo_commands.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

// Answers every question of the all-types form through the controls.
void answerEverything(FrameFixture& f) {
    chooseRadio(f.find<wxRadioButton>("crim.partly"));
    typeText(f.find<wxTextCtrl>("crim_why"), "Attempt is not yet an offence.");
    auto* leg = dynamic_cast<CitationListEditor*>(f.find<AnswerEditor>("editor.crim_law"));
    REQUIRE(leg != nullptr);
    Citation c;
    c.title = "Penal Code";
    c.provision = "art. 225-4-1";
    c.url = "https://example.org/penal-code";
    leg->addCitation(c);
    settle();
    toggleCheck(f.find<wxCheckBox>("forms_covered.sexual"), true);
    toggleCheck(f.find<wxCheckBox>("forms_covered.other"), true);
    typeText(f.find<wxTextCtrl>("forms_other"), "Organ removal");
    typeText(f.find<wxTextCtrl>("attempt_year"), "2004");
    typeText(f.find<wxTextCtrl>("budget"), "12,50");
    pickDate(f.find<wxDatePickerCtrl>("in_force"), wxDateTime(25, wxDateTime::Dec, 2003));
    wxGrid* g = f.find<wxGrid>("cases");
    setCell(g, 0, 0, "12");
    setCell(g, 1, 1, "7");
    typeText(f.find<wxTextCtrl>("victims_total"), "40");
    typeText(f.find<wxTextCtrl>("victims_children"), "9");
    toggleCheck(f.find<wxCheckBox>("art5_ta.capacity-building"), true);
    typeText(f.find<wxTextCtrl>("art5_ta.text"), "Training of judges");
}

}  // namespace

TEST_CASE("every question type is answered through its control", "[gui][answer]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    answerEverything(f);
    const Response& r = f.doc().response();

    CHECK(r.answer("crim")->values == std::vector<std::string>{"partly"});
    CHECK(r.answer("crim_why")->text == "Attempt is not yet an offence.");
    REQUIRE(r.answer("crim_law")->citations.size() == 1);
    CHECK(r.answer("crim_law")->citations[0].provision == "art. 225-4-1");
    CHECK(r.answer("forms_covered")->values == std::vector<std::string>{"sexual", "other"});
    CHECK(r.answer("forms_other")->text == "Organ removal");
    CHECK(r.answer("attempt_year")->text == "2004");
    CHECK(r.answer("budget")->text == "12.5");  // canonical, whatever separator was typed
    CHECK(r.answer("in_force")->text == "2003-12-25");
    CHECK(r.answer("cases")->cells.at({"women", "y2023"}) == "12");
    CHECK(r.answer("cases")->cells.at({"men", "y2024"}) == "7");
    CHECK(r.answer("cases")->cells.size() == 2);
    CHECK(r.answer("art5_ta")->values == std::vector<std::string>{"capacity-building"});
    CHECK(r.answer("art5_ta")->text == "Training of judges");
    // The table shows totals the form asked for.
    wxGrid* g = f.find<wxGrid>("cases");
    CHECK(g->GetCellValue(0, 2) == "12");
    CHECK(g->GetCellValue(2, 2) == "19");
    // Provenance: each answer says when it was written.
    CHECK_FALSE(r.answer("crim")->provenance.changed.empty());
    CHECK(f.doc().isModified());
}

TEST_CASE("relevance shows and hides dependent questions as you answer", "[gui][relevance]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    CHECK_FALSE(f.visible("question.crim_why"));
    CHECK_FALSE(f.visible("question.crim_law"));
    chooseRadio(f.find<wxRadioButton>("crim.no"));
    CHECK(f.visible("question.crim_why"));
    CHECK_FALSE(f.visible("question.crim_law"));
    chooseRadio(f.find<wxRadioButton>("crim.yes"));
    CHECK_FALSE(f.visible("question.crim_why"));
    CHECK(f.visible("question.crim_law"));

    CHECK_FALSE(f.visible("question.forms_other"));
    toggleCheck(f.find<wxCheckBox>("forms_covered.other"), true);
    CHECK(f.visible("question.forms_other"));
    toggleCheck(f.find<wxCheckBox>("forms_covered.other"), false);
    CHECK_FALSE(f.visible("question.forms_other"));
}

TEST_CASE("a failed constraint or bad number shows its message beside the control",
          "[gui][constraint]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    auto* problem = f.find<wxStaticText>("victims_children.problem");
    CHECK_FALSE(problem->IsShown());
    typeText(f.find<wxTextCtrl>("victims_total"), "5");
    typeText(f.find<wxTextCtrl>("victims_children"), "9");
    CHECK(problem->IsShown());
    CHECK(problem->GetLabel() == "Children cannot outnumber all victims.");
    typeText(f.find<wxTextCtrl>("victims_children"), "3");
    CHECK_FALSE(problem->IsShown());

    auto* yearProblem = f.find<wxStaticText>("attempt_year.problem");
    typeText(f.find<wxTextCtrl>("attempt_year"), "20x4");
    CHECK(yearProblem->IsShown());
    CHECK(yearProblem->GetLabel().Contains("20x4"));
    CHECK(f.doc().response().answer("attempt_year") == nullptr);  // not taken as an answer
    typeText(f.find<wxTextCtrl>("attempt_year"), "1850");
    CHECK(yearProblem->GetLabel().Contains("1900"));
    typeText(f.find<wxTextCtrl>("attempt_year"), "1999");
    CHECK_FALSE(yearProblem->IsShown());
    CHECK(f.doc().response().answer("attempt_year")->text == "1999");
}

TEST_CASE("save, reopen and compare", "[gui][save]") {
    std::string path = scratchFile("saved.revq");
    std::filesystem::remove(path);
    Response saved;
    {
        FrameFixture f;
        REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
        answerEverything(f);
        REQUIRE(f.frame->saveTo(wxString::FromUTF8(path), true));
        CHECK_FALSE(f.doc().isModified());
        saved = f.doc().response();
    }
    FrameFixture g;
    REQUIRE(g.frame->openResponse(wxString::FromUTF8(path)));
    CHECK(g.doc().response().answers == saved.answers);
    CHECK(g.doc().response().stateCode == "FRA");
    CHECK_FALSE(g.doc().isModified());
    // The controls show what was read.
    CHECK(g.find<wxRadioButton>("crim.partly")->GetValue());
    CHECK(g.find<wxTextCtrl>("budget")->GetValue() == "12.5");
    CHECK(g.find<wxGrid>("cases")->GetCellValue(1, 1) == "7");
    CHECK(g.find<wxListBox>("crim_law")->GetCount() == 1);
}

TEST_CASE("undo and redo answer changes with named steps", "[gui][undo]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    AnswerCommandProcessor* cmds = f.frame->commands();
    chooseRadio(f.find<wxRadioButton>("crim.no"));
    CHECK(cmds->GetUndoMenuLabel().Contains("Answer to crim"));
    // One typing session is one step.
    auto* why = f.find<wxTextCtrl>("crim_why");
    why->SetFocus();
    wxFocusEvent focus(wxEVT_SET_FOCUS, why->GetId());
    send(why, focus);
    typeText(why, "A");
    typeText(why, "Ab");
    typeText(why, "Abc");
    CHECK(f.doc().response().answer("crim_why")->text == "Abc");
    CHECK(cmds->GetUndoMenuLabel().Contains("crim_why"));
    REQUIRE(cmds->Undo());
    settle();
    CHECK(f.doc().response().answer("crim_why") == nullptr);
    CHECK(why->GetValue().empty());
    REQUIRE(cmds->Undo());
    settle();
    CHECK(f.doc().response().answer("crim") == nullptr);
    CHECK_FALSE(f.visible("question.crim_why"));  // relevance follows undo
    CHECK(f.doc().isModified());  // back where we started, but never saved: still to save
    REQUIRE(cmds->Redo());
    REQUIRE(cmds->Redo());
    settle();
    CHECK(f.doc().response().answer("crim_why")->text == "Abc");
    CHECK(f.find<wxRadioButton>("crim.no")->GetValue());
    CHECK(f.find<wxTextCtrl>("crim_why")->GetValue() == "Abc");
    CHECK(f.doc().isModified());
}
