// PhraseTrie: a dictionary's phrases as a trie over word ids, the table PhraseMatcher
// (match/phrase_matcher.h) walks. Dictionary::Finish() builds it, and the start-up cache
// stores it as it is, so a matcher over a cached dictionary is made without walking the
// 12,000 phrases again.
//
//   phrases "North Korea" (0), "Korea" (1), "foreign minister" (2)
//   => root -North-> a -Korea-> b (accepts 0);  root -Korea-> c (accepts 1);
//      root -foreign-> d -minister-> e (accepts 2)
//
// A lowercase word's id is the Dictionary's (Dictionary::WordId); a word written with a
// capital (matched exactly), or a lowercase word the dictionary has no id for, is an "own"
// word of the trie, with kOwn set on its id. Every table is a flat array of integers, so
// the trie is copied in and out of the cache with a memcpy each. Immutable once built.
#ifndef TACITUS_DICT_PHRASE_TRIE_H_
#define TACITUS_DICT_PHRASE_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {

class Dictionary;

struct PhraseTrie {
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kOwn = 1u << 31;
  static constexpr uint64_t kEmpty = UINT64_MAX;  // a free slot of edge_keys

  // A slot of the own-word table: a word's OwnKey, size and id (kNone: a free slot).
  struct OwnSlot {
    uint64_t key = 0;
    uint32_t size = 0;
    uint32_t id = kNone;
    bool operator==(const OwnSlot&) const = default;
  };

  // The trie of dict.phrases, with dict's word ids (dict.WordId) for lowercase words.
  static PhraseTrie Build(const Dictionary& dict);

  // The id of an own word, or kNone; `exact` selects words with a capital, else lowercase
  // ones. A word of up to 8 bytes is found by its key and size alone, without reading its
  // text: the matcher asks this of every token with a capital.
  uint32_t OwnWordId(std::string_view w, bool exact) const;
  // The child of `node` through `word`, kNone if no edge.
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (word == kNone) return kNone;
    const uint64_t key = EdgeKey(node, word);
    const size_t mask = edge_keys.size() - 1;
    for (size_t s = EdgeSlot(key, mask);; s = (s + 1) & mask) {
      if (edge_keys[s] == key) return edge_children[s];
      if (edge_keys[s] == kEmpty) return kNone;
    }
  }
  std::string_view OwnWord(uint32_t k) const {
    const uint32_t begin = k == 0 ? 0 : own_ends[k - 1];
    return std::string_view(own_text).substr(begin, own_ends[k] - begin);
  }
  // Whether every index is in range and every probe ends (a free slot in each table): what
  // the cache checks of a trie it reads back before a matcher walks it unchecked.
  bool IsSound(size_t dict_phrases) const;

  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return (static_cast<uint64_t>(node) << 32) | word;
  }
  static size_t EdgeSlot(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
  }
  // An own word's key: for up to 8 bytes, with its size, the word itself (its WordKey<8>),
  // so that such a word is compared by its key; longer words by their bytes. (Kept in the
  // start-up cache, as are the slots OwnSlotOf gives.)
  static uint64_t OwnKey(std::string_view w);
  static size_t OwnSlotOf(uint64_t key, size_t size, size_t mask) {
    return EdgeSlot(key + size, mask);
  }

  // How many phrases it was built from (kNone: never built): a dictionary with more has
  // had phrases added since its Finish().
  uint32_t phrases = kNone;
  // Own words, concatenated: word k is own_text[own_ends[k - 1], own_ends[k]); found through
  // an open-addressing table of their keys, sizes and ids, at most half full. own_exact[k]:
  // word k has a capital.
  std::string own_text;
  std::vector<uint32_t> own_ends;
  std::vector<OwnSlot> own_slots;
  std::vector<uint8_t> own_exact;
  // Some lowercase word has no dictionary id (its phrase was added after Finish() made the
  // ids): tokens' lowercase forms are then also looked up among the own words.
  bool own_lowercase = false;
  // Edges as an open-addressing table keyed by EdgeKey(node, word); at most half full. A
  // free slot's child is 0 (IsSound checks every child at once).
  std::vector<uint64_t> edge_keys;
  std::vector<uint32_t> edge_children;
  uint32_t nodes = 1;  // node 0 is the root
  // The root's children by dictionary word id (kNone: none); a word beyond the end has none.
  std::vector<uint32_t> root_children;
  // Phrases accepted at node k: phrase_ids[phrase_begin[k], phrase_begin[k + 1]), in
  // dictionary order.
  std::vector<uint32_t> phrase_begin;
  std::vector<uint32_t> phrase_ids;
  // The word id of kPhraseGap, kNone when no phrase has one.
  uint32_t gap = kNone;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_PHRASE_TRIE_H_
