// The gold standard: hand-coded articles with the events a coder should find, read from the
// JSONL format of ../shared/gold/FORMAT.md (one article per line).
//
//   {"id":"seed","date":"2023-10-19","text":"...","events":[{"source":"RUSGOV",
//    "target":"PRKGOV","code":"040","optional":false}]}
//     -> GoldArticle{id="seed", ..., events={GoldEvent{"RUSGOV","PRKGOV","040",...}}}
//
// Contract: a gold file is a file the user hands us, not text, so any problem makes the whole
// read fail with a Status whose message is "path:line: what is wrong" (kNotFound when the file
// cannot be opened, kInvalidArgument otherwise). Checked: JSON syntax, "id" (non-empty,
// unique), "text" and "events" present, "date" and "when" real dates "YYYY-MM-DD" when
// present, actor codes of at least three characters A-Z/0-9, event codes of 3 or 4 digits
// ("010", never "01"), "optional" a boolean (false when absent). Blank lines, CRLF line ends
// and a leading UTF-8 BOM are accepted; unknown fields are ignored. A file with no article is
// an error. Thread-safe (no shared state).
#ifndef TACITUS_EVAL_GOLD_READER_H_
#define TACITUS_EVAL_GOLD_READER_H_

#include <istream>
#include <string>
#include <vector>

#include "base/status.h"

namespace tacitus {

struct GoldEvent {
  std::string source;     // CAMEO actor code, e.g. "RUSGOV"
  std::string target;     // CAMEO actor code, e.g. "PRKGOV"
  std::string code;       // CAMEO event code, e.g. "040", "0312"
  std::string when;       // event date "YYYY-MM-DD" or empty; not used in scoring
  std::string evidence;   // the text that states it; not used in scoring
  bool optional = false;  // careful coders could disagree: never a miss, never a false alarm
};

struct GoldArticle {
  std::string id;
  std::string date;  // publication date "YYYY-MM-DD" or empty
  std::string title;
  std::string text;
  std::string source;
  std::string url;
  std::vector<GoldEvent> events;  // in file order
};

// Reads the gold file at `path`.
StatusOr<std::vector<GoldArticle>> ReadGold(const std::string& path);

// Same, from a stream; `name` stands for the file in messages.
StatusOr<std::vector<GoldArticle>> ParseGold(std::istream& in, const std::string& name);

}  // namespace tacitus

#endif  // TACITUS_EVAL_GOLD_READER_H_
