// The collation workspace: import flags each problem with a reason, never changes a State's
// file, keeps the secretariat's decisions in workspace.xml, and prepares the next cycle.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/form_loader.h"
#include "core/response_integrity.h"
#include "core/response_reader.h"
#include "core/response_writer.h"
#include "core/sha256.h"
#include "core/workspace.h"

namespace fs = std::filesystem;
using namespace revq;

namespace {

const char* kForm =
    R"(<form xmlns="urn:revq:form:1" format-version="1" id="ws" version="2" languages="en">
<title xml:lang="en">Workspace</title>
<instrument ref="demo" version="1">
<instrument-definition xmlns="urn:revq:instrument:1" format-version="1" id="demo" version="1">
<title xml:lang="en">Demo</title>
<part number="I"><title xml:lang="en">General</title>
<article number="5" level="mandatory"><title xml:lang="en">A5</title><summary xml:lang="en">S</summary></article>
</part>
</instrument-definition>
</instrument>
<choice-lists><choices id="yn"><choice value="yes"><label xml:lang="en">Yes</label></choice><choice value="no"><label xml:lang="en">No</label></choice></choices></choice-lists>
<cluster id="c1" number="1" assignment="confirmed"><title xml:lang="en">C</title>
<section id="s5" article="5"><title xml:lang="en">S5</title>
<question id="crim" type="single" choices="yn" required="true"><label xml:lang="en">Crim?</label></question>
<question id="why" type="textarea"><label xml:lang="en">Why</label></question>
</section></cluster></form>)";

std::shared_ptr<const Form> loadForm() {
    FormLoadResult r = loadFormText(kForm, "ws.xml");
    REQUIRE(r.form);
    return r.form;
}

Response make(const Form& form, const std::string& code, const std::string& crim, bool submit,
              const std::string& when) {
    Response r;
    r.formId = form.id;
    r.formVersion = form.version;
    r.stateCode = code;
    r.created = "2026-01-01T00:00:00Z";
    Answer a;
    a.questionId = "crim";
    a.values = {crim};
    r.answers["crim"] = a;
    if (submit) {
        REQUIRE(submitResponse(form, r, "tester").ok);
        r.submitted = when;
    }
    return r;
}

void writeText(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::map<std::string, std::string> hashes(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file())
            out[e.path().filename().string()] = sha256Hex(slurp(e.path()));
    return out;
}

const WorkspaceFile* file(const Workspace& ws, const std::string& name) {
    for (const auto& f : ws.files())
        if (f.fileName == name)
            return &f;
    return nullptr;
}

struct CountingProgress : ImportProgress {
    size_t calls = 0;
    bool onFile(size_t, size_t, const std::string&) override {
        ++calls;
        return true;
    }
};

fs::path scratch(const std::string& name) {
    fs::path p = fs::temp_directory_path() / ("revq-test-workspace-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

}  // namespace

TEST_CASE("workspace import flags each problem and changes no file", "[workspace]") {
    const auto form = loadForm();
    const fs::path dir = scratch("flags");
    writeText(dir / "fra-1.revq",
              writeResponseXml(make(*form, "FRA", "yes", true, "2026-03-01T10:00:00Z")));
    writeText(dir / "fra-2.revq",
              writeResponseXml(make(*form, "FRA", "no", true, "2026-04-01T10:00:00Z")));
    std::string tampered =
        writeResponseXml(make(*form, "DEU", "yes", true, "2026-03-01T10:00:00Z"));
    tampered.replace(tampered.find("<value>yes</value>"), 18, "<value>no</value>");
    writeText(dir / "deu.revq", tampered);
    Response other = make(*form, "ITA", "yes", false, "");
    other.formId = "another-form";
    writeText(dir / "ita.revq", writeResponseXml(other));
    Response older = make(*form, "ESP", "yes", false, "");
    older.formVersion = "1";
    writeText(dir / "esp.revq", writeResponseXml(older));
    writeText(dir / "broken.revq",
              "<?xml version=\"1.0\"?>\n<response xmlns=\"urn:revq:response:1\">\n  <form id=");
    const auto before = hashes(dir);

    ImportReport report;
    CountingProgress progress;
    const Workspace ws = Workspace::open(dir.string(), form, nullptr, &report, &progress);
    CHECK(progress.calls >= 1);  // from this thread, while files are read in parallel
    CHECK(progress.calls <= 6);
    CHECK(hashes(dir) == before);

    const WorkspaceFile* fra1 = file(ws, "fra-1.revq");
    const WorkspaceFile* fra2 = file(ws, "fra-2.revq");
    REQUIRE(fra1);
    REQUIRE(fra2);
    CHECK(fra1->has(FileFlag::SecondRevision));
    CHECK(fra1->has(FileFlag::NotChosen));
    CHECK(fra2->has(FileFlag::SecondRevision));
    CHECK_FALSE(fra2->has(FileFlag::NotChosen));
    const WorkspaceState* fra = ws.state("FRA");
    REQUIRE(fra);
    CHECK(fra->conflict);
    CHECK(ws.chosenFile(*fra)->fileName == "fra-2.revq");  // the latest submitted wins

    CHECK(file(ws, "deu.revq")->has(FileFlag::ChangedAfterSubmission));
    CHECK(file(ws, "deu.revq")->usable);
    CHECK(file(ws, "ita.revq")->has(FileFlag::OtherForm));
    CHECK_FALSE(file(ws, "ita.revq")->usable);
    CHECK(file(ws, "esp.revq")->has(FileFlag::OtherVersion));
    CHECK(file(ws, "esp.revq")->usable);
    const WorkspaceFile* broken = file(ws, "broken.revq");
    REQUIRE(broken);
    CHECK(broken->has(FileFlag::Unreadable));
    // The reason names the file with line:column.
    CHECK(broken->problemText().find("broken.revq:") != std::string::npos);

    CHECK(report.skipped.size() == 2);
    CHECK(report.flagged.size() == 4);  // fra-1, fra-2, deu, esp
    const auto rows = ws.collated();
    CHECK(rows.size() == 3);                      // DEU, ESP, FRA
    CHECK(ws.state("ESP")->completeness == 0.5);  // crim answered, why not
}

TEST_CASE("decisions are saved in workspace.xml and read back", "[workspace]") {
    const auto form = loadForm();
    const fs::path dir = scratch("decisions");
    writeText(dir / "a.revq",
              writeResponseXml(make(*form, "FRA", "yes", true, "2026-03-01T10:00:00Z")));
    writeText(dir / "b.revq",
              writeResponseXml(make(*form, "FRA", "no", true, "2026-04-01T10:00:00Z")));
    Workspace ws = Workspace::open(dir.string(), form, nullptr, nullptr);
    std::string error;
    CHECK_FALSE(ws.choose("FRA", "nope.revq", &error));
    CHECK(error.find("nope.revq") != std::string::npos);
    REQUIRE(ws.choose("FRA", "a.revq", &error));
    ws.setNote("FRA", "Confirmed by e-mail <3 March>");
    REQUIRE(ws.save().ok);

    const Workspace again = Workspace::open(dir.string(), form, nullptr, nullptr);
    const WorkspaceState* fra = again.state("FRA");
    REQUIRE(fra);
    CHECK(fra->decided);
    CHECK_FALSE(fra->conflict);
    CHECK(again.chosenFile(*fra)->fileName == "a.revq");
    CHECK(fra->note == "Confirmed by e-mail <3 March>");
}

TEST_CASE("importing copies files in without overwriting any", "[workspace]") {
    const auto form = loadForm();
    const fs::path dir = scratch("import");
    const fs::path inbox = scratch("inbox");
    const std::string first = writeResponseXml(make(*form, "FRA", "yes", false, ""));
    const std::string second = writeResponseXml(make(*form, "FRA", "no", false, ""));
    writeText(dir / "fra.revq", first);
    writeText(inbox / "fra.revq", second);
    writeText(inbox / "same.revq", first);
    Workspace ws = Workspace::open(dir.string(), form, nullptr, nullptr);
    ImportReport rep =
        ws.importFiles({(inbox / "fra.revq").string(), (inbox / "fra.revq").string()});
    CHECK(slurp(dir / "fra.revq") == first);  // never overwritten
    CHECK(slurp(dir / "fra (2).revq") == second);
    CHECK(rep.imported.size() == 1);
    REQUIRE(rep.skipped.size() == 1);  // the second time: already there
    CHECK(rep.skipped[0].find("already in the workspace") != std::string::npos);
    CHECK(ws.files().size() == 2);
    CHECK(slurp(inbox / "fra.revq") == second);
}

TEST_CASE("the next cycle starts from carried-over answers", "[workspace]") {
    const auto form = loadForm();
    const fs::path dir = scratch("cycle");
    const fs::path out = dir / "next";
    writeText(dir / "fra.revq",
              writeResponseXml(make(*form, "FRA", "yes", true, "2026-03-01T10:00:00Z")));
    const Workspace ws = Workspace::open(dir.string(), form, nullptr, nullptr);
    NextCycleReport rep = prepareNextCycle(ws, *form, out.string(), "secretariat");
    CHECK(rep.problems.empty());
    REQUIRE(rep.written.size() == 1);
    const ResponseReadResult next = readResponseFile((out / "FRA.revq").string());
    REQUIRE(next.response);
    CHECK(next.response->status == ResponseStatus::Draft);
    const Answer* crim = next.response->answer("crim");
    REQUIRE(crim);
    CHECK(crim->provenance.carriedOver);
    CHECK(crim->provenance.origin == "fra.revq#crim");
    // Run again: the file is there, so it is reported and left alone.
    const std::string bytes = slurp(out / "FRA.revq");
    rep = prepareNextCycle(ws, *form, out.string(), "secretariat");
    CHECK(rep.written.empty());
    CHECK(rep.problems.size() == 1);
    CHECK(slurp(out / "FRA.revq") == bytes);
}
