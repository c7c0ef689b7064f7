// Fuzzes tokenizing and tagging: Normalize(), SplitSentences(), Tokenize() and TagSentence()
// with the built-in WordNet lexicon, sentence by sentence as the coder runs them.
//
// Checks: tokens are non-empty, ordered, inside their sentence, their text is the span they
// claim and `lower` is as long as the text; every token leaves the tagger with a lemma (its
// lowercase form at worst); the verb-morphology helpers accept every token.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "parse/lexicon.h"
#include "parse/tagger.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  static const Lexicon& lexicon = Lexicon::BuiltIn();
  const NormalizedText n = Normalize(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const SentenceSpan& s : SplitSentences(n.text)) {
    std::vector<Token> tokens = Tokenize(n, s.begin, s.end);
    uint32_t previous_end = s.begin;
    for (const Token& t : tokens) {
      TACITUS_CHECK(t.begin >= previous_end && t.begin < t.end && t.end <= s.end);
      TACITUS_CHECK(t.text == std::string_view(n.text).substr(t.begin, t.end - t.begin));
      TACITUS_CHECK(t.lower == std::string_view(n.lower).substr(t.begin, t.end - t.begin));
      previous_end = t.end;
    }
    TagSentence(lexicon, &tokens);
    for (const Token& t : tokens) {
      TACITUS_CHECK(!t.lemma.empty());
      (void)IsGerund(t);
      (void)IsPastOrParticiple(t);
      (void)TagName(t.tag);
    }
  }
  return 0;
}
