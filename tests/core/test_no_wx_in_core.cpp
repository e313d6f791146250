// src/core must not include wxWidgets (DESIGN.md); the build checks it too.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

TEST_CASE("src/core includes no wxWidgets header", "[layers]") {
    const std::filesystem::path core = std::filesystem::path(REVQ_SOURCE_DIR) / "src" / "core";
    REQUIRE(std::filesystem::is_directory(core));
    const std::regex wxInclude(R"(#\s*include\s*[<"]wx/)");
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(core)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int n = 0;
        ++files;
        while (std::getline(in, line)) {
            ++n;
            INFO(entry.path().string() << ":" << n << ": " << line);
            CHECK_FALSE(std::regex_search(line, wxInclude));
        }
    }
    CHECK(files > 5);
}
