// Loads of 4 or 8 bytes from any address, in the machine's byte order: how short words are
// read a block at a time for hashing and comparing (the word cache, the dictionary's word
// table) without a byte loop.
//
//   Load64("abcdefgh") == 0x6867666564636261 on a little-endian machine
//   PackShortWord("abc", 3) == 0x636261
//
// The caller makes sure the bytes exist. memcpy of a constant size compiles to one move.
#ifndef TACITUS_BASE_UNALIGNED_H_
#define TACITUS_BASE_UNALIGNED_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace tacitus {

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// A word of at most 8 bytes as one value that, with its size, tells it from every other
// word: its first and last 4 bytes for 4 to 8 bytes (overlapping under 8), its first,
// middle and last byte for 1 to 3 bytes (which are all its bytes), 0 for the empty word.
inline uint64_t PackShortWord(const char* p, size_t n) {
  if (n >= 4) return Load32(p) | uint64_t{Load32(p + n - 4)} << 32;
  if (n == 0) return 0;
  return uint64_t{static_cast<unsigned char>(p[0])} |
         uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
         uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
}

}  // namespace tacitus

#endif  // TACITUS_BASE_UNALIGNED_H_
