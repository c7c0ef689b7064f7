// Pipeline: the one place that knows every stage. It loads a dictionary set, builds a
// Coder, and codes articles (io::Article) into events ready for the writers.
//
//   StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create({.dict = "tacitus"});
//   ArticleResult r = (*p)->CodeArticle(article);
//
// Dictionary specs: "tacitus" (built in, the default), "tacitus:DIR" (Tacitus format
// files under DIR), "tabari:PATH" (a TABARI .project file, or a directory of .actors,
// .agents, .verbs, .options files) and "petrarch2:PATH" (a PETR_config.ini, or a directory
// of PETRARCH-2's standard file names); see doc/compatibility.md. For the peers' specs the
// coder keeps event codes outside the CAMEO table and does not shift tense (CoderOptions),
// as their patterns carry their own codes and modality; a TABARI dictionary's .options
// and a PETR_config.ini's [Options] become coder options too (PeerCoderOptions). A bad dictionary is a Status (exit 3
// at the command line).
// Create() is not thread-safe; CodeArticle() is (the pipeline is immutable).
#ifndef TACITUS_PIPELINE_PIPELINE_H_
#define TACITUS_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "code/coder.h"
#include "dict/dictionary.h"
#include "dict/tabari_reader.h"
#include "io/article_reader.h"
#include "parse/lexicon.h"

namespace tacitus {

struct PipelineOptions {
  std::string dict = "tacitus";
  CoderOptions coder;
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);

  // Codes one article; a missing or bad date codes against the date `fallback_date`.
  ArticleResult CodeArticle(const Article& article) const;
  std::string ExplainText(const std::string& text, Date date, ArticleResult* result) const;

  const Dictionary& dictionary() const { return *dict_; }
  const Coder& coder() const { return *coder_; }

 private:
  Pipeline() = default;
  std::unique_ptr<Dictionary> dict_;
  std::unique_ptr<Coder> coder_;
};

// Loads a dictionary by spec (see above).
StatusOr<Dictionary> LoadDictionary(const std::string& spec);

// Options for the peer readers (dict/tabari_reader.h) whose words become the lemmas the
// coder matches, through `lexicon`, the one the coder itself uses ("broke" -> break, the
// stem "CONTRIBUT" -> contribute). `lexicon` must outlive the options.
PeerOptions PeerOptionsFromLexicon(const Lexicon& lexicon);

// The coder options for a dictionary: `base` for the built-in and Tacitus dictionaries; for
// a peer's (one with tabari_options or petrarch_options), `base` with the peers'
// conventions (codes outside the CAMEO table kept, no tense shift, TABARI's default source,
// one verb per clause, PETRARCH's "---" for an agent without a country) and the
// dictionary's own settings (WithTabariOptions, WithPetrarchOptions). Pipeline::Create
// codes with these; so may a caller that builds its own Coder over a peer dictionary.
CoderOptions PeerCoderOptions(const Dictionary& dict, CoderOptions base = {});

// `base` with PETRARCH's [Options] settings (dict/petrarch_options.h) as coder options:
// require_dyad (write_missing_actors when false) and the comma_* limits. A caller that
// changes settings between texts (PETRARCH's validation records do) builds a Coder with
// these.
CoderOptions WithPetrarchOptions(CoderOptions base, const PetrarchOptions& petrarch);

// `base` with TABARI's .options settings (dict/tabari_options.h) as coder options: the
// DEFAULT codes, CONVERT AGENTS, CODE BY, MINIMUM WORDS, COMMA, COMPLEX and FORWARD. The
// pipeline applies a TABARI dictionary's own settings; a caller that changes settings
// between texts (TABARI's validation records do) builds a Coder with these.
CoderOptions WithTabariOptions(CoderOptions base, const TabariOptions& tabari);

// Whether `spec` names a peer's dictionary ("tabari:..." or "petrarch2:...").
bool IsPeerSpec(const std::string& spec);

// The date an article is coded against: its own date, else today's (UTC).
Date ArticleDate(const Article& article);

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_PIPELINE_H_
