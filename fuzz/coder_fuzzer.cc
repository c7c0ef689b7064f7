// Fuzzes the whole coder on one article: the built-in dictionary and lexicon, any text.
//
// Checks the event contract of doc/DESIGN.md on whatever comes out: spans inside the
// article, sentence indices inside the article's sentence count, event codes of 3 or 4
// digits, a non-empty source and target code. Explain() runs too on short inputs (it shares
// the coding path and adds the trace).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"
#include "code/coder.h"
#include "dict/loader.h"
#include "parse/lexicon.h"

namespace {

const tacitus::Coder& BuiltInCoder() {
  static const tacitus::Dictionary* const kDict = [] {
    tacitus::StatusOr<tacitus::Dictionary> dict = tacitus::LoadBuiltInDictionary();
    if (!dict.ok()) std::cerr << dict.status().message() << "\n";
    TACITUS_CHECK(dict.ok());
    return new tacitus::Dictionary(std::move(dict).value());
  }();
  static const tacitus::Coder* const kCoder =
      new tacitus::Coder(*kDict, tacitus::Lexicon::BuiltIn());
  return *kCoder;
}

bool IsEventCode(std::string_view code) {
  if (code.size() != 3 && code.size() != 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

void CheckSpan(uint32_t begin, uint32_t end, size_t size) {
  TACITUS_CHECK(begin <= end);
  TACITUS_CHECK(end <= size);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  BuiltInCoder();  // the dictionary loads once, outside the measured runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const Coder& coder = BuiltInCoder();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Date published = Date::FromCivil(2023, 10, 19);
  ArticleResult result = coder.Code(text, published);
  TACITUS_CHECK(result.sentences >= 0);
  for (const Event& e : result.events) {
    TACITUS_CHECK(e.sentence >= 0 && e.sentence < result.sentences);
    TACITUS_CHECK(IsEventCode(e.code));
    TACITUS_CHECK(!e.source.code.empty() && !e.target.code.empty());
    CheckSpan(e.source.begin, e.source.end, size);
    CheckSpan(e.target.begin, e.target.end, size);
    CheckSpan(e.verb_begin, e.verb_end, size);
    CheckSpan(e.sentence_begin, e.sentence_end, size);
  }
  if (size <= 512) {
    std::string trace;
    ArticleResult explained = coder.Explain(text, published, &trace);
    TACITUS_CHECK(explained.events.size() == result.events.size());
  }
  return 0;
}
