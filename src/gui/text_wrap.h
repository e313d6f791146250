// Line breaking for static texts. wxStaticText::Wrap breaks only at spaces, so a Chinese
// question (no spaces) stayed one clipped line; this breaks at spaces, between CJK characters
// (never before closing punctuation such as "，" or "。"), and anywhere in a run too long for a
// line. One measuring call per paragraph (GetPartialTextExtents), so wrapping a page is cheap.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace revq::gui {

// `text` with line breaks so that no line is wider than `width` pixels in `w`'s font; the
// newlines already in `text` are kept.
wxString wrapToWidth(const wxWindow* w, const wxString& text, int width);

}  // namespace revq::gui
