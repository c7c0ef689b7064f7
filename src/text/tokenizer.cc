// One left-to-right pass. A word is a run of letters, digits and bytes >= 0x80, with
// inner apostrophes, periods (abbreviations, decimals), hyphens, ampersands and commas
// between digits. The run is then trimmed: a trailing period is kept only for
// abbreviations with inner periods ("U.S."), 's / ' / n't are split off.
#include "text/tokenizer.h"

#include <array>

#include "base/ascii.h"

namespace tacitus {
namespace {

// A byte's class, by table (the tokenizer asks it of every byte): word bytes are letters,
// digits and bytes >= 0x80 (UTF-8 sequences stay inside words); the case bits make
// Token::has_upper, upper_after and has_lower as the bytes go by; joiners may continue a
// word run when a word byte follows them (a comma only between digits); spaces are
// IsAsciiSpace's.
enum : uint8_t { kWordByte = 1, kUpperByte = 2, kLowerByte = 4, kJoinerByte = 8, kSpaceByte = 16 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    const bool joiner = c == '\'' || c == '-' || c == '&' || c == '.' || c == ',';
    t[c] = static_cast<uint8_t>((IsAsciiAlnum(b) || c >= 0x80 ? kWordByte : 0) |
                                (IsAsciiUpper(b) ? kUpperByte : 0) |
                                (IsAsciiLower(b) ? kLowerByte : 0) | (joiner ? kJoinerByte : 0) |
                                (IsAsciiSpace(b) ? kSpaceByte : 0));
  }
  return t;
}();

bool IsWordByte(unsigned char c) { return kByteClass[c] & kWordByte; }

// Sets the case flags of a token from the class bits of its first byte and of the others.
void SetCases(Token& t, uint8_t first, uint8_t after) {
  t.has_upper = ((first | after) & kUpperByte) != 0;
  t.upper_after = (after & kUpperByte) != 0;
  t.has_lower = ((first | after) & kLowerByte) != 0;
}

// The same, reading the token's bytes: for the pieces a word is split into.
void SetCasesFromText(Token& t) {
  uint8_t after = 0;
  for (size_t k = 1; k < t.text.size(); ++k)
    after |= kByteClass[static_cast<unsigned char>(t.text[k])];
  SetCases(t, kByteClass[static_cast<unsigned char>(t.text[0])], after);
}

constexpr uint32_t kNoHyphen = UINT32_MAX;

// Lowercase prefixes that are split from a capitalized word after a hyphen.
bool IsSplitPrefix(std::string_view p) {
  static constexpr std::array<std::string_view, 20> kPrefixes = {
      "then", "ex", "pro", "anti", "non", "post", "pre", "neo", "mid", "pan",
      "trans", "cross", "inter", "counter", "sub", "super", "ultra", "all", "former", "un"};
  for (std::string_view k : kPrefixes)
    if (p == k) return true;
  return false;
}

// Whether `word` ends with `suffix` (lowercase) in either case, and is longer than it.
bool EndsWithLower(std::string_view word, std::string_view suffix) {
  if (word.size() <= suffix.size()) return false;
  const size_t at = word.size() - suffix.size();
  for (size_t k = 0; k < suffix.size(); ++k)
    if (AsciiLower(word[at + k]) != suffix[k]) return false;
  return true;
}

// Inline: a call for every token cost a fifth of Push.
[[gnu::always_inline]] inline void Push(std::vector<Token>& out, std::string_view text,
                                        std::string_view lowered, uint32_t b, uint32_t e,
                                        bool space_before) {
  if (b >= e) return;
  Token& t = out.emplace_back();
  t.begin = b;
  t.end = e;
  t.text = std::string_view(text.data() + b, e - b);
  t.lower = std::string_view(lowered.data() + b, e - b);
  t.capitalized = IsAsciiUpper(static_cast<unsigned char>(text[b]));
  t.space_before = space_before;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::string_view lowered, uint32_t begin,
                            uint32_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);  // about one token per five bytes of news text
  uint32_t i = begin;
  bool space = true;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    const uint8_t c_class = kByteClass[c];
    if (c_class & kSpaceByte) {
      space = true;
      ++i;
      continue;
    }
    if (!(c_class & kWordByte)) {
      // "..." stays one token; any other punctuation is one byte.
      uint32_t j = i + 1;
      if (c == '.')
        while (j < end && text[j] == '.') ++j;
      Push(out, text, lowered, i, j, space);
      space = false;
      i = j;
      continue;
    }
    // A word run; `after`: the class bits of its bytes after the first.
    uint32_t j = i + 1;
    uint8_t after = 0;
    uint32_t hyphen = kNoHyphen;  // the run's first inner hyphen
    bool apostrophe = false;      // whether the run has an inner apostrophe
    while (j < end) {
      unsigned char d = static_cast<unsigned char>(text[j]);
      const uint8_t cls = kByteClass[d];
      if (cls & kWordByte) {
        after |= cls;
        ++j;
        continue;
      }
      if (!(cls & kJoinerByte)) break;  // most runs end at a space or a punctuation mark
      bool next_word = j + 1 < end && IsWordByte(static_cast<unsigned char>(text[j + 1]));
      if ((d == '\'' || d == '-' || d == '&' || d == '.') && next_word) {
        if (d == '-' && hyphen == kNoHyphen) hyphen = j;
        apostrophe = apostrophe || d == '\'';
        ++j;
        continue;
      }
      if (d == ',' && next_word && IsAsciiDigit(static_cast<unsigned char>(text[j - 1])) &&
          IsAsciiDigit(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
        continue;
      }
      break;
    }
    std::string_view word(text.data() + i, j - i);
    // Abbreviation with inner periods takes its final period: "U.S." "a.m."
    if (j < end && text[j] == '.' && word.find('.') != std::string_view::npos &&
        word.size() <= 12) {
      ++j;
      word = text.substr(i, j - i);
    }
    // Most runs are one token: no inner apostrophe or hyphen. (A possessive apostrophe after
    // the run, "protesters'", is the next token either way.)
    if (!apostrophe && hyphen == kNoHyphen) {
      Push(out, text, lowered, i, j, space);
      SetCases(out.back(), c_class, after);  // the whole run: its bytes were classed
      space = false;
      i = j;
      continue;
    }
    // Split clitics: n't, 's, trailing '. Each clitic holds an inner apostrophe.
    uint32_t word_end = j;
    uint32_t clitic = j;
    if (apostrophe) {
      if (EndsWithLower(word, "n't")) {
        clitic = j - 3;
      } else if (EndsWithLower(word, "'s")) {
        clitic = j - 2;
      } else if (EndsWithLower(word, "'ve") || EndsWithLower(word, "'re") ||
                 EndsWithLower(word, "'ll")) {
        clitic = j - 3;  // "They've grabbed", "we're", "we'll"
      } else if (EndsWithLower(word, "'d") || EndsWithLower(word, "'m")) {
        clitic = j - 2;
      }
    }
    if (clitic == j && j < end && text[j] == '\'' &&
        (j + 1 >= end || !IsWordByte(static_cast<unsigned char>(text[j + 1]))) &&
        AsciiLower(word.back()) == 's') {
      // "the protesters' demands": the apostrophe is a possessive of its own.
      word_end = j + 1;
    }
    // Hyphen split at the first hyphen: "then-US" -> then - US.
    uint32_t start = i;
    bool no_actor = false;
    if (hyphen != kNoHyphen && hyphen + 1 < clitic &&
        IsAsciiUpper(static_cast<unsigned char>(text[hyphen + 1]))) {
      const uint32_t k = hyphen;
      const std::string_view prefix = lowered.substr(start, k - start);
      if (IsSplitPrefix(prefix)) {
        Push(out, text, lowered, start, k, space);
        Push(out, text, lowered, k, k + 1, false);
        no_actor = prefix == "pro" || prefix == "anti" || prefix == "non";
        start = k + 1;
        space = false;
      }
    }
    Push(out, text, lowered, start, clitic, space);
    if (start == i && clitic == j) {
      SetCases(out.back(), c_class, after);  // the whole run: its bytes were classed
    } else if (start < clitic) {
      SetCasesFromText(out.back());
    }
    if (no_actor) out.back().no_actor = true;
    if (start > i) SetCasesFromText(out[out.size() - 3]);  // the prefix before the hyphen
    if (clitic < j) {
      Push(out, text, lowered, clitic, j, false);
      SetCasesFromText(out.back());
    }
    if (word_end > j) Push(out, text, lowered, j, word_end, false);
    space = false;
    i = word_end;
  }
  return out;
}

}  // namespace tacitus
