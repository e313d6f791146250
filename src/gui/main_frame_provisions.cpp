// The main window's provision pane: it follows the question with the focus (or the one last
// jumped to) and otherwise the section's article; View → Show Provision Pane hides it (the
// choice is kept in the settings when the window closes and restored at the next start).
#include <wx/splitter.h>

#include "gui/main_frame.h"
#include "gui/provision_pane.h"
#include "gui/question_panel.h"
#include "gui/response_document.h"
#include "gui/section_page.h"

namespace revq::gui {

void MainFrame::bindProvisionPane() {
    // Focus entering a question's controls: show what that question reviews.
    page_->Bind(wxEVT_CHILD_FOCUS, [this](wxChildFocusEvent& e) {
        e.Skip();
        for (wxWindow* w = wxWindow::FindFocus(); w && w != page_; w = w->GetParent())
            if (auto* panel = dynamic_cast<QuestionPanel*>(w)) {
                followQuestion(panel->question().id);
                return;
            }
    });
}

void MainFrame::followQuestion(const std::string& questionId) {
    if (!doc_)
        return;
    long qi = doc_->form().questionIndex(questionId);
    if (qi >= 0)
        provisions_->showQuestion(doc_->formPtr(), static_cast<size_t>(qi), formLanguage_);
}

void MainFrame::followSection(long sectionIndex) {
    if (doc_)
        provisions_->showSection(doc_->formPtr(), sectionIndex, formLanguage_);
    else
        provisions_->clear();
}

void MainFrame::showProvisionPane(bool show) {
    if (show && !paneSplit_->IsSplit()) {
        provisions_->Show();
        paneSplit_->SplitVertically(rightSplit_, provisions_, -FromDIP(360));
    } else if (!show && paneSplit_->IsSplit()) {
        paneSplit_->Unsplit(provisions_);
    }
    updateMenus();
}

bool MainFrame::provisionPaneShown() const {
    return paneSplit_->IsSplit();
}

}  // namespace revq::gui
