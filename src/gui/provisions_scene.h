// The "provisions" screenshot scene: the shipped questionnaire for France, the navigation tree
// filtered to mandatory provisions and the provision pane showing what a question reviews.
#pragma once

#include <string>

class wxWindow;

namespace revq::gui {

class MainFrame;

wxWindow* provisionsScene(MainFrame& frame, std::string* error);

}  // namespace revq::gui
