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

#include "text/normalizer.h"
#include "text/token.h"

namespace tacitus {

// Tokenizes text[begin, end) of `text`; token spans are offsets into `text`. `lowered` is
// `text` with its ASCII letters lowercased (AsciiLowered): each token's `text` is a view into
// `text` and its `lower` the same span of `lowered`, so both strings must outlive the tokens.
std::vector<Token> Tokenize(std::string_view text, std::string_view lowered, uint32_t begin,
                            uint32_t end);

// The same on a normalized article, whose `lower` is its lowered copy. The tokens point
// into `normalized`: a temporary would leave them dangling, hence the deleted overload.
inline std::vector<Token> Tokenize(const NormalizedText& normalized, uint32_t begin, uint32_t end) {
  return Tokenize(normalized.text, normalized.lower, begin, end);
}
std::vector<Token> Tokenize(const NormalizedText&& normalized, uint32_t begin,
                            uint32_t end) = delete;

}  // namespace tacitus

#endif  // TACITUS_TEXT_TOKENIZER_H_
