// Normalizer: rewrites article text into the form the rest of the pipeline reads, and
// remembers where every byte came from.
//
//   "Russia’s “talks” — Vučić"  =>  "Russia's \"talks\" - Vucic"
//
// Curly quotes and apostrophes become ASCII, dashes become '-', non-breaking and other
// spaces become ' ', zero-width characters are dropped, and letters lose their accents
// (so dictionaries match "Vucic" and "Vučić" alike). Invalid UTF-8 bytes become ' ' and
// are counted. Every normalized byte maps back to a byte offset in the original text, so
// spans found on the normalized text are reported against the text as given.
//
// Never fails; thread-safe (no shared state).
#ifndef TACITUS_TEXT_NORMALIZER_H_
#define TACITUS_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {

struct NormalizedText {
  std::string text;                // normalized, valid UTF-8 (mostly ASCII)
  std::string lower;               // `text` with ASCII letters lowercased (AsciiLowered)
  std::vector<uint32_t> original;  // original[i]: source offset of text[i]; size text.size()+1
  size_t invalid_bytes = 0;        // invalid UTF-8 bytes replaced by ' '

  // Maps a normalized span [begin, end) back to the original text.
  uint32_t OriginalBegin(size_t begin) const { return original[begin]; }
  uint32_t OriginalEnd(size_t end) const;
};

NormalizedText Normalize(std::string_view input);

// `s` with its ASCII capitals lowercased, every other byte as it is (so a UTF-8 text stays
// valid and every byte keeps its offset).
std::string AsciiLowered(std::string_view s);

// True if `s` is valid UTF-8; otherwise sets *bad_offset to the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset);

}  // namespace tacitus

#endif  // TACITUS_TEXT_NORMALIZER_H_
