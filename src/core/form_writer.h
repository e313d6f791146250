// Writes a Form (and its instrument) back as XML in the documented formats, so a form can be
// round-tripped by tests and rewritten by tools (e.g. after merging translations).
#pragma once

#include <string>

#include "core/form.h"
#include "core/instrument.h"

namespace revq {

// The form as a document of docs/form-format.md. The instrument is written inline as
// <instrument-definition> when the form had it inline (no href) or when `inlineInstrument`.
std::string writeFormXml(const Form& form, bool inlineInstrument = false);
// The instrument as a document of docs/instrument-format.md.
std::string writeInstrumentXml(const Instrument& instrument);

}  // namespace revq
