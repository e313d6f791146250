// Memory set-up for the batch commands that build large workbooks (collate): on Linux, ask the
// kernel for transparent huge pages under the C heap, where page faults are a large share of
// the run (docs/performance.md). Does nothing elsewhere, and nothing when the kernel offers no
// huge pages.
#pragma once

#include <cstddef>

namespace revq {

// Reserves `bytes` of address space at the top of the heap (nothing is touched, so nothing is
// used until it is needed) and advises huge pages for it. Call once, early, before threads
// start. Returns true when the advice was taken.
bool prepareLargeHeap(std::size_t bytes);

}  // namespace revq
