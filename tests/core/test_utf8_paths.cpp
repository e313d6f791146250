// Paths are UTF-8 strings everywhere in revq; every file is opened through core/data_paths.h
// (pathFromUtf8, openFileUtf8) so that a folder named in Chinese or Arabic works on Windows too,
// where a plain std::string path is read in the ANSI code page. On Linux these tests guard the
// same code paths: forms (with an instrument file beside them), responses saved and read back
// with their backup, a workspace, the next cycle's files, the States list and an export layout.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "core/data_paths.h"
#include "core/form_loader.h"
#include "core/response_store.h"
#include "core/states.h"
#include "core/workspace.h"
#include "export/export_layout.h"
#include "export/summary_workbook.h"

using namespace revq;
namespace fs = std::filesystem;

namespace {

// A fresh folder whose own name, and the names inside it, mix Chinese and Arabic.
struct Utf8Folder {
    fs::path dir;
    Utf8Folder() {
        std::random_device rd;
        dir = fs::temp_directory_path() /
              pathFromUtf8("revq-审议-مراجعة-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(dir);
    }
    ~Utf8Folder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    // dir / NAME (UTF-8), as the UTF-8 string revq's functions take.
    std::string at(const std::string& name) const { return pathToUtf8(dir / pathFromUtf8(name)); }
};

std::string data(const std::string& rel) {
    return std::string(REVQ_TEST_DATA) + "/" + rel;
}

void copyTo(const std::string& from, const std::string& toUtf8) {
    fs::create_directories(pathFromUtf8(toUtf8).parent_path());
    fs::copy_file(pathFromUtf8(from), pathFromUtf8(toUtf8), fs::copy_options::overwrite_existing);
}

}  // namespace

TEST_CASE("pathFromUtf8 and pathToUtf8 keep Chinese and Arabic names", "[utf8-paths]") {
    const std::string name = "审议 مراجعة/下一轮 الدورة.revq";
    CHECK(pathToUtf8(pathFromUtf8(name)) == name);
    CHECK(pathToUtf8(pathFromUtf8(name).filename()) == "下一轮 الدورة.revq");
    Utf8Folder f;
    const std::string file = f.at("ملف 文件.txt");
    std::FILE* out = openFileUtf8(file, "wb");
    REQUIRE(out);
    std::fputs("x", out);
    std::fclose(out);
    CHECK(fs::file_size(pathFromUtf8(file)) == 1);
    CHECK(openFileUtf8(f.at("不存在 غير موجود.txt"), "rb") == nullptr);
}

TEST_CASE("a form and its instrument file load from a non-ASCII folder", "[utf8-paths]") {
    Utf8Folder f;
    const std::string inlineForm = f.at("表格 استمارة.xml");
    copyTo(data("responses/form-v1.xml"), inlineForm);
    const FormLoadResult a = loadFormFile(inlineForm);
    INFO(a.diagnostics.toJson());
    REQUIRE(a.form);
    CHECK(a.form->id == "resp-test");

    // A form that names its instrument by href: found relative to the form's UTF-8 folder.
    const std::string hrefForm = f.at("第二 الثاني/som-review.xml");
    copyTo(data("second-instrument/som-review.xml"), hrefForm);
    copyTo(data("second-instrument/instruments/som-protocol.xml"),
           f.at("第二 الثاني/instruments/som-protocol.xml"));
    const FormLoadResult b = loadFormFile(hrefForm);
    INFO(b.diagnostics.toJson());
    REQUIRE(b.form);
    REQUIRE(b.form->instrument);
    CHECK(b.form->instrument->id == "som-protocol");
}

TEST_CASE("a response is saved, backed up and read back in a non-ASCII folder", "[utf8-paths]") {
    Utf8Folder f;
    const std::string received = f.at("法国 فرنسا.revq");
    copyTo(data("responses/valid-v1.revq"), received);
    const OpenedResponse opened = openResponse(received);
    INFO(opened.diagnostics.toJson());
    REQUIRE(opened.response);
    REQUIRE(opened.stamp.exists);

    const std::string copy = f.at("回复 رد.revq");
    REQUIRE(saveResponse(copy, *opened.response));
    const OpenedResponse again = openResponse(copy);
    REQUIRE(again.response);
    CHECK(again.response->answers == opened.response->answers);
    CHECK(stampOfFile(copy).sha256 == again.stamp.sha256);

    // Saving over it keeps the previous file as .bak beside it.
    SaveOptions save;
    save.readStamp = &again.stamp;
    Response changed = *again.response;
    changed.respondentName = "张伟 — أحمد";
    REQUIRE(saveResponse(copy, changed, save));
    CHECK(fs::exists(pathFromUtf8(copy + ".bak")));
    const OpenedResponse third = openResponse(copy);
    REQUIRE(third.response);
    CHECK(third.response->respondentName == "张伟 — أحمد");
}

TEST_CASE("a workspace in a non-ASCII folder reads its files and prepares the next cycle",
          "[utf8-paths]") {
    Utf8Folder f;
    const std::string formPath = f.at("表格.xml");
    copyTo(data("responses/form-v1.xml"), formPath);
    const FormLoadResult form = loadFormFile(formPath);
    REQUIRE(form.form);
    copyTo(data("responses/valid-v1.revq"), f.at("工作区 مساحة/法国 فرنسا.revq"));

    ImportReport report;
    const Workspace ws = Workspace::open(f.at("工作区 مساحة"), form.form, nullptr, &report);
    CHECK(report.errors.empty());
    REQUIRE(ws.files().size() == 1);
    CHECK(ws.files()[0].fileName == "法国 فرنسا.revq");
    CHECK(ws.files()[0].usable);

    const NextCycleReport next =
        prepareNextCycle(ws, *form.form, f.at("下一轮 الدورة"), "secretariat");
    CHECK(next.problems.empty());
    REQUIRE(next.written.size() == 1);
    const OpenedResponse prepared = openResponse(f.at("下一轮 الدورة/FRA.revq"));
    REQUIRE(prepared.response);
    const Answer* crim = prepared.response->answer("crim");
    REQUIRE(crim);
    CHECK(crim->provenance.origin == "法国 فرنسا.revq#crim");
}

TEST_CASE("the States list and an export layout load from a non-ASCII folder", "[utf8-paths]") {
    Utf8Folder f;
    const std::string states = f.at("الدول 国家.xml");
    copyTo(std::string(REVQ_SOURCE_DIR) + "/forms/states.xml", states);
    const StatesLoadResult s = StatesList::load(states);
    REQUIRE(s.states);
    CHECK(s.states->find("FRA"));

    const std::string layout = f.at("模板 قالب.xml");
    copyTo(std::string(REVQ_SOURCE_DIR) + "/templates/summary.xml", layout);
    const LayoutLoadResult l = loadExportLayoutFile(layout, "summary", summarySheetKinds());
    INFO(l.diagnostics.toJson());
    CHECK(l.ok);
}
