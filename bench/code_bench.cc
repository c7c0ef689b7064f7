// The whole coder, Coder::Code per article (normalize through events), over the corpus.
// With ->Threads(2) both threads share one Coder, as `tacitus code --threads` would: the
// rates are the sum over threads, so the 2-thread row shows how far the coder itself
// scales on this machine before any I/O or ordering cost.
#include <benchmark/benchmark.h>

#include "bench/alloc_counter.h"
#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "code/coder.h"

namespace tacitus::bench {
namespace {

void BM_CoderCode(benchmark::State& state) {
  const BenchCorpus& c = GetCorpus();
  const PreparedCorpus& p = GetPrepared();
  const Coder& coder = CoderForBench();
  size_t events = 0;
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    events = 0;
    for (const BenchArticle& a : c.articles) {
      ArticleResult r = coder.Code(a.text, a.date);
      events += r.events.size();
      benchmark::DoNotOptimize(r);
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, p.token_count, "allocs/token");
  SetRates(state, c.bytes, c.sentences, "sentences/s");
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_CoderCode)->UseRealTime()->Threads(1)->Threads(2);

}  // namespace
}  // namespace tacitus::bench
