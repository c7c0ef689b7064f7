// Fuzzes the PETRARCH-2 dictionary reader (dict/petrarch_reader.h). The first byte of the
// input says which file it is: 'v' verbs (CAMEO.2.0.txt), 'a' actors, 'g' agents,
// 'd' discards (any other byte picks one by its value); the rest is the file (the reader
// strips its comments). A dictionary that loads is used to code a short article
// (peer_dict_fuzzer.h). Errors must name the file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/petrarch_reader.h"
#include "peer_dict_fuzzer.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string_view text = input.substr(1);
  constexpr std::string_view kKinds = "vagd";
  size_t kind = kKinds.find(input[0]);
  if (kind == std::string_view::npos) kind = static_cast<unsigned char>(input[0]) % kKinds.size();
  PetrarchReader reader(PeerOptionsFromLexicon(Lexicon::BuiltIn()));
  switch (kind) {
    case 0:
      reader.ReadVerbs("fuzz.verbs.txt", text);
      break;
    case 1:
      reader.ReadActors("fuzz.actors.txt", text);
      break;
    case 2:
      reader.ReadAgents("fuzz.agents.txt", text);
      break;
    default:
      reader.ReadDiscards("fuzz.discards.txt", text);
      break;
  }
  StatusOr<Dictionary> dict = reader.Finish();
  fuzz::UseDictionary(dict, "fuzz.");
  return 0;
}
