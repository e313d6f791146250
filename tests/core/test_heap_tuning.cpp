// prepareLargeHeap: on Linux with transparent huge pages offered, the heap's reserved top is
// advised for huge pages (VmFlags "hg" in /proc/self/smaps) and the heap still works.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/heap_tuning.h"

namespace {

bool hugePagesOffered() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(in, line);
    return line.find("[always]") != std::string::npos ||
           line.find("[madvise]") != std::string::npos;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

// The size of the mappings advised for huge pages, in kB.
long advisedKb() {
    std::ifstream in("/proc/self/smaps");
    std::string line;
    long size = 0, total = 0;
    while (std::getline(in, line)) {
        if (line.rfind("Size:", 0) == 0)
            size = std::strtol(line.c_str() + 5, nullptr, 10);
        else if (line.rfind("VmFlags:", 0) == 0 && line.find(" hg") != std::string::npos)
            total += size;
    }
    return total;
}

}  // namespace

TEST_CASE("prepareLargeHeap advises huge pages for the heap and the heap still works", "[heap]") {
    const long before = advisedKb();
    const bool advised = revq::prepareLargeHeap(std::size_t(512) << 20);
#if defined(__linux__) && defined(__GLIBC__)
    if (hugePagesOffered() && !sanitized()) {
        CHECK(advised);
        CHECK(advisedKb() - before >= 500 * 1024);  // the 512 MB reserved, less alignment
        // and it stays reserved once blocks come and go (the heap is not trimmed under it)
        void* block = std::malloc(std::size_t(4) << 20);
        std::free(block);
        CHECK(advisedKb() - before >= 500 * 1024);
    }
#else
    CHECK_FALSE(advised);
#endif
    // Allocations of every size still come and go, and hold what was written.
    std::vector<std::vector<char>> blocks;
    for (std::size_t n = 16; n <= (std::size_t(8) << 20); n *= 4) {
        blocks.emplace_back(n, static_cast<char>(n % 251));
        CHECK(blocks.back()[n - 1] == static_cast<char>(n % 251));
    }
    blocks.clear();
}
