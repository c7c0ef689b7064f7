// Decodes the input one code point at a time; each code point maps to zero or more
// output bytes, and every output byte records the offset of the code point it came from.
// Letters outside ASCII are decomposed (NFKD) and stripped of combining marks with
// utf8proc, so "č" becomes "c"; what has no ASCII form is kept as UTF-8.
#include "text/normalizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>

#include "base/ascii.h"
#include "base/unaligned.h"
#include "text/eight_bytes.h"

namespace tacitus {
namespace {

// Returns the replacement for a code point with a fixed ASCII form, or nullptr.
const char* FixedReplacement(int32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
    case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case 0x0009: case 0x000B: case 0x000C:
      return " ";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    case 0x2026:
      return "...";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return "";
    default:
      return nullptr;
  }
}

// ASCII bytes that are copied as they are: all but CR, tab, form feed, vertical tab, NUL and
// the backquote, which Normalize rewrites. By table: Normalize asks this of every byte.
constexpr std::array<bool, 256> kKeptAscii = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c)
    t[c] = c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0 && c != '`';
  return t;
}();

bool IsKeptAscii(unsigned char c) { return kKeptAscii[c]; }

// Whether eight bytes are all printable ASCII other than the backquote, so all kept.
bool EightPrintable(uint64_t x) {
  return (x & kEightHighBits) == 0 && !HasByteBelow(x, 0x20) && !HasByte(x, '`');
}

// The end of the run of kept bytes that starts at `i`: eight bytes at a time while they are
// all printable, byte by byte through a block that is not (a line break, a non-ASCII letter).
size_t KeptRunEnd(std::string_view s, size_t i) {
  for (;;) {
    if (i + 8 <= s.size() && EightPrintable(Load64(s.data() + i))) {
      i += 8;
      continue;
    }
    const size_t stop = std::min(i + 8, s.size());
    while (i < stop && IsKeptAscii(static_cast<unsigned char>(s[i]))) ++i;
    if (i < stop || i == s.size()) return i;
  }
}

// Lowers the ASCII capitals among eight bytes at once. A byte's low seven bits plus
// 0x80 - 'A' carry into its high bit when it is 'A' or above, plus 0x80 - 'Z' - 1 when it is
// above 'Z'; neither sum carries into the next byte. A capital (which has its own high bit
// clear) gets its bit 5 set, which adds 0x20.
uint64_t LowerEightBytes(uint64_t x) {
  const uint64_t low7 = x & ~kEightHighBits;
  const uint64_t from_a = low7 + (0x80 - 'A') * kEightOnes;
  const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kEightOnes;
  const uint64_t capitals = from_a & ~past_z & ~x & kEightHighBits;
  return x | capitals >> 2;
}

// Writes from, from + 1, ... into n values at `to`, two at a time: a pair of consecutive
// values is one 8-byte store, and the next pair is it plus 2 in each half (no half carries:
// the values are offsets into one text).
void CountFrom(uint32_t from, uint32_t* to, size_t n) {
  const uint32_t first[2] = {from, from + 1};
  const uint32_t two[2] = {2, 2};
  uint64_t pair, step;
  std::memcpy(&pair, first, sizeof pair);
  std::memcpy(&step, two, sizeof step);
  size_t k = 0;
  for (; k + 2 <= n; k += 2, pair += step) std::memcpy(to + k, &pair, sizeof pair);
  if (k < n) to[k] = from + static_cast<uint32_t>(k);
}

}  // namespace

uint32_t NormalizedText::OriginalEnd(size_t end) const {
  if (end == 0) return original[0];
  if (end >= text.size()) return original[text.size()];
  // The end is the start of the next source code point, unless several normalized bytes
  // came from one code point ("..." from U+2026): then it is that code point's end.
  uint32_t last = original[end - 1];
  uint32_t next = original[end];
  if (next != last) return next;
  size_t k = end;
  while (k < text.size() && original[k] == last) ++k;
  return original[k];
}

std::string AsciiLowered(std::string_view s) {
  std::string out(s.size(), '\0');
  char* to = out.data();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t v = LowerEightBytes(Load64(s.data() + i));
    std::memcpy(to + i, &v, sizeof v);
  }
  for (; i < s.size(); ++i) to[i] = AsciiLower(s[i]);
  return out;
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: most of every text
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += static_cast<size_t>(n);
  }
  return true;
}

NormalizedText Normalize(std::string_view input) {
  NormalizedText out;
  out.text.reserve(input.size());
  out.original.reserve(input.size() + 1);
  auto emit = [&out](std::string_view bytes, uint32_t from) {
    out.text.append(bytes);
    out.original.insert(out.original.end(), bytes.size(), from);
  };
  size_t i = 0;
  while (i < input.size()) {
    unsigned char c = static_cast<unsigned char>(input[i]);
    uint32_t at = static_cast<uint32_t>(i);
    if (IsKeptAscii(c)) {
      // Most of every text: a run of such bytes is copied whole, each mapped to itself.
      const size_t j = KeptRunEnd(input, i + 1);
      out.text.append(input.substr(i, j - i));
      const size_t old = out.original.size();
      out.original.resize(old + (j - i));
      CountFrom(at, out.original.data() + old, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (c == '\r') {  // CRLF and lone CR both end a line
        if (i + 1 < input.size() && input[i + 1] == '\n') {
          ++i;
          continue;
        }
        emit("\n", at);
      } else if (c == '\t' || c == '\f' || c == '\v' || c == 0) {
        emit(" ", at);
      } else {  // '`'
        emit("'", at);
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(input.data() + i),
                                          static_cast<utf8proc_ssize_t>(input.size() - i), &cp);
    if (n <= 0) {
      ++out.invalid_bytes;
      emit(" ", at);
      ++i;
      continue;
    }
    size_t len = static_cast<size_t>(n);
    if (const char* r = FixedReplacement(cp)) {
      emit(r, at);
    } else {
      utf8proc_uint8_t* folded = nullptr;
      utf8proc_ssize_t m = utf8proc_map(
          reinterpret_cast<const utf8proc_uint8_t*>(input.data() + i), n, &folded,
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                         UTF8PROC_STRIPMARK | UTF8PROC_STABLE));
      if (m > 0 && folded != nullptr) {
        emit(std::string_view(reinterpret_cast<const char*>(folded), static_cast<size_t>(m)), at);
      } else {
        emit(input.substr(i, len), at);
      }
      free(folded);
    }
    i += len;
  }
  out.original.push_back(static_cast<uint32_t>(input.size()));
  out.lower = AsciiLowered(out.text);
  return out;
}

}  // namespace tacitus
