// BenchCorpus: the text every micro-benchmark codes, and the stage inputs prepared from
// it once, so that each benchmark times one stage only.
//
//   const BenchCorpus& c = GetCorpus();   // ~250 sentences of real news, in articles
//   for (const BenchArticle& a : c.articles) coder.Code(a.text, a.date);
//
// The text is read at run time, never copied into the project: the <Sentence><Text>
// elements of PETRARCH-2's GigaWord sample (10 sentences to an article, dated as in the
// sample) and the `text` of the gold dev articles, both under ../shared (the directory
// TACITUS_SHARED_DIR names, from the environment or the build). A missing file is
// reported once on stderr and skipped; with neither file the corpus is a small synthetic
// text written for this benchmark, and `description` says so.
//
// Loaded on first use, then immutable; the getters are thread-safe (function statics).
// Bad input aborts with a message: a benchmark with no input measures nothing.
#ifndef TACITUS_BENCH_BENCH_CORPUS_H_
#define TACITUS_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "base/date.h"
#include "code/coder.h"
#include "code/event.h"
#include "dict/dictionary.h"
#include "output/event_writer.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/token.h"

namespace tacitus::bench {

struct BenchArticle {
  std::string id;
  std::string text;  // as given (not normalized)
  Date date;
};

struct BenchCorpus {
  std::string description;  // where the text came from, for the benchmark context
  std::vector<BenchArticle> articles;
  size_t bytes = 0;         // total text bytes
  size_t sentences = 0;     // sentences as SplitSentences counts them after Normalize
};

// The per-stage inputs: each stage's input is the previous stage's output.
struct PreparedCorpus {
  std::vector<NormalizedText> normalized;              // per article
  std::vector<std::vector<SentenceSpan>> spans;        // per article
  std::vector<std::vector<Token>> tokens;              // per sentence, untagged
  std::vector<std::vector<Token>> tagged;              // per sentence, tagged
  size_t sentence_bytes = 0;                           // bytes inside sentence spans
  size_t token_count = 0;                              // tokens of all sentences
  std::vector<Event> events;                           // what the coder wrote
  std::vector<ArticleMeta> event_articles;             // the article of each event
};

const BenchCorpus& GetCorpus();
const PreparedCorpus& GetPrepared();

// The built-in dictionary and a Coder over it and the built-in lexicon.
const Dictionary& BuiltInDictionaryForBench();
const Coder& CoderForBench();

}  // namespace tacitus::bench

#endif  // TACITUS_BENCH_BENCH_CORPUS_H_
