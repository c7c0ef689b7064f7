// The text stages, each over the whole corpus per iteration: Normalize (per article),
// SplitSentences (per normalized article), Tokenize (per sentence). Bytes are input bytes.
#include <benchmark/benchmark.h>

#include "bench/alloc_counter.h"
#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus::bench {
namespace {

void BM_Normalize(benchmark::State& state) {
  const BenchCorpus& c = GetCorpus();
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    for (const BenchArticle& a : c.articles) {
      NormalizedText n = Normalize(a.text);
      benchmark::DoNotOptimize(n);
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, c.articles.size(), "allocs/article");
  SetRates(state, c.bytes, c.sentences, "sentences/s");
}
BENCHMARK(BM_Normalize);

void BM_SplitSentences(benchmark::State& state) {
  const BenchCorpus& c = GetCorpus();
  const PreparedCorpus& p = GetPrepared();
  size_t bytes = 0;
  for (const NormalizedText& n : p.normalized) bytes += n.text.size();
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    for (const NormalizedText& n : p.normalized) {
      std::vector<SentenceSpan> spans = SplitSentences(n.text);
      benchmark::DoNotOptimize(spans);
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, c.articles.size(), "allocs/article");
  SetRates(state, bytes, c.sentences, "sentences/s");
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  const PreparedCorpus& p = GetPrepared();
  uint64_t allocations = ThreadAllocations();
  for (auto _ : state) {
    for (size_t i = 0; i < p.normalized.size(); ++i) {
      for (const SentenceSpan& sp : p.spans[i]) {
        std::vector<Token> t = Tokenize(p.normalized[i], sp.begin, sp.end);
        benchmark::DoNotOptimize(t);
      }
    }
  }
  SetAllocations(state, ThreadAllocations() - allocations, p.token_count, "allocs/token");
  SetRates(state, p.sentence_bytes, p.tokens.size(), "sentences/s");
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(p.token_count),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Tokenize);

}  // namespace
}  // namespace tacitus::bench
