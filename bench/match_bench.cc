// PhraseMatcher::Match over every tagged sentence of the corpus, with the matcher built
// from the built-in dictionary (its construction is timed in dict_bench.cc).
#include <benchmark/benchmark.h>

#include "bench/alloc_counter.h"
#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "match/phrase_matcher.h"

namespace tacitus::bench {
namespace {

void BM_PhraseMatch(benchmark::State& state) {
  const PreparedCorpus& p = GetPrepared();
  static const PhraseMatcher matcher(BuiltInDictionaryForBench());
  size_t matches = 0;
  for (const auto& t : p.tagged) matches += matcher.Match(t).size();
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    for (const std::vector<Token>& t : p.tagged) {
      std::vector<PhraseMatch> m = matcher.Match(t);
      benchmark::DoNotOptimize(m);
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, p.token_count, "allocs/token");
  SetRates(state, p.sentence_bytes, p.tagged.size(), "sentences/s");
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(p.token_count),
                                                  benchmark::Counter::kIsIterationInvariantRate);
  state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_PhraseMatch);

}  // namespace
}  // namespace tacitus::bench
