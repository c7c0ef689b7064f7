// WordCache: remembers what a Lexicon said about recently seen words, so that the tagger
// asks WordNet's morphology once per distinct word rather than once per token.
//
//   WordCache cache(Lexicon::BuiltIn());
//   cache.Pos("talks")            -> kPosNoun | kPosVerb   (computed: ~1,000 instructions)
//   cache.Pos("talks")            -> the same, from the slot (~30 instructions)
//   cache.Lemma("met", kPosVerb)  -> "meet"
//
// A two-way set-associative table of fixed size: a word hashes to a pair of slots, each of
// which holds a word (up to kMaxWordBytes, as the three overlapping 8-byte loads that cover
// it, so that a hit costs three compares), its closed class, its POS bits and its noun, verb
// and adjective lemmas. The pair is kept in order of last use; a word found in neither
// computes its answers and takes the older slot, so two frequent words that hash alike do
// not evict each other. The table is allocated once, at construction; lookups never
// allocate. Longer words are passed to the lexicon every time.
//
// Contract: every answer equals the lexicon's for the same arguments (Closed, Pos, Lemma).
// Lemma views point into the lexicon's table or into the argument, as Lexicon::Lemma's do.
// The lexicon must outlive the cache. Not thread-safe: one cache per thread.
#ifndef TACITUS_PARSE_WORD_CACHE_H_
#define TACITUS_PARSE_WORD_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/lexicon.h"

namespace tacitus {

class WordCache {
 public:
  static constexpr size_t kMaxWordBytes = 22;

  // `slots` is rounded up to a power of two (at least 1).
  explicit WordCache(const Lexicon& lexicon, size_t slots = 8192);

  // Everything the tagger asks about one word, found with one lookup: Closed(), Pos() and
  // Lemma() for kPosNoun, kPosVerb and kPosAdj. The lemma views point into the lexicon's
  // table or into `lower_word`, as Lemma()'s do.
  struct WordInfo {
    ClosedClass closed = ClosedClass::kNone;
    uint8_t pos = 0;
    std::string_view noun_lemma, verb_lemma, adj_lemma;
  };
  WordInfo Info(std::string_view lower_word);

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

  // A word of up to kMaxWordBytes as loads that together cover its bytes (word_cache.cc).
  struct WordKey {
    uint64_t a = 0, b = 0, c = 0;
    bool operator==(const WordKey&) const = default;
  };

 private:
  // Where a lemma is: `length` bytes at `offset` in the lexicon's table, or in the word itself.
  struct LemmaRef {
    uint32_t offset = 0;
    uint8_t length = 0;
    bool in_word = true;
  };
  struct Slot {
    WordKey key;
    uint8_t length = 0;
    bool used = false;
    ClosedClass closed = ClosedClass::kNone;
    uint8_t pos = 0;
    LemmaRef lemma[3];  // noun, verb, adjective

    bool Holds(const WordKey& k, size_t n) const { return used && length == n && key == k; }
  };

  // The slot holding `lower_word`, filled now if neither slot of its set held it; nullptr
  // for words too long to keep.
  const Slot* Find(std::string_view lower_word);
  // Find() past the first way: the second way, or the lexicon's answers in a slot now.
  const Slot* FindInSet(Slot* set, std::string_view lower_word, const WordKey& key);
  LemmaRef RefOf(std::string_view lemma, std::string_view word) const;
  std::string_view LemmaOf(const Slot& slot, int k, std::string_view lower_word) const;

  const Lexicon& lexicon_;
  const char* table_ = nullptr;  // lexicon_.table().data()
  std::vector<Slot> slots_;
  size_t ways_ = 1;      // slots per set: 2, or 1 for a one-slot table
  size_t set_mask_ = 0;  // sets - 1
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_PARSE_WORD_CACHE_H_
