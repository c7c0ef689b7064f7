// Event writers: one coded event to one output line.
//
//   JSONL (the record of ../doc/event-record.md):
//   {"article":"a1","sentence":2,"date":"2023-10-19","source":{"code":"RUSGOV",...},
//    "target":{...},"code":"040","root":"04","quad_class":1,"goldstein":1.0,...}
//   TSV, PETRARCH-2's column order:  20231019  RUSGOV  PRKGOV  040  a1-2  source
//
// Stateless and thread-safe; the caller owns the stream and handles write errors.
#ifndef TACITUS_OUTPUT_EVENT_WRITER_H_
#define TACITUS_OUTPUT_EVENT_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>

#include "code/event.h"

namespace tacitus {

struct ArticleMeta {
  std::string id;
  std::string source;  // outlet
  std::string url;
};

enum class OutputFormat { kJsonl, kTsv };

nlohmann::json EventToJson(const Event& event, const ArticleMeta& article);
std::string EventToJsonLine(const Event& event, const ArticleMeta& article);
// The same line (without its newline) appended to `out`, which a caller writing many
// events reuses: no allocation once `out` has grown.
void AppendEventJsonLine(const Event& event, const ArticleMeta& article, std::string* out);
std::string EventToTsvLine(const Event& event, const ArticleMeta& article);
std::string TsvHeader();

// {"article","sentence","text","span","speaker":{code,country,role,text,span,via},
//  "verb":{text,span}}: one quotation and who said it.
nlohmann::json QuoteToJson(const Quote& quote, const ArticleMeta& article);
std::string QuoteToJsonLine(const Quote& quote, const ArticleMeta& article);

}  // namespace tacitus

#endif  // TACITUS_OUTPUT_EVENT_WRITER_H_
