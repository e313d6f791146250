// Merging contributions back into the master (docs/consultation.md). Identical answers merge
// quietly; differing ones become conflicts listing each version (who, agency, when) and the
// master keeps its own answer until the focal point resolves them. The result depends only on
// the set of contributions, not on the order they are merged in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/consultation_record.h"
#include "core/form.h"
#include "core/response.h"

namespace revq {

struct MergeOptions {
    bool includeOutside = false;  // take answers outside the contribution's assignment
    std::string by;               // who merges (history)
};

struct ContributionMergeReport {
    bool refused = false;
    std::string error;           // why refused: a sentence naming the file and what to do
    bool alreadyMerged = false;  // the same contribution was merged before: nothing changed
    std::string agency;
    std::vector<std::string> taken;         // question ids whose version was recorded
    std::vector<std::string> unchanged;     // identical to the master's answer
    std::vector<std::string> outside;       // outside the assignment
    std::vector<std::string> outsideTaken;  // ... and taken (includeOutside)
    std::vector<std::string> setAside;      // set aside by form-version mapping: not taken
    std::vector<std::string> conflicts;     // question ids in conflict after this merge
};

// One version of a conflicting answer, as the focal point sees it.
struct ConflictVersion {
    bool fromMaster = false;  // the master's own answer
    std::string agency;
    std::string person;
    std::string changed;  // when it was written
    Answer answer;
};

struct Conflict {
    std::string questionId;
    std::vector<ConflictVersion> versions;  // master first (when it had one), then by agency
};

enum class Preference { Master, Latest, Agency };

// The version of `conflict` that `preference` (with `agency` for Preference::Agency) picks;
// none when it decides nothing (no master version, no version of that agency).
std::optional<size_t> preferredVersion(const Conflict& conflict, Preference preference,
                                       const std::string& agency);

class MergeSession {
  public:
    // `master` must answer `form` (same id and version); check with masterProblem().
    MergeSession(const Form& form, Response master, std::string masterFile = "master");

    // Why this master cannot be merged into ("" when it can).
    std::string masterProblem() const;

    // Adds a contribution (read from `fileName`). Refused when it is not a contribution, is
    // for another State or form; another version of the form is mapped first.
    ContributionMergeReport add(const Response& contribution, const std::string& fileName,
                                const MergeOptions& options);

    // Open conflicts, by question id.
    std::vector<Conflict> conflicts() const;
    // Picks version `index` of conflicts()'s entry for `questionId`.
    bool resolve(const std::string& questionId, size_t index, const std::string& by);
    // Takes `combined` (e.g. texts of two versions joined by the focal point) as the answer.
    bool resolveWithAnswer(const std::string& questionId, Answer combined, const std::string& by,
                           const std::string& byAgency = {});
    // Resolves every conflict that the preference decides; returns how many.
    size_t resolveAll(Preference preference, const std::string& agency, const std::string& by);

    // The master with the consultation record stored (save it with saveResponse).
    Response result() const;
    const ConsultationRecord& record() const { return record_; }

  private:
    void recompute(PendingAnswer& p);
    std::string contributorFor(const std::string& person, const std::string& agency,
                               const std::string& email);
    void settle(const std::string& questionId, std::optional<Answer> answer, const std::string& by,
                const std::string& note);

    const Form& form_;
    Response master_;
    std::string masterFile_;
    ConsultationRecord record_;
};

}  // namespace revq
