#include "code/word_lists.h"

#include "dict/loader.h"

namespace tacitus {

WordLists::WordLists(const Dictionary& dict) {
  for (size_t c = 0; c < kWordClassCount; ++c) {
    const auto word_class = static_cast<WordClass>(c);
    source_[c] = dict.HasWordClass(word_class) ? &dict : &BuiltInWordClasses();
  }
}

bool WordLists::HasPhraseOrLast(WordClass c, const std::vector<std::string>& words) const {
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  // A single word is its own phrase: asked once.
  return Has(c, joined) || (words.size() > 1 && Has(c, words.back()));
}

}  // namespace tacitus
