// TabariOptions: the commands of a TABARI `.options` file that change what TABARI codes,
// read into settings that the pipeline turns into CoderOptions (code/coder.h) for
// `tabari:` dictionaries. TABARI's manual (0.8.4, chapter 8) defines them.
//
//   DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER
//       -> default_source "DEFSRC" (also when no actor precedes the verb), default_target
//          "DEFTAR" (also when no actor follows it)
//   SET: CODE BY SENTENCE              -> code_by kSentence (kClause, the default; kAll)
//   SET: CONVERT AGENTS = TRUE         -> convert_agents (an agent with no actor codes "~ROLE")
//   SET: MINIMUM WORDS = 4             -> minimum_words 4 (a comma counts as a word)
//   COMMA: MIN = 4 MAX = 6 EMIN = 3    -> comma-delimited clauses of 4..6 words (3.. at the
//                                         end) are not read; COMMA: OFF reads them all
//   COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR -> complex (too complex to code) with 5 verbs or
//                                         more, 4 conjunctions or more, or no actor before
//                                         the first verb
//   FORWARD: ^^*****NNN*SSS [OFF]      -> forward: a pronoun opening a sentence is the first
//                                         actor of the story's previous sentence
//
// Commands are recognized by their first four letters, as TABARI does; keywords are
// case-insensitive. OUTPUT, LABEL, NONEVENTS, ISSUES, FREQS and MATCH are accepted and
// change nothing here (they configure TABARI's output). Commands accumulate as in TABARI:
// a later DEFAULT keeps what an earlier one set unless `DEFAULT: OFF` came between; a
// COMPLEX command replaces the previous conditions; COMMA sets the limits it names.
// Pure data and a pure parser; thread-compatible.
#ifndef TACITUS_DICT_TABARI_OPTIONS_H_
#define TACITUS_DICT_TABARI_OPTIONS_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace tacitus {

struct TabariOptions {
  // DEFAULT: codes used when the actor searches find none (empty: no default).
  std::string default_source, default_target;
  bool default_source_prior = false;  // PRIOR: also when no actor precedes the verb
  bool default_target_after = false;  // AFTER: also when no actor follows the verb

  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;  // SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL

  bool convert_agents = false;  // SET: CONVERT AGENTS
  int minimum_words = 8;        // SET: MINIMUM WORDS (TABARI's default: 8)

  // COMMA: lengths (in words) of the comma-delimited clauses that are not read: at the
  // beginning of the sentence (b), inside it, and at its end (e). TABARI's defaults.
  struct Comma {
    bool on = true;
    int bmin = 128, bmax = 0, min = 2, max = 10, emin = 2, emax = 10;
    bool operator==(const Comma&) const = default;
  } comma;

  // COMPLEX: when a sentence is too complex to code (0: the condition is off).
  struct Complex {
    int verbs = 0, actors = 0, conj = 0;
    bool no_actor_prior = false, no_actor_after = false, no_verb = false;
  } complex;

  // FORWARD: pronoun forwarding between the sentences of a story; `forward_format` says
  // where the story (N) and sentence (S) numbers are in a record's id (manual, 8.4.1).
  bool forward = false;
  std::string forward_format;
};

// Applies one `.options` line ("COMMAND: arguments") to `options`. InvalidArgument names
// an unknown command or a malformed argument; `options` is then unchanged.
[[nodiscard]] Status ApplyTabariOption(std::string_view line, TabariOptions* options);

// The story and sentence numbers of a record id `info` (what follows the date on a
// TABARI record's first line, leading blanks included) read with a FORWARD format:
// `^` a leading blank, `*` any character, `N` a story digit, `S` a sentence digit. A
// number that is not all digits is 0, as in TABARI.
void ForwardSequence(std::string_view format, std::string_view info, long* story, long* sentence);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_OPTIONS_H_
