// Sheet names Excel accepts: 31 characters, none of []:*?/\, unique without regard to case.
#include <catch2/catch.hpp>

#include "core/utf8.h"
#include "export/sheet_name.h"

using revq::makeSheetName;

TEST_CASE("sheet names lose the characters Excel forbids", "[export][sheet-name]") {
    std::vector<std::string> used;
    CHECK(makeSheetName("Art. 5: [draft] a/b\\c*?", used) == "Art. 5_ _draft_ a_b_c__");
    CHECK(makeSheetName("'quoted'", used) == "quoted");
    CHECK(makeSheetName("", used) == "Sheet");
    CHECK(makeSheetName("tab\there", used) == "tab here");
}

TEST_CASE("sheet names are cut to 31 characters, not bytes", "[export][sheet-name]") {
    std::vector<std::string> used;
    const std::string longName(40, 'x');
    CHECK(makeSheetName(longName, used) == std::string(31, 'x'));
    // 40 Chinese characters (3 bytes each) keep 31 characters.
    std::string zh;
    for (int i = 0; i < 40; ++i)
        zh += "\xE6\x96\x87";  // 文
    const std::string cut = makeSheetName(zh, used);
    CHECK(revq::codePointCount(cut) == 31);
    CHECK(revq::isValidUtf8(cut));
}

TEST_CASE("sheet names are unique without regard to case", "[export][sheet-name]") {
    std::vector<std::string> used;
    CHECK(makeSheetName("Counts", used) == "Counts");
    CHECK(makeSheetName("COUNTS", used) == "COUNTS (2)");
    CHECK(makeSheetName("counts", used) == "counts (3)");
    // A long name that collides keeps its suffix within 31 characters.
    const std::string longName(35, 'y');
    CHECK(makeSheetName(longName, used) == std::string(31, 'y'));
    const std::string second = makeSheetName(longName, used);
    CHECK(second == std::string(27, 'y') + " (2)");
    CHECK(second.size() == 31);
    CHECK(used.size() == 5);
}

TEST_CASE("History is reserved and invalid UTF-8 is repaired", "[export][sheet-name]") {
    std::vector<std::string> used;
    CHECK(makeSheetName("History", used) == "History (2)");
    const std::string name = makeSheetName(std::string("bad\xFF") + "name", used);
    CHECK(revq::isValidUtf8(name));
    CHECK(name == "bad\xEF\xBF\xBDname");
}
