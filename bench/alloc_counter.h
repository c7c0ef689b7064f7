// AllocCounter: counts the heap allocations of the calling thread, so that a benchmark can
// report allocations per token next to its speed (issue 5: the hot path should allocate
// nothing per token).
//
//   uint64_t before = ThreadAllocations();
//   Tokenize(text, 0, end);
//   uint64_t allocations = ThreadAllocations() - before;   // e.g. 31 for 45 tokens
//
// Only the benchmark binary counts: alloc_counter.cc replaces the global operator new
// there (a thread_local increment in front of malloc), never in the library or tacitus.
// Aligned and nothrow forms that do not go through operator new(size_t) are not counted.
#ifndef TACITUS_BENCH_ALLOC_COUNTER_H_
#define TACITUS_BENCH_ALLOC_COUNTER_H_

#include <cstdint>

namespace tacitus::bench {

uint64_t ThreadAllocations();

}  // namespace tacitus::bench

#endif  // TACITUS_BENCH_ALLOC_COUNTER_H_
