// UI language switching through the gettext catalogs (Chinese, Arabic with right-to-left
// layout), and the form language with its visible English fallback.
#include <wx/menu.h>
#include <wx/stattext.h>

#include "gui/language.h"
#include "gui/section_page.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

namespace {

struct RestoreEnglish {
    ~RestoreEnglish() { setUiLanguage("en"); }
};

wxString fileMenuLabel(MainFrame* f) {
    return f->GetMenuBar()->GetMenuLabelText(0);
}

}  // namespace

TEST_CASE("the UI switches to Chinese from its catalog", "[gui][lang]") {
    RestoreEnglish restore;
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    CHECK(fileMenuLabel(f.frame) == "File");
    f.frame->setUiLanguage("zh");
    settle();
    CHECK(uiLanguage() == "zh");
    CHECK(fileMenuLabel(f.frame).StartsWith(wxString::FromUTF8("文件")));
    CHECK(f.frame->GetLayoutDirection() != wxLayout_RightToLeft);
    // The status bar speaks Chinese too (a response never saved has unsaved changes).
    CHECK(f.frame->GetStatusBar()->GetStatusText(3) == wxString::FromUTF8("有未保存的更改"));
}

TEST_CASE("Arabic lays the window out right to left", "[gui][lang][rtl]") {
    RestoreEnglish restore;
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    f.frame->setUiLanguage("ar");
    settle();
    CHECK(fileMenuLabel(f.frame) == wxString::FromUTF8("ملف"));
    CHECK(f.frame->GetLayoutDirection() == wxLayout_RightToLeft);
    CHECK(f.frame->sectionPage()->GetLayoutDirection() == wxLayout_RightToLeft);
    // Pages built after the switch are mirrored too.
    f.frame->showSection(1);
    settle();
    CHECK(f.find<wxWindow>("question.privacy")->GetLayoutDirection() == wxLayout_RightToLeft);
    f.frame->setUiLanguage("en");
    settle();
    CHECK(f.frame->GetLayoutDirection() == wxLayout_LeftToRight);
}

TEST_CASE("the form language switches at any time, English fallback marked", "[gui][lang]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    chooseRadio(f.find<wxRadioButton>("crim.yes"));
    f.frame->setFormLanguage("zh");
    settle();
    CHECK(f.frame->formLanguage() == "zh");
    // Translated choice labels, and the answer is kept.
    CHECK(f.find<wxRadioButton>("crim.yes")->GetLabel() == wxString::FromUTF8("是"));
    CHECK(f.find<wxRadioButton>("crim.yes")->GetValue());
    // A label without Chinese text is shown in English, marked.
    ShownText shown = formText(f.doc().form().question("attempt_year")->label, "zh");
    CHECK(shown.fellBack);
    CHECK(shown.text.StartsWith("[en] "));
    bool found = false;
    wxWindow* panel = f.find<wxWindow>("question.attempt_year");
    for (wxWindow* child : panel->GetChildren())
        if (auto* t = dynamic_cast<wxStaticText*>(child))
            if (t->GetLabel().StartsWith("[en] Year attempt")) {
                found = true;
                CHECK(t->GetFont().GetStyle() == wxFONTSTYLE_ITALIC);
            }
    CHECK(found);
    f.frame->setFormLanguage("en");
    settle();
    CHECK(f.find<wxRadioButton>("crim.yes")->GetLabel() == "Yes");
}
