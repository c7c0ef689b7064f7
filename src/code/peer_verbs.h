// Peer verbs: the words a peer dictionary says are verbs, made verbs in the tagged
// sentence. TABARI has no tagger: any word of the text that is a verb root or one of
// its forms is a verb, and a root written without a final `_` is a stem matching every
// word it begins ("ACTUALITY" matches "actualityss"), so its suites use nouns as verbs
// ("raised its VOICE") and nonsense forms ("welcxmed"). The readers list those words
// (Dictionary::verb_words); the built-in dictionaries have none, so this changes
// nothing for them.
#ifndef TACITUS_CODE_PEER_VERBS_H_
#define TACITUS_CODE_PEER_VERBS_H_

#include <vector>

#include "dict/dictionary.h"
#include "text/token.h"

namespace tacitus {

// Retags as verbs, with the lemma their patterns are indexed by, the content words of
// `toks` that are one of `dict`'s verb words, before the first verb that has patterns
// (TABARI's verb is the first one of its dictionary). Function words (determiners,
// prepositions, auxiliaries...) and proper nouns are left alone. Returns how many tokens
// were retagged. A word right after an article (a, an, the) is no verb, as in TABARI
// (manual 7.4): a verb the tagger saw there is made a noun.
int TagPeerVerbs(const Dictionary& dict, std::vector<Token>* toks);

}  // namespace tacitus

#endif  // TACITUS_CODE_PEER_VERBS_H_
