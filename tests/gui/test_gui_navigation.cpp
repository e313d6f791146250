// Navigation: completion badges, next unanswered, find by words and article numbers, the
// validation panel, the excerpt size limit and the screenshot.
#include <fstream>
#include <set>

#include <wx/image.h>
#include <wx/treectrl.h>

#include "gui/citation_dialog.h"
#include "gui/find_dialog.h"
#include "gui/navigation_tree.h"
#include "gui/section_page.h"
#include "gui/validation_panel.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

TEST_CASE("completion badges follow the answers", "[gui][nav]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    wxTreeCtrl* tree = f.frame->navigation()->tree();
    wxTreeItemIdValue cookie;
    wxTreeItemId cluster = tree->GetFirstChild(tree->GetRootItem(), cookie);
    CHECK(tree->GetItemText(cluster).EndsWith(" 0/9"));
    chooseRadio(f.find<wxRadioButton>("crim.yes"));  // 1 answered; crim_law becomes relevant
    CHECK(tree->GetItemText(cluster).EndsWith(" 1/10"));
    CHECK(f.frame->GetStatusBar()->GetStatusText(2).Contains("1"));
}

TEST_CASE("next unanswered walks through what is left", "[gui][nav]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    REQUIRE(f.frame->goToNextUnanswered());
    chooseRadio(f.find<wxRadioButton>("crim.yes"));
    // Jump to the other section's question when this one's are done.
    for (const char* id : {"crim_law", "forms_covered", "attempt_year", "budget", "in_force",
                           "cases", "victims_total", "victims_children", "art5_ta"}) {
        Answer a;
        if (std::string(id) == "cases")
            a.cells[{"women", "y2023"}] = "1";
        else if (std::string(id) == "crim_law")
            a.citations.push_back(Citation{"Law", "", "", false, {}});
        else if (std::string(id) == "forms_covered" || std::string(id) == "art5_ta")
            a.values = {std::string(id) == "art5_ta" ? "other" : "labour"};
        else if (std::string(id) == "in_force")
            a.text = "2001-01-01";
        else
            a.text = "1999";
        REQUIRE(f.frame->commitAnswer(id, a));
    }
    settle();
    REQUIRE(f.frame->goToNextUnanswered());
    CHECK(f.frame->sectionPage()->sectionIndex() == 1);
}

TEST_CASE("find searches words and article numbers", "[gui][find]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    auto ids = findQuestions(f.doc(), "en", "5(2)");
    CHECK(ids == std::vector<std::string>{"attempt_year", "budget"});
    CHECK(findQuestions(f.doc(), "en", "art. 6") == std::vector<std::string>{"privacy"});
    CHECK(findQuestions(f.doc(), "en", "intentional") == std::vector<std::string>{"crim"});
    CHECK(findQuestions(f.doc(), "zh", "立法") == std::vector<std::string>{"crim_law"});
    REQUIRE(f.frame->goToQuestion("privacy"));
    CHECK(f.frame->sectionPage()->sectionIndex() == 1);
}

TEST_CASE("the validation panel lists missing answers and jumps", "[gui][validation]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    f.frame->updateValidationPanel();
    const auto& rows = f.frame->validationList()->rows();
    REQUIRE(rows.size() >= 2);
    bool privacy = false;
    for (const ProblemRow& r : rows)
        privacy = privacy || r.questionId == "privacy";
    CHECK(privacy);
    chooseRadio(f.find<wxRadioButton>("crim.yes"));
    f.frame->updateValidationPanel();
    for (const ProblemRow& r : f.frame->validationList()->rows())
        CHECK(r.questionId != "crim");
}

TEST_CASE("an excerpt over 25 MiB is refused with its name and size", "[gui][attach]") {
    std::string big = scratchFile("big-law.pdf");
    {
        std::ofstream out(big, std::ios::binary);
        out.seekp(26 * 1024 * 1024);
        out.put('x');
    }
    Citation c;
    wxString why;
    CHECK_FALSE(CitationDialog::attachFile(wxString::FromUTF8(big), c, &why));
    CHECK(why.Contains("big-law.pdf"));
    CHECK(why.Contains("25 MiB"));
    CHECK_FALSE(c.hasExcerpt);
    std::string small = scratchFile("small-law.txt");
    std::ofstream(small) << "Article 1.";
    REQUIRE(CitationDialog::attachFile(wxString::FromUTF8(small), c, &why));
    CHECK(c.excerpt.fileName == "small-law.txt");
    CHECK(c.excerpt.data == "Article 1.");
    CHECK(c.excerpt.sha256.size() == 64);
}

TEST_CASE("the screenshot is a picture of the window", "[gui][screenshot]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    std::string png = scratchFile("window.png");
    REQUIRE(f.frame->writeScreenshot(wxString::FromUTF8(png)));
    wxImage img(wxString::FromUTF8(png), wxBITMAP_TYPE_PNG);
    REQUIRE(img.IsOk());
    CHECK(img.GetWidth() == f.frame->GetSize().x);
    // Not a blank rectangle: many distinct colours.
    std::set<unsigned> colours;
    for (int y = 0; y < img.GetHeight(); y += 7)
        for (int x = 0; x < img.GetWidth(); x += 7)
            colours.insert((img.GetRed(x, y) << 16) | (img.GetGreen(x, y) << 8) |
                           img.GetBlue(x, y));
    CHECK(colours.size() > 20);
}

TEST_CASE("export my answers writes a workbook", "[gui][export]") {
    FrameFixture f;
    REQUIRE(f.frame->openForm(wxString::FromUTF8(dataFile("all-types.xml")), "FRA"));
    chooseRadio(f.find<wxRadioButton>("crim.yes"));
    std::string out = scratchFile("answers.xlsx");
    std::filesystem::remove(out);
    REQUIRE(f.frame->exportToExcel(wxString::FromUTF8(out)));
    std::ifstream in(out, std::ios::binary);
    char magic[2] = {};
    in.read(magic, 2);
    CHECK(std::string(magic, 2) == "PK");  // a zip: an .xlsx
}
