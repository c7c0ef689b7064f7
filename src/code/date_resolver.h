// DateResolver: finds date expressions in a tagged sentence and resolves them against
// the article's publication date.
//
//   article 2023-10-19 (a Thursday): "on Thursday" -> 2023-10-19, "a day earlier" ->
//   2023-10-18, "last month" -> 2023-09-01, "on September 13" -> 2023-09-13,
//   "in 2016" -> 2016-01-01, "last week" -> 2023-10-09 (Monday of the week before)
//
// Conventions (gold/dev-notes.md): a month or year resolves to its first day, a week to
// its Monday, a weekday to the latest such day not after the publication date.
// Never fails; thread-safe.
#ifndef TACITUS_CODE_DATE_RESOLVER_H_
#define TACITUS_CODE_DATE_RESOLVER_H_

#include <cstdint>
#include <vector>

#include "base/date.h"
#include "text/token.h"

namespace tacitus {

struct DateMention {
  uint32_t begin = 0;  // token range of the expression
  uint32_t end = 0;
  Date date;
};

std::vector<DateMention> FindDates(const std::vector<Token>& tokens, Date published);

}  // namespace tacitus

#endif  // TACITUS_CODE_DATE_RESOLVER_H_
