// PhraseMatcher: finds dictionary phrases (actors, modifiers, demonyms, agents, people)
// in a tagged sentence, longest match first, left to right, without overlaps.
//
//   tokens of "Russia 's foreign minister met Kim Jong-un"
//   => [0,1) actor RUS   [2,4) agent GOV "foreign minister"   [5,7) person Kim Jong Un
//
// A trie over words: a dictionary word written with a capital matches the token text
// exactly; a lowercase word matches the token's lowercase form or its lemma (so agents
// match their plurals). Built once from a Dictionary; immutable and thread-safe after.
#ifndef TACITUS_MATCH_PHRASE_MATCHER_H_
#define TACITUS_MATCH_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/dictionary.h"
#include "text/token.h"

namespace tacitus {

struct PhraseMatch {
  uint32_t begin = 0;  // token indices [begin, end)
  uint32_t end = 0;
  std::vector<uint32_t> phrases;  // indices into Dictionary::phrases, all with this span
};

class PhraseMatcher {
 public:
  explicit PhraseMatcher(const Dictionary& dict);

  std::vector<PhraseMatch> Match(const std::vector<Token>& tokens) const;

 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> exact;  // capitalized words
    std::unordered_map<std::string, uint32_t> folded; // lowercase words
    std::vector<uint32_t> phrases;
  };
  uint32_t Child(uint32_t node, const std::string& word);
  std::vector<Node> nodes_;
};

}  // namespace tacitus

#endif  // TACITUS_MATCH_PHRASE_MATCHER_H_
