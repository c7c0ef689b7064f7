// Fuzzes the Tacitus dictionary reader: ParseTacitusFile() on any text. A dictionary is a
// file the user hands us (--dict tacitus:DIR), so a hostile one is an input boundary too:
// when it loads without errors, a coder is built over it and codes a short article, so odd
// phrases and patterns reach the matcher and the coder.
//
// Checks: every error message names the file and a line of the input; a dictionary that loads
// gives phrases with words and patterns that start with a word.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/loader.h"
#include "parse/lexicon.h"

namespace {

constexpr std::string_view kArticle =
    "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday. "
    "Protesters in Paris accused the government of lying, and police arrested 12 of them.\n"
    "\"We will not negotiate,\" he said, rejecting talks with Ukraine and the UN.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Dictionary dict;
  std::vector<std::string> errors;
  ParseTacitusFile("fuzz.txt", text, &dict, &errors);
  for (const std::string& e : errors) TACITUS_CHECK(e.rfind("fuzz.txt:", 0) == 0);
  if (!errors.empty()) return 0;
  for (const Phrase& p : dict.phrases) TACITUS_CHECK(!p.words.empty());
  for (const Pattern& p : dict.patterns) {
    TACITUS_CHECK(!p.elements.empty());
    TACITUS_CHECK(p.elements[0].kind == PatternElement::kWord && !p.elements[0].words.empty());
  }
  dict.Finish();
  Coder coder(dict, Lexicon::BuiltIn());
  (void)coder.Code(kArticle, Date::FromCivil(2023, 10, 19));
  return 0;
}
