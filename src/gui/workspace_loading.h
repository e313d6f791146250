// Getting a workspace into the secretariat's window: which form it answers (the shipped
// questionnaire unless the workspace names another), the States list, and reading the folder
// with a cancellable progress dialog. Nothing here writes a file.
#pragma once

#include <memory>
#include <string>

#include <wx/string.h>

#include "core/workspace.h"

class wxWindow;
class wxProgressDialog;

namespace revq::gui {

struct WorkspaceOpenOptions {
    bool showProgress = true;  // a progress dialog while files are read
    bool quiet = false;        // no message boxes or file dialogs (tests): errors are returned
    wxString formPath;         // the form to use; empty: find it
};

// The form id the folder's workspace.xml names ("" when none).
std::string workspaceFormId(const std::string& folder);

// Loads the form for the workspace in `folder`: options.formPath, else the first known form
// (the shipped questionnaire, forms beside the workspace, forms opened before) whose id is the
// one workspace.xml names, or the shipped questionnaire when it names none. Unless quiet, asks
// for the file when none fits. Null with `error` set when there is no usable form.
std::shared_ptr<const Form> findWorkspaceForm(const std::string& folder,
                                              const WorkspaceOpenOptions& options, wxWindow* parent,
                                              wxString* error);
// Asks for a form definition file and loads it; null (with `error`) when cancelled or bad.
std::shared_ptr<const Form> askForForm(wxWindow* parent, const wxString& why, wxString* error);

// The shipped States list (null when it cannot be read: groups are then unknown).
std::shared_ptr<const StatesList> loadShippedStates();

// Shows a progress dialog for an import; Cancel stops it (files read so far stay).
class DialogImportProgress : public ImportProgress {
  public:
    DialogImportProgress(wxWindow* parent, const wxString& title);
    ~DialogImportProgress() override;
    bool onFile(size_t done, size_t total, const std::string& fileName) override;

  private:
    wxWindow* parent_;
    wxString title_;
    std::unique_ptr<wxProgressDialog> dialog_;
};

// A short headline and the details below it.
void showWorkspaceError(wxWindow* parent, const wxString& headline, const wxString& details);

}  // namespace revq::gui
