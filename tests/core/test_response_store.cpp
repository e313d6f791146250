// Saving responses: atomic, with a backup, refusing to overwrite a file changed on disk, and
// leaving the previous file intact when any step of the write fails.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/response_store.h"
#include "core/response_writer.h"
#include "test_response_support.h"

using namespace revq;
namespace fs = std::filesystem;

namespace {

fs::path scratchDir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("revq-response-store-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void spit(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
}

// Files in `dir` other than the ones named.
std::vector<std::string> leftovers(const fs::path& dir, std::initializer_list<std::string> known) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        if (std::find(known.begin(), known.end(), name) == known.end())
            out.push_back(name);
    }
    return out;
}

}  // namespace

TEST_CASE("save, open, save again keeps a backup", "[response][store]") {
    fs::path dir = scratchDir("basic");
    std::string path = (dir / "FRA.revq").string();
    test::ResponseGenerator gen(7);
    Response r = gen.response(5);

    SaveResult first = saveResponse(path, r);
    INFO(first.error);
    REQUIRE(first);
    CHECK_FALSE(fs::exists(path + ".bak"));  // nothing to back up yet

    OpenedResponse opened = openResponse(path);
    REQUIRE(opened.response);
    CHECK(*opened.response == r);
    CHECK(opened.stamp == first.stamp);
    CHECK(opened.stamp.sha256 == sha256Hex(slurp(path)));

    std::string before = slurp(path);
    Response changed = *opened.response;
    changed.answers.begin()->second.text = "changed";
    changed.answers.begin()->second.values.clear();
    SaveOptions options;
    options.readStamp = &opened.stamp;
    SaveResult second = saveResponse(path, changed, options);
    INFO(second.error);
    REQUIRE(second);
    CHECK(slurp(path + ".bak") == before);
    CHECK(*openResponse(path).response == changed);
    CHECK(leftovers(dir, {"FRA.revq", "FRA.revq.bak"}).empty());
}

TEST_CASE("a new response does not overwrite an existing file unless forced", "[response][store]") {
    fs::path dir = scratchDir("exists");
    std::string path = (dir / "FRA.revq").string();
    spit(path, "someone else's file");
    test::ResponseGenerator gen(8);
    Response r = gen.response(2);
    SaveResult refused = saveResponse(path, r);
    CHECK_FALSE(refused);
    CHECK(refused.code == "exists");
    CHECK(refused.error.find(path) != std::string::npos);
    CHECK(slurp(path) == "someone else's file");

    SaveOptions force;
    force.force = true;
    CHECK(saveResponse(path, r, force));
    CHECK(slurp(path + ".bak") == "someone else's file");
}

TEST_CASE("saving refuses when the file changed on disk since it was read", "[response][store]") {
    fs::path dir = scratchDir("changed");
    std::string path = (dir / "FRA.revq").string();
    test::ResponseGenerator gen(9);
    Response r = gen.response(3);
    REQUIRE(saveResponse(path, r));
    OpenedResponse opened = openResponse(path);
    REQUIRE(opened.response);

    // Another program edits the file (same size, so only the hash tells).
    std::string text = slurp(path);
    std::size_t at = text.find("FRA");
    REQUIRE(at != std::string::npos);
    text.replace(at, 3, "BEL");
    spit(path, text);

    SaveOptions options;
    options.readStamp = &opened.stamp;
    SaveResult refused = saveResponse(path, *opened.response, options);
    CHECK_FALSE(refused);
    CHECK(refused.code == "changed-on-disk");
    CHECK(refused.error.find(path) != std::string::npos);
    CHECK(slurp(path) == text);

    options.force = true;
    CHECK(saveResponse(path, *opened.response, options));
    CHECK(openResponse(path).response->stateCode == "FRA");
}

TEST_CASE("a failure at any write step leaves the previous file intact and readable",
          "[response][store]") {
    fs::path dir = scratchDir("faults");
    std::string path = (dir / "FRA.revq").string();
    test::ResponseGenerator gen(10);
    Response original = gen.response(10);
    REQUIRE(saveResponse(path, original));
    SaveOptions again;
    again.force = true;
    REQUIRE(saveResponse(path, original, again));  // now a .bak exists too
    const std::string before = slurp(path);
    const std::string backupBefore = slurp(path + ".bak");
    spit(path + ".bak", backupBefore + "<!-- older -->");  // differs from the file: must survive

    for (WriteStep step : {WriteStep::CreateTemp, WriteStep::Write, WriteStep::Flush,
                           WriteStep::Backup, WriteStep::Rename}) {
        INFO("failing step: " << toString(step));
        OpenedResponse opened = openResponse(path);
        REQUIRE(opened.response);
        Response changed = *opened.response;
        changed.respondentName = "Someone new";
        setWriteFaultHook([step](WriteStep s, const std::string&) { return s != step; });
        SaveOptions options;
        options.readStamp = &opened.stamp;
        SaveResult r = saveResponse(path, changed, options);
        setWriteFaultHook(nullptr);
        CHECK_FALSE(r);
        CHECK(r.code == "write-failed");
        CHECK(r.error.find(path) != std::string::npos);
        CHECK(slurp(path) == before);
        CHECK(slurp(path + ".bak") == backupBefore + "<!-- older -->");
        OpenedResponse reread = openResponse(path);
        REQUIRE(reread.response);
        CHECK(*reread.response == original);
        // No temporary file is left behind.
        for (const auto& name : leftovers(dir, {"FRA.revq", "FRA.revq.bak"})) {
            FAIL("left behind: " << name);
        }
    }
}

TEST_CASE("attachments over the limit are refused with file and size", "[response][store]") {
    fs::path dir = scratchDir("big");
    std::string path = (dir / "FRA.revq").string();
    Response r;
    r.formId = "f";
    r.formVersion = "1";
    r.stateCode = "FRA";
    Answer a;
    a.questionId = "law";
    Citation c;
    c.title = "Penal Code";
    c.hasExcerpt = true;
    c.excerpt.fileName = "huge.pdf";
    c.excerpt.data.assign(kMaxAttachmentBytes + 1, 'x');
    c.excerpt.sha256 = sha256Hex(c.excerpt.data);
    a.citations.push_back(std::move(c));
    r.answers["law"] = std::move(a);
    SaveResult refused = saveResponse(path, r);
    CHECK_FALSE(refused);
    CHECK(refused.code == "attachment-too-large");
    CHECK(refused.error.find("huge.pdf") != std::string::npos);
    CHECK(refused.error.find(std::to_string(kMaxAttachmentBytes + 1)) != std::string::npos);
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("opening a missing or damaged file reports it and changes nothing", "[response][store]") {
    fs::path dir = scratchDir("damaged");
    OpenedResponse missing = openResponse((dir / "nope.revq").string());
    CHECK_FALSE(missing.response);
    REQUIRE(missing.diagnostics.hasErrors());
    CHECK(missing.diagnostics.items[0].file == (dir / "nope.revq").string());

    std::string path = (dir / "cut.revq").string();
    test::ResponseGenerator gen(11);
    std::string xml = writeResponseXml(gen.response(4));
    spit(path, xml.substr(0, xml.size() - 30));
    OpenedResponse cut = openResponse(path);
    CHECK_FALSE(cut.response);
    REQUIRE(cut.diagnostics.hasErrors());
    CHECK(cut.diagnostics.items[0].line > 0);
    CHECK(slurp(path) == xml.substr(0, xml.size() - 30));
}

TEST_CASE("a response of 2,000 answers saves and opens quickly", "[response][store]") {
    fs::path dir = scratchDir("timing");
    std::string path = (dir / "big.revq").string();
    test::ResponseGenerator gen(12);
    Response r = gen.response(2000);
    auto start = std::chrono::steady_clock::now();
    REQUIRE(saveResponse(path, r));
    auto saved = std::chrono::steady_clock::now();
    OpenedResponse opened = openResponse(path);
    auto read = std::chrono::steady_clock::now();
    REQUIRE(opened.response);
    CHECK(*opened.response == r);
    using ms = std::chrono::milliseconds;
    auto saveMs = std::chrono::duration_cast<ms>(saved - start).count();
    auto openMs = std::chrono::duration_cast<ms>(read - saved).count();
    WARN("2,000 generated answers, " << fs::file_size(path) / 1024 << " KiB: save " << saveMs
                                     << " ms, open " << openMs << " ms");
    // Generous bounds (sanitizer builds, a loaded machine); the work is to feel instant.
    CHECK(saveMs < 5000);
    CHECK(openMs < 5000);
}
