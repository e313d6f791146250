// revq: the desktop app's entry point (everything else is in the revq_gui library so the GUI
// tests run the same code).
#include "gui/app.h"

wxIMPLEMENT_APP(revq::gui::RevqApp);
