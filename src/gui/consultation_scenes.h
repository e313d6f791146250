// The "merge-conflict" and "consultation-status" screenshot scenes: a master for France on the
// shipped questionnaire, split with core split to two agencies who answer one question
// differently, built in a temporary folder; then the merge dialog (modeless) on the conflict,
// or Where Things Stand after the merge.
#pragma once

#include <string>

class wxWindow;

namespace revq::gui {

class MainFrame;

wxWindow* mergeConflictScene(MainFrame& frame, std::string* error);
wxWindow* consultationStatusScene(MainFrame& frame, std::string* error);

}  // namespace revq::gui
