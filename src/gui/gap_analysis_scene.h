// The "gap-analysis" screenshot scene (screenshot_scenes.h): the print preview of the gap
// analysis of the open response, or of a filled sample response when nothing is answered.
#pragma once

#include <string>

class wxWindow;

namespace revq::gui {

class MainFrame;

// The preview window, or nullptr with `error` set.
wxWindow* gapAnalysisScene(MainFrame& frame, std::string* error);

}  // namespace revq::gui
