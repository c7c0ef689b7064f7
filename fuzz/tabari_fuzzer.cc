// Fuzzes the TABARI dictionary reader (dict/tabari_reader.h). The first byte of the input
// says which file it is: 'a' .actors, 'g' .agents, 'v' .verbs, 'o' .options (any other byte
// picks one by its value); the rest is the file. A dictionary that loads is used to code a
// short article (peer_dict_fuzzer.h). Errors must name the file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/tabari_reader.h"
#include "peer_dict_fuzzer.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string_view text = input.substr(1);
  constexpr std::string_view kKinds = "agvo";
  size_t kind = kKinds.find(input[0]);
  if (kind == std::string_view::npos) kind = static_cast<unsigned char>(input[0]) % kKinds.size();
  TabariReader reader(PeerOptionsFromLexicon(Lexicon::BuiltIn()));
  switch (kind) {
    case 0:
      reader.ReadActors("fuzz.actors", text);
      break;
    case 1:
      reader.ReadAgents("fuzz.agents", text);
      break;
    case 2:
      reader.ReadVerbs("fuzz.verbs", text);
      break;
    default:
      reader.ReadOptions("fuzz.options", text);
      break;
  }
  StatusOr<Dictionary> dict = reader.Finish();
  fuzz::UseDictionary(dict, "fuzz.");
  return 0;
}
