// TEMPORARY STUB (being replaced by the secretariat view, issue 6).
#include "gui/workspace_frame.h"

#include <wx/frame.h>
#include <wx/msgdlg.h>

#include "gui/main_frame.h"

namespace revq::gui {

wxFrame* openWorkspaceWindow(const wxString&, wxWindow*) {
    return nullptr;
}

void MainFrame::onOpenWorkspace() {}

}  // namespace revq::gui
