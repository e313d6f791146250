// The hostile-input catalogue (tests/data/hostile/README.md), form cases: each yields an error
// naming the file and, where it applies, the line:column, without a crash, a hang, a memory
// blow-up or a change to the file.
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/form_loader.h"
#include "core/xml_source.h"
#include "test_hostile_support.h"

using namespace revq;
using namespace revq::hostile;

namespace {

// Loads a catalogue file and checks what every case shares; returns the first error.
Diagnostic loadCatalogueForm(const std::string& name) {
    const std::string path = catalogue(name);
    const std::string before = hashOf(path);
    const auto start = std::chrono::steady_clock::now();
    const FormLoadResult r = loadFormFile(path);
    CHECK(secondsSince(start) < 10);
    CHECK_FALSE(r.form);
    CHECK(hashOf(path) == before);
    const Diagnostic d = firstError(r.diagnostics);
    CHECK(d.file == path);
    CHECK_FALSE(d.message.empty());
    CHECK_FALSE(d.hint.empty());
    return d;
}

void checkAt(const Diagnostic& d, const std::string& text, size_t offset) {
    REQUIRE(offset != std::string::npos);
    const auto [line, column] = lineColumnOf(text, offset);
    CHECK(d.line == line);
    CHECK(d.column == column);
}

}  // namespace

TEST_CASE("hostile form: entity-expansion bomb and external entities are refused, never expanded",
          "[hostile][form]") {
    for (const char* name : {"form-billion-laughs.xml", "form-external-entity.xml"}) {
        INFO(name);
        const std::string text = bytesOf(catalogue(name));
        const Diagnostic d = loadCatalogueForm(name);
        CHECK(d.code == "doctype");
        checkAt(d, text, text.find("<!DOCTYPE"));
        CHECK(d.message.find("DOCTYPE") != std::string::npos);
        CHECK(d.message.find("root:") == std::string::npos);  // /etc/passwd was not read
    }
}

TEST_CASE("hostile form: NUL bytes, invalid and overlong UTF-8 and UTF-16 are named at their place",
          "[hostile][form]") {
    {
        const std::string text = bytesOf(catalogue("form-nul-byte.xml"));
        const Diagnostic d = loadCatalogueForm("form-nul-byte.xml");
        CHECK(d.code == "control-character");
        CHECK(d.message.find("U+0000") != std::string::npos);
        checkAt(d, text, text.find('\0'));
    }
    for (const char* name : {"form-invalid-utf8.xml", "form-overlong-utf8.xml"}) {
        INFO(name);
        const std::string text = bytesOf(catalogue(name));
        const Diagnostic d = loadCatalogueForm(name);
        CHECK(d.code == "not-utf8");
        checkAt(d, text, text.find_first_of("\xE9\xE0"));
    }
    const Diagnostic d = loadCatalogueForm("form-utf16-bom.xml");
    CHECK(d.code == "not-utf8");
    CHECK(d.message.find("UTF-16") != std::string::npos);
    CHECK((d.line == 1 && d.column == 1));
}

TEST_CASE("hostile form: an instrument href to a device or a folder is refused without reading it",
          "[hostile][form]") {
    // /dev/zero never ends: reading it would hang and exhaust memory. A child runs the load so
    // that a regression fails this test instead of taking the test run down.
    const ChildResult child = inChild([] {
        ::alarm(30);
        const std::string path = catalogue("form-href-device.xml");
        const FormLoadResult r = loadFormFile(path);
        for (const auto& d : r.diagnostics.items)
            if (d.severity == Severity::Error && d.file == "/dev/zero" &&
                d.message.find("not a regular file") != std::string::npos)
                return !r.form;
        return false;
    });
    CHECK(child.status == 0);
    CHECK(child.peakMiB >= 0);
    CHECK(child.peakMiB < 200);

    const FormLoadResult r = loadFormFile(catalogue("form-href-directory.xml"));
    CHECK_FALSE(r.form);
    bool named = false;
    for (const auto& d : r.diagnostics.items)
        named = named || (d.severity == Severity::Error &&
                          d.message.find("not a regular file") != std::string::npos);
    CHECK(named);
}

TEST_CASE("hostile form: a 200 MB file is refused by its size before it is read",
          "[hostile][form][big]") {
    const std::string dir = scratch("form-200mb");
    const std::string path = dir + "/form-big-200mb.xml";
    writeSparse(path, kFormOpen, kFormClose, 200u * 1000u * 1000u);
    const ChildResult child = inChild([&] {
        ::alarm(30);
        const FormLoadResult r = loadFormFile(path);
        const Diagnostic& d = firstError(r.diagnostics);
        return !r.form && d.file == path && d.code == "too-large" &&
               d.message.find("200000000 bytes") != std::string::npos;
    });
    CHECK(child.status == 0);
    CHECK(child.peakMiB >= 0);
    CHECK(child.peakMiB < 100);  // the file was not read into memory
    fs::remove_all(dir);
}

TEST_CASE("hostile form: 100,000 nested elements are refused without overflowing the stack",
          "[hostile][form][big]") {
    const std::string text = deeplyNested(kFormOpen, kFormClose);
    const auto start = std::chrono::steady_clock::now();
    const FormLoadResult r = loadFormText(text, "deep.xml");
    CHECK(secondsSince(start) < 10);
    CHECK_FALSE(r.form);
    const Diagnostic& d = firstError(r.diagnostics);
    CHECK(d.file == "deep.xml");
    CHECK(d.code == "too-deep");
    // The element that crosses the limit: <form> is level 0, so the 100th <x> is level 100.
    size_t at = text.find("<x>");
    for (int i = 1; i < kMaxXmlDepth; ++i)
        at = text.find("<x>", at + 1);
    checkAt(d, text, at);
}

TEST_CASE("hostile form: a 10 MB line is read in seconds and an error on it has its column",
          "[hostile][form][big]") {
    std::string text = std::string(kFormOpen) + "  <intro xml:lang=\"en\" x=\"";
    text.append(10u * 1024u * 1024u, 'A');
    text += "/>\n" + std::string(kFormClose);
    const auto start = std::chrono::steady_clock::now();
    const FormLoadResult r = loadFormText(text, "long-line.xml");
    CHECK(secondsSince(start) < 10);
    CHECK_FALSE(r.form);
    const Diagnostic& d = firstError(r.diagnostics);
    CHECK(d.code == "malformed-xml");
    CHECK(d.line == 4);
    CHECK(d.column > 0);
}
