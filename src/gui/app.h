// The application object: command line, UI language, recovery offer at start, and the
// --screenshot and --timing runs used by docs and the benchmark.
//   revq [--ui-lang xx] [--form-lang xx] [--screenshot OUT.png] [--state ISO3]
//        [--section ID] [--scene NAME] [--timing] [--workspace DIR] [FORM.xml | RESPONSE.revq]
#pragma once

#include <chrono>

#include <wx/app.h>
#include <wx/cmdline.h>

namespace revq::gui {

class MainFrame;

class RevqApp : public wxApp {
  public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;
    int OnExit() override;

  private:
    void afterFirstShow();

    MainFrame* frame_ = nullptr;
    wxString uiLang_, formLang_, screenshot_, state_, section_, file_, scene_, workspace_;
    bool timing_ = false;
    int exitCode_ = 0;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace revq::gui
