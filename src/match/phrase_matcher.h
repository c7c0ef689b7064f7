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
// matching allocates only the result. The trie is the Dictionary's (Dictionary::phrase_trie, made
// by Finish() and kept in the start-up cache), so making a matcher costs next to nothing; the
// Dictionary must outlive it. Immutable and thread-safe.
#ifndef TACITUS_MATCH_PHRASE_MATCHER_H_
#define TACITUS_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
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
  PhraseMatcher(const PhraseMatcher&) = delete;  // holds views of its own trie
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;

  // `tokens` as Tokenize made them (the matcher reads their case flags, Token::has_upper,
  // upper_after and has_lower, instead of their text) and TagSentence tagged them.
  std::vector<PhraseMatch> Match(const std::vector<Token>& tokens) const;
  // The same matches, given the tokens' word ids (Dictionary::PatternWordsIn), in `out`
  // (cleared first), whose capacity is kept: a caller that reuses `out` from sentence to
  // sentence allocates nothing once it has grown.
  void Match(const std::vector<Token>& tokens, const std::vector<Dictionary::TokenWords>& words,
             std::vector<PhraseMatch>* out) const;

 private:
  static constexpr uint32_t kNone = PhraseTrie::kNone;
  static_assert(kNone == Dictionary::kNoWord);
  uint32_t OwnWordId(std::string_view w, bool exact) const { return trie_->OwnWordId(w, exact); }
  uint32_t Child(uint32_t node, uint32_t word) const { return trie_->Child(node, word); }
  uint32_t RootChild(uint32_t word) const {  // Child(0, word)
    return word < root_children_.size() ? root_children_[word] : Child(0, word);
  }

  const Dictionary& dict_;
  // The dictionary's trie (Dictionary::phrase_trie), or, when phrases were added to the
  // dictionary after its Finish(), built_, made from them.
  std::unique_ptr<const PhraseTrie> built_;
  const PhraseTrie* trie_;
  // The trie's, in members of their own for Match's loops.
  bool own_lowercase_;
  uint32_t gap_;
  std::span<const uint32_t> root_children_, phrase_begin_, phrase_ids_;
};

}  // namespace tacitus

#endif  // TACITUS_MATCH_PHRASE_MATCHER_H_
