// TEMPORARY STUB (being replaced: national consultation, issue 12).
#include "gui/main_frame.h"

namespace revq::gui {

void MainFrame::onMergeContributions() {}
void MainFrame::onConsultationStatus() {}
void MainFrame::onSplitContributions() {}

}  // namespace revq::gui
