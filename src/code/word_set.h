// WordSet: a fixed list of short words or codes that the coder asks about many tokens of
// every sentence ("is this lemma a time noun?"), answered without building a string or
// hashing it byte by byte.
//
//   static const WordSet kTime = {"day", "week", "month"};
//   kTime.Has("week") -> true     kTime.Has("weeks") -> false     kTime.Has("") -> false
//
// Most words asked are in no list, so a word whose length or first byte no listed word has is
// answered by two bit tests. The others are looked up in an open-addressing table of keys:
// a word of up to 16 bytes is its size and two 8-byte numbers that hold all its bytes (its
// WordKey, base/word_key.h), so a slot is compared with three integer compares and no memcmp. A
// listed word that is empty or longer than kMaxBytes is a bug (a CHECK aborts); a longer word asked
// is simply not in the set.
//
// Immutable after construction; thread-safe. The listed words need not outlive the set.
#ifndef TACITUS_CODE_WORD_SET_H_
#define TACITUS_CODE_WORD_SET_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/status.h"
#include "base/word_key.h"

namespace tacitus {

class WordSet {
 public:
  static constexpr size_t kMaxBytes = 16;

  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
  explicit WordSet(std::span<const std::string_view> words) {
    size_t slots = 16;
    while (slots < 2 * words.size()) slots *= 2;  // at most half full
    slots_.resize(slots);
    for (std::string_view w : words) {
      TACITUS_CHECK(!w.empty() && w.size() <= kMaxBytes);
      lengths_ |= uint32_t{1} << w.size();
      const unsigned char c = static_cast<unsigned char>(w[0]);
      first_[c >> 6] |= uint64_t{1} << (c & 63);
      const Slot key = KeyOf(w);
      size_t s = SlotOf(key);
      while (slots_[s].size != 0 && !(slots_[s] == key)) s = (s + 1) & (slots - 1);
      slots_[s] = key;
    }
  }

  bool Has(std::string_view w) const { return MayHave(w, false) && Find(w); }
  // Has(w) with w's ASCII capitals lowered ("Monday" as "monday"); the copy is made only of a
  // word whose size and lowered first byte some listed word has.
  bool HasLowered(std::string_view w) const {
    if (!MayHave(w, true)) return false;
    char lowered[kMaxBytes];
    const size_t n = std::min(w.size(), kMaxBytes);  // w.size(), as MayHave said
    for (size_t i = 0; i < n; ++i) lowered[i] = AsciiLower(w[i]);
    return Find(std::string_view(lowered, n));
  }

 private:
  // Whether a listed word has w's size and first byte (lowered if `lower`); the first byte
  // is read only for a size some word has, so never of the empty word.
  bool MayHave(std::string_view w, bool lower) const {
    // Sizes past kMaxBytes (and 0) have no bit: bit 31 is never set, as no word is that long.
    if (!((lengths_ >> std::min<size_t>(w.size(), 31)) & 1)) return false;
    const unsigned char c = static_cast<unsigned char>(lower ? AsciiLower(w[0]) : w[0]);
    return (first_[c >> 6] >> (c & 63)) & 1;
  }
  bool Find(std::string_view w) const {
    const Slot key = KeyOf(w);
    const size_t mask = slots_.size() - 1;
    for (size_t s = SlotOf(key);; s = (s + 1) & mask) {
      if (slots_[s] == key) return true;
      if (slots_[s].size == 0) return false;
    }
  }

  using Key = WordKey<kMaxBytes>;
  struct Slot {
    Key key;
    uint64_t size = 0;  // 0: a free slot
    bool operator==(const Slot&) const = default;
  };
  // For 1 to kMaxBytes bytes: with the size, every byte of the word.
  static Slot KeyOf(std::string_view w) { return {Key::Of(w), w.size()}; }
  size_t SlotOf(const Slot& k) const {
    return static_cast<size_t>(k.key.Hash(k.size)) & (slots_.size() - 1);
  }

  std::vector<Slot> slots_;
  uint32_t lengths_ = 0;    // bit n: a word of n bytes
  uint64_t first_[4] = {};  // bit c: a word whose first byte is c
};

}  // namespace tacitus

#endif  // TACITUS_CODE_WORD_SET_H_
