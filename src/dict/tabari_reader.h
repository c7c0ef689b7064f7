// TabariReader: TABARI's dictionaries (.actors, .agents, .verbs, .options, and the
// .project file that names them) translated into a tacitus::Dictionary, the model the
// coder already uses. Also the PeerBuilder that this reader and the PETRARCH-2 reader
// (dict/petrarch_reader.h) share, since PETRARCH's formats descend from TABARI's.
//
//   ZARA_QUILL_                      -> Person "ZARA QUILL" (+ name QUILL), roles:
//   +QUILL_                               NODREB ..1995-06-01, NODGOV 1995-06-02..1999-08-15,
//   	[NODREB <950601]                     NODELI 1999-08-16.., and "" (null) otherwise: the
//   	[NODGOV 950601-990815]               first restriction satisfied wins, as in TABARI
//   	[NODELI >990816]
//   PRESIDENT_ [~GOVPRS]             -> Phrase{kAgent, "GOVPRS", {"president"}}
//   BREAK_ [171]                     -> verb 171 | break ... +
//   - * TREATY [161]                 -> verb 161 | break ... + ... treaty
//                                       verb 161 | break ... treaty ... +
//   - + * IN_ $ [075]                -> verb 075 | break ... in ... $   (the subject is the target)
//
// How each construct maps, and what cannot be expressed, is in doc/compatibility.md.
// In short: words after the verb, `$`, `+`, `_` (consecutive) and blank (skip),
// `{ | }` alternatives and `&` synsets (expanded), paired codes `A:B` (two patterns,
// the second with source and target swapped), null codes `[---]` (a pattern that
// matches and codes nothing) and words before the verb (`Pattern::before`, matched
// leftwards from the verb: `- REFUSED TO *`, `- NOT_*`) are translated; subordinate
// codes `?`, pattern-level discards and complex codes, <TIME> and <ATTRIB> sections
// are counted in the PeerReport and skipped; `%`, `^`, `@` and stems are approximated
// (counted too).
//
// Contract: a line that does not parse (no `[code]`, a `[` never closed, a pattern
// without `*` or before any verb, an unclosed `{`) is reported as `file:line: message`,
// the line and a caret; reading goes on, and Finish() fails with Status::Corruption
// listing every error in file order. Slips the peers read past (`{ A | B ]`, a stray
// `}`, text after a code block) are repaired, and a readable entry with a value Tacitus
// cannot use (an impossible date, a pattern with two `*`) is skipped; both are listed
// in the report, so that the peers' own published dictionaries load. Readers are
// single-threaded; the Dictionary they return is immutable after Finish() like any
// other.
#ifndef TACITUS_DICT_TABARI_READER_H_
#define TACITUS_DICT_TABARI_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/status.h"
#include "dict/dictionary.h"

namespace tacitus {

// How peer words become what the coder matches. The coder compares a pattern word with
// a token's lemma or lowercase form and finds verb patterns by the verb's lemma, so
// "BROKE" must become "break" and the stem "CONTRIBUT" must become "contribute". The
// dict module has no lexicon (parse is its sibling), so the caller lends one; with
// empty functions words are only lowercased.
struct PeerLemmatizer {
  // The verb lemma of a lowercase word form ("broke" -> "break"), "" if not a verb.
  std::function<std::string(std::string_view lower_word)> verb;
  // The base form of any known lowercase word ("ties" -> "tie"), "" if unknown.
  std::function<std::string(std::string_view lower_word)> word;
};

// What a reader translated, approximated and skipped. Nothing here is an error.
struct PeerReport {
  static constexpr size_t kMaxNotes = 2000;
  // "peer patterns read", "skipped: subordinate codes (CODE?)"...
  std::map<std::string, long> counts;
  std::vector<std::string> notes;      // "file:line: what was skipped and why"
  size_t notes_dropped = 0;            // notes beyond kMaxNotes

  void Count(const std::string& what, long n = 1) { counts[what] += n; }
  void Note(std::string note);
  // One line per count, sorted by name: "  peer patterns read: 4668".
  std::string Summary() const;
};

struct PeerOptions {
  PeerLemmatizer lemmatizer;
  PeerReport* report = nullptr;  // not owned; may be null
};

// The translation machinery both peer readers share: error reporting in the loader's
// `file:line: message` form, code blocks with date restrictions, actors and people,
// agents, discards, synonym sets, and TABARI-style patterns turned into Tacitus
// patterns. Readers parse their file layouts and call in here.
class PeerBuilder {
 public:
  // A code block's content: "ISR", "ISRGOV >20040309", "HOB 950601-990815", "---".
  struct Code {
    std::string code;  // uppercase; "---" null, "###" discard, "+++" complex; "A/B" compound
    std::optional<Date> from, to;
    bool restricted = false;  // had a date restriction
  };
  // An actor record: a primary phrase, its `+` synonyms and their codes.
  struct Actor {
    std::vector<std::string> names;  // as written, `_` for blanks
    std::vector<Code> codes;         // in the order written
    uint32_t line = 0;
  };
  // One way a verb appears: its lemmas and the words that must follow it ("call" + "on").
  struct VerbForm {
    std::vector<std::string> lemmas;
    std::vector<std::string> written;    // the verb word as the peer wrote it, lowercase
    std::vector<std::string> particles;  // lowercase, consecutive after the verb
    bool particles_adjacent = true;      // false: "BURN DOWN" allows words in between
  };

  explicit PeerBuilder(PeerOptions options);
  ~PeerBuilder();
  PeerBuilder(const PeerBuilder&) = delete;
  PeerBuilder& operator=(const PeerBuilder&) = delete;

  // Starts a file; entries and errors after this name it.
  void BeginFile(std::string_view name);
  // `file:line: message`, then the line and a caret under `at` (a view into `line`).
  void Error(uint32_t line_no, std::string_view line, std::string_view at,
             const std::string& message);
  // A report note `file:line: what` and a count of `what` (notes are capped).
  void Skip(uint32_t line_no, const std::string& what, std::string_view detail = {});
  void Count(const std::string& what, long n = 1);
  // A slip the peers read past (a `]` for a `}`, text after a code block): noted.
  void Repair(uint32_t line_no, const std::string& what, std::string_view detail);
  // Splits `PHRASE [CODE] [CODE]...`: the phrase (stray `]` dropped) and the blocks'
  // contents. False, with an error reported, for a `[` that is never closed.
  bool SplitCodes(std::string_view body, uint32_t line_no, std::string_view line,
                  std::string* phrase, std::vector<std::string_view>* blocks);
  size_t error_count() const { return errors_.size(); }
  // The dictionary's TABARI settings, created with TABARI's defaults on first use.
  TabariOptions& tabari_options();
  // The dictionary's PETRARCH settings, created with PETRARCH's defaults on first use.
  PetrarchOptions& petrarch_options();

  // Parses one `[...]` block's content; dates are YYYYMMDD or YYMMDD (00-30 are
  // 2000-2030, as TABARI reads them). False (with an error or a skip already
  // reported) if it cannot be used.
  bool ParseCode(std::string_view block, uint32_t line_no, std::string_view line, Code* out);
  // Adds an actor record: a Phrase per name for an undated code, a Person with dated
  // roles (and a null role for "no code") when any code is date-restricted, discard
  // phrases for `###`. `stem`: TABARI prefix matching of names without a final `_`.
  void AddActor(const Actor& actor, bool stem);
  // Reads an actors file in the layout TABARI and PETRARCH share: `PHRASE [CODE]`,
  // `+SYNONYM`, indented `[CODE restriction]` lines. `tabari`: `;` comments and stems;
  // otherwise comments must already be removed and words match whole.
  void ReadActorRecords(std::string_view text, bool tabari);
  // `code` is "~GOV" (role after the country) or "NGO~" (before it: Phrase code "NGO~").
  void AddAgent(std::string_view phrase, std::string_view code, uint32_t line_no,
                std::string_view line);
  // A phrase whose presence stops a sentence from being coded.
  void AddDiscard(std::string_view phrase);

  // Synonym sets: members are pattern fragments ("GOLDEN_GOBLIN_GALLEONS", "&TIETYPES").
  // `stem`: a member word without a final `_` is a stem, as in TABARI's patterns (SWISS_FRANC
  // matches "swiss francs"); PETRARCH's words are whole.
  void DefineSynset(std::string_view name, const std::vector<std::string>& members,
                    uint32_t line_no, std::string_view line, bool stem = false);
  bool HasSynset(std::string_view name) const;

  // The lemmas of a verb word. `stem`: TABARI matches words without a final `_` or
  // `=` by prefix, which is read as "any verb whose form is the stem plus a regular
  // ending" ("CRITICI" -> criticize, criticise).
  const std::vector<std::string>& VerbLemmas(std::string_view word, bool stem);

  // Records that the text word `written` (a verb root or form as written, lowercased
  // here) is a verb with head lemma `lemma`, whatever the tagger says; `stem`: it also
  // matches every word it begins (Dictionary::verb_words).
  void AddVerbWord(std::string_view written, bool stem, const std::string& lemma);

  // Translates one pattern line. `text` is the pattern between its leading `-` and
  // its code block ("+ * IN_ $", "* (FOR {FINANCIAL AID})"), `code_block` the inside
  // of the `[...]` ("161", "032:033", "---"); `stem`: TABARI word stemming, and TABARI's
  // discard `###` and complex `+++` codes kept on the pattern (PETRARCH's are skipped).
  // `verbs` are the forms of the verb the pattern belongs to.
  void AddPattern(const std::vector<VerbForm>& verbs, std::string_view text,
                  std::string_view code_block, bool stem, uint32_t line_no,
                  std::string_view line);
  // Around a TABARI verb's AddPattern calls: its patterns are then ordered by TABARI's
  // length, each expansion of an alternative counting that alternative (manual 5.7.1).
  void BeginVerbPatterns();
  void OrderVerbPatterns();
  // Names the verb (root or block) that later patterns belong to, for report notes:
  // "skipped: subordinate codes (CODE?): URGE - * + TO_MEET [036?]".
  void SetVerbLabel(std::string_view label) { verb_label_ = std::string(label); }
  // The verb alone with its code: `verb ... +`.
  void AddBareVerb(const std::vector<VerbForm>& verbs, std::string_view code_block,
                   uint32_t line_no, std::string_view line);

  // The dictionary, or Status::Corruption listing every error.
  StatusOr<Dictionary> Finish();

 private:
  struct Item;
  struct Flat;
  using Seq = std::vector<Item>;

  bool ParseDate(std::string_view s, std::optional<Date>* out) const;
  std::vector<std::string> PhraseWords(std::string_view phrase) const;
  // A TABARI actor name's phrases: its words, with kPhraseGap for a blank between words
  // (words may stand there: "PRINCE DOL_AMROTH" matches "Prince of Dol Amroth"), and when an
  // underscore joins words, the same with the underscore as the text's own token
  // ("Dol_Amroth" in the text). Empty when the name has no words.
  std::vector<std::vector<std::string>> TabariNameWords(std::string_view name) const;
  const std::vector<std::string>& WordForms(std::string_view word, bool stem);
  bool ParseSeq(std::string_view text, size_t* pos, char close, bool stem, Seq* out,
                std::string* error, std::string_view* at);
  bool Flatten(const Seq& seq, std::vector<std::vector<Flat>>* out);
  // Whether the tokenizer makes several words of `word` ("DIDN'T": did n't).
  bool SplitsInText(const std::string& word) const;
  // Translates one expanded pattern; returns why it cannot be expressed, or "".
  std::string EmitPatterns(const std::vector<VerbForm>& verbs, const std::vector<Flat>& flat,
                           const std::string& code, bool reversed, uint32_t line_no,
                           std::set<std::string>* approximations);
  void Emit(const std::vector<VerbForm>& verbs, const std::vector<PatternElement>& before,
            std::vector<PatternElement> post, const std::string& code, uint32_t line_no);
  // "VERB - PATTERN [CODE]", for report notes.
  std::string Described(std::string_view text, const std::string& code) const;
  // Parses and translates `text` for each code of `code_block`; false if it was skipped.
  bool Translate(const std::vector<VerbForm>& verbs, std::string_view text,
                 std::string_view code_block, bool stem, uint32_t line_no, std::string_view line);

  PeerOptions options_;
  PeerReport own_report_;
  PeerReport* report_;
  Dictionary dict_;
  struct ErrorAt {
    uint32_t file, line;
    std::string message;
  };
  std::vector<ErrorAt> errors_;
  std::string file_name_;
  uint32_t file_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const std::vector<Seq>>> synsets_;
  std::unordered_map<std::string, std::vector<std::string>> verb_cache_;
  std::unordered_map<std::string, std::vector<std::string>> word_cache_;
  std::vector<std::string> repairs_;  // found by ParseSeq, reported by Translate
  std::string verb_label_;
  int depth_ = 0;  // ParseSeq's nesting of groups
  // The pattern being emitted is TABARI's: its words match text words (stems by prefix),
  // not lemmas (PatternElement::surface, prefixes).
  bool tabari_words_ = false;
  // The patterns emitted since BeginVerbPatterns and their TABARI lengths.
  size_t verb_first_pattern_ = 0;
  std::vector<size_t> verb_pattern_lengths_;
};

// What the peer readers share: the PeerBuilder they read files into, and Finish().
class PeerReader {
 public:
  explicit PeerReader(PeerOptions options);
  ~PeerReader();
  PeerReader(const PeerReader&) = delete;
  PeerReader& operator=(const PeerReader&) = delete;

  // The dictionary read so far, or all the errors found (PeerBuilder::Finish).
  StatusOr<Dictionary> Finish();

 protected:
  std::unique_ptr<PeerBuilder> builder_;
};

// Reads TABARI's formats into a PeerBuilder.
class TabariReader : public PeerReader {
 public:
  // The dictionary has TABARI's default settings until an options file changes them.
  explicit TabariReader(PeerOptions options = {}) : PeerReader(std::move(options)) {
    builder_->tabari_options();
  }

  // `PHRASE [CODE] ; comment`, `+SYNONYM` lines, indented `[CODE restriction]` lines,
  // <NOUN>/<ADJECTIVE> sections (skipped), `~FINISH` (end).
  void ReadActors(std::string_view file_name, std::string_view text);
  // `PHRASE {PLURALS} [~ROLE] ; comment` (also <NOUN>/<ADJECTIVE> sections, skipped).
  void ReadAgents(std::string_view file_name, std::string_view text);
  // <SYNSETS>, <TIME>, <ATTRIB> sections; `ROOT [CODE]` lines, `{FORMS}` lines and
  // `- PATTERN [CODE]` lines.
  void ReadVerbs(std::string_view file_name, std::string_view text);
  // `COMMAND: arguments` lines, applied in order to the dictionary's TabariOptions
  // (dict/tabari_options.h); a line that cannot be applied is an error.
  void ReadOptions(std::string_view file_name, std::string_view text);
};

// Loads a TABARI dictionary set. `path` is a `.project` file (its <actorsfile>,
// <verbsfile>, <agentsfile> and <optionsfile> lines name the files, relative to it) or
// a directory: its one `.project` file, or if it has none every `*.actors`, `*.agents`,
// `*.verbs` and `*.options` file in it, in name order. NotFound for a missing file.
StatusOr<Dictionary> LoadTabariDictionary(const std::string& path,
                                          const PeerOptions& options = {});

// Reads a whole file; NotFound/IoError name it.
StatusOr<std::string> ReadPeerFile(const std::string& path);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_READER_H_
