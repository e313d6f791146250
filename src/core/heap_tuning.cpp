#include "core/heap_tuning.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#endif

namespace revq {

bool prepareLargeHeap(std::size_t bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t kHuge = std::size_t(2) << 20;
    // One arena for every thread (the readers' allocations land in the advised heap too), big
    // blocks kept in the heap instead of mmap'ed one by one, and the heap never handed back
    // while the command runs.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // (The whole reserve is free top space at first: the threshold must be above it.)
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(std::min<std::size_t>(2 * bytes, INT_MAX)));
    // Grow the heap by `bytes` at once: the next growth adds the top pad, and blocks taken and
    // given back leave the space free at the top of the heap. A heap with free room already
    // may serve the first block without growing; the larger second one makes it grow.
    const auto oldTop = reinterpret_cast<std::uintptr_t>(sbrk(0));
    mallopt(M_TOP_PAD, static_cast<int>(bytes));
    void* small = std::malloc(std::size_t(1) << 20);
    void* large = nullptr;
    if (reinterpret_cast<std::uintptr_t>(sbrk(0)) - oldTop < bytes / 2)
        large = std::malloc(std::size_t(16) << 20);
    mallopt(M_TOP_PAD, 64 << 20);
    std::free(large);
    std::free(small);
    const auto from = (oldTop + kHuge - 1) & ~(kHuge - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHuge - 1);
    if (to <= from || to - from < bytes / 2)
        return false;
    return madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0;
#else
    (void)bytes;
    return false;
#endif
}

}  // namespace revq
