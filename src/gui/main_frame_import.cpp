// TEMPORARY STUB (being replaced: File > Import answers, issue 11).
#include "gui/main_frame.h"

namespace revq::gui {

void MainFrame::onImportAnswers() {}
bool MainFrame::importAnswersFrom(const wxString&, const wxString&) {
    return false;
}

}  // namespace revq::gui
