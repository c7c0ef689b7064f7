// tacitus_bench: the micro-benchmarks of every pipeline stage, over the corpus of
// bench_corpus.h. Loads the corpus before any timing so that its description heads the
// output (and a missing ../shared is reported once), then runs Google Benchmark as usual:
//   tacitus_bench --benchmark_filter=Coder --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <string>

#include "bench/bench_corpus.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const tacitus::bench::BenchCorpus& corpus = tacitus::bench::GetCorpus();
  benchmark::AddCustomContext("corpus", corpus.description);
  benchmark::AddCustomContext(
      "corpus_size", std::to_string(corpus.articles.size()) + " articles, " +
                         std::to_string(corpus.sentences) + " sentences, " +
                         std::to_string(corpus.bytes) + " bytes");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
