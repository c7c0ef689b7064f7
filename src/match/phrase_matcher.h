// PhraseMatcher: finds dictionary phrases (actors, modifiers, demonyms, agents, people)
// in a tagged sentence, longest match first, left to right, without overlaps.
//
//   tokens of "Russia 's foreign minister met Kim Jong-un"
//   => [0,1) actor RUS   [2,4) agent GOV "foreign minister"   [5,7) person Kim Jong Un
//
// A trie over word ids: a dictionary word written with a capital matches the token text
// exactly; a lowercase word matches the token's lowercase form or its lemma (so agents
// match their plurals); kPhraseGap matches up to a few words that could stand inside a noun
// phrase (nouns, names, adjectives, determiners, prepositions, numbers). A lowercase word's id is
// the Dictionary's (Dictionary::WordId), the one its patterns use, so a caller that has the tokens'
// ids (Dictionary::PatternWordsIn) has them looked up once per sentence for both; words with a
// capital have ids of the matcher's own. Walking the trie is integer hashing in one flat table, and
// matching allocates only the result. Built once from a finished Dictionary (Dictionary::Finish),
// which must outlive it; immutable and thread-safe after.
#ifndef TACITUS_MATCH_PHRASE_MATCHER_H_
#define TACITUS_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "text/token.h"

namespace tacitus {

struct PhraseMatch {
  uint32_t begin = 0;  // token indices [begin, end)
  uint32_t end = 0;
  // Indices into Dictionary::phrases, all with this span; points into the matcher, which
  // must outlive the match.
  std::span<const uint32_t> phrases;
};

class PhraseMatcher {
 public:
  explicit PhraseMatcher(const Dictionary& dict);

  std::vector<PhraseMatch> Match(const std::vector<Token>& tokens) const;
  // The same matches, given the tokens' word ids (Dictionary::PatternWordsIn), in `out`
  // (cleared first), whose capacity is kept: a caller that reuses `out` from sentence to
  // sentence allocates nothing once it has grown.
  void Match(const std::vector<Token>& tokens, const std::vector<Dictionary::TokenWords>& words,
             std::vector<PhraseMatch>* out) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static_assert(kNone == Dictionary::kNoWord);
  // The matcher's own word ids (words with a capital, and lowercase words the dictionary
  // has no id for) have this bit set; the dictionary's ids are below it.
  static constexpr uint32_t kOwn = 1u << 31;
  // The id of an own word, or kNone; `exact` selects capitalized words, else lowercase ones.
  uint32_t OwnWordId(std::string_view w, bool exact) const;
  uint32_t AddOwnWord(std::string_view w, bool exact);  // its id, the word added if new
  void ReserveOwnWords(size_t n);                       // room for n own words
  void RehashOwnWords(size_t slots);
  uint32_t Child(uint32_t node, uint32_t word) const;  // kNone if no edge
  uint32_t RootChild(uint32_t word) const {            // Child(0, word)
    return word < root_children_.size() ? root_children_[word] : Child(0, word);
  }
  uint32_t AddChild(uint32_t node, uint32_t word);
  // Makes the edge table at least twice `edges` (and 1024) slots, rehashing what it holds.
  void Grow(size_t edges);

  const Dictionary& dict_;
  // Own words by own id (without kOwn), found through an open-addressing table of their
  // ids at their hash (kNone: a free slot).
  std::vector<std::string> own_words_;
  std::vector<uint32_t> own_slots_;
  std::vector<bool> exact_word_;  // by own word id (without kOwn): the word has a capital
  // Some lowercase word has no dictionary id (its phrase was added after Finish()): tokens'
  // lowercase forms are then also looked up in own_words_.
  bool own_lowercase_ = false;
  // Edges as an open-addressing table keyed by (node << 32 | word); kEmpty marks a free slot.
  static constexpr uint64_t kEmpty = UINT64_MAX;
  std::vector<uint64_t> edge_keys_;
  std::vector<uint32_t> edge_children_;
  size_t edges_ = 0;
  uint32_t nodes_ = 1;  // node 0 is the root
  // The root's children by dictionary word id (kNone: none), looked up for every token
  // without hashing; a word beyond the end has none.
  std::vector<uint32_t> root_children_;
  // Phrases accepted at node k: phrase_ids_[phrase_begin_[k], phrase_begin_[k + 1]).
  std::vector<uint32_t> phrase_begin_;
  std::vector<uint32_t> phrase_ids_;
  // The word id of kPhraseGap, kNone when no phrase has one.
  uint32_t gap_ = kNone;
};

}  // namespace tacitus

#endif  // TACITUS_MATCH_PHRASE_MATCHER_H_
