#include "gui/app.h"

#include <cstdio>

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/memconf.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

#include "core/data_paths.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/recovery_offer.h"
#include "gui/response_document.h"
#include "gui/screenshot_scenes.h"
#include "gui/settings.h"
#include "gui/workspace_frame.h"

namespace revq::gui {

void RevqApp::OnInitCmdLine(wxCmdLineParser& parser) {
    static const wxCmdLineEntryDesc desc[] = {
        {wxCMD_LINE_SWITCH, "h", "help", "show this help", wxCMD_LINE_VAL_NONE,
         wxCMD_LINE_OPTION_HELP},
        {wxCMD_LINE_OPTION, nullptr, "ui-lang", "interface language: ar en es fr ru zh",
         wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_OPTION, nullptr, "form-lang", "form language: ar en es fr ru zh",
         wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_OPTION, nullptr, "screenshot", "write a PNG of the main window and exit",
         wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_OPTION, nullptr, "state", "State (ISO 3166-1 alpha-3) for a new response",
         wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_OPTION, nullptr, "section", "section id to show first", wxCMD_LINE_VAL_STRING,
         0},
        {wxCMD_LINE_OPTION, nullptr, "scene",
         "with --screenshot: a named scene to capture (see docs/user-guide.md)",
         wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_OPTION, nullptr, "workspace",
         "open a secretariat workspace (a folder of .revq files)", wxCMD_LINE_VAL_STRING, 0},
        {wxCMD_LINE_SWITCH, nullptr, "timing", "print first-paint-ms and switch-ms, then exit",
         wxCMD_LINE_VAL_NONE, 0},
        {wxCMD_LINE_PARAM, nullptr, nullptr, "FORM.xml | RESPONSE.revq", wxCMD_LINE_VAL_STRING,
         wxCMD_LINE_PARAM_OPTIONAL},
        {wxCMD_LINE_NONE, nullptr, nullptr, nullptr, wxCMD_LINE_VAL_NONE, 0},
    };
    parser.SetDesc(desc);
    parser.SetSwitchChars("-");
}

bool RevqApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    parser.Found("ui-lang", &uiLang_);
    parser.Found("form-lang", &formLang_);
    parser.Found("screenshot", &screenshot_);
    parser.Found("state", &state_);
    parser.Found("section", &section_);
    parser.Found("scene", &scene_);
    parser.Found("workspace", &workspace_);
    timing_ = parser.Found("timing");
    if (parser.GetParamCount() > 0)
        file_ = parser.GetParam(0);
    for (const wxString* code : {&uiLang_, &formLang_}) {
        if (!code->empty() && !isUnLanguage(toUtf8(*code))) {
            std::fprintf(stderr, "revq: unknown language \"%s\"; use one of ar en es fr ru zh.\n",
                         static_cast<const char*>(code->utf8_str()));
            return false;
        }
    }
    return true;
}

bool RevqApp::OnInit() {
    start_ = std::chrono::steady_clock::now();
    SetAppName("revq");
    SetAppDisplayName("revq");
    if (!wxApp::OnInit())
        return false;
    wxInitAllImageHandlers();
    // Settings in ~/.config/revq/revq.conf and data (recovery copies) in ~/.local/share/revq:
    // the traditional layout put both at ~/.revq, a file and a folder that cannot coexist.
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    const wxString configFile = settings::configFilePath();  // empty: wxFileConfig's place
    wxConfigBase::Set(
        new wxFileConfig("revq", "", configFile, "",
                         wxCONFIG_USE_LOCAL_FILE | (configFile.empty() ? wxCONFIG_USE_SUBDIR : 0)));
    // Screenshots and timing runs neither read nor change the person's settings.
    // They run unattended: a message goes to stderr, never to a box nobody will close.
    if (!screenshot_.empty() || timing_) {
        delete wxConfigBase::Set(new wxMemoryConfig);
        delete wxLog::SetActiveTarget(new wxLogStderr);
    }
    std::string ui = toUtf8(uiLang_.empty() ? settings::uiLanguage() : uiLang_);
    setUiLanguage(ui);
    if (!formLang_.empty())
        settings::setFormLanguage(formLang_);
    // Screenshots and timing runs must not depend on a remembered window size.
    if (!screenshot_.empty() || timing_) {
        settings::setWindowRect(wxRect());
        settings::setWindowMaximized(false);
        settings::setNavigationWidth(450);
    }

    frame_ = new MainFrame;
    if (!screenshot_.empty() || timing_)
        frame_->SetSize(frame_->FromDIP(wxSize(1280, 860)));
    frame_->Show();

    bool opened = false;
    if (!file_.empty()) {
        opened = state_.empty() || file_.Lower().EndsWith(".revq")
                     ? frame_->openFile(file_)
                     : frame_->newResponse(file_, toUtf8(state_.Upper()));
    } else if (screenshot_.empty() && !timing_) {
        // With nothing named, start on the shipped questionnaire when there is one.
        auto shipped = dataDirs().forms / "tip-protocol-review.xml";
        std::error_code ec;
        if (dataDirs().found && std::filesystem::exists(shipped, ec))
            opened = frame_->openForm(fromUtf8(pathToUtf8(shipped)));
    }
    if (!formLang_.empty())
        frame_->setFormLanguage(toUtf8(formLang_));
    if (opened && !section_.empty() && frame_->document()) {
        const Section* s = frame_->document()->form().section(toUtf8(section_));
        if (s)
            frame_->showSection(s - frame_->document()->form().sections.data());
    }
    if (!workspace_.empty())
        openWorkspaceWindow(workspace_, frame_);
    CallAfter([this] { afterFirstShow(); });
    return true;
}

void RevqApp::afterFirstShow() {
    if (timing_) {
        frame_->Update();
        wxYield();
        long ms = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - start_)
                                        .count());
        frame_->runTiming(ms);
        frame_->document() ? frame_->document()->setModified(false) : void();
        frame_->Destroy();
        return;
    }
    if (!screenshot_.empty()) {
        // Give the window manager (if any) and GTK time to lay out and paint.
        std::string error;
        wxWindow* target = prepareScene(toUtf8(scene_), *frame_, &error);
        if (!target) {
            std::fprintf(stderr, "revq: %s\n", error.c_str());
            exitCode_ = 1;
            frame_->document() ? frame_->document()->setModified(false) : void();
            frame_->Destroy();
            return;
        }
        auto* timer = new wxTimer;
        timer->Bind(wxEVT_TIMER, [this, timer, target](wxTimerEvent&) {
            bool ok = writeWindowScreenshot(target, screenshot_);
            std::fprintf(ok ? stdout : stderr,
                         ok ? "revq: wrote %s\n" : "revq: could not write %s\n",
                         static_cast<const char*>(screenshot_.utf8_str()));
            std::fflush(stdout);
            if (!ok)
                exitCode_ = 1;
            if (frame_->document())
                frame_->document()->setModified(false);
            if (target != frame_)
                target->Destroy();
            frame_->Destroy();
            delete timer;
        });
        timer->StartOnce(1200);
        return;
    }
    offerRecoveries(*frame_);
}

int RevqApp::OnExit() {
    // Write the settings now, and send any late message (e.g. a settings file that cannot be
    // written) to stderr: a message box after the last window is gone would crash GTK.
    delete wxLog::SetActiveTarget(new wxLogStderr);
    delete wxConfigBase::Set(nullptr);
    wxApp::OnExit();
    return exitCode_;
}

bool RevqApp::OnExceptionInMainLoop() {
    try {
        throw;
    } catch (const std::exception& e) {
        wxMessageDialog dlg(frame_,
                            _("Something went wrong; your answers are in the recovery copy."),
                            "revq", wxOK | wxICON_ERROR);
        dlg.SetExtendedMessage(wxString::FromUTF8(e.what()));
        dlg.ShowModal();
    } catch (...) {
        wxMessageBox(_("Something went wrong; your answers are in the recovery copy."), "revq");
    }
    return true;  // keep running
}

}  // namespace revq::gui
