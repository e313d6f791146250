// TEMPORARY STUB (being replaced: Help > User Guide, issue 5).
#include "gui/main_frame.h"

namespace revq::gui {

void MainFrame::onUserGuide() {
    onAbout();
}

}  // namespace revq::gui
