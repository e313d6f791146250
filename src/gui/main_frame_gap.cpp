// TEMPORARY STUB (being replaced: gap analysis page, issue 11).
#include "gui/main_frame.h"

namespace revq::gui {

void MainFrame::onGapAnalysis(bool) {}

}  // namespace revq::gui
