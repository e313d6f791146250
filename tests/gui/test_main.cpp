// The GUI test harness, in the style of wxWidgets' own tests: a wxApp whose OnRun runs the
// Catch2 session inside the real event loop, with wxASSERT failures turned into test failures.
// Settings and recovery copies go to a scratch folder, never the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <filesystem>

#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/image.h>

#include "gui/language.h"

namespace {

int g_argc = 0;
char** g_argv = nullptr;

class TestApp : public wxApp {
  public:
    bool OnInit() override {
        std::filesystem::path scratch = REVQ_TEST_SCRATCH;
        std::filesystem::remove_all(scratch);
        std::filesystem::create_directories(scratch / "userdata");
        wxSetEnv("REVQ_USER_DATA_DIR", (scratch / "userdata").string());
        wxConfigBase::Set(new wxFileConfig("revq-tests", "", (scratch / "config.ini").string(), "",
                                           wxCONFIG_USE_LOCAL_FILE));
        wxInitAllImageHandlers();
        revq::gui::setUiLanguage("en");
        return true;
    }
    int OnRun() override { return Catch::Session().run(g_argc, g_argv); }
    void OnAssertFailure(const wxChar* file, int line, const wxChar* func, const wxChar* cond,
                         const wxChar* msg) override {
        FAIL_CHECK("wxASSERT failed: " << wxString(cond) << " " << wxString(msg) << " at "
                                       << wxString(file) << ":" << line << " in "
                                       << wxString(func));
    }
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(TestApp);

int main(int argc, char** argv) {
    g_argc = argc;
    g_argv = argv;
    return wxEntry(argc, argv);
}
