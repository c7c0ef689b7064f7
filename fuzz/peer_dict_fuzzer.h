// Shared by tabari_fuzzer.cc and petrarch_fuzzer.cc: the lemmatizer the pipeline lends the
// peer readers, and what a fuzz target does with a dictionary that loaded (build a coder
// over it and code a short article, so odd patterns reach the matcher and the coder).
#ifndef TACITUS_FUZZ_PEER_DICT_FUZZER_H_
#define TACITUS_FUZZ_PEER_DICT_FUZZER_H_

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/dictionary.h"
#include "dict/tabari_reader.h"
#include "parse/lexicon.h"

namespace tacitus {
namespace fuzz {

// The same lemmatizer as pipeline.cc's LoadDictionary (pipeline is not linked here).
inline PeerOptions LexiconPeerOptions() {
  const Lexicon& lexicon = Lexicon::BuiltIn();
  PeerOptions options;
  options.lemmatizer.verb = [&lexicon](std::string_view w) -> std::string {
    if (!(lexicon.Pos(w) & kPosVerb)) return "";
    return std::string(lexicon.Lemma(w, kPosVerb));
  };
  options.lemmatizer.word = [&lexicon](std::string_view w) -> std::string {
    uint8_t pos = lexicon.Pos(w);
    if (!pos) return "";
    return std::string(lexicon.Lemma(w, static_cast<PosBits>(pos)));
  };
  return options;
}

// Checks a finished dictionary's shape and codes a short article with it.
inline void UseDictionary(StatusOr<Dictionary>& dict, std::string_view file_name) {
  if (!dict.ok()) {
    TACITUS_CHECK(dict.status().message().find(file_name) != std::string::npos);
    return;
  }
  for (const Phrase& p : dict->phrases) TACITUS_CHECK(!p.words.empty());
  for (const Pattern& p : dict->patterns) TACITUS_CHECK(!p.elements.empty());
  Coder coder(*dict, Lexicon::BuiltIn());
  (void)coder.Code(
      "Israeli Prime Minister Ariel Sharon met Palestinian leaders in Gaza on Monday. "
      "Rebels broke the ceasefire agreement and attacked the army, the president said.\n"
      "Hobbits accused the goblins of stealing golden galleons and called on Gondor to help.",
      Date::FromCivil(2003, 5, 12));
}

}  // namespace fuzz
}  // namespace tacitus

#endif  // TACITUS_FUZZ_PEER_DICT_FUZZER_H_
