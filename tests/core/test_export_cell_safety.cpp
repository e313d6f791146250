// What reaches libxlsxwriter is safe: valid UTF-8, within Excel's limits, links only for valid
// http(s) URLs, and a failed export leaves the existing workbook as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "export/cell_text.h"
#include "export/xlsx_book.h"

namespace fs = std::filesystem;
using namespace revq;

namespace {

fs::path scratchDir(const std::string& name) {
    fs::path p = fs::temp_directory_path() / ("revq-test-export-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("cell text: invalid UTF-8 replaced, long text cut with a marker", "[export][cell]") {
    const CellText bad = prepareCellText("ok\xC3(\xFF");
    CHECK(bad.repairedUtf8);
    CHECK(isValidUtf8(bad.text));
    CHECK_FALSE(bad.truncated);

    std::string longText;
    for (int i = 0; i < 20000; ++i)
        longText += "\xD8\xB9";  // ع, 2 bytes
    longText += std::string(20000, 'a');
    const CellText cut = prepareCellText(longText);
    CHECK(cut.truncated);
    CHECK(codePointCount(cut.text) == kMaxCellChars);
    CHECK(cut.text.ends_with(kTruncationMarker));
    CHECK(isValidUtf8(cut.text));

    const CellText exact = prepareCellText(std::string(kMaxCellChars, 'b'));
    CHECK_FALSE(exact.truncated);
}

TEST_CASE("formula-like text is recognised", "[export][cell]") {
    for (const char* t : {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)"})
        CHECK(looksLikeFormula(t));
    CHECK_FALSE(looksLikeFormula("1+1"));
    CHECK_FALSE(looksLikeFormula(""));
}

TEST_CASE("hyperlinks only for valid http(s) URLs", "[export][cell]") {
    CHECK(isWritableHyperlink("https://treaties.un.org/doc/x"));
    CHECK(isWritableHyperlink("http://example.org"));
    CHECK_FALSE(isWritableHyperlink("www.example.org"));
    CHECK_FALSE(isWritableHyperlink("javascript:alert(1)"));
    CHECK_FALSE(isWritableHyperlink("file:///etc/passwd"));
    CHECK_FALSE(isWritableHyperlink("https://"));
    CHECK_FALSE(isWritableHyperlink("https://exa mple.org"));
    CHECK_FALSE(isWritableHyperlink("https://example.org/\x01"));
    CHECK_FALSE(isWritableHyperlink("https://example.org/" + std::string(2100, 'a')));
    CHECK(cellName(0, 0) == "A1");
    CHECK(cellName(11, 5) == "F12");
    CHECK(cellName(0, 26) == "AA1");
}

TEST_CASE("the workbook reports repaired and cut texts where they are", "[export][cell]") {
    const fs::path dir = scratchDir("notes");
    const std::string out = (dir / "notes.xlsx").string();
    XlsxBook book(out);
    XlsxSheet s = book.addSheet("Texts", false);
    book.text(s, 0, 0, "=1+1");  // a string cell, never a formula
    book.text(s, 1, 2, std::string("bad\xFF"), nullptr, "FRA", "q1");
    book.text(s, 2, 0, std::string(40000, 'x'), nullptr, "DEU", "q2");
    book.link(s, 3, 0, "not a url");
    const WriteResult r = book.finish();
    REQUIRE(r.ok);
    CHECK(fs::exists(out));
    REQUIRE(book.notes().size() == 2);
    CHECK(book.notes()[0].where == "sheet 'Texts' cell C2 (FRA, q1)");
    CHECK(book.notes()[0].message.find("UTF-8") != std::string::npos);
    CHECK(book.notes()[1].where == "sheet 'Texts' cell A3 (DEU, q2)");
    CHECK(book.notes()[1].message.find("32,767") != std::string::npos);
}

TEST_CASE("a failed export leaves the existing workbook intact", "[export][cell]") {
    const fs::path dir = scratchDir("fail");
    const fs::path out = dir / "summary.xlsx";
    {
        std::ofstream f(out, std::ios::binary);
        f << "previous workbook";
    }
    {
        XlsxBook book(out.string());
        XlsxSheet s = book.addSheet("One", false);
        book.text(s, 0, 0, "x");
        // Excel's last row is 1,048,575: libxlsxwriter refuses, and the book records it.
        book.number(s, 2000000, 0, 1.0);
        const WriteResult r = book.finish();
        CHECK_FALSE(r.ok);
        CHECK(r.error.find("summary.xlsx") != std::string::npos);
        CHECK(r.error.find("was not changed") != std::string::npos);
    }
    CHECK(slurp(out) == "previous workbook");
    // No temporary file is left beside it.
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir))
        files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1);

    // A folder that does not exist: a clear error, nothing created.
    XlsxBook missing((dir / "no-such-folder" / "x.xlsx").string());
    missing.addSheet("A", false);
    const WriteResult r2 = missing.finish();
    CHECK_FALSE(r2.ok);
    CHECK(r2.error.find("x.xlsx") != std::string::npos);
}
