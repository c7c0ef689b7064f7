// Fuzzes the start-up cache reader: DeserializeDictionary() on the cache image of a small
// dictionary, cut and with bytes changed as the input says. The cache is a file in a
// directory the user's other programs may write, so a corrupt or hostile one is an input
// boundary: it must be rejected or read into a dictionary the coder can use, never crash.
// Changing a valid image, rather than reading the input itself as an image, takes the fuzzer
// past the checks at the start to the counts, indexes and phrase trie deep inside.
//
// Input: two bytes, the length to cut the image to (little-endian; 0 keeps it whole), then
// pairs of bytes, a step to the next offset and a byte to xor there. When the changed image
// reads, a coder is built over it (its phrase matcher walks the trie read back) and codes a
// short article.
//
// Checks: an image the input leaves unchanged reads back into the dictionary it was made of.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/dict_cache.h"
#include "dict/loader.h"
#include "parse/lexicon.h"

namespace {

constexpr std::string_view kDictionary =
    "actor RUS | Russia | Russian\n"
    "actor PRK | North Korea\n"
    "agent GOV | foreign minister | government\n"
    "person Kim Jong Un | Kim Jong-un\n"
    "  alias Kim\n"
    "  gender m\n"
    "  role PRKGOV 2011-12-17.. | supreme leader\n"
    "verb 040 | meet with +\n"
    "verb 111 | accuse + of ...\n"
    "noun 043 | talks with +\n";

constexpr std::string_view kArticle =
    "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. "
    "The government accused North Korea of lying and held talks with Russia.";

const std::string& Image() {
  static const std::string image = [] {
    tacitus::Dictionary d;
    std::vector<std::string> errors;
    tacitus::ParseTacitusFile("seed.txt", kDictionary, &d, &errors);
    TACITUS_CHECK(errors.empty());
    d.Finish();
    return tacitus::SerializeDictionary(d);
  }();
  return image;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  std::string bytes = Image();
  if (size >= 2) {
    const size_t cut = data[0] | static_cast<size_t>(data[1]) << 8;
    if (cut != 0) bytes.resize(std::min(bytes.size(), cut));
  }
  size_t at = 0;
  for (size_t i = 2; i + 1 < size && !bytes.empty(); i += 2) {
    at = (at + data[i]) % bytes.size();
    bytes[at] = static_cast<char>(bytes[at] ^ data[i + 1]);
  }
  Dictionary dict;
  if (!DeserializeDictionary(bytes, &dict)) {
    TACITUS_CHECK(bytes != Image());
    return 0;
  }
  if (bytes == Image()) TACITUS_CHECK(SerializeDictionary(dict) == Image());
  Coder coder(dict, Lexicon::BuiltIn());
  (void)coder.Code(kArticle, Date::FromCivil(2023, 10, 19));
  return 0;
}
