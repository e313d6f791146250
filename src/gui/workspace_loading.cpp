#include "gui/workspace_loading.h"

#include <algorithm>
#include <filesystem>

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <pugixml.hpp>

#include "core/data_paths.h"
#include "core/form_loader.h"
#include "gui/language.h"
#include "gui/settings.h"

namespace revq::gui {

namespace fs = std::filesystem;

namespace {

// The first errors of a form that cannot be loaded, one a line.
wxString formErrors(const Diagnostics& d) {
    wxString out;
    int n = 0;
    for (const Diagnostic& item : d.items)
        if (item.severity == Severity::Error && n++ < 6)
            out += fromUtf8(item.format()) + "\n";
    return out;
}

std::vector<std::string> candidateForms(const std::string& folder) {
    std::vector<std::string> out;
    const DataDirs& dirs = dataDirs();
    if (dirs.found)
        out.push_back(pathToUtf8(dirs.forms / "tip-protocol-review.xml"));
    std::vector<fs::path> folders = {pathFromUtf8(folder)};
    if (dirs.found)
        folders.push_back(dirs.forms);
    for (const fs::path& dir : folders) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".xml" &&
                it->path().filename() != fs::path(std::string(kWorkspaceFileName)) &&
                it->path().filename() != "states.xml")
                out.push_back(pathToUtf8(it->path()));
    }
    for (const wxString& known : settings::knownForms())
        out.push_back(toUtf8(known));
    return out;
}

}  // namespace

std::string workspaceFormId(const std::string& folder) {
    pugi::xml_document doc;
    const fs::path file = pathFromUtf8(folder) / std::string(kWorkspaceFileName);
    if (!doc.load_file(file.c_str()))
        return {};
    return doc.document_element().child("form").attribute("id").value();
}

std::shared_ptr<const Form> askForForm(wxWindow* parent, const wxString& why, wxString* error) {
    wxFileDialog dlg(parent, why, "", "", _("Form definitions (*.xml)|*.xml"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK) {
        *error = _("No form was chosen.");
        return nullptr;
    }
    FormLoadResult r = loadFormFile(toUtf8(dlg.GetPath()));
    if (!r.form) {
        *error = wxString::Format(_("The form %s has errors:"), dlg.GetPath()) + "\n" +
                 formErrors(r.diagnostics);
        return nullptr;
    }
    settings::rememberForm(dlg.GetPath());
    return r.form;
}

std::shared_ptr<const Form> findWorkspaceForm(const std::string& folder,
                                              const WorkspaceOpenOptions& options, wxWindow* parent,
                                              wxString* error) {
    if (!options.formPath.empty()) {
        FormLoadResult r = loadFormFile(toUtf8(options.formPath));
        if (!r.form)
            *error = wxString::Format(_("The form %s has errors:"), options.formPath) + "\n" +
                     formErrors(r.diagnostics);
        return r.form;
    }
    const std::string wanted = workspaceFormId(folder);
    std::vector<std::string> seen;
    for (const std::string& path : candidateForms(folder)) {
        if (std::find(seen.begin(), seen.end(), path) != seen.end())
            continue;
        seen.push_back(path);
        std::error_code ec;
        if (!fs::exists(pathFromUtf8(path), ec))
            continue;
        FormLoadResult r = loadFormFile(path);
        if (r.form && (wanted.empty() || r.form->id == wanted))
            return r.form;
        if (wanted.empty())
            break;  // the shipped questionnaire is the default; no guessing beyond it
    }
    const wxString why =
        wanted.empty()
            ? wxString(_("The shipped questionnaire was not found. Choose the form the "
                         "workspace's responses answer"))
            : wxString::Format(_("Choose the form %s (named in the workspace's workspace.xml)"),
                               fromUtf8(wanted));
    if (options.quiet) {
        *error = why + ".";
        return nullptr;
    }
    return askForForm(parent, why, error);
}

std::shared_ptr<const StatesList> loadShippedStates() {
    const DataDirs& dirs = dataDirs();
    if (!dirs.found)
        return nullptr;
    return StatesList::load(pathToUtf8(dirs.statesFile())).states;
}

DialogImportProgress::DialogImportProgress(wxWindow* parent, const wxString& title)
    : parent_(parent), title_(title) {}

DialogImportProgress::~DialogImportProgress() = default;

bool DialogImportProgress::onFile(size_t done, size_t total, const std::string& fileName) {
    const int max = static_cast<int>(std::max<size_t>(total, 1));
    if (!dialog_)
        dialog_ = std::make_unique<wxProgressDialog>(
            title_, _("Reading the response files…"), max, parent_,
            wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME |
                wxPD_REMAINING_TIME);
    const wxString message =
        fileName.empty()
            ? wxString(_("Checking the files…"))
            : wxString::Format(_("Reading %s (%zu of %zu)"), fromUtf8(fileName), done + 1, total);
    return dialog_->Update(std::min(static_cast<int>(done), max), message);
}

void showWorkspaceError(wxWindow* parent, const wxString& headline, const wxString& details) {
    wxMessageDialog dlg(parent, headline, _("revq workspace"), wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(details);
    dlg.ShowModal();
}

}  // namespace revq::gui
