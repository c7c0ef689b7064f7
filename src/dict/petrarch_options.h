// PetrarchOptions: the [Options] of a PETRARCH PETR_config.ini that change what PETRARCH
// codes, read into settings that the pipeline turns into CoderOptions (code/coder.h) for
// `petrarch2:` dictionaries, as TabariOptions (dict/tabari_options.h) are for `tabari:`.
// The same names set them in the <Config option="..." value="..."> elements of PETRARCH's
// validation records.
//
//   require_dyad = False        -> require_dyad false (an event with a missing actor is
//                                  still written, the missing side "---")
//   new_actor_length = 4        -> new_actor_length 4 (kept; the coder does not use it)
//   comma_min = 2  comma_max = 8   comma-delimited clauses of more than 2 and at most 8
//                                  words are not read (comma_bmin/bmax: the first
//                                  segment; comma_emin/emax: the last); a max of 0 turns
//                                  that kind off
//
// Names are case-insensitive; values are ConfigParser's booleans (true/false, yes/no,
// on/off, 1/0, any case) and decimal integers. Every other name in [Options] configures
// PETRARCH's input, output or interface and is accepted and ignored. Pure data and a pure
// parser; thread-compatible.
#ifndef TACITUS_DICT_PETRARCH_OPTIONS_H_
#define TACITUS_DICT_PETRARCH_OPTIONS_H_

#include <string_view>

#include "base/status.h"
#include "dict/tabari_options.h"

namespace tacitus {

struct PetrarchOptions {
  // Events need a coded source and target; false writes them with the missing side "---".
  bool require_dyad = true;
  // The longest uncoded noun phrase PETRARCH writes as a new actor's text (0: none).
  int new_actor_length = 0;
  // comma_bmin/bmax, comma_min/max, comma_emin/emax with PETRARCH's defaults (TABARI's
  // but for a maximum of 8 and no initial clauses).
  TabariOptions::Comma comma{.on = true, .bmin = 0, .bmax = 0, .min = 2, .max = 8, .emin = 2,
                             .emax = 8};
  bool operator==(const PetrarchOptions&) const = default;
};

// Applies one `name = value` setting. InvalidArgument for a value that is not a boolean
// (require_dyad) or a non-negative integer (the others) of a setting read here; `options`
// is then unchanged. Names not read here are OK and change nothing.
[[nodiscard]] Status ApplyPetrarchOption(std::string_view name, std::string_view value,
                                         PetrarchOptions* options);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_OPTIONS_H_
