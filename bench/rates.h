// Rates: the throughput counters every Tacitus benchmark reports, so that all stages read
// alike in one table.
//
//   SetRates(state, corpus.bytes, corpus.sentences, "sentences/s");
//   => bytes_per_second=12.3M/s  sentences/s=61.2k/s
//
// `bytes` and `items` are what ONE iteration processes; Google Benchmark multiplies by the
// iterations and divides by the time, and sums the threads of a ->Threads(n) run.
//
//   SetAllocations(state, allocations, tokens, "allocs/token");  => allocs/token=0.64
//
// `allocations` is what ALL iterations of this thread made (ThreadAllocations() deltas,
// alloc_counter.h) and `items` what one iteration processes; threads are averaged.
#ifndef TACITUS_BENCH_RATES_H_
#define TACITUS_BENCH_RATES_H_

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace tacitus::bench {

inline void SetRates(benchmark::State& state, size_t bytes, size_t items,
                     const std::string& items_name) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
  state.counters[items_name] =
      benchmark::Counter(static_cast<double>(items), benchmark::Counter::kIsIterationInvariantRate);
}

inline void SetAllocations(benchmark::State& state, uint64_t allocations, size_t items,
                           const std::string& name) {
  double per_item = state.iterations() == 0 || items == 0
                        ? 0.0
                        : static_cast<double>(allocations) /
                              (static_cast<double>(state.iterations()) * static_cast<double>(items));
  state.counters[name] = benchmark::Counter(per_item, benchmark::Counter::kAvgThreads);
}

}  // namespace tacitus::bench

#endif  // TACITUS_BENCH_RATES_H_
