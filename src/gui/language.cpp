#include "gui/language.h"

#include <clocale>
#include <cstring>

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/window.h>

namespace revq::gui {
namespace {

std::string g_uiLanguage = "en";

void addCatalogSearchPaths() {
    static bool done = false;
    if (done)
        return;
    done = true;
    // Installed beside the program (share/revq/locale), in the build tree, then the
    // configured install prefix: the first that holds the catalog wins.
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe.GetPath() + "/../share/revq/locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(REVQ_BUILD_LOCALE_DIR);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString(REVQ_INSTALL_DATA_DIR) +
                                                         "/locale");
}

std::string systemLanguage() {
    // Read the usual variables ourselves: there may be no installed locale to ask.
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        wxString value;
        if (!wxGetEnv(var, &value) || value.empty())
            continue;
        std::string code = toUtf8(value.Left(2).Lower());
        if (isUnLanguage(code))
            return code;
    }
    return "en";
}

void setDirectionRecursively(wxWindow* w, wxLayoutDirection dir) {
    w->SetLayoutDirection(dir);
    for (wxWindow* child : w->GetChildren())
        setDirectionRecursively(child, dir);
}

// The sources are UTF-8 and _() converts its narrow literal with the C library's character
// type: under the plain "C" locale (often the only one installed) "…" would become an empty
// string. Make the character type UTF-8 without touching anything else of the locale.
void ensureUtf8CharacterType() {
    const char* current = std::setlocale(LC_CTYPE, nullptr);
    if (current && (std::strstr(current, "UTF-8") || std::strstr(current, "utf8") ||
                    std::strstr(current, "UTF8") || std::strstr(current, "utf-8")))
        return;
    for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"})
        if (std::setlocale(LC_CTYPE, name))
            return;
}

}  // namespace

std::string setUiLanguage(const std::string& requested) {
    ensureUtf8CharacterType();
    addCatalogSearchPaths();
    std::string code = isUnLanguage(requested) ? requested : systemLanguage();
    auto* translations = new wxTranslations;
    translations->SetLanguage(fromUtf8(code));
    if (code != "en")
        translations->AddCatalog("revq");
    wxTranslations::Set(translations);  // takes ownership, deletes the previous one
    g_uiLanguage = code;
    return code;
}

std::string uiLanguage() {
    return g_uiLanguage;
}
bool uiIsRightToLeft() {
    return isRightToLeft(g_uiLanguage);
}

wxString nativeLanguageName(const std::string& code) {
    if (code == "ar")
        return wxString::FromUTF8("العربية");
    if (code == "en")
        return "English";
    if (code == "es")
        return wxString::FromUTF8("Español");
    if (code == "fr")
        return wxString::FromUTF8("Français");
    if (code == "ru")
        return wxString::FromUTF8("Русский");
    if (code == "zh")
        return wxString::FromUTF8("中文");
    return fromUtf8(code);
}

void applyLayoutDirection(wxWindow* window) {
    if (window)
        setDirectionRecursively(window,
                                uiIsRightToLeft() ? wxLayout_RightToLeft : wxLayout_LeftToRight);
}

ShownText formText(const LocalizedText& text, const std::string& lang) {
    ShownText shown;
    bool fellBack = false;
    const std::string& s = text.get(lang, &fellBack);
    shown.text = fromUtf8(s);
    if (fellBack && !s.empty()) {
        // Name the language actually shown: English unless even that is missing.
        std::string actual = text.has(kFallbackLanguage) ? std::string(kFallbackLanguage)
                                                         : text.all().begin()->first;
        shown.text = "[" + fromUtf8(actual) + "] " + shown.text;
        shown.fellBack = true;
    }
    return shown;
}

}  // namespace revq::gui
