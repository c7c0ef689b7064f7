// Scans for candidate ends ('.', '!', '?', line breaks). A candidate is confirmed when the
// next non-space character can start a sentence and the word before a period is neither
// an abbreviation nor an initial. Long sentences are cut at the last space before the
// limit (or, in text without spaces, at the last character boundary before it), so the cost
// of every later stage stays bounded per sentence.
#include "text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "base/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tacitus {
namespace {

// A word of at most 7 bytes as one number, lowercased (ASCII), its size in the top byte:
// equal numbers are equal words.
constexpr uint64_t ShortWordKey(std::string_view w) {
  uint64_t key = uint64_t{w.size()} << 56;
  for (size_t k = 0; k < w.size(); ++k)
    key |= uint64_t{static_cast<unsigned char>(AsciiLower(w[k]))} << (8 * k);
  return key;
}

// Abbreviations (lowercase, without the final period) after which a period does not end
// a sentence.
bool IsAbbreviation(std::string_view w) {
  // Dotted abbreviations ("U.S", "U.N", "a.m", "e.g") and single initials ("J").
  if (w.find('.') != std::string_view::npos) return true;
  if (w.size() == 1) return IsAsciiAlpha(static_cast<unsigned char>(w[0]));
  static constexpr std::string_view kAbbrev[] = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
      "sgt", "cpl", "pvt", "rep", "sen", "gov", "pres", "rev", "hon", "amb", "st", "jr",
      "sr", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
      "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "approx", "est", "fig", "al", "op", "vol", "ca", "cf"};
  // Compared as numbers (one compare each), not as strings.
  static constexpr auto kKeys = [] {
    std::array<uint64_t, std::size(kAbbrev)> keys{};
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = ShortWordKey(kAbbrev[i]);
    return keys;
  }();
  constexpr size_t kLongest = 6;  // "approx"
  if (w.size() > kLongest) return false;
  const uint64_t key = ShortWordKey(w);
  return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

bool IsCandidateEnd(char c) { return c == '\n' || c == '.' || c == '!' || c == '?'; }

// The first i' in [i, stop) where text[i'] is a candidate end, else stop. Sixteen bytes a
// step with SSE2 (part of x86-64), the rest a byte at a time.
size_t NextCandidateEnd(std::string_view text, size_t i, size_t stop) {
#if defined(__SSE2__)
  const __m128i line = _mm_set1_epi8('\n'), period = _mm_set1_epi8('.');
  const __m128i exclamation = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  for (; i + 16 <= stop; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i end =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, line), _mm_cmpeq_epi8(v, period)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, exclamation), _mm_cmpeq_epi8(v, question)));
    if (const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(end)); mask != 0)
      return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  while (i < stop && !IsCandidateEnd(text[i])) ++i;
  return i;
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool CanStartSentence(unsigned char c) {
  return IsAsciiUpper(c) || IsAsciiDigit(c) || c == '"' || c == '\'' || c == '(' ||
         c == '[' || c >= 0x80;
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text, size_t max_bytes) {
  std::vector<SentenceSpan> out;
  if (max_bytes < 16) max_bytes = 16;
  size_t n = text.size();
  size_t start = 0;
  auto skip_space = [&](size_t i) {
    while (i < n && IsAsciiSpace(static_cast<unsigned char>(text[i]))) ++i;
    return i;
  };
  auto emit = [&](size_t b, size_t e, bool cut) {
    while (e > b && IsAsciiSpace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), cut});
  };
  start = skip_space(0);
  size_t i = start;
  while (i < n) {
    if (i - start >= max_bytes) {
      size_t cut = i;
      size_t lo = start + max_bytes / 2;
      while (cut > lo && text[cut] != ' ') --cut;
      if (cut <= lo) {
        // No space in the second half (Chinese, Japanese, a run of symbols): cut at the
        // limit, but between characters, never inside one's UTF-8 bytes.
        cut = i;
        while (cut > start && IsUtf8Continuation(text[cut])) --cut;
      }
      emit(start, cut, true);
      start = skip_space(cut);
      i = start;
      continue;
    }
    char c = text[i];
    if (!IsCandidateEnd(c)) {
      // Most bytes: skip to the next candidate end, or to the length limit.
      i = NextCandidateEnd(text, i, std::min(n, start + max_bytes));
      continue;
    }
    if (c == '\n') {
      emit(start, i, false);
      start = skip_space(i + 1);
      i = start;
      continue;
    }
    // The closing run ("?!", '."', ")]") stays inside the limit too: a run that goes on
    // past it ("!!!!..." for megabytes) is cut by the check above, not taken whole.
    const size_t limit = std::min(n, start + max_bytes);
    size_t e = i + 1;
    while (e < limit && (text[e] == '.' || text[e] == '!' || text[e] == '?')) ++e;
    while (e < limit && (text[e] == '"' || text[e] == '\'' || text[e] == ')' || text[e] == ']'))
      ++e;
    if (e < n && !IsAsciiSpace(static_cast<unsigned char>(text[e]))) {
      i = e;
      continue;
    }
    size_t next = skip_space(e);
    if (next >= n) break;
    if (!CanStartSentence(static_cast<unsigned char>(text[next]))) {
      i = e;
      continue;
    }
    if (c == '.' && e == i + 1) {
      size_t w = i;
      while (w > start && !IsAsciiSpace(static_cast<unsigned char>(text[w - 1])) &&
             text[w - 1] != '(' && text[w - 1] != '"')
        --w;
      if (w < i && IsAbbreviation(text.substr(w, i - w))) {
        i = e;
        continue;
      }
    }
    emit(start, e, false);
    start = next;
    i = next;
  }
  emit(start, n, false);
  return out;
}

}  // namespace tacitus
