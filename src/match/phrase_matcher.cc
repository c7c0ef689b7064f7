#include "match/phrase_matcher.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"

namespace tacitus {
namespace {

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
};

}  // namespace

PhraseMatcher::PhraseMatcher(const Dictionary& dict) : dict_(dict), trie_(&dict.phrase_trie()) {
  // Phrases added after Finish() (or a dictionary never finished): a trie of them all.
  if (trie_->phrases != dict.phrases.size()) {
    built_ = std::make_unique<const PhraseTrie>(PhraseTrie::Build(dict));
    trie_ = built_.get();
  }
  own_lowercase_ = trie_->own_lowercase;
  gap_ = trie_->gap;
  root_children_ = trie_->root_children;
  phrase_begin_ = trie_->phrase_begin;
  phrase_ids_ = trie_->phrase_ids;
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
  const bool own_lowercase = own_lowercase_;  // members stay in registers across the stores
  TokenIds* const token_ids = ids.data();
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = tokens[k];
    TokenIds& id = token_ids[k];
    uint32_t m = 0;  // forms kept, counted in a register
    auto add = [&](uint32_t word) {
      if (word != kNone) id.id[m++] = word;
    };
    // Only a text with a capital can be a word written with one (most tokens have none).
    if (t.has_upper) {
      add(OwnWordId(t.text, true));
      // A capital that only opens a sentence or a title on a name that starts with a
      // lowercase particle: "Al-Shabab" is the entry "al-Shabab" (words written all in
      // lowercase are matched through `lower` below).
      if (t.capitalized && t.upper_after) {
        respelled.assign(t.text);
        respelled[0] = AsciiLower(respelled[0]);
        add(OwnWordId(respelled, true));
      }
    }
    // Datelines and headlines in capitals: "BAGHDAD" is "Baghdad".
    if (t.text.size() >= 4 && !t.has_lower) {
      TitleCase(t.text, &respelled);
      add(OwnWordId(respelled, true));
    }
    // The lemma counts where it differs from the lowercase form, except for names. Two
    // forms have the same dictionary id only if they are the same word, or both none.
    const bool by_lemma = !t.lemma.empty() && t.tag != Tag::kProperNoun;
    uint32_t lower = words[k].lower;
    uint32_t lemma = by_lemma && words[k].lemma != lower ? words[k].lemma : kNone;
    if (own_lowercase) {
      if (lower == kNone) lower = OwnWordId(t.lower, false);
      if (by_lemma && lemma == kNone && t.lemma != t.lower) lemma = OwnWordId(t.lemma, false);
    }
    add(lower);
    add(lemma);
    id.n = m;
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
    // The phrases that start with one of the token's words: most tokens start none, and
    // are passed over without touching the frontier.
    uint32_t starts[std::size(TokenIds{}.id)];
    uint32_t start_count = 0;
    const TokenIds& first = token_ids[i];
    for (uint32_t j = 0; j < first.n; ++j)
      if (uint32_t c = RootChild(first.id[j]); c != kNone) starts[start_count++] = c;
    if ((start_count == 0 && root_gap == kNone) || tokens[i].no_actor) {
      ++i;
      continue;
    }
    // Walk every path from i (exact, lowercase and lemma edges), depth first, keeping the
    // longest accepting end (the first path found to it).
    uint32_t best_end = i, best_node = 0;
    frontier.clear();
    if (root_gap != kNone) push_gap(root_gap, i);
    for (uint32_t j = 0; j < start_count; ++j) frontier.emplace_back(starts[j], i + 1);
    while (!frontier.empty()) {
      auto [node, pos] = frontier.back();
      frontier.pop_back();
      if (accepts(node) && pos > best_end) {
        best_end = pos;
        best_node = node;
      }
      if (pos >= n) continue;
      if (uint32_t g = Child(node, gap_); g != kNone) push_gap(g, pos);
      const TokenIds& id = token_ids[pos];
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
