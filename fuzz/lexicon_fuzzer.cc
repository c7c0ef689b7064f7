// Fuzzes the lexicon: lookups of any word in the built-in table, and Lexicon::FromTable() on
// any bytes (a table is read in place, so a corrupt one must be refused, never followed).
//
// The input is split at its first NUL: before it, words (one per line) looked up in the
// built-in lexicon; after it, a table. An input without NUL is only words. When FromTable()
// accepts a table, the same words are looked up in it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "parse/lexicon.h"

namespace {

void LookUp(const tacitus::Lexicon& lexicon, const std::vector<std::string_view>& words) {
  using namespace tacitus;
  for (std::string_view w : words) {
    (void)lexicon.Pos(w);
    for (PosBits pos : {kPosNoun, kPosVerb, kPosAdj, kPosAdv}) {
      std::string_view lemma = lexicon.Lemma(w, pos);
      TACITUS_CHECK(lemma.size() <= 255 || lemma == w);
    }
    VerbForm form;
    (void)lexicon.IsVerbForm(w, &form);
    (void)lexicon.Closed(w);
    (void)lexicon.HasClosedClass(w, ClosedClass::kPreposition);
  }
  ClosedClass cls;
  TACITUS_CHECK(lexicon.MatchClosedPhrase(words, &cls) <= words.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string_view text = input.substr(0, nul);
  std::vector<std::string_view> words;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    words.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  LookUp(Lexicon::BuiltIn(), words);
  if (nul == std::string_view::npos) return 0;
  StatusOr<Lexicon> table = Lexicon::FromTable(std::string(input.substr(nul + 1)));
  if (table.ok()) LookUp(*table, words);
  return 0;
}
