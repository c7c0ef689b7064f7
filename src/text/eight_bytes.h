// Tests on eight bytes at once (read with Load64), for the text stage's byte scans: a
// scan skips a block of eight in a few instructions when no byte in it is one it stops at.
//
//   HasZeroByte(Load64("abc\0defg")) -> true
//   HasByte(Load64("U.S. and"), '.') -> true
//
// The tests are exact for the block as a whole (which byte matched is not told: a borrow
// may mark a byte above the first match).
#ifndef TACITUS_TEXT_EIGHT_BYTES_H_
#define TACITUS_TEXT_EIGHT_BYTES_H_

#include <cstdint>

namespace tacitus {

constexpr uint64_t kEightOnes = 0x0101010101010101ull;
constexpr uint64_t kEightHighBits = 0x80 * kEightOnes;

// The classic test ("haszero", Bit Twiddling Hacks): subtracting one from every byte sets the
// high bit of the lowest zero byte by its borrow; `& ~x` drops bytes that had it set.
constexpr bool HasZeroByte(uint64_t x) { return ((x - kEightOnes) & ~x & kEightHighBits) != 0; }

constexpr bool HasByte(uint64_t x, unsigned char c) { return HasZeroByte(x ^ (c * kEightOnes)); }

// Whether some byte is below `n` (n <= 0x80; "hasless"), the same way.
constexpr bool HasByteBelow(uint64_t x, unsigned char n) {
  return ((x - n * kEightOnes) & ~x & kEightHighBits) != 0;
}

}  // namespace tacitus

#endif  // TACITUS_TEXT_EIGHT_BYTES_H_
