// TagSentence over every tokenized sentence of the corpus with the built-in lexicon. The
// tagger writes into its tokens, so each iteration first copies the untagged tokens with
// the timer paused (one pause per pass over the corpus, not per sentence).
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "parse/lexicon.h"
#include "parse/tagger.h"

namespace tacitus::bench {
namespace {

void BM_TagSentence(benchmark::State& state) {
  const PreparedCorpus& p = GetPrepared();
  const Lexicon& lexicon = Lexicon::BuiltIn();
  size_t tokens = 0;
  for (const auto& t : p.tokens) tokens += t.size();
  std::vector<std::vector<Token>> work;
  for (auto _ : state) {
    state.PauseTiming();
    work = p.tokens;
    state.ResumeTiming();
    for (std::vector<Token>& t : work) TagSentence(lexicon, &t);
    benchmark::ClobberMemory();
  }
  SetRates(state, p.sentence_bytes, p.tokens.size(), "sentences/s");
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_TagSentence);

}  // namespace
}  // namespace tacitus::bench
