// Start-up costs: parsing the embedded built-in dictionary, building the phrase trie
// from it, and constructing a Coder (which builds its own PhraseMatcher). Items are the
// dictionary's entries (phrases, people, patterns and discards).
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "bench/rates.h"
#include "code/coder.h"
#include "dict/loader.h"
#include "match/phrase_matcher.h"
#include "parse/lexicon.h"

namespace tacitus::bench {
namespace {

size_t Entries(const Dictionary& d) {
  return d.phrases.size() + d.people.size() + d.patterns.size() + d.discards.size();
}

void BM_LoadBuiltInDictionary(benchmark::State& state) {
  size_t entries = Entries(BuiltInDictionaryForBench());
  for (auto _ : state) {
    StatusOr<Dictionary> d = LoadBuiltInDictionary();
    if (!d.ok()) {
      state.SkipWithError("the built-in dictionary does not load");
      return;
    }
    benchmark::DoNotOptimize(d);
  }
  state.counters["entries/s"] =
      benchmark::Counter(static_cast<double>(entries), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_LoadBuiltInDictionary)->Unit(benchmark::kMillisecond);

void BM_BuildPhraseMatcher(benchmark::State& state) {
  const Dictionary& dict = BuiltInDictionaryForBench();
  for (auto _ : state) {
    PhraseMatcher m(dict);
    benchmark::DoNotOptimize(m);
  }
  state.counters["phrases"] = static_cast<double>(dict.phrases.size());
}
BENCHMARK(BM_BuildPhraseMatcher)->Unit(benchmark::kMillisecond);

void BM_ConstructCoder(benchmark::State& state) {
  const Dictionary& dict = BuiltInDictionaryForBench();
  const Lexicon& lexicon = Lexicon::BuiltIn();
  for (auto _ : state) {
    Coder coder(dict, lexicon);
    benchmark::DoNotOptimize(coder);
  }
}
BENCHMARK(BM_ConstructCoder)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tacitus::bench
