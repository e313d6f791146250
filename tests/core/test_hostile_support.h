// Helpers of the hostile-input and crash-consistency tests (issue 9): the catalogue's folder,
// files as bytes and hashes, a scratch folder per test, the big cases built in memory or on disk,
// and a forked child for what must not blow up the memory of the test process.
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "core/diagnostic.h"
#include "core/sha256.h"

namespace revq::hostile {

namespace fs = std::filesystem;

inline std::string catalogue(const std::string& name) {
    return std::string(REVQ_TEST_DATA) + "/hostile/" + name;
}

inline std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string hashOf(const std::string& path) {
    return sha256Hex(bytesOf(path));
}

// A fresh, empty folder for one test under the system's temporary folder.
inline std::string scratch(const std::string& name) {
    fs::path dir =
        fs::temp_directory_path() / ("revq-hostile-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

// 1-based line and column (in code points) of byte `offset`, counted here independently of
// revq's own position code.
inline std::pair<int, int> lineColumnOf(const std::string& text, size_t offset) {
    int line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// The first error, which must exist.
inline const Diagnostic& firstError(const Diagnostics& diags) {
    for (const auto& d : diags.items)
        if (d.severity == Severity::Error)
            return d;
    FAIL("expected an error, got none");
    return diags.items.front();
}

// Runs `job` in a forked child and returns its exit status (0 = it returned true) and how much
// its peak memory grew while running `job` (MiB; the child starts with the test process's
// pages, which are large under AddressSanitizer). Used where a failure would take the test
// process down with it.
struct ChildResult {
    int status = -1;
    long peakMiB = -1;
};
inline long peakKiB() {
    rusage use{};
    ::getrusage(RUSAGE_SELF, &use);
    return use.ru_maxrss;
}
inline ChildResult inChild(const std::function<bool()>& job) {
    int fds[2];
    if (::pipe(fds) != 0)
        return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        const long before = peakKiB();
        bool ok = false;
        try {
            ok = job();
        } catch (...) {
            ok = false;
        }
        const long grown = (peakKiB() - before) / 1024;
        (void)!::write(fds[1], &grown, sizeof grown);
        ::_exit(ok ? 0 : 1);
    }
    ::close(fds[1]);
    ChildResult r;
    long grown = -1;
    if (pid > 0 && ::read(fds[0], &grown, sizeof grown) == sizeof grown)
        r.peakMiB = grown;
    ::close(fds[0]);
    int st = 0;
    if (pid > 0 && ::waitpid(pid, &st, 0) == pid)
        r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

// Big inputs, as tests/data/hostile/generate.py writes them.
inline const char* const kResponseOpen =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<response xmlns=\"urn:revq:response:1\" format-version=\"1\">\n"
    "  <form id=\"resp-test\" version=\"1.0\"/>\n  <state code=\"FRA\"/>\n"
    "  <status value=\"draft\" created=\"2022-03-01T09:00:00Z\"/>\n  <answers>\n";
inline const char* const kResponseClose = "  </answers>\n</response>\n";
inline const char* const kFormOpen =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<form xmlns=\"urn:revq:form:1\" format-version=\"1\" id=\"hostile\" version=\"1\" "
    "languages=\"en\">\n  <title xml:lang=\"en\">Big</title>\n";
inline const char* const kFormClose = "</form>\n";

inline std::string deeplyNested(const std::string& open, const std::string& close,
                                size_t depth = 100000) {
    std::string s = open;
    s.reserve(open.size() + close.size() + depth * 7);
    for (size_t i = 0; i < depth; ++i)
        s += "<x>";
    for (size_t i = 0; i < depth; ++i)
        s += "</x>";
    return s + close;
}

// A sparse file of `size` bytes that starts with `open` and ends with `close`.
inline void writeSparse(const std::string& path, const std::string& open, const std::string& close,
                        std::uintmax_t size) {
    writeBytes(path, open);
    fs::resize_file(path, size - close.size());
    std::ofstream out(path, std::ios::binary | std::ios::app);
    out << close;
}

inline double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace revq::hostile
