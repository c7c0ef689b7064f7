// PetrarchReader: PETRARCH-2's dictionaries (CAMEO.2.0.txt verbs with synonym sets,
// Phoenix.*.actors.txt, Phoenix.agents.txt with substitution sets, Phoenix.discards.txt,
// and PETR_config.ini that names them) translated into a tacitus::Dictionary through the
// PeerBuilder of dict/tabari_reader.h. PETRARCH's formats descend from TABARI's; the
// differences are `#` and `<!-- -->` comments, verb blocks, no stemming, and PETRARCH-2's
// parse-oriented pattern syntax, read as words in order:
//
//   --- ASK [---] ---                  one block: its verbs share its patterns
//   ASK     [020]                      -> verb 020  | ask ... +
//   +ASK_FOR {+ASKED_FOR} [020]        -> verb 020  | ask for ... +
//   - * (FOR {FINANCIAL AID}) [0231]   -> verb 0231 | {ask|...} ... + ... for ... financial ... aid
//                                         verb 0231 | {ask|...} ... for ... financial ... aid ... +
//   ~ a (a b WILL_ATTACK) SAY = a b 138   transformation: counted and skipped
//   ZARA_QUILL_                        -> Person with the role NODGOV 1994-01-01..1999-01-01
//   	[NODGOV 19940101-19990101]             (and null outside it)
//   FOREIGN_!MINIST! [~GOV]            -> agents "foreign minister", "foreign ministry", ...
//   +WORLD CUP                         -> discard "world cup" (story discards read as sentence ones)
//
// Errors and the report follow dict/tabari_reader.h: unparsable lines are `file:line:
// message` errors collected into one Status::Corruption; constructs Tacitus cannot
// express are counted in the PeerReport. Single-threaded.
#ifndef TACITUS_DICT_PETRARCH_READER_H_
#define TACITUS_DICT_PETRARCH_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/petrarch_options.h"
#include "dict/tabari_reader.h"

namespace tacitus {

class PetrarchReader : public PeerReader {
 public:
  // The dictionary has PETRARCH's default settings until options() changes them.
  explicit PetrarchReader(PeerOptions options = {}) : PeerReader(std::move(options)) {
    builder_->petrarch_options();
  }

  // The settings (a PETR_config.ini's [Options]) the dictionary carries.
  PetrarchOptions& options() { return builder_->petrarch_options(); }

  // CAMEO.2.0.txt and the PETRARCH-1 verb format (PETR.Validate.verbs.txt): `&NAME`
  // synsets with `+member` lines, `--- NAME [CODE] ---` blocks, verb lines
  // `VERB {FORMS} [CODE]`, `- PATTERN [CODE]` lines, `~` transformations (skipped).
  void ReadVerbs(std::string_view file_name, std::string_view text);
  // Phoenix.*.actors.txt: TABARI's actor layout with `#` comments, no stemming.
  void ReadActors(std::string_view file_name, std::string_view text);
  // `!NAME! = A, B` substitution sets; `PHRASE {PLURALS} [~ROLE]` lines.
  void ReadAgents(std::string_view file_name, std::string_view text);
  // One phrase a line; `+PHRASE` marks a story-level discard.
  void ReadDiscards(std::string_view file_name, std::string_view text);
};

// Loads a PETRARCH-2 dictionary set. `path` is a PETR_config.ini (its [Dictionaries]
// verbfile_name, actorfile_list, agentfile_name and discardfile_name, relative to the
// file unless absolute; its [Options] become Dictionary::petrarch_options, and a bad value
// there is Status::Corruption naming file and line) or a directory holding the standard names: CAMEO.2.0.txt,
// Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
// Phoenix.MilNonState.actors.txt, Phoenix.agents.txt, Phoenix.discards.txt (those
// present; at least one). NotFound for a missing file.
StatusOr<Dictionary> LoadPetrarchDictionary(const std::string& path,
                                            const PeerOptions& options = {});

// PETRARCH's comments removed, line structure kept: `#` to the end of the line and
// `<!-- ... -->` (across lines) become blanks, so line numbers stay right.
std::string StripPetrarchComments(std::string_view text);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_READER_H_
