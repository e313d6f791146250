#include "gui/screenshot_scenes.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

#include "gui/consultation_scenes.h"
#include "gui/gap_analysis_scene.h"
#include "gui/main_frame.h"
#include "gui/provisions_scene.h"
#include "gui/workspace_frame.h"

namespace revq::gui {

std::vector<std::pair<std::string, std::string>> sceneNames() {
    return {
        {"", "the main window as opened"},
        {"workspace", "with --workspace DIR: the secretariat's window comparing one question"},
        {"workspace-states", "with --workspace DIR: the States table, flagged files first"},
        {"provisions", "tree filtered to mandatory provisions, provision pane beside a question"},
        {"gap-analysis", "print preview of the gap analysis (a sample response when none)"},
        {"merge-conflict", "merge dialog: two agencies' contributions in conflict (temp folder)"},
        {"consultation-status", "Where Things Stand after one agency's contribution is merged"},
    };
}

wxWindow* prepareScene(const std::string& name, MainFrame& frame, std::string* error) {
    if (name.empty())
        return &frame;
    std::string noError;
    if (name == "workspace" || name == "workspace-states")
        return workspaceScene(name, error ? error : &noError);
    if (name == "provisions")
        return provisionsScene(frame, error);
    std::string ignored;
    if (name == "gap-analysis")
        return gapAnalysisScene(frame, error ? error : &ignored);
    std::string unused;
    if (name == "merge-conflict")
        return mergeConflictScene(frame, error ? error : &unused);
    if (name == "consultation-status")
        return consultationStatusScene(frame, error ? error : &unused);
    if (error)
        *error = "unknown scene \"" + name + "\"";
    return nullptr;
}

bool writeWindowScreenshot(wxWindow* window, const wxString& path) {
    if (!window)
        return false;
    if (auto* top = dynamic_cast<wxTopLevelWindow*>(window))
        top->Raise();
    window->Update();
    for (int i = 0; i < 5; ++i)
        wxYield();
    wxRect r = window->GetScreenRect();
    wxBitmap bmp(r.width, r.height, 24);
    {
        // Read back what X shows: a screen DC works where a window DC cannot be read (GTK 3).
        wxScreenDC screen;
        wxMemoryDC mem(bmp);
        mem.Blit(0, 0, r.width, r.height, &screen, r.x, r.y);
    }
    return bmp.SaveFile(path, wxBITMAP_TYPE_PNG);
}

}  // namespace revq::gui
