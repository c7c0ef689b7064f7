// Tokenizer: splits normalized text into word, number and punctuation tokens.
//
//   "Russia's top diplomat didn't meet then-US officials."
//   => Russia | 's | top | diplomat | did | n't | meet | then | - | US | officials | .
//
// Possessive 's and the clitic n't are split off; abbreviations with periods ("U.S.",
// "Sept.") and hyphenated words ("Kim Jong-un", "Russian-backed") stay whole, except
// after a lowercase prefix before a capital ("then-US", "anti-Western"). Never fails.
#ifndef TACITUS_TEXT_TOKENIZER_H_
#define TACITUS_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/token.h"

namespace tacitus {

// Tokenizes text[begin, end) of `text`; token spans are offsets into `text`.
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace tacitus

#endif  // TACITUS_TEXT_TOKENIZER_H_
