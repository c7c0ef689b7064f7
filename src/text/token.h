// Token: one word, number or punctuation mark of a sentence, with its byte span in the
// normalized article text. The tokenizer fills in `text` and `lower`, the tagger `tag` and
// `lemma`, and, when the coder gives it its dictionary's numbering, `lower_id` and
// `lemma_id` (parse/word_numbering.h).
//
// A Token owns no bytes: `text` and `lower` are views into the article's text and its
// lowercased copy (NormalizedText::text and ::lower), `lemma` a view into `lower`, the
// lexicon's table, a dictionary or a literal. What they point at must outlive the token:
// the normalized article (or the strings given to Tokenize) and the lexicon.
#ifndef TACITUS_TEXT_TOKEN_H_
#define TACITUS_TEXT_TOKEN_H_

#include <cstdint>
#include <string_view>

namespace tacitus {

// Coarse parts of speech, from the lexicon and a few context rules (parse/tagger.h).
enum class Tag : uint8_t {
  kUnknown,
  kNoun,
  kProperNoun,
  kVerb,
  kAdjective,
  kAdverb,
  kDeterminer,
  kPronoun,
  kPossessivePronoun,  // his, her, its, their
  kPossessive,         // the split-off 's
  kPreposition,
  kCoordConj,
  kSubordConj,
  kAuxiliary,  // be, have, do
  kModal,
  kNegation,
  kWh,        // who, which, that (relative), whom, whose
  kTo,        // infinitival to
  kNumber,
  kPunct,
  kQuote,
};

std::string_view TagName(Tag tag);

// A word's number in a dictionary (Dictionary::WordId): kNoWordId when the dictionary has no
// such word, kWordIdUnknown when nobody looked it up (the dictionary then looks it up itself).
inline constexpr uint32_t kNoWordId = UINT32_MAX;
inline constexpr uint32_t kWordIdUnknown = UINT32_MAX - 1;

struct Token {
  uint32_t begin = 0;  // span in the normalized article text
  uint32_t end = 0;
  std::string_view text;  // view into the normalized article text
  std::string_view lower;  // lowercase form (ASCII letters lowered), same length as `text`
  std::string_view lemma;  // set by the tagger
  Tag tag = Tag::kUnknown;
  bool capitalized = false;  // first character is an uppercase letter
  bool space_before = false; // whitespace precedes the token
  bool no_actor = false;     // follows "pro-"/"anti-": "pro-Russian" is not Russia acting
  // Where `text` has ASCII letters of each case, as the tokenizer found them while reading
  // its bytes (the tagger may clear `capitalized` in a sentence set in capitals; these stay).
  bool has_upper = false;    // an uppercase letter anywhere
  bool upper_after = false;  // an uppercase letter after the first byte
  bool has_lower = false;    // a lowercase letter anywhere
  // The numbers of `lower` and `lemma` in the numbering the tagger was given, which the
  // tagger's word cache keeps per distinct word, so that the coder's dictionary does not
  // look the words up again. Whoever changes `lemma` after the tagger resets `lemma_id`.
  uint32_t lower_id = kWordIdUnknown;
  uint32_t lemma_id = kWordIdUnknown;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_TOKEN_H_
