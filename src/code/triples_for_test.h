// What the coder's tests compare: each event as "SOURCE TARGET CODE" (or with another
// separator), in the order the coder writes them. Header-only, for *_test.cc files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/coder.h"

namespace tacitus {

// `events` as source, target and code joined by `sep`.
inline std::vector<std::string> Triples(const std::vector<Event>& events, char sep = ' ') {
  std::vector<std::string> out;
  out.reserve(events.size());
  for (const Event& e : events) out.push_back(e.source.code + sep + e.target.code + sep + e.code);
  return out;
}

// The events `coder` writes for `text` published on `date`, as Triples.
inline std::vector<std::string> CodedTriples(const Coder& coder, std::string_view text,
                                             char sep = ' ', const char* date = "2023-10-19") {
  return Triples(coder.Code(text, *Date::Parse(date)).events, sep);
}

}  // namespace tacitus
