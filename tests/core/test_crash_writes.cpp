// Crash consistency of every write path (issue 9): response save, autosave (the recovery copy the
// app writes through writeFileAtomically), the summary workbook export, the workspace's
// decisions (workspace.xml) and the copy made by a workspace import. A failure injected at any
// step (core/atomic_file.h's hook), a full disk (RLIMIT_FSIZE in a child process) or a folder
// that cannot be written leaves the previous file byte for byte, readable, with no temporary
// file beside it, and a message naming the file.
#include <sys/resource.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <set>

#include "core/atomic_file.h"
#include "core/form_loader.h"
#include "core/response_reader.h"
#include "core/response_store.h"
#include "core/response_writer.h"
#include "core/workspace.h"
#include "export/collation.h"
#include "export/export_layout.h"
#include "export/summary_workbook.h"
#include "test_hostile_support.h"

using namespace revq;
using namespace revq::hostile;

namespace {

const WriteStep kSteps[] = {WriteStep::CreateTemp, WriteStep::Write, WriteStep::Flush,
                            WriteStep::Backup, WriteStep::Rename};

std::shared_ptr<const Form> formV1() {
    static const auto loaded = loadFormFile(std::string(REVQ_TEST_DATA) + "/responses/form-v1.xml");
    REQUIRE(loaded.form);
    return loaded.form;
}

Response validResponse() {
    const auto r = readResponseFile(std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq");
    REQUIRE(r.response);
    return *r.response;
}

std::set<std::string> namesIn(const std::string& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.insert(e.path().filename().string());
    return out;
}

// Runs `attempt` (returns ok and fills the message) with a failure at each step the write uses,
// and checks that `target` keeps `previous` and the folder gains nothing.
template <typename F>
void failAtEveryStep(const std::string& target, const std::string& previous, F attempt) {
    const std::string dir = fs::path(target).parent_path().string();
    const std::set<std::string> namesBefore = namesIn(dir);
    for (WriteStep step : kSteps) {
        INFO("failing at: " << toString(step));
        bool reached = false;
        setWriteFaultHook([&](WriteStep s, const std::string&) {
            reached = reached || s == step;
            return s != step;
        });
        std::string message;
        const bool ok = attempt(&message);
        setWriteFaultHook(nullptr);
        if (!reached) {
            // This write path has no such step (e.g. no backup kept): it must then succeed;
            // put the previous content back for the next round.
            CHECK(ok);
            writeBytes(target, previous);
            for (const auto& n : namesIn(dir))
                if (!namesBefore.count(n))
                    fs::remove(fs::path(dir) / n);
            continue;
        }
        CHECK_FALSE(ok);
        CHECK(message.find(fs::path(target).filename().string()) != std::string::npos);
        CHECK(bytesOf(target) == previous);
        // No temporary file is left behind; a backup made before the failing step may stay,
        // and then holds the previous version too.
        for (const auto& n : namesIn(dir)) {
            if (namesBefore.count(n))
                continue;
            INFO("left in the folder: " << n);
            CHECK(n == fs::path(target).filename().string() + ".bak");
            CHECK(bytesOf((fs::path(dir) / n).string()) == previous);
            fs::remove(fs::path(dir) / n);
        }
    }
}

// Runs `job` in a child whose files may not grow past `bytes` (a full disk, as the program sees
// it: write() fails with EFBIG instead of killing it with SIGXFSZ).
int withFileSizeLimit(rlim_t bytes, const std::function<bool()>& job) {
    return inChild([&] {
               ::signal(SIGXFSZ, SIG_IGN);
               rlimit lim{bytes, bytes};
               if (::setrlimit(RLIMIT_FSIZE, &lim) != 0)
                   return false;
               return job();
           })
        .status;
}

// A place no file can be written: a folder that is a regular file (works for root too, who
// ignores permission bits), and below /proc.
std::vector<std::string> unwritableTargets(const std::string& scratchDir, const std::string& name) {
    const std::string notAFolder = scratchDir + "/not-a-folder";
    writeBytes(notAFolder, "a file where a folder is expected\n");
    std::vector<std::string> out = {notAFolder + "/" + name, "/proc/revq-test/" + name};
    if (::geteuid() != 0) {
        const std::string ro = scratchDir + "/read-only";
        fs::create_directories(ro);
        fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
        out.push_back(ro + "/" + name);
    }
    return out;
}

}  // namespace

TEST_CASE(
    "crash: response save fails cleanly at every step, on a full disk and where it "
    "cannot write",
    "[crash][response]") {
    const std::string dir = scratch("crash-save");
    const std::string path = dir + "/FRA.revq";
    Response original = validResponse();
    REQUIRE(saveResponse(path, original));
    const std::string previous = bytesOf(path);
    fs::remove(path + ".bak");
    Response changed = original;
    changed.answers["privacy"].text = std::string(20000, 'x') + " a long new answer";

    failAtEveryStep(path, previous, [&](std::string* message) {
        const FileStamp stamp = stampOfFile(path);
        SaveOptions o;
        o.readStamp = &stamp;
        const SaveResult r = saveResponse(path, changed, o);
        *message = r.error;
        return r.ok;
    });
    const OpenedResponse reopened = openResponse(path);
    REQUIRE(reopened.response);
    CHECK(*reopened.response == original);

    // A full disk: the new file cannot be written past 4 KB.
    const int status = withFileSizeLimit(4096, [&] {
        const FileStamp stamp = stampOfFile(path);
        SaveOptions o;
        o.readStamp = &stamp;
        const SaveResult r = saveResponse(path, changed, o);
        return !r.ok && r.error.find("FRA.revq") != std::string::npos;
    });
    CHECK(status == 0);
    CHECK(bytesOf(path) == previous);
    CHECK(namesIn(dir) == std::set<std::string>{"FRA.revq"});

    for (const auto& target : unwritableTargets(dir, "FRA.revq")) {
        INFO(target);
        const SaveResult r = saveResponse(target, changed);
        CHECK_FALSE(r.ok);
        CHECK(r.error.find("FRA.revq") != std::string::npos);
        CHECK_FALSE(fs::exists(target));
    }
    fs::remove_all(dir);
}

TEST_CASE("crash: the autosave recovery copy is replaced whole or not at all",
          "[crash][autosave]") {
    // The app writes its recovery copy as writeFileAtomically(path, writeResponseXml(response))
    // (src/gui/autosave.cpp); the copy must always be a readable response.
    const std::string dir = scratch("crash-autosave");
    const std::string path = dir + "/0123456789abcdef.revq";
    const Response original = validResponse();
    REQUIRE(writeFileAtomically(path, writeResponseXml(original)));
    const std::string previous = bytesOf(path);
    Response changed = original;
    changed.answers["privacy"].text = "typed since the last autosave";

    failAtEveryStep(path, previous, [&](std::string* message) {
        const WriteResult w = writeFileAtomically(path, writeResponseXml(changed));
        *message = w.error;
        return w.ok;
    });
    REQUIRE(readResponseFile(path).response);
    CHECK(*readResponseFile(path).response == original);

    const int status = withFileSizeLimit(1024, [&] {
        const WriteResult w = writeFileAtomically(path, writeResponseXml(changed));
        return !w.ok && w.error.find(fs::path(path).filename().string()) != std::string::npos;
    });
    CHECK(status == 0);
    CHECK(bytesOf(path) == previous);
    fs::remove_all(dir);
}

TEST_CASE("crash: a failed summary workbook export leaves the previous workbook",
          "[crash][export]") {
    const std::string dir = scratch("crash-export");
    const std::string out = dir + "/summary.xlsx";
    const auto layout = loadExportLayoutFile(
        std::string(REVQ_SOURCE_DIR) + "/templates/summary.xml", "summary", summarySheetKinds());
    REQUIRE(layout.ok);
    const Workspace ws = Workspace::fromPaths(
        {std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq"}, formV1(), nullptr, nullptr);
    CollationOptions copts;
    copts.includeMissingStates = false;
    const auto collation = collate(ws, copts);
    REQUIRE_FALSE(collation->rows.empty());
    const ExportReport first = writeSummaryWorkbook(layout.layout, collation->input, out);
    REQUIRE(first.ok);
    const std::string previous = bytesOf(out);
    REQUIRE(previous.starts_with("PK"));

    failAtEveryStep(out, previous, [&](std::string* message) {
        SummaryInput input = collation->input;
        input.generatedAt = "2030-01-01T00:00:00Z";  // different bytes from the previous file
        const ExportReport r = writeSummaryWorkbook(layout.layout, input, out);
        *message = r.error;
        return r.ok;
    });

    const int status = withFileSizeLimit(2048, [&] {
        const ExportReport r = writeSummaryWorkbook(layout.layout, collation->input, out);
        return !r.ok && !r.error.empty();
    });
    CHECK(status == 0);
    CHECK(bytesOf(out) == previous);
    CHECK(namesIn(dir) == std::set<std::string>{"summary.xlsx"});

    for (const auto& target : unwritableTargets(dir, "summary.xlsx")) {
        INFO(target);
        const ExportReport r = writeSummaryWorkbook(layout.layout, collation->input, target);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error.empty());
        CHECK_FALSE(fs::exists(target));
    }
    fs::remove_all(dir);
}

TEST_CASE("crash: the workspace's decisions (workspace.xml) survive a failed save",
          "[crash][workspace]") {
    const std::string dir = scratch("crash-workspace");
    const std::string folder = dir + "/ws";
    fs::create_directories(folder);
    const std::string valid = std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq";
    fs::copy_file(valid, folder + "/FRA_1.revq");
    fs::copy_file(valid, folder + "/FRA_2.revq");
    Workspace ws = Workspace::open(folder, formV1(), nullptr, nullptr);
    std::string error;
    REQUIRE(ws.choose("FRA", "FRA_1.revq", &error));
    ws.setNote("FRA", "first decision");
    REQUIRE(ws.save());
    const std::string xml = folder + "/workspace.xml";
    const std::string previous = bytesOf(xml);
    {
        // The decisions just written read back.
        const Workspace reopened = Workspace::open(folder, formV1(), nullptr, nullptr);
        const WorkspaceState* fra = reopened.state("FRA");
        REQUIRE(fra);
        CHECK(fra->decided);
        CHECK(fra->note == "first decision");
    }

    REQUIRE(ws.choose("FRA", "FRA_2.revq", &error));
    ws.setNote("FRA", "second decision");
    failAtEveryStep(xml, previous, [&](std::string* message) {
        const WriteResult w = ws.save();
        *message = w.error;
        return w.ok;
    });
    const int status = withFileSizeLimit(64, [&] {
        const WriteResult w = ws.save();
        return !w.ok && w.error.find("workspace.xml") != std::string::npos;
    });
    CHECK(status == 0);
    CHECK(bytesOf(xml) == previous);
    const Workspace reopened = Workspace::open(folder, formV1(), nullptr, nullptr);
    REQUIRE(reopened.state("FRA"));
    CHECK(reopened.state("FRA")->note == "first decision");
    fs::remove_all(dir);
}

TEST_CASE("crash: a failed import copy leaves no partial file in the workspace",
          "[crash][workspace]") {
    const std::string dir = scratch("crash-import");
    const std::string folder = dir + "/ws";
    fs::create_directories(folder);
    Workspace ws = Workspace::open(folder, formV1(), nullptr, nullptr);
    const std::string valid = std::string(REVQ_TEST_DATA) + "/responses/valid-v1.revq";
    for (WriteStep step :
         {WriteStep::CreateTemp, WriteStep::Write, WriteStep::Flush, WriteStep::Rename}) {
        INFO("failing at: " << toString(step));
        setWriteFaultHook([step](WriteStep s, const std::string&) { return s != step; });
        const ImportReport r = ws.importFiles({valid});
        setWriteFaultHook(nullptr);
        CHECK(r.imported.empty());
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].find("valid-v1.revq") != std::string::npos);
        CHECK(namesIn(folder).empty());
    }
    const int status = withFileSizeLimit(512, [&] {
        const ImportReport r = ws.importFiles({valid});
        return r.imported.empty() && r.errors.size() == 1;
    });
    CHECK(status == 0);
    CHECK(namesIn(folder).empty());
    fs::remove_all(dir);
}
