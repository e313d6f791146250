#include "gui/settings.h"

#include <algorithm>

#include <wx/config.h>
#include <wx/filefn.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

namespace revq::gui::settings {
namespace {

wxConfigBase& config() {
    return *wxConfigBase::Get();
}

wxString readString(const wxString& key, const wxString& fallback = wxString()) {
    return config().Read(key, fallback);
}
long readLong(const wxString& key, long fallback) {
    return config().ReadLong(key, fallback);
}

}  // namespace

wxString uiLanguage() {
    return readString("/ui/language");
}
void setUiLanguage(const wxString& code) {
    config().Write("/ui/language", code);
}

wxString formLanguage() {
    return readString("/form/language");
}
void setFormLanguage(const wxString& code) {
    config().Write("/form/language", code);
}

int autosaveSeconds() {
    long s = readLong("/autosave/seconds", 30);
    return static_cast<int>(std::clamp(s, 5L, 300L));
}
void setAutosaveSeconds(int seconds) {
    config().Write("/autosave/seconds", static_cast<long>(std::clamp(seconds, 5, 300)));
}

wxString editorName() {
    return readString("/editor/name", wxGetUserName());
}
void setEditorName(const wxString& name) {
    config().Write("/editor/name", name);
}
wxString editorAgency() {
    return readString("/editor/agency");
}
void setEditorAgency(const wxString& agency) {
    config().Write("/editor/agency", agency);
}

wxRect windowRect() {
    return wxRect(readLong("/window/x", 0), readLong("/window/y", 0), readLong("/window/w", 0),
                  readLong("/window/h", 0));
}
void setWindowRect(const wxRect& r) {
    config().Write("/window/x", static_cast<long>(r.x));
    config().Write("/window/y", static_cast<long>(r.y));
    config().Write("/window/w", static_cast<long>(r.width));
    config().Write("/window/h", static_cast<long>(r.height));
}
bool windowMaximized() {
    return config().ReadBool("/window/maximized", false);
}
void setWindowMaximized(bool maximized) {
    config().Write("/window/maximized", maximized);
}
int navigationWidth() {
    return static_cast<int>(readLong("/window/navigation", 400));
}
void setNavigationWidth(int width) {
    config().Write("/window/navigation", static_cast<long>(width));
}
bool provisionPaneShown() {
    return config().ReadBool("/window/provisions", true);
}
void setProvisionPaneShown(bool shown) {
    config().Write("/window/provisions", shown);
}

void loadRecentFiles(wxFileHistory& history) {
    wxString old = config().GetPath();
    config().SetPath("/recent");
    history.Load(config());
    config().SetPath(old);
}
void saveRecentFiles(wxFileHistory& history) {
    wxString old = config().GetPath();
    config().SetPath("/recent");
    history.Save(config());
    config().SetPath(old);
}

wxArrayString knownForms() {
    return wxSplit(readString("/forms/known"), '\n', '\0');
}
void rememberForm(const wxString& path) {
    wxArrayString forms = knownForms();
    int at = forms.Index(path);
    if (at != wxNOT_FOUND)
        forms.RemoveAt(at);
    forms.Insert(path, 0);
    while (forms.size() > 20)
        forms.RemoveAt(forms.size() - 1);
    config().Write("/forms/known", wxJoin(forms, '\n', '\0'));
}

wxString userDataDir() {
    wxString dir;
    if (!wxGetEnv("REVQ_USER_DATA_DIR", &dir) || dir.empty()) {
#if defined(__UNIX__) && !defined(__APPLE__)
        // The XDG data folder ($XDG_DATA_HOME/revq, else ~/.local/share/revq), whatever file
        // layout wxStandardPaths was given: the classic ~/.revq is the settings file's name.
        wxString base;
        if (!wxGetEnv("XDG_DATA_HOME", &base) || base.empty())
            base = wxFileName::GetHomeDir() + "/.local/share";
        dir = base + "/revq";
#else
        dir = wxStandardPaths::Get().GetUserDataDir();
#endif
    }
    wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    return dir;
}

wxString configFilePath() {
#if defined(__UNIX__) && !defined(__APPLE__)
    // wxFileConfig in wxWidgets 3.2 keeps the classic ~/.revq/revq.conf whatever layout
    // wxStandardPaths was given, so the XDG place is named here.
    wxString base;
    if (!wxGetEnv("XDG_CONFIG_HOME", &base) || base.empty())
        base = wxFileName::GetHomeDir() + "/.config";
    const wxString dir = base + "/revq";
    wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    const wxString file = dir + "/revq.conf";
    const wxString classic = wxFileName::GetHomeDir() + "/.revq/revq.conf";
    if (!wxFileName::FileExists(file) && wxFileName::FileExists(classic))
        wxCopyFile(classic, file);
    return file;
#else
    return wxString();
#endif
}

void flush() {
    config().Flush();
}

}  // namespace revq::gui::settings
