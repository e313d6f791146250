// Autosave and recovery: a recovery copy is written while there are unsaved changes; after a
// simulated crash (the window dropped without saving) the next window restores the answers.
#include <filesystem>

#include "gui/autosave.h"
#include "gui_test_helpers.h"

using namespace revq;
using namespace revq::gui;
using namespace revq::gui::test;

TEST_CASE("autosave, crash, recovery restores the answers", "[gui][recovery]") {
    for (const RecoveryEntry& e : listRecoveries())
        removeRecovery(e.recoveryPath);
    std::map<std::string, Answer, std::less<>> before;
    {
        FrameFixture f;
        REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN"));
        chooseRadio(f.find<wxRadioButton>("crim.no"));
        typeText(f.find<wxTextCtrl>("crim_why"), "Drafting a new law.");
        typeText(f.find<wxTextCtrl>("attempt_year"), "2010");
        // What the 30-second timer (or leaving a field) does.
        REQUIRE(f.frame->writeRecoveryCopy());
        before = f.doc().response().answers;
        f.drop();  // crash: no save, no close questions
    }
    std::vector<RecoveryEntry> found = listRecoveries();
    REQUIRE(found.size() == 1);
    CHECK(std::filesystem::exists(found[0].recoveryPath));
    CHECK(found[0].formPath == dataFile("all-types.xml"));

    FrameFixture g;
    REQUIRE(g.frame->restoreRecovery(found[0]));
    CHECK(g.doc().response().answers == before);
    CHECK(g.doc().response().stateCode == "KEN");
    CHECK(g.doc().isModified());  // restored answers are not saved yet
    CHECK(g.find<wxTextCtrl>("crim_why")->GetValue() == "Drafting a new law.");
    // Saving makes the recovery copy go away.
    std::string path = scratchFile("recovered.revq");
    std::filesystem::remove(path);
    REQUIRE(g.frame->saveTo(wxString::FromUTF8(path), true));
    CHECK(listRecoveries().empty());
}

TEST_CASE("no recovery copy without unsaved changes", "[gui][recovery]") {
    for (const RecoveryEntry& e : listRecoveries())
        removeRecovery(e.recoveryPath);
    FrameFixture f;
    REQUIRE(f.frame->newResponse(wxString::FromUTF8(dataFile("all-types.xml")), "KEN"));
    f.doc().setModified(false);
    REQUIRE(f.frame->writeRecoveryCopy());
    CHECK(listRecoveries().empty());
}
