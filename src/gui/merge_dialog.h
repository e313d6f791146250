// File > National Consultation > Merge Contributions: the focal point chooses contribution
// files (or drops them on the dialog), sees per file what happened (taken, unchanged, outside
// the assignment, refused and why), and settles each conflict side by side: one version, a
// combined text, or a bulk preference. Unresolved conflicts keep the master's answer and stay
// recorded. The merge itself is core's MergeSession (core/consultation_merge.h); this dialog
// only shows it. It works modeless too, so tests and screenshots drive it directly.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/consultation_merge.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListBox;
class wxListCtrl;
class wxPanel;
class wxStaticText;
class wxTextCtrl;

namespace revq::gui {

class AnswerCommandProcessor;

// An answer as readable text in `lang` (choice labels, table cells, citations).
wxString answerAsText(const Question& q, const Answer& a, const std::string& lang);

class MergeDialog : public wxDialog {
  public:
    MergeDialog(wxWindow* parent, std::shared_ptr<const Form> form, Response master,
                std::string masterName, std::string by, std::string formLang);

    // Why the master cannot be merged into ("" when it can).
    std::string masterProblem() const;

    struct FileEntry {
        std::string path;
        std::optional<Response> response;  // absent when the file could not be read
        std::string readError;             // why not
        ContributionMergeReport report;
    };
    // Reads each file and merges it (a file listed already is not added twice).
    void addFiles(const std::vector<std::string>& paths);
    void removeFile(size_t index);
    const std::vector<FileEntry>& files() const { return files_; }
    // "Take answers outside the assignment": re-merges every file with that choice.
    void setIncludeOutside(bool include);

    // Every conflict the contributions raised, resolved or not, by question id.
    const std::vector<Conflict>& conflicts() const { return conflicts_; }
    // Those still open (the master keeps its answer for them).
    std::vector<Conflict> openConflicts() const { return session_->conflicts(); }
    void selectConflict(size_t index);
    // Settle a conflict with version `index` of conflicts()'s entry, or a combined answer. The id
    // is taken by value: callers pass conflicts()[i].questionId, which settling rebuilds.
    bool pickVersion(std::string questionId, size_t index);
    bool combine(std::string questionId, Answer combined);
    // Back to unresolved.
    void unresolve(std::string questionId);
    // Settles every open conflict the preference decides; returns how many.
    size_t preferAll(Preference preference, const std::string& agency = {});

    // The master with everything merged and resolved (history and record included).
    Response result() const { return session_->result(); }
    // Applies result() to the open document as one undo step; false when nothing changed.
    bool applyTo(AnswerCommandProcessor& commands) const;

  private:
    struct Resolution {
        bool fromMaster = false;
        std::string agency;
        std::optional<Answer> combined;
    };
    void buildUi();
    void rebuild();  // a fresh session: every file merged, every resolution replayed
    void refreshFiles();
    void refreshConflicts();
    void showConflict();
    void showFileDetails();
    void updateSummary();
    void wrapLabels();
    void onAddFiles();
    void onCombine();
    void onPreferAll();
    const Question* question(const std::string& questionId) const;

    std::shared_ptr<const Form> form_;
    Response master_;
    std::string masterName_, by_, formLang_;
    bool includeOutside_ = false;
    std::unique_ptr<MergeSession> session_;
    std::vector<FileEntry> files_;
    std::vector<Conflict> conflicts_;
    std::map<std::string, Resolution> resolutions_;
    long shownConflict_ = -1;

    wxListCtrl* fileList_ = nullptr;
    wxTextCtrl* fileDetails_ = nullptr;
    wxCheckBox* outside_ = nullptr;
    wxListBox* conflictList_ = nullptr;
    wxStaticText* questionLabel_ = nullptr;
    wxPanel* versions_ = nullptr;
    wxChoice* combineFrom_ = nullptr;
    wxTextCtrl* combined_ = nullptr;
    wxButton* useCombined_ = nullptr;
    wxButton* unresolve_ = nullptr;
    wxChoice* prefer_ = nullptr;
    wxStaticText* summary_ = nullptr;
};

}  // namespace revq::gui
