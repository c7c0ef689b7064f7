// Building the trie: each phrase's words are walked from the root, an edge added where none
// is; both hash tables are sized once for the total count of phrase words (fewer edges and
// own words are made, as phrases share prefixes and words; the own-word table is then made
// to fit), then the accepted phrases are grouped by node with a counting sort.
#include "dict/phrase_trie.h"

#include <algorithm>

#include "base/unaligned.h"
#include "base/word_key.h"
#include "dict/dictionary.h"

namespace tacitus {
namespace {

bool HasUpper(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

class Builder {
 public:
  explicit Builder(PhraseTrie* t) : t_(*t) {}

  void ReserveOwnWords(size_t n) {
    if (SlotsFor(n) > t_.own_slots.size()) RehashOwnWords(SlotsFor(n));
    t_.own_ends.reserve(n);
  }
  // Once every word is in: the table for the words there are (the cache stores and checks
  // every slot at each start).
  void FitOwnWords() {
    if (SlotsFor(t_.own_ends.size()) < t_.own_slots.size())
      RehashOwnWords(SlotsFor(t_.own_ends.size()));
  }

  // The word's id, the word added if new.
  uint32_t AddOwnWord(std::string_view w, bool exact) {
    if ((t_.own_ends.size() + 1) * 2 > t_.own_slots.size())  // at most half full
      RehashOwnWords(t_.own_slots.empty() ? 256 : 2 * t_.own_slots.size());
    const size_t mask = t_.own_slots.size() - 1;
    const uint64_t key = PhraseTrie::OwnKey(w);
    size_t s = PhraseTrie::OwnSlotOf(key, w.size(), mask);
    for (; t_.own_slots[s].id != PhraseTrie::kNone; s = (s + 1) & mask)
      if (t_.OwnWord(t_.own_slots[s].id) == w) return PhraseTrie::kOwn | t_.own_slots[s].id;
    t_.own_slots[s] = {key, static_cast<uint32_t>(w.size()),
                       static_cast<uint32_t>(t_.own_ends.size())};
    t_.own_text.append(w);
    t_.own_ends.push_back(static_cast<uint32_t>(t_.own_text.size()));
    t_.own_exact.push_back(exact ? 1 : 0);
    return PhraseTrie::kOwn | t_.own_slots[s].id;
  }

  // Makes the edge table at least twice `edges` (and 1024) slots, rehashing what it holds.
  void Grow(size_t edges) {
    size_t capacity = std::max<size_t>(1024, t_.edge_keys.size());
    while (capacity < 2 * edges) capacity *= 2;
    if (capacity == t_.edge_keys.size()) return;
    std::vector<uint64_t> keys = std::move(t_.edge_keys);
    std::vector<uint32_t> children = std::move(t_.edge_children);
    t_.edge_keys.assign(capacity, PhraseTrie::kEmpty);
    t_.edge_children.assign(capacity, 0);
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == PhraseTrie::kEmpty) continue;
      size_t s = PhraseTrie::EdgeSlot(keys[i], capacity - 1);
      while (t_.edge_keys[s] != PhraseTrie::kEmpty) s = (s + 1) & (capacity - 1);
      t_.edge_keys[s] = keys[i];
      t_.edge_children[s] = children[i];
    }
  }

  uint32_t AddChild(uint32_t node, uint32_t word) {
    // One probe finds the edge or the free slot it goes in.
    const uint64_t key = PhraseTrie::EdgeKey(node, word);
    size_t mask = t_.edge_keys.size() - 1;
    size_t s = PhraseTrie::EdgeSlot(key, mask);
    for (; t_.edge_keys[s] != PhraseTrie::kEmpty; s = (s + 1) & mask)
      if (t_.edge_keys[s] == key) return t_.edge_children[s];
    if ((edges_ + 1) * 2 > t_.edge_keys.size()) {  // at most half full
      Grow(edges_ + 1);
      mask = t_.edge_keys.size() - 1;
      for (s = PhraseTrie::EdgeSlot(key, mask); t_.edge_keys[s] != PhraseTrie::kEmpty;)
        s = (s + 1) & mask;
    }
    t_.edge_keys[s] = key;
    t_.edge_children[s] = t_.nodes;
    ++edges_;
    if (node == 0 && !(word & PhraseTrie::kOwn)) {
      if (word >= t_.root_children.size()) t_.root_children.resize(word + 1, PhraseTrie::kNone);
      t_.root_children[word] = t_.nodes;
    }
    return t_.nodes++;
  }

 private:
  static size_t SlotsFor(size_t words) {  // at most half full
    size_t slots = 256;
    while (slots < 2 * words) slots *= 2;
    return slots;
  }
  void RehashOwnWords(size_t slots) {
    std::vector<PhraseTrie::OwnSlot> old = std::move(t_.own_slots);
    t_.own_slots.assign(slots, PhraseTrie::OwnSlot());
    const size_t mask = slots - 1;
    for (const PhraseTrie::OwnSlot& o : old) {
      if (o.id == PhraseTrie::kNone) continue;
      size_t s = PhraseTrie::OwnSlotOf(o.key, o.size, mask);
      while (t_.own_slots[s].id != PhraseTrie::kNone) s = (s + 1) & mask;
      t_.own_slots[s] = o;
    }
  }

  PhraseTrie& t_;
  size_t edges_ = 0;
};

// Whether every element of v is below n (or kNone, when `none_too`).
bool AllBelow(const std::vector<uint32_t>& v, size_t n, bool none_too = false) {
  return std::all_of(v.begin(), v.end(),
                     [&](uint32_t x) { return x < n || (none_too && x == PhraseTrie::kNone); });
}

// The largest element of v (0 when empty), in a loop the compiler vectorizes.
uint32_t Max(const std::vector<uint32_t>& v) {
  uint32_t max = 0;
  for (uint32_t x : v) max = std::max(max, x);
  return max;
}

}  // namespace

PhraseTrie PhraseTrie::Build(const Dictionary& dict) {
  PhraseTrie t;
  Builder b(&t);
  std::vector<uint32_t> accepting;  // (node of each phrase)
  accepting.reserve(dict.phrases.size());
  // As many edges and own words at most: both tables are sized once, rather than doubled
  // and rehashed on the way.
  size_t phrase_words = 0, phrase_bytes = 0;
  for (const Phrase& p : dict.phrases) {
    phrase_words += p.words.size();
    for (std::string_view w : p.words) phrase_bytes += w.size();
  }
  b.Grow(phrase_words);
  b.ReserveOwnWords(phrase_words);
  t.own_text.reserve(phrase_bytes);
  for (const Phrase& p : dict.phrases) {
    uint32_t node = 0;
    for (std::string_view w : p.words) {
      const bool exact = HasUpper(w);
      uint32_t id = exact ? kNone : dict.WordId(w);
      if (id == kNone) {
        id = b.AddOwnWord(w, exact);
        t.own_lowercase |= !exact;
      }
      node = b.AddChild(node, id);
    }
    accepting.push_back(node);
  }
  t.own_text.shrink_to_fit();
  b.FitOwnWords();
  // Phrases grouped by node, in dictionary order within a node.
  t.phrase_begin.assign(t.nodes + 1, 0);
  for (uint32_t node : accepting) ++t.phrase_begin[node + 1];
  for (uint32_t k = 0; k < t.nodes; ++k) t.phrase_begin[k + 1] += t.phrase_begin[k];
  t.phrase_ids.resize(accepting.size());
  std::vector<uint32_t> fill(t.phrase_begin.begin(), t.phrase_begin.end() - 1);
  for (uint32_t i = 0; i < accepting.size(); ++i) t.phrase_ids[fill[accepting[i]]++] = i;
  // The gap's id, found as the loop above gave it.
  t.gap = dict.WordId(kPhraseGap);
  if (t.gap == kNone) t.gap = t.OwnWordId(kPhraseGap, false);
  t.phrases = static_cast<uint32_t>(dict.phrases.size());
  return t;
}

uint64_t PhraseTrie::OwnKey(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  if (n <= 8) return WordKey<8>::Of(p, n).part[0];
  // The first and the last eight bytes (overlapping under 16), the last turned so that a
  // word and its reversed halves differ.
  const uint64_t last = Load64(p + n - 8);
  return Load64(p) ^ ((last << 29) | (last >> 35));
}

uint32_t PhraseTrie::OwnWordId(std::string_view w, bool exact) const {
  if (own_slots.empty()) return kNone;
  const uint64_t key = OwnKey(w);
  const size_t mask = own_slots.size() - 1;
  for (size_t s = OwnSlotOf(key, w.size(), mask);; s = (s + 1) & mask) {
    const OwnSlot& slot = own_slots[s];
    if (slot.id == kNone) return kNone;
    if (slot.key == key && slot.size == w.size() && (w.size() <= 8 || OwnWord(slot.id) == w))
      return own_exact[slot.id] == (exact ? 1 : 0) ? kOwn | slot.id : kNone;
  }
}

bool PhraseTrie::IsSound(size_t dict_phrases) const {
  auto power_of_two = [](size_t n) { return n != 0 && (n & (n - 1)) == 0; };
  const size_t own = own_ends.size();
  if (phrases != dict_phrases || own_exact.size() != own ||
      !std::is_sorted(own_ends.begin(), own_ends.end()) ||
      (own != 0 && own_ends.back() != own_text.size()) ||
      std::any_of(own_exact.begin(), own_exact.end(), [](uint8_t e) { return e > 1; }))
    return false;
  if (!own_slots.empty() &&
      (!power_of_two(own_slots.size()) ||
       std::any_of(own_slots.begin(), own_slots.end(),
                   [&](const OwnSlot& o) { return o.id >= own && o.id != kNone; }) ||
       std::none_of(own_slots.begin(), own_slots.end(),
                    [](const OwnSlot& o) { return o.id == kNone; })))
    return false;
  if (!power_of_two(edge_keys.size()) || edge_children.size() != edge_keys.size()) return false;
  // Every child in range, a free slot's too (Build leaves those 0, under any node count): a
  // maximum over the children, without reading the keys (two thirds of the table's bytes)
  // or testing each slot for being free. A free slot, with the table at most half full, is
  // among the first few.
  if (Max(edge_children) >= nodes ||
      std::none_of(edge_keys.begin(), edge_keys.end(), [](uint64_t k) { return k == kEmpty; }))
    return false;
  if (!AllBelow(root_children, nodes, true) || phrase_begin.size() != size_t{nodes} + 1 ||
      phrase_begin.front() != 0 || phrase_begin.back() != phrase_ids.size() ||
      !std::is_sorted(phrase_begin.begin(), phrase_begin.end()) ||
      !AllBelow(phrase_ids, dict_phrases))
    return false;
  return true;
}

}  // namespace tacitus
