// Shared by tabari_fuzzer.cc and petrarch_fuzzer.cc: what a fuzz target does with a
// dictionary that loaded (build a coder over it and code a short article, so odd patterns
// reach the matcher and the coder).
#ifndef TACITUS_FUZZ_PEER_DICT_FUZZER_H_
#define TACITUS_FUZZ_PEER_DICT_FUZZER_H_

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/dictionary.h"
#include "parse/lexicon.h"

namespace tacitus {
namespace fuzz {

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
