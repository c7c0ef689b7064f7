// WordKey<N>: a word of up to N bytes (N = 8, 16 or 24) as N / 8 numbers that, with the
// word's size, hold every byte of it. The tables that look words up for every token (the
// word cache, WordSet, the dictionary's word ids, the phrase trie's own words) keep the key
// and the size in a slot, and compare and hash them as integers: no byte loop, no memcmp.
//
//   WordKey<8>::Of("abc").part[0] == 0x636261 (on a little-endian machine)
//   WordKey<16>::Of("ministers") == WordKey<16>::Of("ministers")     -> equal
//   WordKey<8>::Of("ab") == WordKey<8>::Of("abb")  -> also equal: compare the sizes too
//
// Layout, read with fixed-size loads (base/unaligned.h): up to 7 bytes, part[0] is
// PackShortWord's number and the other parts are 0; from 8 bytes, part[0] is the first eight
// bytes (for 8 bytes PackShortWord's number too, on a little-endian machine) and part[1] the
// last eight (overlapping under 16); from 17, part[2] is bytes 8 to 15.
// Together they cover every byte, so two words of one size are equal exactly when their keys
// are. A word longer than N has no key: Fits() is the caller's test (a CHECK-free contract:
// Of() reads only the word's bytes, but of a longer word it covers only some of them).
//
// A value type; its functions are pure and thread-safe.
#ifndef TACITUS_BASE_WORD_KEY_H_
#define TACITUS_BASE_WORD_KEY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/unaligned.h"

namespace tacitus {

template <size_t N>
struct WordKey {
  static_assert(N == 8 || N == 16 || N == 24, "a key is one, two or three 8-byte numbers");
  static constexpr size_t kMaxBytes = N;

  static bool Fits(std::string_view w) { return w.size() <= N; }
  // The key of w, which Fits().
  static WordKey Of(std::string_view w) { return Of(w.data(), w.size()); }
  static WordKey Of(const char* p, size_t n) {
    WordKey k;
    if (n >= 8) {
      k.part[0] = Load64(p);
      if constexpr (N >= 16) k.part[1] = Load64(p + n - 8);
      if constexpr (N >= 24)
        if (n > 16) k.part[2] = Load64(p + 8);
    } else {
      k.part[0] = PackShortWord(p, n);
    }
    return k;
  }

  // A hash of the key and the word's size whose low bits (a table's slot) depend on every
  // part: multiplied, and the high half folded down.
  uint64_t Hash(size_t n) const {
    uint64_t h = (part[0] ^ n) * 0x9E3779B97F4A7C15ull;
    if constexpr (N == 16) h ^= part[1] * 0xC2B2AE3D27D4EB4Full;
    if constexpr (N == 24) h ^= (part[1] + part[2]) * 0xC2B2AE3D27D4EB4Full;
    return h ^ (h >> 32);
  }

  // Part by part, as the defaulted == on the array compiled to more instructions.
  bool operator==(const WordKey& o) const {
    if constexpr (N == 8)
      return part[0] == o.part[0];
    else if constexpr (N == 16)
      return part[0] == o.part[0] && part[1] == o.part[1];
    else
      return part[0] == o.part[0] && part[1] == o.part[1] && part[2] == o.part[2];
  }

  uint64_t part[N / 8] = {};
};

}  // namespace tacitus

#endif  // TACITUS_BASE_WORD_KEY_H_
