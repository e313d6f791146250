// Typed settings over wxConfig: every preference revq remembers, with its key and default in
// one place (no key strings elsewhere). Tests point wxConfig at a scratch file.
#pragma once

#include <wx/arrstr.h>
#include <wx/gdicmn.h>
#include <wx/string.h>

class wxFileHistory;

namespace revq::gui::settings {

// UI language code ("" = from the system, else one of ar en es fr ru zh).
wxString uiLanguage();
void setUiLanguage(const wxString& code);

// Preferred form language ("" = same as the UI language).
wxString formLanguage();
void setFormLanguage(const wxString& code);

// Seconds between recovery copies while there are unsaved changes (5..300, default 30).
int autosaveSeconds();
void setAutosaveSeconds(int seconds);

// Who is answering: stamped on every answer as its provenance.
wxString editorName();
void setEditorName(const wxString& name);
wxString editorAgency();
void setEditorAgency(const wxString& agency);

// Window layout.
wxRect windowRect();  // empty when never saved
void setWindowRect(const wxRect& rect);
bool windowMaximized();
void setWindowMaximized(bool maximized);
int navigationWidth();  // sash position of the navigation tree
void setNavigationWidth(int width);
// View → Show Provision Pane (shown unless the person hid it).
bool provisionPaneShown();
void setProvisionPaneShown(bool shown);

void loadRecentFiles(wxFileHistory& history);
void saveRecentFiles(wxFileHistory& history);

// Form files opened before (newest first, at most 20): where revq looks for the form a
// response answers, besides the response's folder and the shipped forms.
wxArrayString knownForms();
void rememberForm(const wxString& path);

// Folder for recovery copies; tests redirect it with REVQ_USER_DATA_DIR.
wxString userDataDir();
// The settings file: $XDG_CONFIG_HOME/revq/revq.conf, else ~/.config/revq/revq.conf, on Linux
// and other Unix (its folder is created; settings an earlier revq kept in ~/.revq/revq.conf are
// copied over once); empty elsewhere, where wxFileConfig's own place is used.
wxString configFilePath();

void flush();

}  // namespace revq::gui::settings
