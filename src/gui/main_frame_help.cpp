// Help > User Guide (F1): the user guide in its own window (help_window.h).
#include "gui/help_window.h"
#include "gui/main_frame.h"

namespace revq::gui {

void MainFrame::onUserGuide() {
    showUserGuide(this);
}

}  // namespace revq::gui
