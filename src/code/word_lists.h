// WordLists: the word classes the coder's rules consult (WordClass in dict/dictionary.h:
// collectives, weapons, group nouns, speech-act nouns, intent verbs and nouns), each taken
// from the coder's dictionary when it has any word of that class, else from the built-in
// dictionary's dict/words.txt. Peer dictionaries (TABARI, PETRARCH) and small test
// dictionaries have no words of their own and so code with the built-in lists.
//
//   WordLists words(dict);
//   words.Has(WordClass::kGroup, "militia")                  // true with the built-in lists
//   words.Find(WordClass::kWeapon, "airstrike")->code == "195"
//
// Holds pointers to `dict` and to the built-in word classes: `dict` must outlive it.
// Immutable after construction; thread-safe.
#ifndef TACITUS_CODE_WORD_LISTS_H_
#define TACITUS_CODE_WORD_LISTS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"

namespace tacitus {

class WordLists {
 public:
  explicit WordLists(const Dictionary& dict);

  // The entry of `word` (lowercase; phrase words joined by spaces) in class `c`, or nullptr.
  const WordEntry* Find(WordClass c, std::string_view word) const {
    return source_[static_cast<size_t>(c)]->FindWord(c, word);
  }
  bool Has(WordClass c, std::string_view word) const { return Find(c, word) != nullptr; }

  // Whether the words as a phrase, or their last word, are in class `c` ("riot police",
  // "the army's soldiers").
  bool HasPhraseOrLast(WordClass c, const std::vector<std::string>& words) const;

 private:
  std::array<const Dictionary*, kWordClassCount> source_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_WORD_LISTS_H_
