// Coder: turns one article's text into CAMEO events, the heart of Tacitus.
//
//   Coder coder(dict);
//   ArticleResult r = coder.Code(text, Date::Parse("2023-10-19").value());
//   // "Lavrov met Kim for talks" -> RUSGOV PRKGOV 040, rule dict/verbs/...:12 "meet +"
//
// Per sentence: normalize, tokenize, tag; find actor, agent and person phrases; chunk
// noun phrases and verb groups; find each verb group's subject (through appositives,
// prepositional phrases, coordination, relative clauses); match the event patterns of
// its verb (and of event nouns) against what follows, filling the target slot with the
// noun phrase there (compounds expanded); resolve pronouns and descriptions ("he", "the
// foreign minister") to people and actors seen earlier in the article; code people by
// their role on the event's date; drop negated events; write identical triples of one
// sentence once. `Explain` keeps a trace for a person to read.
//
// Bad text is data: never fails, never throws on input. A Coder is immutable after
// construction and may be shared between threads.
#ifndef TACITUS_CODE_CODER_H_
#define TACITUS_CODE_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "code/event.h"
#include "code/word_lists.h"
#include "dict/dictionary.h"
#include "dict/tabari_options.h"
#include "match/phrase_matcher.h"
#include "parse/lexicon.h"
#include "parse/word_numbering.h"

namespace tacitus {

struct CoderOptions {
  bool keep_negated = false;  // write negated events with negated=true
  size_t max_sentence_bytes = 4096;
  size_t max_article_bytes = 64u << 20;
  // Dictionaries that bring their own conventions (the pipeline sets both for tabari: and
  // petrarch2: specs). Keep events whose code the CAMEO table lacks (WEIS-era "345",
  // "075A"): written with no quad class or Goldstein value. Null codes ("---") still code
  // nothing.
  bool keep_codes_outside_cameo = false;
  // "will meet" becomes an intent to meet (036), "would break off ties" a threat (1313),
  // "plans to attack" nothing. Off for dictionaries whose patterns encode modality.
  bool shift_tense = true;
  // TABARI's default source search (peer dictionaries): when a verb's subject names no
  // actor, the source is the first actor before the verb in the sentence whose code is
  // not the target's ("Gondor has recently raised its VOICE for Arnor").
  bool default_source_before_verb = false;
  // TABARI codes one verb per clause (peer dictionaries): the first whose patterns match;
  // a clause ends at a conjunction that does not join actors.
  bool first_verb_per_clause = false;
  // TABARI's default source, the first actor before the verb, for patterns with words before
  // the verb (tabari: dictionaries; PETRARCH's source is the verb's subject): "Arnor
  // suggested Gondor should apply" with "- SUGGESTED *" on SHOULD is Arnor's, not Gondor's.
  bool before_words_default_source = false;
  // PETRARCH's actor codes (petrarch2: dictionaries): an agent whose phrase names no country
  // codes as the unknown country "---" with its role ("a senior official" is ---GOV), never
  // as a country guessed from the article.
  bool unknown_country_agents = false;
  // PETRARCH's require_dyad = false: an event whose verb pattern matched but whose source or
  // target names no actor is still written, the missing side with an empty code ("the
  // primary official news agency said on Thursday": ---GOV and no target, 023). A final
  // target slot then matches a noun phrase no actor codes, in the verb's clause ("on
  // Thursday"; not "today", not nothing).
  bool write_missing_actors = false;
  // TABARI does not read negation (tabari: dictionaries): a negated verb codes as any other
  // ("Arnor showed no sign of..." is SIGN's "- SHOW NO *", "it has no new sign" SIGN's own
  // code), and the event is not marked negated. Patterns still choose by their own words.
  bool ignore_negation = false;
  // The peers' agent codes (TABARI manual 5.4; peer dictionaries): an agent's role is added
  // to an actor's code unless that code already holds it on a three-letter boundary
  // ("West German" GMWGOV with "world government" ~WGO is GMWGOVWGO, "Washington" USAGOV
  // with ~GOV stays USAGOV), also when the agent comes first ("human rights activists
  // Gondor"); a role written "NGO~" goes before the actor's code (NGOGON); "former" just
  // before the agent or its actor makes the role ELI ("former Gondor prosecutors": GONELI).
  bool peer_agent_codes = false;
  // TABARI's agents before an of/in compound (tabari: dictionaries): the agent codes with the
  // first member only, the actor right after the preposition ("the ambassadors of Arnor,
  // Osgiliath and Gondor" are ARNGOV, OSG and GON); PETRARCH gives it to every member.
  bool agent_first_compound_member = false;
  // PETRARCH's agents before an in-compound (petrarch2: dictionaries): the agent codes with
  // every member, as before an of-compound ("lawmakers in Fornost and Gondor" are FORLEG and
  // GONLEG, not the nearest member alone), and agents joined to it share its countries
  // ("lawmakers and officials in Fornost and Gondor": FORLEG GONLEG FORGOV GONGOV).
  bool agent_in_compound = false;
  // PETRARCH's noun phrases (petrarch2: dictionaries): adjectives joined by "and" stay in
  // the phrase ("Ithilen's awful and evil minister Calimehtar" is one phrase, ITHGOV).
  bool joined_adjectives = false;
  // PETRARCH's noun phrase is its first actor's (petrarch2: dictionaries): a possessor
  // before an actor ("Arnor's Elrond") is the phrase's actor, not the head's (ELF).
  bool possessor_actor_first = false;
  // PETRARCH's reading (petrarch2: dictionaries): `^` in a pattern skips the noun phrase
  // there, whether or not it names an actor ("- * THEIR ^ ABOUT +" on "warned their
  // populations about Gondor"), where TABARI's skips to the next actor and past it; and an
  // underscore in the text joins words as a blank does ("Dol_Amroth" is "Dol Amroth").
  bool skip_noun_phrase = false;
  bool text_underscores_are_blanks = false;
  // TABARI matches verbs by the words it was given, not by lemma (tabari: dictionaries): a
  // verb pattern applies only where the text's word is a root or form as written, with
  // TABARI's marks (BAN= is not "baning"; DEPART_ is "departen"; see HeadWrittenAs), and
  // not before a possessive "'s" ("donate's": TABARI's noun ending).
  bool written_verb_heads = false;
  // The peers' passive voice (peer dictionaries): "be" and a past participle make a passive
  // only when a `by` follows, whose actor is the source; without one the subject is the
  // source as for any verb ("The Philippines was criticized over its dispute with Eriador":
  // PHL, ERI).
  bool passive_needs_by = false;
  // The peers' compounds (peer dictionaries): actors joined by "and" or "or" are one
  // compound even when a verb follows the last ("Arnor believes Dagolath and Osgiliath can
  // cope": ARN->DAG and ARN->OSG); Tacitus reads such a verb as opening a clause ("..., and
  // ECOWAS said"), as neither peer does.
  bool compound_before_verb = false;
  // TABARI's default source (tabari: dictionaries; manual 5.8): the first actor of the
  // clause before the verb, not the verb's subject ("Elrond, ..., that Calimehtar attacked
  // Gandalf" is Elrond's), unless the pattern places the source itself.
  bool clause_first_actor_source = false;
  // TABARI's `%` (tabari: dictionaries): a pattern's compound actor is the sentence's first
  // parsed compound ("Mordor with Fornost and Gondor welcomed": FOR, GON), not only the
  // verb's subject; the pattern fails where the sentence has none (manual 5.7.3, 7.5).
  bool compound_anywhere = false;
  // TABARI's agents go with an actor next to them (tabari: dictionaries; manual 5.4): an
  // agent after a possessor with words between codes nothing ("Dagolath's first Deputy Prime
  // Minister Telemar" is DAG, not DAGGOV).
  bool adjacent_agents = false;
  // PETRARCH's new_actor_length: a noun phrase of at most this many words that names no
  // actor, nor does a prepositional phrase after it, is an actor whose code is its words in
  // capitals within quotes, as PETRARCH writes it ("Gryffindor's head Minerva McGonagall
  // left for the Ministry of Magic": "GRYFFINDOR HEAD MINERVA MCGONAGALL" to "THE MINISTRY
  // OF MAGIC", 032). 0: off.
  int new_actor_length = 0;

  // TABARI's .options (dict/tabari_options.h), which the pipeline copies here for tabari:
  // dictionaries; all off otherwise.
  // DEFAULT: the code of the source (target) when the actor searches find none; with
  // `default_source_prior` the default source is also used when no actor stands before
  // the verb, and without it the first actor after the verb is the source. With
  // `default_target_after` the default target is also used when no actor follows the
  // verb, and without it an actor before the verb other than the source is the target.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // SET: CONVERT AGENTS: an agent that no actor's code completes is an actor "~ROLE".
  bool convert_agents = false;
  // SET: CODE BY SENTENCE: only the sentence's first event (CODE BY CLAUSE is
  // `first_verb_per_clause`; CODE ALL neither).
  bool first_event_per_sentence = false;
  // SET: MINIMUM WORDS: shorter sentences are not coded (a comma counts as a word).
  int minimum_words = 0;
  // COMMA: comma-delimited clauses of more than `min` and at most `max` words are not
  // read (`b...` at the start of the sentence, `e...` at its end; off when !on).
  TabariOptions::Comma comma_clauses{.on = false};
  // COMPLEX: a sentence with `verbs` dictionary verbs or more, `conj` clause
  // conjunctions or more, or with no actor before its first verb (`no_actor_prior`) is
  // too complex and codes nothing (0 / false: the condition is off).
  TabariOptions::Complex complexity;
  // FORWARD: a pronoun before any actor of a sentence is the first actor named in the
  // article's previous sentence (TABARI's coreference across the sentences of a story).
  bool forward_pronouns = false;
};

struct ArticleResult {
  std::vector<Event> events;
  std::vector<Quote> quotes;
  int sentences = 0;
  std::vector<std::string> warnings;  // limits hit, invalid bytes replaced
};

class Coder {
 public:
  Coder(const Dictionary& dict, const Lexicon& lexicon, CoderOptions options = {});
  ~Coder();

  ArticleResult Code(std::string_view text, Date published) const;
  // Codes `text` and writes a human-readable trace of every stage to `trace`.
  ArticleResult Explain(std::string_view text, Date published, std::string* trace) const;

  const Dictionary& dictionary() const { return dict_; }
  const CoderOptions& options() const { return options_; }

 private:
  ArticleResult Run(std::string_view text, Date published, std::string* trace) const;

  const Dictionary& dict_;
  const Lexicon& lexicon_;
  CoderOptions options_;
  std::unique_ptr<PhraseMatcher> matcher_;
  // dict_'s word ids (Dictionary::WordId) for the tagger's word cache, so that tokens come
  // tagged with them (parse/word_numbering.h).
  std::unique_ptr<const WordNumbering> numbering_;
  WordLists lists_;  // dict_'s word classes, or the built-in ones it lacks
  // Whether a person of dict_ has a role that discards the sentence (TABARI's dated [###]
  // codes); without one no sentence needs the per-sentence check. Dictionary::
  // HasDatedDiscards, asked once: a copy beside the other members the loop reads.
  bool dated_discards_ = false;
  // Whether a pattern of dict_ has a head a peer wrote as it stands in the text (stems of its
  // first element, TABARI's "LEFT_"); without one, no verb needs SelectMatches's test of how
  // each of its patterns wrote it, which reads every pattern of the verb from memory
  // (Dictionary::HasWrittenHeads).
  bool written_heads_ = false;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_CODER_H_
