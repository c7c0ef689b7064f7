// Tagger: gives every token of a sentence a coarse part of speech and a lemma, from the
// lexicon (WordNet plus closed-class words) and left-to-right context rules.
//
//   "Lavrov met Kim for talks"  =>  PROPN VERB PROPN ADP NOUN, lemmas: lavrov meet kim for talk
//
// The rules resolve the ambiguities that matter for event coding: noun or verb ("talks",
// "drills", "forces"), participle or adjective ("expected"), "to" as infinitive marker or
// preposition, "that" as complementizer or determiner, "US" as a name, not "us".
// Never fails; thread-safe (reads only the immutable lexicon).
#ifndef TACITUS_PARSE_TAGGER_H_
#define TACITUS_PARSE_TAGGER_H_

#include <vector>

#include "parse/lexicon.h"
#include "text/token.h"

namespace tacitus {

void TagSentence(const Lexicon& lexicon, std::vector<Token>* tokens);

// Verb morphology from the surface form: used for passives and tense.
bool IsPastOrParticiple(const Token& t);  // "met", "arrested", "taken"
bool IsParticiple(const Token& t);        // as above, but not "spoke", "took", "gave"
bool IsGerund(const Token& t);            // "meeting", "holding"

}  // namespace tacitus

#endif  // TACITUS_PARSE_TAGGER_H_
