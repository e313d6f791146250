// Scenes for `revq --screenshot OUT.png --scene NAME`: a named state of the app (a dialog open
// on example data, a filter applied, ...) set up after the main window is shown, so docs and
// reviewers can see it. Each scene returns the window to capture.
#pragma once

#include <string>
#include <vector>

#include <wx/string.h>

class wxWindow;

namespace revq::gui {

class MainFrame;

// Names accepted by --scene, with a line each for --help.
std::vector<std::pair<std::string, std::string>> sceneNames();

// Sets up scene `name` (empty: the main window as opened). Returns the window to capture, or
// nullptr with `error` set when the scene cannot be shown.
wxWindow* prepareScene(const std::string& name, MainFrame& frame, std::string* error);

// Writes what X shows of `window` (a top-level window) as a PNG.
bool writeWindowScreenshot(wxWindow* window, const wxString& path);

}  // namespace revq::gui
