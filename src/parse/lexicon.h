// Lexicon: the parts of speech and lemmas of English words, from WordNet 3.0 plus a
// built-in table of closed-class words (determiners, pronouns, prepositions, ...) that
// WordNet lacks.
//
//   const Lexicon& lex = Lexicon::BuiltIn();
//   lex.Pos("talks")                -> kPosNoun | kPosVerb
//   lex.Lemma("met", kPosVerb)      -> "meet"
//   lex.Lemma("meeting", kPosNoun)  -> "meeting"   (kPosVerb -> "meet")
//   lex.IsVerbForm("seized", &form) -> true, form == VerbForm::kPast
//   lex.Closed("whom")              -> ClosedClass::kWh
//
// Open-class words go through WordNet's morphy: the word's exception list (went -> go,
// children -> child, better -> good) first, then the word itself, then the detachment
// rules of its part of speech (nouns: -s, -ses, -xes, -zes, -ches, -shes, -men, -ies;
// verbs: -s, -ies, -es, -ed, -ing; adjectives: -er, -est), accepting a base only if
// WordNet's index lists it for that part of speech. One departure: WordNet lists some
// plurals and comparatives as lemmas ("talks", "larger"); such a noun or adjective
// yields to the base its rules find when that base has at least as many senses
// ("talks" -> "talk", but "gas" stays "gas", not "ga"). Multi-word WordNet entries are
// keys with single spaces ("prime minister"); "prime ministers" lemmatizes to it.
//
// Contract:
// - Words must already be lowercase: WordNet's index is, and no lookup folds case, so
//   "Talks" is unknown (Pos 0, Lemma returns the argument). Lower ASCII before calling.
// - Bad text is data: empty strings, non-ASCII or invalid UTF-8 bytes and huge strings
//   are simply unknown words; no call fails or allocates on the lookup path.
// - Pos() answers from WordNet alone; closed-class words are separate: "in" is a noun
//   (inch) to WordNet, so a tagger asks Closed() first.
// - Returned string_views point into the Lexicon's table (valid while any copy of the
//   Lexicon lives; BuiltIn()'s forever) or, for unknown words, into the argument.
// - Loading reports bad files as a Status (`path:line: what is wrong`); a Lexicon, once
//   built, is immutable, cheap to copy (copies share the table) and safe to use from any
//   number of threads. BuiltIn() is initialized once, thread-safely, on first use.
#ifndef TACITUS_PARSE_LEXICON_H_
#define TACITUS_PARSE_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"

namespace tacitus {

// The open-class parts of speech, as bits: Pos() may return several.
enum PosBits : uint8_t { kPosNoun = 1, kPosVerb = 2, kPosAdj = 4, kPosAdv = 8 };

// The slots of a word's three single-bit lemmas (Lexicon::Analysis::lemma, and the word
// cache's and tagger's copies): Lemma(w, kPosNoun), Lemma(w, kPosVerb), Lemma(w, kPosAdj).
enum LemmaSlot : uint8_t { kNounLemma, kVerbLemma, kAdjLemma };
inline constexpr int kLemmaSlots = 3;

// The inflection of a verb form. A form that is both past and participle (walked, held,
// met) is kPast; kPastParticiple is kept for participle-only forms (gone, taken, been,
// withdrawn). kBase also covers present non-third-person forms (am, are).
enum class VerbForm : uint8_t { kBase, kThirdSingular, kPast, kPastParticiple, kGerund };

// Closed-class categories. A word may belong to several (HasClosedClass); Closed()
// returns its most common one in news text, e.g. "that" -> kWh (also determiner, pronoun
// and subordinating conjunction), "to" -> kParticle (also preposition), "no" ->
// kNegation (also determiner), "one" -> kNumeral (also pronoun), "her" ->
// kPossessivePronoun (also pronoun).
enum class ClosedClass : uint8_t {
  kNone,
  kDeterminer,         // the, a, this, each, some, many, no, a few
  kPronoun,            // he, them, themselves, someone, none, each other
  kPossessivePronoun,  // my, her, its, their, ours
  kPreposition,        // of, in, amid, despite; phrases: according to, in spite of
  kCoordConj,          // and, or, but, nor; as well as
  kSubordConj,         // because, although, if, while; so that, even though
  kAuxiliary,          // forms of be, have, do (is, was, has, did, 're, don't)
  kModal,              // will, would, can, could, shall, should, may, might, must, ought
  kNegation,           // not, n't, never, no, nowhere
  kWh,                 // who, whom, whose, which, that, what, where, when, why, how
  kParticle,           // to (the infinitive marker)
  kNumeral,            // one..ninety, hundred, thousand, million, dozens, 1,200, twenty-one
};

class Lexicon {
 public:
  // The WordNet table compiled at build time (tools/lexicon_gen) and embedded in the
  // binary, used in place: loading checks only its header (microseconds). Aborts (a CHECK)
  // only if the embedded table is corrupt, which is a build bug.
  static const Lexicon& BuiltIn();

  // Reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir`
  // (e.g. "/usr/share/wordnet"). Fails with NotFound for a missing file and Corruption
  // (`dir/index.verb:42: ...`) for a line that does not parse. Takes ~0.3 s.
  static StatusOr<Lexicon> LoadWordNet(const std::string& dir);

  // A lexicon over a table written by table(). Fails with Corruption if `table` is not
  // one (wrong magic or version, truncated, offsets outside the table).
  static StatusOr<Lexicon> FromTable(std::string table);

  // The serialized table: what lexicon_gen writes and BuiltIn() embeds. Its format is
  // described at the top of lexicon.cc.
  std::string_view table() const { return table_; }

  // Number of distinct keys (WordNet lemmas, exception forms and their bases).
  size_t word_count() const { return word_count_; }

  // The POS bits `lower_word` can have, inflected or not: "talks" -> noun|verb,
  // "went" -> verb, "better" -> noun|verb|adj|adv. 0 if WordNet does not know it.
  uint8_t Pos(std::string_view lower_word) const;

  // The base form of `lower_word` as part of speech `pos`: ("met", kPosVerb) -> "meet",
  // ("countries", kPosNoun) -> "country", ("meeting", kPosNoun) -> "meeting". If `pos`
  // has several bits, they are tried noun, verb, adjective, adverb and the first that
  // applies wins. Returns `lower_word` itself if no base is found.
  std::string_view Lemma(std::string_view lower_word, PosBits pos) const;

  // Pos() and the single-bit Lemma()s of noun, verb and adjective from one look-up of the
  // word: what a cache of the tagger's questions keeps (parse/word_cache.h).
  struct Analysis {
    uint8_t pos = 0;
    std::string_view lemma[kLemmaSlots];  // by LemmaSlot
  };
  Analysis Analyze(std::string_view lower_word) const;

  // True if `lower_word` can be a verb; then sets *form (if `form` is not null) to its
  // inflection: "talks" -> kThirdSingular, "seized"/"held"/"went" -> kPast, "gone" ->
  // kPastParticiple, "meeting" -> kGerund, "meet" -> kBase. A form that is also a base in
  // WordNet reports kBase (put, read, seed) unless an exception list says otherwise
  // (found -> find, saw -> see: kPast). False, *form untouched, for non-verbs.
  bool IsVerbForm(std::string_view lower_word, VerbForm* form) const;

  // The closed class of `lower_word` (or of a space-joined phrase such as "according to"),
  // kNone for open-class and unknown words. Digit strings ("1,200", "3.5") and hyphenated
  // number words ("twenty-one") are kNumeral. The possessive/contracted "'s" is not in the
  // table: it is ambiguous (is, has, possessive) and left to the tagger.
  ClosedClass Closed(std::string_view lower_word) const;

  // True if `lower_word` (or phrase) belongs to class `cls` at all: "that" is kWh,
  // kDeterminer, kPronoun and kSubordConj. kNone holds for words outside the table.
  bool HasClosedClass(std::string_view lower_word, ClosedClass cls) const;

  // The longest closed-class phrase (up to 4 words) at the start of `lower_words`:
  // {"in", "spite", "of", "the"} -> 3 with *cls = kPreposition; {"in", "the"} -> 1 (kPreposition).
  // Returns 0 and leaves *cls untouched if even the first word is not closed-class;
  // `cls` may be null.
  size_t MatchClosedPhrase(std::span<const std::string_view> lower_words, ClosedClass* cls) const;

 private:
  struct Entry;  // a decoded key of the table
  struct Morph;  // how a word reached its base

  Lexicon(std::shared_ptr<const std::string> owned, std::string_view table, size_t word_count);
  static StatusOr<Lexicon> FromView(std::shared_ptr<const std::string> owned,
                                    std::string_view table, bool check_keys);

  bool Find(std::string_view key, Entry* entry) const;
  Entry EntryAt(uint32_t offset) const;
  bool MorphOne(std::string_view word, const Entry* self, int pos_index, Morph* out) const;

  std::shared_ptr<const std::string> owned_;  // null for the embedded table
  std::string_view table_;
  const unsigned char* buckets_ = nullptr;
  const unsigned char* pool_ = nullptr;
  uint32_t bucket_mask_ = 0;
  size_t word_count_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_PARSE_LEXICON_H_
