// Finding forms/, templates/ and translations relative to the executable, in each layout revq
// is run from: installed prefix, relocated prefix, Windows install folder, portable folder,
// build tree, and REVQ_DATA_DIR. Each case builds the layout in a fresh temporary folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "core/data_paths.h"

namespace fs = std::filesystem;
using revq::DataSearchInputs;
using revq::findDataDirs;

namespace {

// A temporary folder removed at the end of the test.
struct TempTree {
    fs::path dir;
    TempTree() {
        std::random_device rd;
        dir = fs::temp_directory_path() /
              ("revq-data-paths-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(dir);
        dir = fs::canonical(dir);
    }
    ~TempTree() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    fs::path mkdir(const fs::path& rel) const {
        fs::create_directories(dir / rel);
        return dir / rel;
    }
    fs::path touch(const fs::path& rel) const {
        fs::create_directories((dir / rel).parent_path());
        std::ofstream(dir / rel) << "x";
        return dir / rel;
    }
};

DataSearchInputs runFrom(const fs::path& exe) {
    DataSearchInputs in;
    in.executable = exe;
    return in;
}

}  // namespace

TEST_CASE("data paths: installed under a prefix: PREFIX/bin -> PREFIX/share/revq", "[data_paths]") {
    TempTree t;
    for (const char* prefix : {"usr", "usr/local", "opt/revq", "home/me/relocated/prefix"}) {
        const fs::path p(prefix);
        t.mkdir(p / "share/revq/forms/instruments");
        t.mkdir(p / "share/revq/templates");
        t.mkdir(p / "share/revq/locale/fr");
        const auto exe = t.touch(p / "bin/revq-cli");
        const auto dirs = findDataDirs(runFrom(exe));
        INFO(prefix);
        REQUIRE(dirs.found);
        CHECK(dirs.origin == "installed");
        CHECK(dirs.root == t.dir / p / "share/revq");
        CHECK(dirs.forms == t.dir / p / "share/revq/forms");
        CHECK(dirs.instruments() == t.dir / p / "share/revq/forms/instruments");
        CHECK(dirs.statesFile() == t.dir / p / "share/revq/forms/states.xml");
        CHECK(dirs.templates == t.dir / p / "share/revq/templates");
        CHECK(dirs.locale == t.dir / p / "share/revq/locale");
        CHECK(dirs.error.empty());
    }
}

TEST_CASE("data paths: Windows install folder: INSTDIR\\bin\\revq.exe -> INSTDIR\\share\\revq",
          "[data_paths]") {
    TempTree t;
    t.mkdir("Program Files/revq/share/revq/forms");
    const auto exe = t.touch("Program Files/revq/bin/revq.exe");
    const auto dirs = findDataDirs(runFrom(exe));
    REQUIRE(dirs.found);
    CHECK(dirs.root == t.dir / "Program Files/revq/share/revq");
}

TEST_CASE("data paths: portable folder: data beside the program", "[data_paths]") {
    TempTree t;
    SECTION("share/revq beside the executable") {
        t.mkdir("portable/share/revq/forms");
        const auto dirs = findDataDirs(runFrom(t.touch("portable/revq.exe")));
        REQUIRE(dirs.found);
        CHECK(dirs.origin == "portable");
        CHECK(dirs.root == t.dir / "portable/share/revq");
    }
    SECTION("forms/ beside the executable") {
        t.mkdir("portable/forms");
        const auto dirs = findDataDirs(runFrom(t.touch("portable/revq.exe")));
        REQUIRE(dirs.found);
        CHECK(dirs.origin == "portable");
        CHECK(dirs.root == t.dir / "portable");
    }
}

TEST_CASE("data paths: build tree inside the source tree", "[data_paths]") {
    TempTree t;
    t.mkdir("src-tree/forms/instruments");
    t.mkdir("src-tree/templates");
    t.mkdir("src-tree/build-x/src/gui/locale/ar");
    const auto cli = t.touch("src-tree/build-x/src/cli/revq-cli");
    const auto gui = t.touch("src-tree/build-x/src/gui/revq");

    const auto fromCli = findDataDirs(runFrom(cli));
    REQUIRE(fromCli.found);
    CHECK(fromCli.origin == "build tree");
    CHECK(fromCli.root == t.dir / "src-tree");
    // revq-cli finds the catalogs the GUI compiled next door.
    CHECK(fromCli.locale == t.dir / "src-tree/build-x/src/gui/locale");

    const auto fromGui = findDataDirs(runFrom(gui));
    REQUIRE(fromGui.found);
    CHECK(fromGui.root == t.dir / "src-tree");
    CHECK(fromGui.locale == t.dir / "src-tree/build-x/src/gui/locale");
}

TEST_CASE("data paths: a forms folder without templates above a build tree is not taken",
          "[data_paths]") {
    TempTree t;
    t.mkdir("stray/forms");  // no templates/: not a revq source tree
    const auto exe = t.touch("stray/build/src/cli/revq-cli");
    const auto dirs = findDataDirs(runFrom(exe));
    CHECK_FALSE(dirs.found);
}

TEST_CASE("data paths: build tree outside the source tree falls back to the configured source dir",
          "[data_paths]") {
    TempTree t;
    t.mkdir("source/forms");
    t.mkdir("source/templates");
    DataSearchInputs in = runFrom(t.touch("elsewhere/build/src/cli/revq-cli"));
    in.buildSourceDir = t.dir / "source";
    const auto dirs = findDataDirs(in);
    REQUIRE(dirs.found);
    CHECK(dirs.origin == "source tree");
    CHECK(dirs.root == t.dir / "source");
}

TEST_CASE("data paths: an installed prefix wins over the configured source dir", "[data_paths]") {
    TempTree t;
    t.mkdir("source/forms");
    t.mkdir("source/templates");
    t.mkdir("root/usr/share/revq/forms");
    DataSearchInputs in = runFrom(t.touch("root/usr/bin/revq-cli"));
    in.buildSourceDir = t.dir / "source";
    const auto dirs = findDataDirs(in);
    REQUIRE(dirs.found);
    CHECK(dirs.origin == "installed");
    CHECK(dirs.root == t.dir / "root/usr/share/revq");
}

TEST_CASE("data paths: REVQ_DATA_DIR overrides every other place", "[data_paths]") {
    TempTree t;
    t.mkdir("usr/share/revq/forms");
    t.mkdir("mine/forms");
    DataSearchInputs in = runFrom(t.touch("usr/bin/revq"));
    in.envDataDir = revq::pathToUtf8(t.dir / "mine");
    const auto dirs = findDataDirs(in);
    REQUIRE(dirs.found);
    CHECK(dirs.origin == "REVQ_DATA_DIR");
    CHECK(dirs.root == t.dir / "mine");
}

TEST_CASE("data paths: a wrong REVQ_DATA_DIR is reported, not silently replaced", "[data_paths]") {
    TempTree t;
    t.mkdir("usr/share/revq/forms");
    DataSearchInputs in = runFrom(t.touch("usr/bin/revq"));
    in.envDataDir = revq::pathToUtf8(t.dir / "typo");
    const auto dirs = findDataDirs(in);
    CHECK_FALSE(dirs.found);
    CHECK(dirs.error.find("REVQ_DATA_DIR") != std::string::npos);
    CHECK(dirs.error.find("typo") != std::string::npos);
    CHECK(dirs.error.find("unset it") != std::string::npos);
}

TEST_CASE("data paths: nothing found: the message names the places tried and what to do",
          "[data_paths]") {
    TempTree t;
    const auto dirs = findDataDirs(runFrom(t.touch("lonely/bin/revq-cli")));
    CHECK_FALSE(dirs.found);
    CHECK(dirs.error.find(revq::pathToUtf8(t.dir / "lonely/share/revq")) != std::string::npos);
    CHECK(dirs.error.find("REVQ_DATA_DIR") != std::string::npos);

    const auto unknown = findDataDirs(DataSearchInputs{});
    CHECK_FALSE(unknown.found);
    CHECK(unknown.error.find("location is unknown") != std::string::npos);
}

TEST_CASE("data paths: non-ASCII folder names survive the UTF-8 round trip", "[data_paths]") {
    const std::string name = "donn\xC3\xA9\x65s/\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86\xD8\xA7\xD8\xAA";
    CHECK(revq::pathToUtf8(revq::pathFromUtf8(name)) == name);
    TempTree t;
    const fs::path root = t.dir / revq::pathFromUtf8(name);
    fs::create_directories(root / "forms");
    DataSearchInputs in;
    in.envDataDir = revq::pathToUtf8(root);
    const auto dirs = findDataDirs(in);
    REQUIRE(dirs.found);
    CHECK(fs::is_directory(dirs.forms));
}

TEST_CASE("data paths: the running test binary knows its own location", "[data_paths]") {
    const fs::path exe = revq::executablePath();
    REQUIRE_FALSE(exe.empty());
    CHECK(exe.is_absolute());
    CHECK(fs::is_regular_file(exe));
    // Run from the build tree, the source tree's data is found (forms/ and templates/ exist).
    const auto& dirs = revq::dataDirs();
    if (!std::getenv("REVQ_DATA_DIR")) {
        REQUIRE(dirs.found);
        CHECK(fs::is_directory(dirs.forms));
    }
}
