// SentenceSplitter: finds sentence boundaries in normalized text.
//
//   "Mr. Lavrov met Kim in the U.S. embassy. He left on Sept. 13."
//   => [0, 39) [40, 62)
//
// A sentence ends at '.', '!' or '?' (with any closing quotes and brackets) followed by
// space and a capital, digit or opening quote, unless the word before the period is a
// known abbreviation ("Mr.", "Sept.", "U.S.") or an initial ("J."). A line break always
// ends a sentence. A sentence longer than `max_bytes` is cut at a space (and counted),
// or, with no space in its second half, at the last character boundary before the limit,
// so that later stages stay linear. Never fails.
#ifndef TACITUS_TEXT_SENTENCE_SPLITTER_H_
#define TACITUS_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace tacitus {

struct SentenceSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool cut = false;  // ended by the length limit, not by punctuation
};

inline constexpr size_t kDefaultMaxSentenceBytes = 4096;

std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         size_t max_bytes = kDefaultMaxSentenceBytes);

}  // namespace tacitus

#endif  // TACITUS_TEXT_SENTENCE_SPLITTER_H_
