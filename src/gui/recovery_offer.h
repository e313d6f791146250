// The offer at start-up to restore answers kept in recovery copies after a crash. The choice
// is a callback so tests answer it; the app asks with a message box (askAboutRecovery).
#pragma once

#include <functional>

class wxWindow;

namespace revq::gui {

class MainFrame;
struct RecoveryEntry;

enum class RecoveryChoice { Restore, Discard, Later };
using RecoveryChooser = std::function<RecoveryChoice(wxWindow* parent, const RecoveryEntry&)>;

// The modal question: Restore, Discard (the copy is deleted) or Decide Later (it is kept).
RecoveryChoice askAboutRecovery(wxWindow* parent, const RecoveryEntry& entry);

// Offers each recovery copy found, newest first, until one is restored into `frame` (the
// window holds one response). Discarded copies are deleted; "later" keeps them for the next
// start. Returns true when one was restored.
bool offerRecoveries(MainFrame& frame, const RecoveryChooser& choose = askAboutRecovery);

}  // namespace revq::gui
