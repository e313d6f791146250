// The secretariat's collation workspace: a folder of *.revq response files plus workspace.xml
// (the secretariat's decisions: which revision counts for a State in conflict, notes).
// Importing validates every file and flags what a person must know — a second revision from
// the same State, a file changed after submission, a response to another form or version, an
// unreadable file — and never deletes or rewrites a State's file. Rows per State and per file
// are plain data with accessors, for the exports and for a wxDataViewCtrl model alike.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/aggregates.h"
#include "core/atomic_file.h"
#include "core/carry_over.h"
#include "core/diagnostic.h"
#include "core/form.h"
#include "core/response.h"
#include "core/response_integrity.h"
#include "core/states.h"

namespace revq {

inline constexpr std::string_view kWorkspaceFileName = "workspace.xml";
inline constexpr std::string_view kWorkspaceNamespace = "urn:revq:workspace:1";

// Why a file needs a person's attention. Stable codes for tools; messages for people.
enum class FileFlag {
    Unreadable,              // not a response file revq can read (file:line:col in the message)
    OtherForm,               // answers another questionnaire: not collated
    OtherVersion,            // answers another version of this form: mapped, as carry-over does
    UnknownState,            // State code not in the States list: not collated
    ChangedAfterSubmission,  // submitted, but the content no longer matches its hash
    MissingHash,             // marked submitted without an integrity hash
    SecondRevision,          // the State sent more than one file: a conflict to resolve
    NotChosen,               // another revision of the State is the one collated
    NameOtherState,          // the file name starts with another State's code (collated)
};
std::string_view toString(FileFlag flag);  // "unreadable", "other-form", ...

struct FileProblem {
    FileFlag flag;
    std::string message;  // a sentence naming the file and what to do
};

// One response file of the workspace.
struct WorkspaceFile {
    std::string fileName;  // base name
    std::string path;      // full path (the workspace folder, or where it was read for collate)
    std::string sha256;    // of the bytes read
    std::optional<Response> response;  // as collated: mapped onto the form when needed
    std::string stateCode;             // "" when unreadable
    IntegrityState integrity = IntegrityState::Draft;
    ResponseStatus status = ResponseStatus::Draft;  // as sent (a mapped copy is a draft)
    std::string submittedAt;                        // as sent
    std::string formVersion;                        // as sent
    std::vector<FileProblem> problems;
    bool usable = false;  // readable, this form, a known State: may be collated
    bool has(FileFlag f) const;
    // Every problem's message, joined with "; ".
    std::string problemText() const;
};

// One State that sent at least one file: a row of the secretariat's table.
struct WorkspaceState {
    std::string code;
    std::vector<size_t> files;          // indexes into Workspace::files(), every revision received
    long chosen = -1;                   // the file collated, -1 when none is usable
    bool conflict = false;              // more than one usable file and no decision recorded
    bool decided = false;               // the secretariat chose the file (workspace.xml)
    std::string note;                   // the secretariat's note
    std::vector<QuestionState> states;  // evaluateForm of the chosen response
    double completeness = -1;           // answered / relevant of the chosen response, 0..1
};

// Reports progress of a long import; the GUI shows a dialog, the CLI nothing or a line.
class ImportProgress {
  public:
    virtual ~ImportProgress() = default;
    // Called on the thread that started the import as files are read (several are read at
    // once): `done` files of `total` are read and `fileName` is next. Return false to stop
    // (files read so far stay imported).
    virtual bool onFile(size_t done, size_t total, const std::string& fileName) = 0;
};

struct ImportReport {
    std::vector<std::string> imported;  // file names read (or copied in) and usable
    std::vector<std::string> flagged;   // "NAME: reason" for each file with a problem
    std::vector<std::string> skipped;   // "NAME: reason" for files not collated
    std::vector<std::string> errors;    // copies or saves that failed, as sentences
    bool cancelled = false;
};

class Workspace {
  public:
    // A workspace over `folder` (which must exist). Reads workspace.xml when present and
    // every *.revq file in the folder. `states` may be null (then any
    // three-letter code is accepted and no group is known).
    static Workspace open(const std::string& folder, std::shared_ptr<const Form> form,
                          std::shared_ptr<const StatesList> states, ImportReport* report,
                          ImportProgress* progress = nullptr);
    // A workspace without a folder: the given files (and *.revq files of given folders, with
    // their workspace.xml decisions) read where they are, for `revq-cli collate`.
    static Workspace fromPaths(const std::vector<std::string>& paths,
                               std::shared_ptr<const Form> form,
                               std::shared_ptr<const StatesList> states, ImportReport* report,
                               ImportProgress* progress = nullptr);

    // Copies files into the folder (a file already there with the same bytes is skipped; a
    // different file with the same name is copied under a new name) and reads them.
    ImportReport importFiles(const std::vector<std::string>& paths,
                             ImportProgress* progress = nullptr);

    // The secretariat's decisions. choose() names the file collated for a State (one of its
    // files); an empty name returns to the automatic choice. Saved by save().
    bool choose(std::string_view stateCode, const std::string& fileName, std::string* error);
    void setNote(std::string_view stateCode, std::string note);
    // Writes workspace.xml atomically. Fails without a folder.
    WriteResult save() const;

    const std::string& folder() const { return folder_; }
    const Form& form() const { return *form_; }
    const StatesList* statesList() const { return states_.get(); }
    const std::vector<WorkspaceFile>& files() const { return files_; }
    const std::vector<WorkspaceState>& states() const { return stateRows_; }
    const WorkspaceState* state(std::string_view code) const;
    const WorkspaceFile* chosenFile(const WorkspaceState& s) const;
    // Group id of a State ("" when unknown).
    std::string groupOf(std::string_view code) const;
    // The State's name in `lang` (the code when unknown).
    std::string nameOf(std::string_view code, std::string_view lang) const;
    // Flags of a State's row, as sentences joined with "; " (its files' problems and conflict).
    std::string flagsOf(const WorkspaceState& s) const;
    // The chosen responses, relevance evaluated, in state order (pointers into this
    // workspace: valid until it changes); `rowOfState` (optional)
    // receives for each states() entry its index in the result or -1.
    std::vector<CollatedResponse> collated(std::vector<long>* rowOfState = nullptr) const;

  private:
    void readFiles(const std::vector<std::string>& paths, ImportReport& report,
                   ImportProgress* progress);
    void rebuildStates();
    void loadDecisions(const std::string& path, ImportReport& report);

    std::string folder_;
    std::shared_ptr<const Form> form_;
    std::shared_ptr<const StatesList> states_;
    std::vector<WorkspaceFile> files_;
    std::vector<WorkspaceState> stateRows_;
    std::map<std::string, std::string, std::less<>> decisions_;  // State -> chosen file name
    std::map<std::string, std::string, std::less<>> notes_;      // State -> note
};

struct NextCycleReport {
    std::vector<std::string> written;   // paths
    std::vector<std::string> problems;  // sentences
};

// Writes one pre-filled draft response per State with a chosen response into `outDir`
// (CODE.revq), answers carried over to `nextForm` and marked carried over. Never overwrites
// an existing file (reported instead).
NextCycleReport prepareNextCycle(const Workspace& ws, const Form& nextForm,
                                 const std::string& outDir, const std::string& by);

}  // namespace revq
