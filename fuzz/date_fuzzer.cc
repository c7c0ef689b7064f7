// Fuzzes the date resolver: FindDates() over the tokens of any text, against a publication
// date. An input that starts with a line "YYYY-MM-DD" (years 1000-2999) is coded against that
// date, so seeds stay readable; any other input against 2023-10-19.
//
// Checks: mentions are ordered, non-overlapping, non-empty token ranges inside the sentence,
// and resolve to a year near the publication date or to a year the text wrote (1900-2100).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "code/date_resolver.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  Date published = Date::FromCivil(2023, 10, 19);
  if (input.size() >= 11 && input[10] == '\n') {
    std::optional<Date> d = Date::Parse(input.substr(0, 10));
    if (d && d->year() >= 1000 && d->year() <= 2999) {
      published = *d;
      input.remove_prefix(11);
    }
  }
  const NormalizedText n = Normalize(input);
  for (const SentenceSpan& s : SplitSentences(n.text)) {
    const std::vector<Token> tokens = Tokenize(n, s.begin, s.end);
    uint32_t previous_end = 0;
    for (const DateMention& m : FindDates(tokens, published)) {
      TACITUS_CHECK(m.begin >= previous_end && m.begin < m.end && m.end <= tokens.size());
      const int year = m.date.year();
      TACITUS_CHECK((year >= 1900 && year <= 2101) ||
                    (year >= published.year() - 10000 && year <= published.year() + 10000));
      previous_end = m.end;
    }
  }
  return 0;
}
