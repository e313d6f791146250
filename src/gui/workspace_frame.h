// The secretariat's view of a workspace (issue 6): a folder of .revq files and workspace.xml.
#pragma once

#include <wx/string.h>

class wxFrame;
class wxWindow;

namespace revq::gui {

// Opens a window on the workspace in `dir` (imports it with a progress dialog). Returns the
// window, or nullptr when the folder cannot be opened (the person has been told why).
wxFrame* openWorkspaceWindow(const wxString& dir, wxWindow* parent);

}  // namespace revq::gui
