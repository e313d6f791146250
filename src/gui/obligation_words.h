// Obligation levels in words a person reads (translated UI strings): for the provision pane,
// the navigation filter and tooltips. Never colour alone.
#pragma once

#include <wx/string.h>

#include "core/instrument.h"

namespace revq::gui {

// "Mandatory (“shall”)", "Shall consider", ...
wxString obligationName(ObligationLevel level);
// The filter's choice text: "Mandatory provisions only", "“Shall consider” provisions", ...
wxString obligationFilterName(ObligationLevel level);
// Levels offered by the filter, most binding first.
const ObligationLevel* filterLevels(size_t* count);

}  // namespace revq::gui
