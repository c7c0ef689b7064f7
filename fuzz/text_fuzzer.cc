// Fuzzes the first stage of the pipeline: Normalize() and SplitSentences() on any bytes.
//
// Besides "no crash, no UB, no leak", it checks what every later stage relies on: the offset
// map has one entry per normalized byte plus one, never goes backwards and ends at the input
// size; the normalized text is valid UTF-8; and sentences are ordered, non-empty, trimmed,
// inside the text, no longer than the limit, begin and end on character boundaries, and map back to
// an ordered span of the input. The splitter runs with the default limit and with tiny ones, so the
// cut path runs.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/status.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const NormalizedText n = Normalize(input);
  TACITUS_CHECK(n.original.size() == n.text.size() + 1);
  TACITUS_CHECK(n.original.back() == size);
  for (size_t i = 1; i < n.original.size(); ++i) TACITUS_CHECK(n.original[i - 1] <= n.original[i]);
  TACITUS_CHECK(IsValidUtf8(n.text, nullptr));
  TACITUS_CHECK(n.invalid_bytes <= size);

  for (size_t max_bytes : {kDefaultMaxSentenceBytes, size_t{16}, size_t{40}}) {
    uint32_t previous_end = 0;
    for (const SentenceSpan& s : SplitSentences(n.text, max_bytes)) {
      TACITUS_CHECK(s.begin >= previous_end);
      TACITUS_CHECK(s.begin < s.end);
      TACITUS_CHECK(s.end <= n.text.size());
      TACITUS_CHECK(s.end - s.begin <= max_bytes);
      TACITUS_CHECK(!std::isspace(static_cast<unsigned char>(n.text[s.begin])));
      TACITUS_CHECK(!std::isspace(static_cast<unsigned char>(n.text[s.end - 1])));
      TACITUS_CHECK(!IsContinuationByte(n.text[s.begin]));
      TACITUS_CHECK(s.end == n.text.size() || !IsContinuationByte(n.text[s.end]));
      TACITUS_CHECK(n.OriginalBegin(s.begin) <= n.OriginalEnd(s.end));
      TACITUS_CHECK(n.OriginalEnd(s.end) <= size);
      previous_end = s.end;
    }
  }
  return 0;
}
