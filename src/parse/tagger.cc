// Two passes over the sentence. The first gives each token the set of tags it can have
// (closed-class table, lexicon bits, capitalization, digits, punctuation). The second
// walks left to right and settles ambiguous tokens from the settled tag on the left
// (skipping adverbs) and the possible tags on the right: a word after a determiner is a
// noun, after a modal or "to" a verb, an -ing or -ed form after a noun or clause start a
// verb, and a noun-or-verb after a noun a verb only when an object follows it.
#include "parse/tagger.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "parse/word_cache.h"

namespace tacitus {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// Whether a token is written in capitals: no lowercase letter and two capitals or more.
// The tokenizer's case flags answer for nearly every token: with no capital after the first
// byte there are fewer than two, with one there and one first there are two.
// Whether `text` has two capitals or more ("3MS", "'US": tokens whose first byte is none).
[[gnu::noinline]] bool HasTwoCapitals(std::string_view text) {
  int letters = 0;
  for (char c : text) letters += IsAsciiUpper(static_cast<unsigned char>(c));
  return letters >= 2;
}
// Inline: the tagger asks this of nearly every token, and nearly every one fails the first test.
[[gnu::always_inline]] inline bool AllCaps(const Token& t) {
  if (t.has_lower || !t.upper_after) return false;
  if (IsAsciiUpper(static_cast<unsigned char>(t.text[0]))) return true;
  return HasTwoCapitals(t.text);
}

// Whether the sentence is written in capitals: no lowercase letter anywhere and at least
// four words of two letters or more (so that "NATO and the EU" or a short "IN BRIEF" label
// are not).
bool InCapitals(const std::vector<Token>& toks) {
  int words = 0;
  for (const Token& t : toks) {
    if (t.has_lower) return false;
    if (AllCaps(t)) ++words;
  }
  return words >= 4;
}

bool IsSubjectPronoun(std::string_view w) {
  return Is(w, "he") || Is(w, "she") || Is(w, "they") || Is(w, "we") || Is(w, "i") ||
         Is(w, "you") || Is(w, "it") || Is(w, "who");
}

Tag FromClosed(ClosedClass c) {
  switch (c) {
    case ClosedClass::kDeterminer:
      return Tag::kDeterminer;
    case ClosedClass::kPronoun:
      return Tag::kPronoun;
    case ClosedClass::kPossessivePronoun:
      return Tag::kPossessivePronoun;
    case ClosedClass::kPreposition:
      return Tag::kPreposition;
    case ClosedClass::kCoordConj:
      return Tag::kCoordConj;
    case ClosedClass::kSubordConj:
      return Tag::kSubordConj;
    case ClosedClass::kAuxiliary:
      return Tag::kAuxiliary;
    case ClosedClass::kModal:
      return Tag::kModal;
    case ClosedClass::kNegation:
      return Tag::kNegation;
    case ClosedClass::kWh:
      return Tag::kWh;
    case ClosedClass::kParticle:
      return Tag::kTo;
    case ClosedClass::kNumeral:
      return Tag::kNumber;
    default:
      return Tag::kUnknown;
  }
}

bool IsGerundForm(std::string_view lower) { return lower.size() > 4 && EndsWith(lower, "ing"); }

// Out of line, as they were: inlined into TagWith, they cost its loop more than they save.
[[gnu::noinline]] bool IsBeForm(std::string_view w) {
  return Is(w, "be") || Is(w, "is") || Is(w, "are") || Is(w, "was") || Is(w, "were") ||
         Is(w, "been") || Is(w, "being") || Is(w, "am") || Is(w, "'s") || Is(w, "'re");
}

[[gnu::noinline]] bool IsNameParticle(std::string_view w) {
  switch (w.size()) {  // by length: each compare below is then one load and one compare
    case 2:
      return Is(w, "al") || Is(w, "el") || Is(w, "de") || Is(w, "da") || Is(w, "di") ||
             Is(w, "du") || Is(w, "le") || Is(w, "la");
    case 3:
      return Is(w, "bin") || Is(w, "ibn") || Is(w, "abu") || Is(w, "dos") || Is(w, "das") ||
             Is(w, "van") || Is(w, "von") || Is(w, "der") || Is(w, "den") || Is(w, "ben") ||
             Is(w, "bou");
    case 4:
      return Is(w, "bint") || Is(w, "ould");
    default:
      return false;
  }
}

}  // namespace

bool IsGerund(const Token& t) { return IsGerundForm(t.lower); }

namespace {

// Irregular simple pasts that are never participles ("spoke", not "spoken").
constexpr std::array<std::string_view, 43> kPastOnly = {
    "spoke",   "took",    "gave",  "went",  "came",   "wrote",     "drove",    "rode",
    "rose",    "ate",     "saw",   "flew",  "knew",   "grew",      "threw",    "drew",
    "broke",   "chose",   "froze", "stole", "woke",   "wore",      "tore",     "swore",
    "began",   "ran",     "sang",  "rang",  "drank",  "swam",      "forgot",   "forbade",
    "shook",   "fell",    "hid",   "bit",   "strove", "undertook", "overtook", "withdrew",
    "oversaw", "forgave", "arose"};
// None ends in -ed, so a regular past, most of what IsParticiple is asked, needs no search.
static_assert(std::none_of(kPastOnly.begin(), kPastOnly.end(),
                           [](std::string_view w) { return w.ends_with("ed"); }));

}  // namespace

bool IsParticiple(const Token& t) {
  if (t.lower.size() > 3 && EndsWith(t.lower, "ed")) return true;  // as IsPastOrParticiple
  if (!IsPastOrParticiple(t)) return false;
  // Sorted once for a binary search: the coder asks this of every past form it meets.
  static const std::vector<std::string_view> kSorted = [] {
    std::vector<std::string_view> words(kPastOnly.begin(), kPastOnly.end());
    std::sort(words.begin(), words.end());
    return words;
  }();
  return !std::binary_search(kSorted.begin(), kSorted.end(), std::string_view(t.lower));
}

bool IsPastOrParticiple(const Token& t) {
  if (t.lower.size() > 3 && EndsWith(t.lower, "ed")) return true;
  if (t.tag != Tag::kVerb) return false;
  // Irregular: the lemma differs and the form is not -s or -ing.
  if (t.lemma == t.lower || EndsWith(t.lower, "s") || IsGerund(t)) return false;
  return true;
}

namespace {

// The class of a token's first byte, by table (pass 1 asks it of every token): the start of a
// quote or clitic (", ', the n of n't), punctuation (ASCII but no letter or digit), a digit.
enum : uint8_t { kQuoteOrCliticByte = 1, kPunctByte = 2, kDigitByte = 4 };
constexpr std::array<uint8_t, 256> kFirstByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    t[c] = static_cast<uint8_t>(
        (c == '"' || c == '\'' || c == 'n' || c == 'N' ? kQuoteOrCliticByte : 0) |
        (!IsAsciiAlnum(b) && c < 0x80 ? kPunctByte : 0) | (IsAsciiDigit(b) ? kDigitByte : 0));
  }
  return t;
}();

// Space the tagger reuses from sentence to sentence.
struct TagScratch {
  std::vector<uint8_t> bits;               // possible open-class tags (PosBits) per token
  std::vector<WordCache::WordInfo> words;  // the lexicon's answers per token, once looked up
};

// The tagger proper. `lexicon` answers as the Lexicon would.
void TagWith(WordCache& lexicon, std::vector<Token>* tokens, TagScratch& scratch) {
  std::vector<Token>& toks = *tokens;
  const size_t n = toks.size();
  std::vector<uint8_t>& bits = scratch.bits;
  bits.assign(n, 0);
  scratch.words.resize(n);
  // A sentence set in capitals (a wire headline, "ARNOR HAS EXCHANGED PRISONERS WITH GONDOR")
  // tells nothing by its case: there a word is a name only when the lexicon does not know it.
  const bool in_capitals = InCapitals(toks);
  // Pass 1: fixed tags and possible open-class tags. The lexicon is asked about a token at
  // most once, into words[i] (lemma views point into the lexicon or into the token's
  // `lower`, which the tagger does not change); a token it was asked about carries its
  // word's number from then on, and its lemma's while the lemma is its `lower`.
  for (size_t i = 0; i < n; ++i) {
    Token& t = toks[i];
    // Literals are compared with views: std::string's operator== with a C string does not
    // compare the lengths first.
    const std::string_view lower = t.lower;
    t.tag = Tag::kUnknown;
    t.lemma = t.lower;
    t.lower_id = t.lemma_id = kWordIdUnknown;
    WordCache::WordInfo& info = scratch.words[i];
    bool looked_up = false;
    auto word = [&]() -> const WordCache::WordInfo& {
      if (!looked_up) {
        lexicon.Info(lower, &info);
        looked_up = true;
        t.lower_id = t.lemma_id = info.lower_id;
      }
      return info;
    };
    const uint8_t first = kFirstByteClass[static_cast<unsigned char>(t.text[0])];
    // Quotes and clitics: each has at most three bytes and starts with a quote, an
    // apostrophe or the n of n't.
    if ((first & kQuoteOrCliticByte) && t.text.size() <= 3) {
      if (t.text == "\"" || (t.text == "'" && !(i > 0 && EndsWith(toks[i - 1].lower, "s") &&
                                                !toks[i].space_before))) {
        t.tag = Tag::kQuote;
        continue;
      }
      if (lower == "'s" || lower == "'") {
        bool after_pronoun =
            i > 0 && (toks[i - 1].tag == Tag::kPronoun || toks[i - 1].tag == Tag::kWh);
        t.tag = after_pronoun ? Tag::kAuxiliary : Tag::kPossessive;
        t.lemma = after_pronoun ? "be" : "'s";
        continue;
      }
      if (lower == "'ve" || lower == "'re" || lower == "'ll" || lower == "'d" || lower == "'m") {
        t.tag = lower == "'ll" || lower == "'d" ? Tag::kModal : Tag::kAuxiliary;
        t.lemma = lower == "'ve"   ? "have"
                  : lower == "'ll" ? "will"
                  : lower == "'d"  ? "would"
                                   : "be";
        continue;
      }
      if (lower == "n't") {
        t.tag = Tag::kNegation;
        t.lemma = "not";
        continue;
      }
    }
    if (first & kPunctByte) {
      t.tag = Tag::kPunct;
      continue;
    }
    if (first & kDigitByte) {
      t.tag = Tag::kNumber;
      continue;
    }
    // Whether the token starts a sentence or a clause; read only of tokens with a capital.
    const bool initial =
        (t.capitalized || t.upper_after) &&
        (i == 0 || toks[i - 1].tag == Tag::kQuote ||
         (toks[i - 1].tag == Tag::kPunct &&
          (toks[i - 1].text == ":" || toks[i - 1].text == "(" || toks[i - 1].text == "-")));
    if (in_capitals && t.capitalized)
      t.capitalized = word().closed == ClosedClass::kNone && word().pos == 0;
    if (!in_capitals && AllCaps(t) &&
        !(initial && t.text.size() <= 2 && word().closed != ClosedClass::kNone && lower != "us")) {
      t.tag = Tag::kProperNoun;
      continue;
    }
    // Lowercase particles inside names: "Faisal bin Farhan", "Charles de Gaulle".
    if (i > 0 && toks[i - 1].tag == Tag::kProperNoun && i + 1 < n && toks[i + 1].capitalized &&
        IsNameParticle(lower)) {
      t.tag = Tag::kProperNoun;
      continue;
    }
    ClosedClass cc = word().closed;
    if (t.capitalized && !initial && (in_capitals || !AllCaps(t))) {
      // Mid-sentence capital: a name ("May", "Will"), unless a closed-class word in a title.
      t.tag = Tag::kProperNoun;
      continue;
    }
    if (cc != ClosedClass::kNone) {
      t.tag = FromClosed(cc);
      continue;
    }
    bits[i] = info.pos;
    if (t.capitalized && initial && bits[i] == 0) {
      t.tag = Tag::kProperNoun;
      continue;
    }
    if (t.capitalized && initial) {
      // Sentence-initial capital that the lexicon knows only as a noun: likely a name
      // ("Choe", "Kremlin") or an ordinary noun ("Officials"); both are nominal.
      if (bits[i] == kPosNoun) t.tag = Tag::kNoun;
    }
  }
  // What the lexicon said of token k. Pass 2 asks it only of tokens that pass 1 looked up:
  // those with a closed class or open-class bits, and the nouns, verbs and adjectives that
  // come of them.
  auto word = [&](size_t k) -> const WordCache::WordInfo& { return scratch.words[k]; };
  // Pass 2: settle ambiguous tokens from the left context.
  Tag left = Tag::kPunct;  // last settled non-adverb tag; sentence start acts as punctuation
  size_t left_at = 0;      // its token, read only when `left` is a token's tag
  for (size_t i = 0; i < n; ++i) {
    Token& t = toks[i];
    const std::string_view lower = t.lower;
    if (t.tag == Tag::kUnknown) {
      uint8_t b = bits[i];
      bool can_noun = b & kPosNoun, can_verb = b & kPosVerb, can_adj = b & kPosAdj,
           can_adv = b & kPosAdv;
      Tag next_fixed = i + 1 < n ? toks[i + 1].tag : Tag::kPunct;
      uint8_t next_bits = i + 1 < n ? bits[i + 1] : 0;
      bool object_follows = next_fixed == Tag::kDeterminer || next_fixed == Tag::kProperNoun ||
                            next_fixed == Tag::kPossessivePronoun || next_fixed == Tag::kNumber ||
                            (next_fixed == Tag::kPronoun && !IsSubjectPronoun(toks[i + 1].lower));
      bool ed = t.lower.size() > 3 && EndsWith(t.lower, "ed");
      bool ing = IsGerundForm(lower);
      bool s3 = t.lower.size() > 2 && EndsWith(t.lower, "s") && !EndsWith(t.lower, "ss");
      bool irregular_past = can_verb && !ed && !ing && !s3 && word(i).lemma[kVerbLemma] != lower;
      if (b == 0) {
        t.tag = EndsWith(t.lower, "ly") ? Tag::kAdverb
                                        : (t.capitalized ? Tag::kProperNoun : Tag::kNoun);
      } else if (b == kPosNoun) {
        t.tag = Tag::kNoun;
      } else if (b == kPosVerb && ed && left == Tag::kVerb && (next_bits & kPosNoun) &&
                 next_fixed == Tag::kUnknown) {
        t.tag = Tag::kAdjective;  // "expel exiled leaders": a participle before the object
      } else if (b == kPosVerb) {
        t.tag = Tag::kVerb;
      } else if (b == kPosAdj) {
        t.tag = Tag::kAdjective;
      } else if (b == kPosAdv) {
        t.tag = Tag::kAdverb;
      } else if (can_adv && EndsWith(t.lower, "ly") && !can_verb) {
        t.tag = Tag::kAdverb;
      } else if (can_adv && !can_noun && !can_verb &&
                 (next_fixed == Tag::kAuxiliary || next_fixed == Tag::kModal ||
                  ((next_bits & kPosVerb) && !(next_bits & (kPosNoun | kPosAdj))))) {
        // "Wasik later met": an adjective-or-adverb before a verb is an adverb.
        t.tag = Tag::kAdverb;
      } else {
        const std::string_view left_word = toks[left_at].lower;
        switch (left) {
          case Tag::kDeterminer:
          case Tag::kPossessivePronoun:
          case Tag::kPossessive:
          case Tag::kNumber:
            if (can_adj && (next_bits & kPosNoun) && !(can_noun && !(next_bits & (kPosNoun)))) {
              t.tag = (can_noun && !(next_bits & kPosNoun)) ? Tag::kNoun : Tag::kAdjective;
              if (can_noun && next_fixed != Tag::kUnknown) t.tag = Tag::kNoun;
            } else {
              t.tag = can_noun ? Tag::kNoun : (can_adj ? Tag::kAdjective : Tag::kVerb);
            }
            break;
          case Tag::kAdjective:
            // "regular military drills": an adjective-or-noun before a noun modifies it.
            if (can_adj && (next_bits & kPosNoun) && next_fixed == Tag::kUnknown)
              t.tag = Tag::kAdjective;
            else
              t.tag = can_noun ? Tag::kNoun : (can_adj ? Tag::kAdjective : Tag::kVerb);
            break;
          case Tag::kModal:
          case Tag::kTo:
            t.tag = can_verb ? Tag::kVerb : (can_adj ? Tag::kAdjective : Tag::kNoun);
            break;
          case Tag::kNegation:
          case Tag::kAuxiliary:
            // "had just been freed", "has also met": an adverb between auxiliary and verb.
            if (can_adv && i + 1 < n && ((next_bits & kPosVerb) || next_fixed == Tag::kAuxiliary)) {
              t.tag = Tag::kAdverb;
              break;
            }
            if (can_verb &&
                (ed || ing || irregular_past || left == Tag::kNegation || !IsBeForm(left_word)))
              t.tag = Tag::kVerb;
            else
              t.tag = can_adj ? Tag::kAdjective : (can_verb ? Tag::kVerb : Tag::kNoun);
            break;
          case Tag::kPronoun:
          case Tag::kWh:
            t.tag = can_verb && (left == Tag::kWh || IsSubjectPronoun(left_word)) ? Tag::kVerb
                    : can_noun                                                    ? Tag::kNoun
                                                                                  : Tag::kAdjective;
            break;
          case Tag::kVerb:
            // "expel exiled leaders": a participle between a verb and its object noun.
            if ((can_adj || ed) && !ing && (next_bits & kPosNoun) && next_fixed == Tag::kUnknown) {
              t.tag = Tag::kAdjective;
              break;
            }
            t.tag = (can_verb && ing) ? Tag::kVerb
                    : can_noun        ? Tag::kNoun
                    : can_adj         ? Tag::kAdjective
                                      : Tag::kVerb;
            break;
          case Tag::kPreposition:
            t.tag = (can_verb && ing) ? Tag::kVerb : can_noun ? Tag::kNoun : Tag::kAdjective;
            break;
          case Tag::kNoun:
          case Tag::kProperNoun:
            // "UN troops withdrew", "rebels kidnapped": a plural before a verb is its subject.
            if (can_noun && s3 && i + 1 < n &&
                (next_fixed == Tag::kAuxiliary || next_fixed == Tag::kModal ||
                 ((next_bits & kPosVerb) && !(next_bits & (kPosNoun | kPosAdj)) &&
                  std::string_view(toks[i + 1].lower) != "to"))) {
              t.tag = Tag::kNoun;
              break;
            }
            // "Government forces clash with": a base form after a plural noun, before a
            // preposition or an object, is the plural's verb.
            if (can_verb && !s3 && !ed && !ing && EndsWith(left_word, "s") &&
                !EndsWith(left_word, "ss") &&
                (next_fixed == Tag::kPreposition || next_fixed == Tag::kDeterminer ||
                 next_fixed == Tag::kPossessivePronoun)) {
              t.tag = Tag::kVerb;
              break;
            }
            // "demand that Belgrade hand over the suspects": after "that" and a name, a base
            // form before a preposition or an object is the (subjunctive) verb.
            if (can_verb && !s3 && !ed && !ing && left == Tag::kProperNoun &&
                (next_fixed == Tag::kPreposition || next_fixed == Tag::kDeterminer ||
                 next_fixed == Tag::kPossessivePronoun)) {
              size_t k = i - 1;
              while (k > 0 && toks[k - 1].tag == Tag::kProperNoun) --k;
              if (k > 0 && toks[k - 1].lower == "that") {
                t.tag = Tag::kVerb;
                break;
              }
            }
            // "Russia wants to hold talks": an -s form before an infinitive is a verb. A
            // base form between a singular noun and a name is a title: "interior minister Maciej".
            if (can_verb &&
                (ed || irregular_past ||
                 (object_follows && !(left == Tag::kNoun && next_fixed == Tag::kProperNoun &&
                                      can_noun && !s3 && !ing && !EndsWith(left_word, "s"))) ||
                 (left == Tag::kProperNoun && s3) ||
                 (s3 && i + 2 < n && std::string_view(toks[i + 1].lower) == "to" &&
                  (bits[i + 2] & kPosVerb))))
              t.tag = Tag::kVerb;
            else
              t.tag = can_noun ? Tag::kNoun : (can_verb ? Tag::kVerb : Tag::kAdjective);
            break;
          default:  // clause start: punctuation, conjunctions, quotes
            // "Fighting between A and B resumed", "Fighting erupted": a gerund that is the
            // subject, before "between" or before a verb.
            if (i == 0 && can_noun && ing && i + 1 < n &&
                (std::string_view(toks[i + 1].lower) == "between" ||
                 ((next_bits & kPosVerb) && !(next_bits & (kPosNoun | kPosAdj))))) {
              t.tag = Tag::kNoun;
              break;
            }
            // "condemns and rejects": after a conjunction, a form like the verb before it.
            if (left == Tag::kCoordConj && can_verb && i >= 2 && toks[i - 2].tag == Tag::kVerb &&
                ((s3 && EndsWith(toks[i - 2].lower, "s")) ||
                 (ed && EndsWith(toks[i - 2].lower, "ed")))) {
              t.tag = Tag::kVerb;
              break;
            }
            if (can_verb && (ed || ing || irregular_past) &&
                (object_follows || left == Tag::kCoordConj || left == Tag::kPunct))
              t.tag = Tag::kVerb;
            else if (can_adj && (next_bits & kPosNoun))
              t.tag = Tag::kAdjective;
            else
              t.tag = can_noun ? Tag::kNoun : can_verb ? Tag::kVerb : Tag::kAdjective;
        }
      }
    }
    // "was not excluding the use of force", "is following the talks": an -ing preposition
    // after a form of "be" (adverbs and "not" between) is the progressive verb.
    if (t.tag == Tag::kPreposition && EndsWith(t.lower, "ing") && (word(i).pos & kPosVerb)) {
      size_t k = i;
      while (k > 0 && (toks[k - 1].tag == Tag::kNegation || toks[k - 1].tag == Tag::kAdverb)) --k;
      if (k > 0 && toks[k - 1].tag == Tag::kAuxiliary && IsBeForm(toks[k - 1].lower))
        t.tag = Tag::kVerb;
    }
    // Particles of phrasal verbs: "holding back", "carried out", "broke off".
    if (left == Tag::kVerb && i > 0 && toks[i - 1].tag == Tag::kVerb &&
        (lower == "back" || lower == "up" || lower == "out" || lower == "off" || lower == "down" ||
         lower == "away")) {
      t.tag = Tag::kAdverb;
    }
    // "nations plus Canada": between two nouns "plus" joins them.
    if (lower == "plus" && i + 1 < n && (left == Tag::kNoun || left == Tag::kProperNoun) &&
        (toks[i + 1].tag == Tag::kProperNoun || toks[i + 1].tag == Tag::kDeterminer ||
         (toks[i + 1].tag == Tag::kUnknown && toks[i + 1].capitalized)))
      t.tag = Tag::kCoordConj;
    // "to" before a verb is the infinitive marker; before anything else a preposition.
    if (t.tag == Tag::kTo && i + 1 < n) {
      const Token& nx = toks[i + 1];
      bool verb_next = (bits[i + 1] & kPosVerb) && nx.tag == Tag::kUnknown &&
                       word(i + 1).lemma[kVerbLemma] == std::string_view(nx.lower);
      if (!verb_next && nx.tag != Tag::kAuxiliary && nx.tag != Tag::kAdverb)
        t.tag = Tag::kPreposition;
    }
    // "that" before a noun after a verb or preposition is a determiner ("oppose that policy").
    if (lower == "that" && t.tag != Tag::kDeterminer && i + 1 < n &&
        (left == Tag::kPreposition || left == Tag::kVerb) && (bits[i + 1] & kPosNoun) &&
        !(bits[i + 1] & kPosVerb) && toks[i + 1].tag == Tag::kUnknown) {
      t.tag = Tag::kDeterminer;
    }
    // Lemmas: views into the lexicon's table or into the token's `lower`, with their numbers
    // (a lemma that is the word itself has the word's: WordCache::Info gives it so).
    auto set_lemma = [&](LemmaSlot k) {
      const WordCache::WordInfo& info = word(i);
      t.lemma = info.lemma[k];
      t.lemma_id = info.lemma_id[k];
    };
    // A literal lemma ("be" for "is") has no number: the numbering's owner looks it up.
    auto set_literal_lemma = [&t](std::string_view lemma) {
      t.lemma = lemma;
      t.lemma_id = kWordIdUnknown;
    };
    switch (t.tag) {
      case Tag::kNoun:
        set_lemma(kNounLemma);
        break;
      case Tag::kVerb:
        set_lemma(kVerbLemma);
        break;
      case Tag::kAdjective:
        set_lemma(kAdjLemma);
        break;
      case Tag::kAuxiliary:
        if (IsBeForm(t.lower))
          set_literal_lemma("be");
        else if (lower == "has" || lower == "had" || lower == "have" || lower == "having")
          set_literal_lemma("have");
        else if (lower == "does" || lower == "did" || lower == "do" || lower == "done")
          set_literal_lemma("do");
        break;
      case Tag::kProperNoun:
        // Sentence-initial capitals that the lexicon knows as words keep a lemma too.
        if (bits[i] & kPosNoun) set_lemma(kNounLemma);
        break;
      default:
        break;
    }
    if (t.tag != Tag::kAdverb) {
      left = t.tag;
      left_at = i;
    }
  }
}

}  // namespace

void TagSentence(const Lexicon& lexicon, std::vector<Token>* tokens,
                 const WordNumbering* numbering) {
  thread_local TagScratch scratch;
  if (lexicon.table().data() == Lexicon::BuiltIn().table().data()) {
    // The coder's lexicon: a cache per thread, kept for the life of the thread (its slots
    // keep a numbering's serial, not a pointer to it, past this call).
    thread_local WordCache cache(Lexicon::BuiltIn());
    cache.SetNumbering(numbering);
    TagWith(cache, tokens, scratch);
    cache.SetNumbering(nullptr);
  } else {
    // Another lexicon (tests): a small cache for this sentence only, so that no cache can
    // outlive the lexicon it points into.
    WordCache cache(lexicon, 64);
    cache.SetNumbering(numbering);
    TagWith(cache, tokens, scratch);
  }
}

}  // namespace tacitus
