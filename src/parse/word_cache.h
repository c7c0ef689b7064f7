// WordCache: remembers what a Lexicon said about recently seen words, so that the tagger
// asks WordNet's morphology once per distinct word rather than once per token.
//
//   WordCache cache(Lexicon::BuiltIn());
//   cache.Pos("talks")            -> kPosNoun | kPosVerb   (computed: ~1,000 instructions)
//   cache.Pos("talks")            -> the same, from the slot (~30 instructions)
//   cache.Lemma("met", kPosVerb)  -> "meet"
//
// A two-way set-associative table of fixed size: a word hashes to a pair of slots, each of
// which holds a word (up to kMaxWordBytes, as its WordKey: the three overlapping 8-byte loads
// that cover it, so that a hit costs three compares), its closed class, its POS bits and its noun,
// verb and adjective lemmas. The pair is kept in order of last use; a word found in neither
// computes its answers and takes the older slot, so two frequent words that hash alike do
// not evict each other. The table is allocated once, at construction; lookups never
// allocate. Longer words are passed to the lexicon every time.
//
// Given a WordNumbering (SetNumbering: the coder's dictionary's word ids), a slot also keeps
// the numbers of its word and of its three lemmas, asked when the word is first seen, so that
// the tagger gives each token its numbers without a look-up. A slot records whose numbers it
// holds (the numbering's serial) and asks again when the numbering has changed.
//
// Contract: every answer equals the lexicon's for the same arguments (Closed, Pos, Lemma).
// Lemma views point into the lexicon's table or into the argument, as Lexicon::Lemma's do.
// Numbers equal the numbering's, or are kWordIdUnknown (no numbering, or a word longer
// than kMaxWordBytes). The lexicon, and the numbering while it is set, must outlive the
// cache. Not thread-safe: one cache per thread.
#ifndef TACITUS_PARSE_WORD_CACHE_H_
#define TACITUS_PARSE_WORD_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/word_key.h"
#include "parse/lexicon.h"
#include "parse/word_numbering.h"
#include "text/token.h"

namespace tacitus {

class WordCache {
 public:
  static constexpr size_t kMaxWordBytes = 22;

  // `slots` is rounded up to a power of two (at least 1).
  explicit WordCache(const Lexicon& lexicon, size_t slots = 8192);

  // Everything the tagger asks about one word, found with one lookup: Closed(), Pos() and
  // Lemma() for kPosNoun, kPosVerb and kPosAdj. The lemma views point into the lexicon's
  // table or into `lower_word`, as Lemma()'s do. The ids: the numbering's numbers of the
  // word and of the three lemmas, by LemmaSlot (kWordIdUnknown without a numbering).
  struct WordInfo {
    ClosedClass closed = ClosedClass::kNone;
    uint8_t pos = 0;
    std::string_view lemma[kLemmaSlots];  // by LemmaSlot
    uint32_t lower_id = kWordIdUnknown;
    uint32_t lemma_id[kLemmaSlots] = {kWordIdUnknown, kWordIdUnknown, kWordIdUnknown};
  };

  // The numbering whose numbers Info() gives from now on (nullptr: none). Cheap: slots
  // numbered by another are renumbered when next found.
  void SetNumbering(const WordNumbering* numbering) {
    numbering_ = numbering;
    serial_ = numbering ? numbering->serial() : 0;
  }
  // Writes the answers into *info. A hit in the first way of the word's set is answered
  // here, inline (the tagger asks this of nearly every word); the rest goes to InfoInSet,
  // past the first way of the set found here, or to InfoSlow.
  void Info(std::string_view lower_word, WordInfo* info) {
    const size_t n = lower_word.size();
    if (n <= kMaxWordBytes) {
      const Key key = Key::Of(lower_word.data(), n);
      Slot* set = &slots_[(key.Hash(n) & set_mask_) * ways_];
      if (set[0].Holds(key, n)) {
        ++hits_;
        if (set[0].numbered_by != serial_) Renumber(set[0], lower_word);
        FillInfo(set[0], lower_word, info);
        return;
      }
      InfoInSet(set, lower_word, info);
      return;
    }
    InfoSlow(lower_word, info);
  }
  WordInfo Info(std::string_view lower_word) {
    WordInfo info;
    Info(lower_word, &info);
    return info;
  }

  const Lexicon& lexicon() const { return lexicon_; }

  ClosedClass Closed(std::string_view lower_word);
  uint8_t Pos(std::string_view lower_word);
  // As Lexicon::Lemma. Single bits (kPosNoun, kPosVerb, kPosAdj) come from the slot; other
  // combinations go to the lexicon.
  std::string_view Lemma(std::string_view lower_word, PosBits pos);

  // Lookups answered from a slot, and lookups that had to ask the lexicon (for tests and
  // benchmarks).
  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }

 private:
  // Where a lemma is: `length` bytes at `offset` in the lexicon's table, or in the word itself.
  struct LemmaRef {
    uint32_t offset = 0;
    uint8_t length = 0;
    bool in_word = true;
  };
  // A word of up to kMaxWordBytes: with its length, every byte of it (base/word_key.h).
  using Key = WordKey<24>;
  static_assert(kMaxWordBytes <= Key::kMaxBytes);
  struct Slot {
    Key key;
    uint8_t length = 0;
    bool used = false;
    ClosedClass closed = ClosedClass::kNone;
    uint8_t pos = 0;
    LemmaRef lemma[kLemmaSlots];  // by LemmaSlot
    uint32_t numbered_by = 0;  // the serial of the numbering that gave `ids`; 0: none
    uint32_t lower_id = kWordIdUnknown;
    uint32_t lemma_id[kLemmaSlots] = {kWordIdUnknown, kWordIdUnknown, kWordIdUnknown};

    bool Holds(const Key& k, size_t n) const { return used && length == n && key == k; }
  };

  void FillInfo(const Slot& s, std::string_view lower_word, WordInfo* info) const {
    info->closed = s.closed;
    info->pos = s.pos;
    // Slot by slot, not in a loop: with constant slots LemmaOf folds to a few moves (a loop
    // of three cost 300 instructions a sentence).
    info->lemma[kNounLemma] = LemmaOf(s, kNounLemma, lower_word);
    info->lemma[kVerbLemma] = LemmaOf(s, kVerbLemma, lower_word);
    info->lemma[kAdjLemma] = LemmaOf(s, kAdjLemma, lower_word);
    info->lower_id = s.lower_id;
    for (int k = 0; k < kLemmaSlots; ++k) info->lemma_id[k] = s.lemma_id[k];
  }
  // Gives slot `s`, which holds `lower_word`, the current numbering's numbers.
  [[gnu::noinline]] void Renumber(Slot& s, std::string_view lower_word) const;
  // Info() past the first way of `set`, the word's set: the second way or a slot filled now.
  // (The word's key is loaded again: passed, it cost the hits more than the load.)
  void InfoInSet(Slot* set, std::string_view lower_word, WordInfo* info);
  // Info() for words too long to keep (or answers no slot can hold): the lexicon itself.
  void InfoSlow(std::string_view lower_word, WordInfo* info);

  // The slot holding `lower_word`, filled now if neither slot of its set held it; nullptr
  // for words too long to keep.
  Slot* Find(std::string_view lower_word);
  // Find() past the first way: the second way, or the lexicon's answers in a slot now.
  Slot* FindInSet(Slot* set, std::string_view lower_word, const Key& key);
  LemmaRef RefOf(std::string_view lemma, std::string_view word) const;
  std::string_view LemmaOf(const Slot& slot, int k, std::string_view lower_word) const {
    // RefOf made the reference from a view inside the word or the table: no bounds to check.
    const LemmaRef& ref = slot.lemma[k];
    const char* base = ref.in_word ? lower_word.data() : table_;
    return std::string_view(base + ref.offset, ref.length);
  }

  const Lexicon& lexicon_;
  const char* table_ = nullptr;  // lexicon_.table().data()
  std::vector<Slot> slots_;
  size_t ways_ = 1;      // slots per set: 2, or 1 for a one-slot table
  size_t set_mask_ = 0;  // sets - 1
  size_t hits_ = 0, misses_ = 0;
  const WordNumbering* numbering_ = nullptr;
  uint32_t serial_ = 0;  // numbering_'s, or 0
};

}  // namespace tacitus

#endif  // TACITUS_PARSE_WORD_CACHE_H_
