// UnmatchedCounter: what the dictionaries missed in a corpus, ranked, to guide the next
// additions (`tacitus dict unmatched`).
//
//   UnmatchedCounter counter(dict, Lexicon::BuiltIn());
//   counter.Add(text, coder.Code(text, date));  // for every article
//   UnmatchedReport r = counter.Report(20);
//   // names: {3, "Abiy Ahmed", "Ethiopian Prime Minister Abiy Ahmed met ..."}
//   // verbs: {2, "evacuate", 0 patterns, "Troops evacuated civilians from ..."}
//
// Sentences go through the coder's own stages (normalizer, splitter, tokenizer, tagger,
// phrase matcher), so "matched" means what it means to the coder:
// - A name is a run of proper-noun tokens (as the tagger tags them; particles such as
//   "bin" or "de" inside a name included) that no dictionary phrase of any kind covers.
//   Weekdays, months and honorifics are not names. A capital opening a sentence is
//   ambiguous: if the tagger takes it for an ordinary noun ("Officials", but also
//   "Nairobi", which WordNet knows), its run counts only if the same run also stands
//   elsewhere in the corpus where a capital means a name.
// - A verb is counted when it is the main verb of a sentence that names an actor
//   (an actor, demonym, person or agent phrase) but from which the coder wrote no event:
//   the first verb that is not an infinitive after "to" and not a bare verb of saying
//   ("say", "tell", "add": they report, never act); a negated one ("did not meet") is left
//   out, since the coder drops it on purpose. Verbs that no pattern starts with are kept
//   apart from verbs whose patterns exist but did not match.
// Sentences the dictionaries discard (sports, markets) are skipped, as the coder skips them.
//
// Never fails on input. Not thread-safe: one counter per thread.
#ifndef TACITUS_CODE_UNMATCHED_H_
#define TACITUS_CODE_UNMATCHED_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/coder.h"
#include "dict/dictionary.h"
#include "match/phrase_matcher.h"
#include "parse/lexicon.h"

namespace tacitus {

struct UnmatchedItem {
  std::string word;     // the name as written, or the verb's lemma
  size_t count = 0;     // occurrences (names) or sentences (verbs)
  size_t patterns = 0;  // verbs: patterns whose head is this lemma
  std::string example;  // the first sentence it was seen in
};

struct UnmatchedReport {
  size_t articles = 0, sentences = 0;
  size_t sentences_with_actors_no_event = 0;
  size_t distinct_names = 0, distinct_verbs = 0, distinct_failed_verbs = 0;
  std::vector<UnmatchedItem> names;         // most frequent first
  std::vector<UnmatchedItem> verbs;         // no pattern starts with the lemma
  std::vector<UnmatchedItem> failed_verbs;  // patterns exist but none matched
};

class UnmatchedCounter {
 public:
  UnmatchedCounter(const Dictionary& dict, const Lexicon& lexicon,
                   size_t max_sentence_bytes = CoderOptions{}.max_sentence_bytes);
  ~UnmatchedCounter();

  // Counts one article; `coded` is what the coder made of the same text (its events'
  // sentence indices say which sentences produced events).
  void Add(std::string_view text, const ArticleResult& coded);

  // The `top` most frequent of each list (all when top is 0); ties in word order.
  UnmatchedReport Report(size_t top) const;

 private:
  struct Tally {
    size_t count = 0;
    std::string example;
  };
  const Dictionary& dict_;
  const Lexicon& lexicon_;
  size_t max_sentence_bytes_;
  std::unique_ptr<PhraseMatcher> matcher_;
  std::map<std::string, Tally> names_, verbs_;
  std::map<std::string, Tally> initial_names_;  // opening a sentence with a known noun
  size_t articles_ = 0, sentences_ = 0, silent_sentences_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_UNMATCHED_H_
