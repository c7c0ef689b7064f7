#include "match/phrase_matcher.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "base/ascii.h"

namespace tacitus {
namespace {

// ASCII classes, as <cctype>'s in the "C" locale the program runs in, without a call per
// byte.
bool HasUpper(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// "BAGHDAD" -> "Baghdad", "AL-QAEDA" -> "Al-Qaeda", in `out`.
void TitleCase(std::string_view s, std::string* out) {
  out->assign(s);
  bool start = true;
  for (char& c : *out) {
    if (IsAsciiAlpha(static_cast<unsigned char>(c))) {
      c = start ? static_cast<char>(c & ~0x20) : AsciiLower(c);
      start = false;
    } else {
      start = c == '-' || c == ' ';
    }
  }
}

// FNV-1a with the high bits folded in: words are short, so a byte loop is cheaper than
// std::hash's.
size_t OwnHash(std::string_view w) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

uint64_t EdgeKey(uint32_t node, uint32_t word) { return (static_cast<uint64_t>(node) << 32) | word; }

size_t Slot(uint64_t key, size_t mask) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

// A kPhraseGap stands for at most this many words, each of which could be inside a noun
// phrase: the gap never runs over a verb, a conjunction or punctuation.
constexpr uint32_t kMaxGapWords = 3;

bool GapWord(const Token& t) {
  switch (t.tag) {
    case Tag::kNoun:
    case Tag::kProperNoun:
    case Tag::kAdjective:
    case Tag::kDeterminer:
    case Tag::kPreposition:
    case Tag::kNumber:
      return true;
    default:
      return false;
  }
}

// The word ids a token can take in the trie, looked up once per token: those of its
// text, its text with a lowercase initial, its title-cased text, its lowercase form and its
// lemma, in that order, without the forms that name no word.
struct TokenIds {
  uint32_t id[5];
  uint32_t n = 0;
  void Add(uint32_t word) {
    if (word != UINT32_MAX) id[n++] = word;
  }
};

// Where a token's text has ASCII letters of each case.
struct Cases {
  bool upper = false;        // an uppercase letter anywhere
  bool upper_after = false;  // an uppercase letter after the first byte
  bool lower = false;        // a lowercase letter anywhere
};

constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;

// The high bit of each byte of w that is an ASCII byte in [lo, hi]. Each byte's sum stays
// below 0x100, so no byte carries into the next: t + (0x80 - lo) reaches the high bit when
// t >= lo, t + (0x7f - hi) when t > hi.
uint64_t InRange(uint64_t w, unsigned char lo, unsigned char hi) {
  const uint64_t t = w & ~kHigh;
  return (t + (0x80 - lo) * kOnes) & ~(t + (0x7f - hi) * kOnes) & ~w & kHigh;
}

// Eight bytes at a time (the last word overlapping the one before), or two halves of four,
// or a byte at a time under four. `first` masks the word's byte that is the text's first.
Cases CasesOf(std::string_view w) {
  Cases c;
  const size_t n = w.size();
  if (n == 0) return c;
  uint64_t upper = 0, lower = 0, first = 0x80;  // first: the high bit of w[0]'s byte
  auto add = [&](uint64_t v) {
    upper |= InRange(v, 'A', 'Z');
    lower |= InRange(v, 'a', 'z');
  };
  if (n >= 8) {
    uint64_t v;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&v, w.data() + i, 8);
      add(v);
      if (i == 0) {
        c.upper = upper != 0;
        upper &= ~first;
      }
    }
    if (n % 8 != 0) {
      std::memcpy(&v, w.data() + n - 8, 8);
      add(v);
    }
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, w.data(), 4);
    std::memcpy(&b, w.data() + n - 4, 4);
    add(a | static_cast<uint64_t>(b) << 32);
    if (n == 4) first |= first << 32;  // the second half starts at w[0] too
    c.upper = upper != 0;
    upper &= ~first;
  } else {
    c.upper = IsAsciiUpper(static_cast<unsigned char>(w[0]));
    lower = IsAsciiLower(static_cast<unsigned char>(w[0]));
    for (size_t i = 1; i < n; ++i) {
      upper |= IsAsciiUpper(static_cast<unsigned char>(w[i]));
      lower |= IsAsciiLower(static_cast<unsigned char>(w[i]));
    }
  }
  c.upper_after = upper != 0;
  c.upper |= c.upper_after;
  c.lower = lower != 0;
  return c;
}

}  // namespace

uint32_t PhraseMatcher::OwnWordId(std::string_view w, bool exact) const {
  if (own_slots_.empty()) return kNone;
  const size_t mask = own_slots_.size() - 1;
  for (size_t s = OwnHash(w) & mask;; s = (s + 1) & mask) {
    const uint32_t k = own_slots_[s];
    if (k == kNone) return kNone;
    if (own_words_[k] == w) return exact_word_[k] == exact ? kOwn | k : kNone;
  }
}

void PhraseMatcher::ReserveOwnWords(size_t n) {
  size_t slots = 256;
  while (slots < 2 * n) slots *= 2;
  if (slots > own_slots_.size()) RehashOwnWords(slots);
  own_words_.reserve(n);
}

void PhraseMatcher::RehashOwnWords(size_t slots) {
  own_slots_.assign(slots, kNone);
  const size_t mask = slots - 1;
  for (uint32_t k = 0; k < own_words_.size(); ++k) {
    size_t s = OwnHash(own_words_[k]) & mask;
    while (own_slots_[s] != kNone) s = (s + 1) & mask;
    own_slots_[s] = k;
  }
}

uint32_t PhraseMatcher::AddOwnWord(std::string_view w, bool exact) {
  if ((own_words_.size() + 1) * 2 > own_slots_.size()) {  // at most half full
    RehashOwnWords(own_slots_.empty() ? 256 : 2 * own_slots_.size());
  }
  const size_t mask = own_slots_.size() - 1;
  size_t s = OwnHash(w) & mask;
  for (; own_slots_[s] != kNone; s = (s + 1) & mask)
    if (own_words_[own_slots_[s]] == w) return kOwn | own_slots_[s];
  own_slots_[s] = static_cast<uint32_t>(own_words_.size());
  own_words_.emplace_back(w);
  exact_word_.push_back(exact);
  return kOwn | own_slots_[s];
}

uint32_t PhraseMatcher::Child(uint32_t node, uint32_t word) const {
  if (word == kNone) return kNone;
  uint64_t key = EdgeKey(node, word);
  size_t mask = edge_keys_.size() - 1;
  for (size_t s = Slot(key, mask);; s = (s + 1) & mask) {
    if (edge_keys_[s] == key) return edge_children_[s];
    if (edge_keys_[s] == kEmpty) return kNone;
  }
}

void PhraseMatcher::Grow(size_t edges) {
  size_t capacity = std::max<size_t>(1024, edge_keys_.size());
  while (capacity < 2 * edges) capacity *= 2;
  if (capacity == edge_keys_.size()) return;
  std::vector<uint64_t> keys = std::move(edge_keys_);
  std::vector<uint32_t> children = std::move(edge_children_);
  edge_keys_.assign(capacity, kEmpty);
  edge_children_.assign(capacity, 0);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == kEmpty) continue;
    size_t s = Slot(keys[i], capacity - 1);
    while (edge_keys_[s] != kEmpty) s = (s + 1) & (capacity - 1);
    edge_keys_[s] = keys[i];
    edge_children_[s] = children[i];
  }
}

uint32_t PhraseMatcher::AddChild(uint32_t node, uint32_t word) {
  // One probe finds the edge or the free slot it goes in.
  const uint64_t key = EdgeKey(node, word);
  size_t mask = edge_keys_.size() - 1;
  size_t s = Slot(key, mask);
  for (; edge_keys_[s] != kEmpty; s = (s + 1) & mask)
    if (edge_keys_[s] == key) return edge_children_[s];
  if ((edges_ + 1) * 2 > edge_keys_.size()) {  // at most half full
    Grow(edges_ + 1);
    mask = edge_keys_.size() - 1;
    for (s = Slot(key, mask); edge_keys_[s] != kEmpty;) s = (s + 1) & mask;
  }
  edge_keys_[s] = key;
  edge_children_[s] = nodes_;
  ++edges_;
  if (node == 0 && !(word & kOwn)) {
    if (word >= root_children_.size()) root_children_.resize(word + 1, kNone);
    root_children_[word] = nodes_;
  }
  return nodes_++;
}

PhraseMatcher::PhraseMatcher(const Dictionary& dict) : dict_(dict) {
  std::vector<uint32_t> accepting;  // (node of each phrase)
  accepting.reserve(dict.phrases.size());
  // As many edges and own words at most (fewer are made: phrases share prefixes): both
  // tables are sized once, rather than doubled and rehashed on the way.
  size_t phrase_words = 0;
  for (const Phrase& p : dict.phrases) phrase_words += p.words.size();
  Grow(phrase_words);
  ReserveOwnWords(phrase_words);
  for (const Phrase& p : dict.phrases) {
    uint32_t node = 0;
    for (const std::string& w : p.words) {
      const bool exact = HasUpper(w);
      uint32_t id = exact ? kNone : dict.WordId(w);
      if (id == kNone) {
        id = AddOwnWord(w, exact);
        own_lowercase_ |= !exact;
      }
      node = AddChild(node, id);
    }
    accepting.push_back(node);
  }
  // Phrases grouped by node, in dictionary order within a node.
  phrase_begin_.assign(nodes_ + 1, 0);
  for (uint32_t node : accepting) ++phrase_begin_[node + 1];
  for (uint32_t k = 0; k < nodes_; ++k) phrase_begin_[k + 1] += phrase_begin_[k];
  phrase_ids_.resize(accepting.size());
  std::vector<uint32_t> fill(phrase_begin_.begin(), phrase_begin_.end() - 1);
  for (uint32_t i = 0; i < accepting.size(); ++i) phrase_ids_[fill[accepting[i]]++] = i;
  // The gap's id, found as the loop above gave it.
  gap_ = dict.WordId(kPhraseGap);
  if (gap_ == kNone) gap_ = OwnWordId(kPhraseGap, false);
}

std::vector<PhraseMatch> PhraseMatcher::Match(const std::vector<Token>& tokens) const {
  std::vector<uint32_t> present;
  std::vector<Dictionary::TokenWords> words;
  dict_.PatternWordsIn(tokens, &present, &words);
  std::vector<PhraseMatch> out;
  Match(tokens, words, &out);
  return out;
}

void PhraseMatcher::Match(const std::vector<Token>& tokens,
                          const std::vector<Dictionary::TokenWords>& words,
                          std::vector<PhraseMatch>* out) const {
  out->clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  // Scratch reused across calls on this thread: no allocation per token.
  thread_local std::vector<TokenIds> ids;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> frontier;  // (node, next token)
  thread_local std::string respelled;  // a token's text with its case changed
  ids.resize(n);
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = tokens[k];
    TokenIds& id = ids[k];
    id.n = 0;
    const Cases cases = CasesOf(t.text);
    // Only a text with a capital can be a word written with one (most tokens have none).
    if (cases.upper) id.Add(OwnWordId(t.text, true));
    // A capital that only opens a sentence or a title on a name that starts with a
    // lowercase particle: "Al-Shabab" is the entry "al-Shabab" (words written all in
    // lowercase are matched through `lower` below).
    if (t.capitalized && cases.upper_after) {
      respelled.assign(t.text);
      respelled[0] = AsciiLower(respelled[0]);
      id.Add(OwnWordId(respelled, true));
    }
    // Datelines and headlines in capitals: "BAGHDAD" is "Baghdad".
    if (t.text.size() >= 4 && !cases.lower) {
      TitleCase(t.text, &respelled);
      id.Add(OwnWordId(respelled, true));
    }
    // The lemma counts where it differs from the lowercase form, except for names. Two
    // forms have the same dictionary id only if they are the same word, or both none.
    const bool by_lemma = !t.lemma.empty() && t.tag != Tag::kProperNoun;
    uint32_t lower = words[k].lower;
    uint32_t lemma = by_lemma && words[k].lemma != lower ? words[k].lemma : kNone;
    if (own_lowercase_) {
      if (lower == kNone) lower = OwnWordId(t.lower, false);
      if (by_lemma && lemma == kNone && t.lemma != t.lower) lemma = OwnWordId(t.lemma, false);
    }
    id.Add(lower);
    id.Add(lemma);
  }
  auto accepts = [&](uint32_t node) { return phrase_begin_[node + 1] > phrase_begin_[node]; };
  // Pushes the paths one step on from `node` at token `pos`: through a gap (which may
  // also take no word), then through each of the token's words.
  auto push_gap = [&](uint32_t g, uint32_t pos) {
    frontier.emplace_back(g, pos);
    for (uint32_t k = pos; k < n && k < pos + kMaxGapWords && GapWord(tokens[k]); ++k)
      frontier.emplace_back(g, k + 1);
  };
  const uint32_t root_gap = Child(0, gap_);
  uint32_t i = 0;
  while (i < n) {
    if (tokens[i].no_actor) {
      ++i;
      continue;
    }
    // Walk every path from i (exact, lowercase and lemma edges), depth first, keeping the
    // longest accepting end (the first path found to it).
    uint32_t best_end = i, best_node = 0;
    frontier.clear();
    if (root_gap != kNone) push_gap(root_gap, i);
    for (uint32_t j = 0; j < ids[i].n; ++j)
      if (uint32_t c = RootChild(ids[i].id[j]); c != kNone) frontier.emplace_back(c, i + 1);
    while (!frontier.empty()) {
      auto [node, pos] = frontier.back();
      frontier.pop_back();
      if (accepts(node) && pos > best_end) {
        best_end = pos;
        best_node = node;
      }
      if (pos >= n) continue;
      if (uint32_t g = Child(node, gap_); g != kNone) push_gap(g, pos);
      const TokenIds& id = ids[pos];
      for (uint32_t j = 0; j < id.n; ++j)
        if (uint32_t c = Child(node, id.id[j]); c != kNone) frontier.emplace_back(c, pos + 1);
    }
    if (best_end > i) {
      out->push_back(
          {i, best_end,
           std::span<const uint32_t>(phrase_ids_.data() + phrase_begin_[best_node],
                                     phrase_begin_[best_node + 1] - phrase_begin_[best_node])});
      i = best_end;
    } else {
      ++i;
    }
  }
}

}  // namespace tacitus
