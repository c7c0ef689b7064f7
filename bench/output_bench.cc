// EventToJsonLine over the events the coder writes for the corpus. Items are events here,
// bytes are the JSON bytes written.
#include <benchmark/benchmark.h>

#include "bench/alloc_counter.h"
#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "output/event_writer.h"

namespace tacitus::bench {
namespace {

void BM_EventToJsonLine(benchmark::State& state) {
  const PreparedCorpus& p = GetPrepared();
  if (p.events.empty()) {
    state.SkipWithError("the coder wrote no event for the corpus: nothing to write");
    return;
  }
  size_t bytes = 0;
  for (size_t i = 0; i < p.events.size(); ++i)
    bytes += EventToJsonLine(p.events[i], p.event_articles[i]).size() + 1;
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    for (size_t i = 0; i < p.events.size(); ++i) {
      std::string line = EventToJsonLine(p.events[i], p.event_articles[i]);
      benchmark::DoNotOptimize(line);
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, p.events.size(), "allocs/event");
  SetRates(state, bytes, p.events.size(), "events/s");
}
BENCHMARK(BM_EventToJsonLine);

}  // namespace
}  // namespace tacitus::bench
