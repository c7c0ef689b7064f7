#include "match/phrase_matcher.h"

#include <algorithm>
#include <cctype>

namespace tacitus {
namespace {

// ASCII classes, as <cctype>'s in the "C" locale the program runs in, without a call per
// byte.
bool HasUpper(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

bool IsAllCaps(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else {
      start = c == '-' || c == ' ';
    }
  }
  return out;
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

// The word ids a token can take in the trie, looked up once per token.
struct TokenIds {
  uint32_t text, initial, title, lower, lemma;
};

}  // namespace

uint32_t PhraseMatcher::OwnWordId(std::string_view w, bool exact) const {
  auto it = words_.find(w);
  if (it == words_.end() || exact_word_[it->second & ~kOwn] != exact) return kNone;
  return it->second;
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
  return nodes_++;
}

PhraseMatcher::PhraseMatcher(const Dictionary& dict) : dict_(dict) {
  // Room for an edge per phrase word at once (fewer edges are made: phrases share
  // prefixes), rather than a table that doubles and rehashes its way there.
  size_t words = 0;
  for (const Phrase& p : dict.phrases) words += p.words.size();
  Grow(words);
  std::vector<uint32_t> accepting;  // (node of each phrase)
  accepting.reserve(dict.phrases.size());
  for (const Phrase& p : dict.phrases) {
    uint32_t node = 0;
    for (const std::string& w : p.words) {
      const bool exact = HasUpper(w);
      uint32_t id = exact ? kNone : dict.WordId(w);
      if (id == kNone) {
        auto [it, added] = words_.try_emplace(w, kOwn | static_cast<uint32_t>(words_.size()));
        if (added) exact_word_.push_back(exact);
        own_lowercase_ |= !exact;
        id = it->second;
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
  ids.resize(n);
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = tokens[k];
    TokenIds& id = ids[k];
    // Most tokens are written in lowercase: their text can name no exact (capitalized)
    // word, so one lookup, of `lower` below, serves both.
    id.text = t.text == t.lower && !HasUpper(t.text) ? kNone : OwnWordId(t.text, true);
    // A capital that only opens a sentence or a title on a name that starts with a
    // lowercase particle: "Al-Shabab" is the entry "al-Shabab" (words written all in
    // lowercase are matched through `lower` below).
    id.initial = kNone;
    if (t.capitalized && HasUpper(t.text.substr(1))) {
      std::string lowered(t.text);
      lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
      id.initial = OwnWordId(lowered, true);
    }
    // Datelines and headlines in capitals: "BAGHDAD" is "Baghdad".
    id.title = t.text.size() >= 4 && IsAllCaps(t.text) ? OwnWordId(TitleCase(t.text), true) : kNone;
    const bool by_lemma = !t.lemma.empty() && t.lemma != t.lower && t.tag != Tag::kProperNoun;
    id.lower = words[k].lower;
    id.lemma = by_lemma ? words[k].lemma : kNone;
    if (own_lowercase_) {
      if (id.lower == kNone) id.lower = OwnWordId(t.lower, false);
      if (by_lemma && id.lemma == kNone) id.lemma = OwnWordId(t.lemma, false);
    }
  }
  auto accepts = [&](uint32_t node) { return phrase_begin_[node + 1] > phrase_begin_[node]; };
  uint32_t i = 0;
  while (i < n) {
    if (tokens[i].no_actor) {
      ++i;
      continue;
    }
    // Walk every path from i (exact, lowercase and lemma edges), keeping the longest
    // accepting end.
    uint32_t best_end = 0, best_node = 0;
    frontier.clear();
    frontier.emplace_back(0, i);
    while (!frontier.empty()) {
      auto [node, pos] = frontier.back();
      frontier.pop_back();
      if (pos > i && accepts(node) && pos > best_end) {
        best_end = pos;
        best_node = node;
      }
      if (pos >= n) continue;
      if (gap_ != kNone) {
        if (uint32_t g = Child(node, gap_); g != kNone) {
          frontier.emplace_back(g, pos);
          for (uint32_t k = pos; k < n && k < pos + kMaxGapWords && GapWord(tokens[k]); ++k)
            frontier.emplace_back(g, k + 1);
        }
      }
      const TokenIds& id = ids[pos];
      for (uint32_t word : {id.text, id.initial, id.title, id.lower, id.lemma})
        if (uint32_t c = Child(node, word); c != kNone) frontier.emplace_back(c, pos + 1);
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
