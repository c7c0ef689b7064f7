// TagSentence over every tokenized sentence of the corpus with the built-in lexicon. The
// tagger writes into its tokens, so each iteration first copies the untagged tokens with
// the timer paused (one pause per pass over the corpus, not per sentence); the copy's
// allocations are not counted either.
#include <benchmark/benchmark.h>

#include "bench/alloc_counter.h"
#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "parse/lexicon.h"
#include "parse/tagger.h"

namespace tacitus::bench {
namespace {

void BM_TagSentence(benchmark::State& state) {
  const PreparedCorpus& p = GetPrepared();
  const Lexicon& lexicon = Lexicon::BuiltIn();
  std::vector<std::vector<Token>> work;
  uint64_t allocations = 0;
  for (auto _ : state) {
    state.PauseTiming();
    work = p.tokens;
    state.ResumeTiming();
    uint64_t before = ThreadAllocations();
    for (std::vector<Token>& t : work) TagSentence(lexicon, &t);
    allocations += ThreadAllocations() - before;
    benchmark::ClobberMemory();
  }
  SetAllocations(state, allocations, p.token_count, "allocs/token");
  SetRates(state, p.sentence_bytes, p.tokens.size(), "sentences/s");
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(p.token_count),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_TagSentence);

}  // namespace
}  // namespace tacitus::bench
