// The hostile-input catalogue imported into a collation workspace, as the secretariat does with
// files that arrive by e-mail: every refused file is skipped with its file:line:col reason,
// the readable ones are collated (a file named for another State is flagged), and neither the
// files given nor the workspace's own files change.
#include <catch2/catch.hpp>
#include <map>

#include "core/form_loader.h"
#include "core/workspace.h"
#include "test_hostile_support.h"

using namespace revq;
using namespace revq::hostile;

namespace {

// Files of the catalogue a reader must refuse, and those it reads (their problems are a matter
// for validation or for a flag, not for import).
const char* const kRefused[] = {
    "billion-laughs.revq",
    "external-entity.revq",
    "nul-byte.revq",
    "invalid-utf8.revq",
    "overlong-utf8.revq",
    "utf16-bom.revq",
    "duplicate-answer.revq",
    "attachment-dotdot.revq",
    "attachment-absolute.revq",
    "attachment-dot-dot-only.revq",
    "attachment-windows-path.revq",
    "truncated.revq",
    "zip-as-revq.revq",
};
const char* const kReadable[] = {"FRA_state-mismatch.revq", "formula-text.revq",
                                 "number-out-of-range.revq", "number-not-a-number.revq"};

}  // namespace

TEST_CASE(
    "hostile workspace import: refused files are skipped with their position, nothing "
    "changes",
    "[hostile][workspace]") {
    const auto loaded = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/form-v1.xml");
    REQUIRE(loaded.form);
    const std::string folder = scratch("workspace-import");
    std::vector<std::string> paths;
    std::map<std::string, std::string> before;
    for (const char* n : kRefused)
        paths.push_back(catalogue(n));
    for (const char* n : kReadable)
        paths.push_back(catalogue(n));
    for (const auto& p : paths)
        before[p] = hashOf(p);

    Workspace ws = Workspace::open(folder, loaded.form, nullptr, nullptr);
    const auto start = std::chrono::steady_clock::now();
    const ImportReport report = ws.importFiles(paths);
    CHECK(secondsSince(start) < 20);
    CHECK(report.errors.empty());

    for (const auto& p : paths)
        CHECK(hashOf(p) == before[p]);  // the files given are never changed
    for (const char* n : kRefused) {
        INFO(n);
        bool skipped = false;
        for (const auto& s : report.skipped)
            if (s.starts_with(std::string(n) + ": unreadable: ") &&
                s.find(fs::path(folder).filename().string()) != std::string::npos &&
                s.find(": error: ") != std::string::npos)
                skipped = true;
        CHECK(skipped);
    }
    for (const char* n : kReadable) {
        INFO(n);
        bool imported = false;
        for (const auto& s : report.imported)
            imported = imported || s == n;
        CHECK(imported);
    }

    // The file named for France that answers for Germany: collated as DEU, and flagged.
    const WorkspaceFile* mismatch = nullptr;
    for (const auto& f : ws.files())
        if (f.fileName == "FRA_state-mismatch.revq")
            mismatch = &f;
    REQUIRE(mismatch);
    CHECK(mismatch->usable);
    CHECK(mismatch->stateCode == "DEU");
    CHECK(mismatch->has(FileFlag::NameOtherState));
    CHECK(toString(FileFlag::NameOtherState) == "name-other-state");
    bool flagged = false;
    for (const auto& f : report.flagged)
        flagged =
            flagged || (f.starts_with("FRA_state-mismatch.revq: ") &&
                        f.find("FRA") != std::string::npos && f.find("DEU") != std::string::npos);
    CHECK(flagged);

    // The copies in the workspace are the bytes received; opening the folder again reads the
    // same and changes nothing.
    std::map<std::string, std::string> inside;
    for (const auto& e : fs::directory_iterator(folder))
        inside[e.path().string()] = hashOf(e.path().string());
    ImportReport again;
    Workspace reopened = Workspace::open(folder, loaded.form, nullptr, &again);
    CHECK(reopened.files().size() == ws.files().size());
    for (const auto& [p, h] : inside)
        CHECK(hashOf(p) == h);
    fs::remove_all(folder);
}
