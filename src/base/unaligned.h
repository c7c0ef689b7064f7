// Loads of 4 or 8 bytes from any address, in the machine's byte order: how short words are
// read a block at a time for hashing and comparing (the word cache, the dictionary's word
// table) without a byte loop.
//
//   Load64("abcdefgh") == 0x6867666564636261 on a little-endian machine
//
// The caller makes sure the bytes exist. memcpy of a constant size compiles to one move.
#ifndef TACITUS_BASE_UNALIGNED_H_
#define TACITUS_BASE_UNALIGNED_H_

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

}  // namespace tacitus

#endif  // TACITUS_BASE_UNALIGNED_H_
