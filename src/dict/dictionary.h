// Dictionary: everything the coder knows about the world, in memory: actor phrases,
// people with dated roles, agents (role nouns), event patterns and discards, each
// remembering the file and line it came from so that every event can name its rule.
//
//   actor RUS | Russia            -> Phrase{kind=kActor, code="RUS", words={"Russia"}}
//   verb 040 | meet with +        -> Pattern{code="040", elements: meet, with, +}
//
// Built by a loader (LoadTacitusDictionary, or the TABARI / PETRARCH-2 readers); after
// Finish() it is immutable and safe to share between threads.
#ifndef TACITUS_DICT_DICTIONARY_H_
#define TACITUS_DICT_DICTIONARY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "dict/dict_text.h"
#include "dict/petrarch_options.h"
#include "dict/phrase_trie.h"
#include "dict/tabari_options.h"
#include "dict/word_list.h"
#include "text/token.h"

namespace tacitus {

// Where an entry was written: an index into Dictionary::files and a 1-based line.
struct SourceRef {
  uint32_t file = 0;
  uint32_t line = 0;
};

enum class PhraseKind : uint8_t {
  kActor,     // a named actor: code is the full actor code
  kModifier,  // an adjective giving its country to an agent
  kDemonym,   // plural people: code is the full actor code
  kAgent,     // a role noun: code is the role (GOV, MIL...), written after the actor's
              // code; a peer's role written before it ends in '~' ("NGO~": NGOARN)
  kPerson,    // a person's full name: person is the index into people
  kAlias,     // a person's short name, used only when unambiguous in context
};

// A word of Phrase::words that stands for up to a few words of the text between its
// neighbours (TABARI's blank in a name: "ITHILEN TELEVISION" matches "Ithilen state-run
// television"); never first or last, never twice in a row.
inline constexpr std::string_view kPhraseGap = "\x01gap";

struct Phrase {
  PhraseKind kind = PhraseKind::kActor;
  std::string code;
  int32_t person = -1;
  // Words as tokenized; a word written with a capital matches case-sensitively. Only
  // Finish() (the phrase trie) and listings read them: the coder matches the trie.
  WordList words;
  SourceRef ref;
};

struct DatedRole {
  std::string code;  // e.g. RUSGOV
  std::optional<Date> from, to;
  std::string title;  // lowercase free text: "foreign minister"
  SourceRef ref;
  // TABARI's dated discard ("ONODOHER [ONO <911226] [###]"): on these dates the name is no
  // actor (`code` is empty) and a sentence naming it codes nothing.
  bool discard = false;
};

struct Person {
  std::string name;  // the first (canonical) name
  // Some 3,500 people are read at every start: their names are WordLists, one block each
  // (none when empty, as most aliases are).
  WordList names;
  WordList aliases;
  char gender = '?';  // 'm', 'f' or '?'
  std::vector<DatedRole> roles;
  SourceRef ref;

  // The role held on `date`, or nullptr.
  const DatedRole* RoleAt(Date date) const;
  // The actor code on `date`: the role's code; after a role ended, its country + ELI;
  // empty before any role.
  std::string CodeAt(Date date, const DatedRole** role = nullptr) const;
};

// A dictionary holds some 30,000 of these, read at every start: its words (and their ids)
// are a WordList, one block of a few dozen bytes, and the flags share a word.
struct PatternElement {
  enum Kind : uint8_t { kWord, kSkip, kTarget, kSource };
  Kind kind = kWord;
  bool optional = false;
  // Set by Dictionary::Finish(): every alternative is a preposition that introduces a
  // target ("with", "to", "against"...), so prepositional phrases may stand before it.
  bool target_preposition = false;
  // For kSkip: a peer's "words in between" (TABARI, PETRARCH), which runs to the end of
  // the sentence; a Tacitus `...` stops at a clause boundary ("that", a modal, a
  // subordinating conjunction).
  bool open = false;
  // For kSkip: TABARI's `^` (and `@`) after the verb, the words up to the next actor and
  // that actor, a compound counting as one ("- * AT ^ +" on "warned at Gondor of Rohan"
  // targets Rohan).
  bool skip_actor = false;
  // TABARI's word matching: see `prefixes` below.
  bool surface = false;
  // Alternatives for kWord (lemmas, lowercase). Dictionary::Finish() gives them their ids
  // (Dictionary::PatternWordsIn), word_ids() in order; empty when the words changed since.
  WordList words;
  std::span<const uint32_t> word_ids() const { return words.ids(); }
  // TABARI's word matching (peer patterns only): `surface`, the words are compared with
  // the token's lowercase form only, not its lemma ("RESOLUTION_" is not "resolutions");
  // `prefixes`, stems that match every word they begin ("REAL" matches "really"). On the head
  // of a peer verb pattern, `prefixes` are the verb words the peer wrote (roots and forms,
  // lowercase, with TABARI's mark: see HeadWrittenAs): the coder prefers patterns whose head
  // was written as the text's word, so TABARI's `LEFT_ [032]` wins over `LEAVE [012]` on
  // "left", which both have as lemma.
  WordList prefixes;
  // For a kTarget written `+ROLE` ("demand ... fresh elections +GOV"): the target is not in
  // the text but implied, the government (ROLE) the source's demand is addressed to. Empty
  // for every other element. Kept in the element, up to kMaxImpliedRole bytes (the loader
  // takes three letters), where a std::string would make each element 24 bytes larger.
  static constexpr size_t kMaxImpliedRole = 7;
  std::string_view implied_role() const { return {implied_role_.data(), implied_role_size_}; }
  // `role` must have at most kMaxImpliedRole bytes.
  void set_implied_role(std::string_view role);

 private:
  std::array<char, kMaxImpliedRole> implied_role_{};
  uint8_t implied_role_size_ = 0;
};

// TABARI's regular verb endings (manual 5.2.3), which a verb written with a final `_` takes.
inline constexpr std::string_view kTabariVerbEndings[] = {"s", "ed", "es", "en", "ing"};

// Whether the lowercase text word `word` is the verb word `written` as a peer wrote it on
// a pattern's head (PatternElement::prefixes): TABARI's "ban=" is the word alone ("baning"
// is not it), "depart_" the word or it with a regular ending ("departen"; after a final
// "e", the ending may replace it: "deplore_" is "deplored", "deploring"), and a word
// without a mark ("critici", PETRARCH's words) every word it begins.
bool HeadWrittenAs(std::string_view written, std::string_view word);

struct Pattern {
  bool noun = false;  // a `noun` pattern (starts at an event noun)
  std::string code;   // CAMEO event code
  // A peer's paired code ("MEET [031:031]", "ARRIVE [032:033]"): each event the pattern
  // codes, source to target with `code`, comes with its mirror, target to source with
  // `paired_code`. Empty for Tacitus patterns.
  std::string paired_code;
  std::vector<PatternElement> elements;
  // Words that must stand before the head, in text order, matched leftwards from it within
  // the sentence (kWord and kSkip only): TABARI's "- REFUSED TO *", "- NOT_*"; in the Tacitus
  // format only a leading `not` ("not rule out ... force").
  std::vector<PatternElement> before;
  // The members of a compound subject act on each other ("Gondor and Osgiliath renewed
  // ties": GON->OSG and OSG->GON); the pattern has no target slot. Peer patterns only:
  // TABARI's `%` before the verb.
  bool compound_subject = false;
  std::string text;  // the pattern as written
  SourceRef ref;
  // Word elements (before the head too) count 2, slots 1: how specific the pattern is.
  int Weight() const;
  // Whether a peer wrote its head as the text's word: the first element has stems
  // (PatternElement::prefixes; Dictionary::HasWrittenHeads).
  bool HasWrittenHead() const { return !elements.empty() && !elements[0].prefixes.empty(); }
};

// A word that is a verb whatever the tagger says, as a peer dictionary writes its verbs:
// TABARI reads any word of the text as a verb when it is a verb root or form, and a root
// without a final `_` matches every word it begins ("ACTUALITY" matches "actualityss").
// Only the peer readers write these.
struct VerbWord {
  std::string form;   // lowercase surface form or stem
  bool stem = false;  // matches every word that begins with `form`
  std::string lemma;  // the head lemma of its patterns
};

// Classes of words that coding rules consult, beside the phrases and patterns:
//   word collective | police | army | security forces
enum class WordClass : uint8_t {
  kCollective,     // institutions and groups that, named without a country, are the article's
                   // own country's ("police fired tear gas")
  kWeapon,         // weapons: their user's military only by an explicit country ("Israeli
                   // air strikes"); with a code, an attack by them is coded so (195, 194)
  kGroup,          // nouns naming a group by its kind ("the militia", "an armed group")
  kSpeechAct,      // nouns for what someone said ("condemned these comments")
  kIntentVerb,     // verbs whose complement is a future or wished-for event ("wants to meet")
  kIntentNoun,     // nouns whose infinitive is a plan, not a purpose ("his bid to topple")
  kDirectiveVerb,  // verbs whose that-clause says what another must do ("demanded that it
                   // step down": "it" is not the one demanding)
};
inline constexpr size_t kWordClassCount = 7;

struct WordEntry {
  WordClass word_class = WordClass::kCollective;
  std::string word;  // lowercase; words of a phrase joined by single spaces
  std::string code;  // CAMEO event code, for weapons only; may be empty
  SourceRef ref;
};

class Dictionary {
 public:
  std::vector<std::string> files;  // for SourceRef
  std::vector<Phrase> phrases;
  std::vector<Person> people;
  std::vector<Pattern> patterns;
  std::vector<std::vector<std::string>> discards;  // lowercase word sequences
  std::vector<VerbWord> verb_words;                // peer dictionaries only
  std::vector<WordEntry> words;
  // The words of a TABARI actors file's <NOUN> and <ADJECTIVE> sections, lowercase as
  // written (a final `_`: the whole word, else a stem): a conjunction between two of them
  // ("sheep and goats", "awful and evil") joins a phrase and does not end a clause (manual
  // 7.5.1). Empty for other dictionaries; not cached (peer dictionaries are not).
  StemList tabari_nouns, tabari_adjectives;
  // The settings of a TABARI dictionary's `.options` files (TABARI's defaults when it has
  // none); empty for every other dictionary.
  std::optional<TabariOptions> tabari_options;
  // The [Options] of a PETRARCH dictionary's PETR_config.ini (PETRARCH's defaults when it
  // has none, or was loaded from a directory); empty for every other dictionary.
  std::optional<PetrarchOptions> petrarch_options;

  uint32_t AddFile(std::string name);
  std::string Where(const SourceRef& ref) const;  // "dict/verbs/cooperation.txt:12"

  // Indexes patterns by their first word; call once after loading.
  void Finish();
  // A head word's patterns: their indexes in `patterns`, in file order, read as a range of
  // uint32_t; empty when the word heads none. Each index has its pattern's needs beside it
  // in the dictionary's memory (PatternsThatMayMatch), so a head's candidates are read from
  // one block. Valid as long as the dictionary is not changed.
  class HeadPatterns {
   public:
    HeadPatterns() = default;
    const uint32_t* begin() const { return ids_; }
    const uint32_t* end() const { return ids_ + size_; }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    uint32_t operator[](size_t i) const { return ids_[i]; }

   private:
    friend class Dictionary;
    HeadPatterns(const uint32_t* ids, uint32_t size) : ids_(ids), size_(size) {}
    const uint32_t* ids_ = nullptr;
    uint32_t size_ = 0;
  };
  // Patterns whose first element can be `lemma`, in file order.
  HeadPatterns VerbPatternsFor(std::string_view lemma) const;
  HeadPatterns NounPatternsFor(std::string_view lemma) const;
  // The verb word a lowercase token is (an exact form first, else the longest stem that
  // begins it), or nullptr.
  const VerbWord* VerbWordFor(std::string_view lower) const;
  // The entry of `word` in class `c`, or nullptr; HasWordClass: whether c has any word.
  const WordEntry* FindWord(WordClass c, std::string_view word) const;
  bool HasWordClass(WordClass c) const { return !word_index_[static_cast<size_t>(c)].empty(); }

  // Every word of a pattern (its head, the words before it and after) and every phrase word
  // written in lowercase has an id, given by Finish(); PatternElement::word_ids lists a
  // pattern's. WordId: the id of `w`, or kNoWord. A token's word ids: those of its lowercase
  // form and of its lemma, kNoWord for a form that is no such word.
  static constexpr uint32_t kNoWord = kNoWordId;  // text/token.h
  uint32_t WordId(std::string_view w) const;
  struct TokenWords {
    uint32_t lower = kNoWord, lemma = kNoWord;
  };
  // A cheap test before trying a pattern on a sentence. PatternWordsIn gives each token its
  // word ids, and marks them in a bit set (bit id % 32 of ids[id / 32]); a pattern may not
  // match when it needs, after its head, a word element (not optional) none of whose
  // alternatives is among them: no placement of the pattern can match then. A token's
  // Token::lower_id and lemma_id, where known, are taken as this dictionary's ids (the
  // tagger copies them from a numbering by WordId: code/coder.cc); where kWordIdUnknown, the
  // ids are looked up here.
  void PatternWordsIn(const std::vector<Token>& toks, std::vector<uint32_t>* ids,
                      std::vector<TokenWords>* token_words = nullptr) const;
  // Whether word `id` is marked in such a bit set (`bits`: its data, of more than id / 32
  // words). Inline: the pattern tests ask it of every word a pattern needs.
  static bool WordIsIn(const uint32_t* bits, uint32_t id) {
    return (bits[id >> 5] >> (id & 31)) & 1u;
  }
  // The patterns of `pats` (a VerbPatternsFor or NounPatternsFor list) that may match the
  // sentence whose bit set `ids` is, in order, into *out: one call per head, in a loop over
  // the head's block, as most heads' patterns all fail. Ids that are no PatternWordsIn's:
  // no test.
  void PatternsThatMayMatch(HeadPatterns pats, const std::vector<uint32_t>& ids,
                            std::vector<uint32_t>* out) const;
  // VerbPatternsFor and NounPatternsFor by a word id (kNoWord: none), and
  // patterns[p].Weight(), without hashing or counting per call; inline, as the coder asks
  // them of every verb and noun.
  HeadPatterns VerbPatternsFor(uint32_t word) const { return PatternsHeadedBy(word, 0); }
  HeadPatterns NounPatternsFor(uint32_t word) const { return PatternsHeadedBy(word, 1); }
  int Weight(uint32_t pattern) const {
    return pattern < weights_.size() ? weights_[pattern] : patterns[pattern].Weight();
  }
  // Facts of the patterns and people as Finish() found them, which let the coder skip a
  // per-sentence test that could only say no. HasWrittenHeads: a pattern's head has stems
  // written as the text's word (its first element's prefixes: a peer's "LEFT_");
  // HasDatedDiscards: a person has a role that discards the sentence (TABARI's dated [###]).
  // Both true, the safe answer, once patterns or people were added after Finish().
  bool HasWrittenHeads() const { return written_heads_ || weights_.size() != patterns.size(); }
  bool HasDatedDiscards() const { return dated_discards_ || finished_people_ != people.size(); }
  // The phrases as a trie over word ids (dict/phrase_trie.h), for PhraseMatcher; made by
  // Finish(), so it holds fewer phrases than `phrases` when some were added after it (and
  // is out of date when phrases were changed after it: Finish() again).
  const PhraseTrie& phrase_trie() const { return phrase_trie_; }

 private:
  // The start-up cache stores the word ids and pattern indexes below as Finish() made them,
  // and reads them back instead of calling Finish() (dict/dict_cache.h).
  friend std::string SerializeDictionary(const Dictionary& dict);
  friend bool DeserializeDictionary(std::string_view data, Dictionary* dict, uint64_t* checksum);
  // The indexes of Finish() that the cache does not store: FindWord's and VerbWordFor's.
  void IndexWords();

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  StringMap<uint32_t> verb_word_exact_, verb_word_stem_;  // into verb_words
  size_t longest_verb_stem_ = 0;
  std::array<StringMap<uint32_t>, kWordClassCount> word_index_;  // word -> index in words
  // Word ids (WordId) in an open-addressing table that PatternWordsIn probes for every
  // token: a slot holds a word's key (dictionary.cc), its size and its id (kNoWord: free);
  // pattern_words_ the words. A key is the word itself for words of up to 8 bytes, which
  // then need no other comparison; longer words are compared with pattern_words_[id].
  struct WordSlot {
    uint64_t key = 0;
    uint32_t size = 0;
    uint32_t id = kNoWord;
  };
  std::vector<std::string> pattern_words_;
  std::vector<WordSlot> word_slots_;
  // WordId of `w`, whose key is `key`, in a table that is not empty.
  [[gnu::always_inline]] inline uint32_t IdOf(std::string_view w, uint64_t key) const;
  // Out of IdOf's loop, which most words leave without it.
  [[gnu::noinline]] bool LongWordIs(uint32_t id, std::string_view w) const;
  std::vector<int> weights_;  // by pattern
  // The patterns each word heads, as verb (slot 2 * id) and as noun (slot 2 * id + 1), in
  // one array of blocks (Finish()): slot s's block is heads_[head_offsets_[s] ..
  // head_offsets_[s + 1]), empty when the word heads none, and bit s of head_bits_ says
  // whether it is not (most nouns head none: one bit, not two offsets, is read for them).
  // A block of n patterns is
  //   n, the n pattern indexes (HeadPatterns), then n need records of 3 words each:
  //   one, two: the pattern's first two needs of one word each (kNoWord: none), which
  //     reject most patterns with two bit tests;
  //   rest: 0, or the offset in the block of its other needs: m, then m times a count
  //     and that many alternative word ids.
  // A pattern's needs are its word elements after the head that are not optional, fewest-
  // needed first. IdBitWords(): the size of PatternWordsIn's bit set.
  std::vector<uint32_t> head_bits_, head_offsets_, heads_;
  HeadPatterns PatternsHeadedBy(uint32_t word, uint32_t noun) const {
    const uint64_t slot = uint64_t{word} * 2 + noun;
    if (slot >= uint64_t{head_bits_.size()} * 32 || !((head_bits_[slot >> 5] >> (slot & 31)) & 1u))
      return {};
    const uint32_t* block = heads_.data() + head_offsets_[slot];
    return HeadPatterns(block + 1, block[0]);
  }
  // HasWrittenHeads's and HasDatedDiscards's facts; not in the cache: DeserializeDictionary
  // finds them as it reads the patterns and the people.
  bool written_heads_ = false, dated_discards_ = false;
  size_t finished_people_ = 0;  // people.size() at Finish()
  size_t IdBitWords() const { return (pattern_words_.size() + 31) / 32; }
  PhraseTrie phrase_trie_;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_DICTIONARY_H_
