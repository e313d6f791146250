// Languages: the UI language (gettext catalogs through wxTranslations, chosen directly
// because the machine may have no system locale for it), right-to-left layout for Arabic,
// and form texts shown in the chosen form language with a visible English fallback mark.
#pragma once

#include <string>
#include <vector>

#include <wx/string.h>

#include "core/localized_text.h"

class wxWindow;

namespace revq::gui {

// Loads the revq catalog for `code` (one of ar en es fr ru zh; "" = from the system,
// falling back to English). Returns the code in effect. Safe to call again to switch.
std::string setUiLanguage(const std::string& code);
std::string uiLanguage();
bool uiIsRightToLeft();

// The language's own name ("العربية", "中文", ...).
wxString nativeLanguageName(const std::string& code);

// Sets `window` and all its children to the UI language's direction.
void applyLayoutDirection(wxWindow* window);

// A form text in `lang`; when it falls back to another language, the result is prefixed with
// "[en] " and `*fellBack` is set so the caller can also show it in italics.
struct ShownText {
    wxString text;
    bool fellBack = false;
};
ShownText formText(const LocalizedText& text, const std::string& lang);

inline wxString fromUtf8(const std::string& s) {
    return wxString::FromUTF8(s.data(), s.size());
}
inline std::string toUtf8(const wxString& s) {
    return std::string(s.utf8_str());
}

}  // namespace revq::gui
