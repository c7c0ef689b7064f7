// Shared by tabari_fuzzer.cc and petrarch_fuzzer.cc: what a fuzz target does with a
// dictionary that loaded (build a coder over it and code a short article, so odd patterns
// reach the matcher and the coder), once with the default settings and once with every
// peer-only setting on, a TABARI .options file's among them.
#ifndef TACITUS_FUZZ_PEER_DICT_FUZZER_H_
#define TACITUS_FUZZ_PEER_DICT_FUZZER_H_

#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/dictionary.h"
#include "parse/lexicon.h"
#include "pipeline/pipeline.h"

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
  // What the pipeline turns on for the dictionary (its .options or [Options] among them),
  // and the peer-only settings it leaves off.
  CoderOptions peer = PeerCoderOptions(*dict);
  peer.keep_negated = true;
  peer.unknown_country_agents = true;
  peer.write_missing_actors = true;
  for (const CoderOptions& options : {CoderOptions(), peer}) {
    Coder coder(*dict, Lexicon::BuiltIn(), options);
    (void)coder.Code(
        "Israeli Prime Minister Ariel Sharon met Palestinian leaders in Gaza on Monday. "
        "Rebels broke the ceasefire agreement and attacked the army, the president said.\n"
        "He said, after a long pause, that Gondor would send aid. THE SHIRE PROTESTED.\n"
        "Hobbits accused the goblins of stealing golden galleons and called on Gondor to help.",
        Date::FromCivil(2003, 5, 12));
  }
}

}  // namespace fuzz
}  // namespace tacitus

#endif  // TACITUS_FUZZ_PEER_DICT_FUZZER_H_
