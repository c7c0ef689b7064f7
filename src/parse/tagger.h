// Tagger: gives every token of a sentence a coarse part of speech and a lemma, from the
// lexicon (WordNet plus closed-class words) and left-to-right context rules.
//
//   "Lavrov met Kim for talks"  =>  PROPN VERB PROPN ADP NOUN, lemmas: lavrov meet kim for talk
//
// The rules resolve the ambiguities that matter for event coding: noun or verb ("talks",
// "drills", "forces"), participle or adjective ("expected"), "to" as infinitive marker or
// preposition, "that" as complementizer or determiner, "US" as a name, not "us".
// Never fails; thread-safe (reads only the immutable lexicon).
//
// Given a WordNumbering (the coder's dictionary's word ids), it also gives each token the
// numbers of its lowercase form and lemma (Token::lower_id, lemma_id), kept per distinct
// word in the tagger's word cache; kWordIdUnknown where it has none (punctuation, numbers,
// literal lemmas such as "be" for "'s", words over WordCache::kMaxWordBytes, and names it
// settles by their case without the lexicon, such as "NATO" mid-sentence or "bin" in
// "Faisal bin Farhan").
#ifndef TACITUS_PARSE_TAGGER_H_
#define TACITUS_PARSE_TAGGER_H_

#include <vector>

#include "parse/lexicon.h"
#include "parse/word_numbering.h"
#include "text/token.h"

namespace tacitus {

// `tokens` as Tokenize made them (the tagger reads their case flags, Token::has_lower and
// upper_after). `numbering` (may be null) must outlive the call and be safe to call from
// this thread.
void TagSentence(const Lexicon& lexicon, std::vector<Token>* tokens,
                 const WordNumbering* numbering = nullptr);

// Verb morphology from the surface form: used for passives and tense.
bool IsPastOrParticiple(const Token& t);  // "met", "arrested", "taken"
bool IsParticiple(const Token& t);        // as above, but not "spoke", "took", "gave"
bool IsGerund(const Token& t);            // "meeting", "holding"

}  // namespace tacitus

#endif  // TACITUS_PARSE_TAGGER_H_
