// A left-to-right scan for a handful of expression shapes: relative words (yesterday,
// "a day earlier", "N days ago"), "last/next week|month|year", weekdays, month names
// with a day and/or year, and bare years after "in". Each shape is tried at each token that
// is or precedes an anchor (a number, month, weekday, unit or relative word); the first
// shape that matches consumes its tokens.
#include "code/date_resolver.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

// The word helpers below run on most tokens (FindDates tries every shape at every token that
// may start a date), so each rejects by length or first character before comparing words.

constexpr std::array<std::string_view, 7> kDays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kShort = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};

int Weekday(std::string_view w) {
  if (w.size() < 6 || w.size() > 9) return -1;
  for (int i = 0; i < 7; ++i) {
    const auto k = static_cast<size_t>(i);
    if (w[0] == kDays[k][0] && w == kDays[k]) return i;
  }
  return -1;
}

int Month(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;
  // The months whose names start with w's letter (by a switch: FindDates asks this at every
  // token next to a date anchor).
  auto is = [w](int month) {
    const auto k = static_cast<size_t>(month - 1);
    return w == kMonths[k] || w == kShort[k];
  };
  switch (w[0]) {
    case 'j':
      return is(1) ? 1 : is(6) ? 6 : is(7) ? 7 : 0;
    case 'f':
      return is(2) ? 2 : 0;
    case 'm':
      return is(3) ? 3 : is(5) ? 5 : 0;
    case 'a':
      return is(4) ? 4 : is(8) ? 8 : 0;
    case 's':
      return is(9) || w == "sep" ? 9 : 0;
    case 'o':
      return is(10) ? 10 : 0;
    case 'n':
      return is(11) ? 11 : 0;
    case 'd':
      return is(12) ? 12 : 0;
    default:
      return 0;
  }
}

int Number(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"};
  if (w.empty()) return -1;
  if (w[0] >= '0' && w[0] <= '9') {
    if (w.size() > 4) return -1;
    int n = 0;
    for (char c : w) {
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  if (w.size() > 6) return -1;
  // The number words that start with w's letter (by a switch, as in Month).
  auto is = [w](int n) { return w == kWords[static_cast<size_t>(n)]; };
  switch (w[0]) {
    case 'a':
      return w == "a" || w == "an" ? 1 : -1;
    case 'e':
      return is(8) ? 8 : is(11) ? 11 : -1;
    case 'f':
      return is(4) ? 4 : is(5) ? 5 : -1;
    case 'n':
      return is(9) ? 9 : -1;
    case 'o':
      return is(1) ? 1 : -1;
    case 's':
      return is(6) ? 6 : is(7) ? 7 : -1;
    case 't':
      return is(2) ? 2 : is(3) ? 3 : is(10) ? 10 : is(12) ? 12 : -1;
    case 'z':
      return is(0) ? 0 : -1;
    default:
      return -1;
  }
}

bool IsYear(std::string_view w, int* year) {
  if (w.size() != 4) return false;
  int y = Number(w);
  if (y < 1900 || y > 2100) return false;
  *year = y;
  return true;
}

bool IsDay(std::string_view w, int* day) {
  // Ordinal suffixes are stripped in this order, each at most once: "1st", "22nd", "3rd".
  static constexpr std::array<std::string_view, 4> kSuffixes = {"st", "nd", "rd", "th"};
  for (std::string_view suffix : kSuffixes)
    if (w.size() > 2 && w[w.size() - 2] == suffix[0] && w.back() == suffix[1]) w.remove_suffix(2);
  if (w.size() > 2) return false;
  int d = Number(w);
  if (d < 1 || d > 31) return false;
  *day = d;
  return true;
}

Date FirstOfMonth(Date d) { return Date::FromCivil(d.year(), d.month(), 1); }

Date AddMonths(Date d, int months) {
  int y = d.year();
  int m = static_cast<int>(d.month()) - 1 + months;
  y += m >= 0 ? m / 12 : (m - 11) / 12;
  m = ((m % 12) + 12) % 12;
  return Date::FromCivil(y, static_cast<unsigned>(m + 1), 1);
}

// Words that anchor a date besides numbers, weekdays and months.
constexpr std::array<std::string_view, 10> kAnchorWords = {
    "yesterday", "today", "tonight", "tomorrow", "day", "days", "week", "weeks", "month", "year"};

// Calls add(word, month) for each word that anchors a date, `month` whether it names one.
template <typename Add>
constexpr void ForEachAnchorWord(Add add) {
  for (std::string_view w : kAnchorWords) add(w, false);
  for (std::string_view w : kDays) add(w, false);
  for (std::string_view w : kMonths) add(w, true);
  for (std::string_view w : kShort) add(w, true);
  add("sep", true);
}

// The anchor words (without Month()'s optional final period) in an open-addressing table,
// so that a token costs a hash of three bytes and at most a compare or two.
struct AnchorTable {
  static constexpr size_t kSlots = 128;
  static constexpr size_t Slot(std::string_view w) {
    return (w.size() * 37 + static_cast<unsigned char>(w[0]) * 11 +
            static_cast<unsigned char>(w[1]) * 5 + static_cast<unsigned char>(w.back())) %
           kSlots;
  }
  std::array<std::string_view, kSlots> words{};
  std::array<bool, kSlots> month{};  // a month name, which may take a final period
};

constexpr AnchorTable kAnchors = [] {
  AnchorTable t;
  auto add = [&t](std::string_view w, bool month) {
    size_t k = AnchorTable::Slot(w);
    while (!t.words[k].empty() && t.words[k] != w) k = (k + 1) % AnchorTable::kSlots;
    t.words[k] = w;
    t.month[k] = t.month[k] || month;
  };
  ForEachAnchorWord(add);
  return t;
}();

// The first and last letters of the anchor words, as a bit per last letter (its low five
// bits) for each first letter (the same): a word whose pair has no bit is no anchor word.
// Most words are rejected so, with two loads, before the table is probed.
constexpr std::array<uint32_t, 32> kAnchorEnds = [] {
  std::array<uint32_t, 32> ends{};
  ForEachAnchorWord(
      [&ends](std::string_view w, bool) { ends[w[0] & 31] |= 1u << (w.back() & 31); });
  return ends;
}();

// IsDateAnchor for a word of three bytes or more that starts with no digit, `period` whether
// it ends with one: the table.
[[gnu::noinline]] bool IsAnchorWord(std::string_view w, bool period) {
  if (period) w.remove_suffix(1);
  if (w.size() < 3) return false;
  for (size_t k = AnchorTable::Slot(w); !kAnchors.words[k].empty();
       k = (k + 1) % AnchorTable::kSlots)
    if (kAnchors.words[k] == w) return !period || kAnchors.month[k];
  return false;
}

// Whether a date expression may involve the token whose lowercase form is `w`. Every shape
// that FindDates reads has such an anchor as its first or second token: a number ("in 2016",
// "27 October", "2 days ago"), a relative word, a unit ("a day earlier", "last week"), a
// weekday or a month name ("and May" reads "and" as day 1, so a month name anchors it too).
// Most sentences have none, and most tokens are neither an anchor nor next to one: FindDates
// passes over those with this test alone, inline.
inline bool IsDateAnchor(std::string_view w) {
  if (w.size() < 3) return !w.empty() && w[0] >= '0' && w[0] <= '9';
  if (w[0] >= '0' && w[0] <= '9') return true;
  const bool period = w.back() == '.';
  const unsigned char last = static_cast<unsigned char>(w[w.size() - 1 - period]);
  if (!((kAnchorEnds[w[0] & 31] >> (last & 31)) & 1u)) return false;
  return IsAnchorWord(w, period);
}

}  // namespace

std::vector<DateMention> FindDates(const std::vector<Token>& toks, Date published) {
  std::vector<DateMention> out;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto w = [&](uint32_t i) -> std::string_view { return i < n ? std::string_view(toks[i].lower) : ""; };
  uint32_t i = 0;
  while (i < n) {
    std::string_view a = w(i);
    if (!IsDateAnchor(a)) {
      // No shape starts here unless the next token is an anchor: go to the token before the
      // next anchor, or stop if there is none.
      uint32_t j = i + 1;
      while (j < n && !IsDateAnchor(w(j))) ++j;
      if (j == n) break;
      i = j - 1;
      a = w(i);
    }
    int num = 0, day = 0, year = 0;
    // yesterday / today / tomorrow
    if (a == "yesterday" || a == "today" || a == "tonight" || a == "tomorrow") {
      int off = a == "yesterday" ? -1 : a == "tomorrow" ? 1 : 0;
      out.push_back({i, i + 1, published.AddDays(off)});
      ++i;
      continue;
    }
    // "a day earlier", "two days later", "three weeks ago", "the day before"
    if ((num = Number(a)) > 0 || a == "the") {
      std::string_view unit = w(i + 1);
      std::string_view rel = w(i + 2);
      int mult = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
      if (a == "the") num = 1;
      if (mult && (rel == "earlier" || rel == "ago" || rel == "before" || rel == "later")) {
        int sign = rel == "later" ? 1 : -1;
        out.push_back({i, i + 3, published.AddDays(sign * num * mult)});
        i += 3;
        continue;
      }
    }
    // last/next/this week|month|year
    if ((a == "last" || a == "next" || a == "past") && i + 1 < n) {
      std::string_view unit = w(i + 1);
      int sign = a == "next" ? 1 : -1;
      if (unit == "week") {
        Date monday = published.AddDays(-published.Weekday());
        out.push_back({i, i + 2, monday.AddDays(7 * sign)});
        i += 2;
        continue;
      }
      if (unit == "month") {
        out.push_back({i, i + 2, AddMonths(FirstOfMonth(published), sign)});
        i += 2;
        continue;
      }
      if (unit == "year") {
        out.push_back({i, i + 2, Date::FromCivil(published.year() + sign, 1, 1)});
        i += 2;
        continue;
      }
      int wd = Weekday(unit);
      if (wd >= 0) {
        int back = (published.Weekday() - wd + 7) % 7;
        if (back == 0) back = 7;
        int fwd = (wd - published.Weekday() + 7) % 7;
        if (fwd == 0) fwd = 7;
        out.push_back({i, i + 2, sign < 0 ? published.AddDays(-back) : published.AddDays(fwd)});
        i += 2;
        continue;
      }
      int mo = Month(unit);
      if (mo) {
        int y = published.year();
        if (sign < 0 && static_cast<unsigned>(mo) >= published.month()) --y;
        if (sign > 0 && static_cast<unsigned>(mo) <= published.month()) ++y;
        out.push_back({i, i + 2, Date::FromCivil(y, static_cast<unsigned>(mo), 1)});
        i += 2;
        continue;
      }
    }
    // Weekday: the latest such day not after publication.
    int wd = Weekday(a);
    if (wd >= 0) {
      int back = (published.Weekday() - wd + 7) % 7;
      out.push_back({i, i + 1, published.AddDays(-back)});
      ++i;
      continue;
    }
    // Month [day] [,] [year]  |  day Month [year]
    int mo = Month(a);
    bool month_word = mo && (toks[i].capitalized || a.size() > 3);
    if (month_word && !(a == "may" && !toks[i].capitalized) && !(a == "march" && !toks[i].capitalized)) {
      uint32_t j = i + 1;
      if (w(j) == ".") ++j;  // "Sept. 13"
      int d = 1, y = 0;
      bool has_day = false;
      if (IsDay(w(j), &day)) {
        d = day;
        has_day = true;
        ++j;
      }
      if (w(j) == ",") ++j;
      if (IsYear(w(j), &year)) {
        y = year;
        ++j;
      } else if (w(j - 1) == ",") {
        --j;
      }
      if (has_day || y) {
        if (!y) {
          y = published.year();
          // A month-day later than the publication date (beyond a week) is last year's.
          if (Date::FromCivil(y, static_cast<unsigned>(mo), 1).AddDays(d - 1) > published.AddDays(7)) --y;
        }
        if (d > Date::DaysInMonth(y, static_cast<unsigned>(mo))) d = 1;
        out.push_back({i, j, Date::FromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))});
        i = j;
        continue;
      }
      if (i > 0 && (w(i - 1) == "in" || w(i - 1) == "since" || w(i - 1) == "early" || w(i - 1) == "late")) {
        int y2 = published.year();
        if (static_cast<unsigned>(mo) > published.month()) --y2;
        out.push_back({i, i + 1, Date::FromCivil(y2, static_cast<unsigned>(mo), 1)});
        ++i;
        continue;
      }
    }
    if (IsDay(a, &day) && Month(w(i + 1)) && toks[i + 1].capitalized) {
      int m2 = Month(w(i + 1));
      uint32_t j = i + 2;
      int y = 0;
      if (IsYear(w(j), &year)) {
        y = year;
        ++j;
      } else {
        y = published.year();
        if (Date::FromCivil(y, static_cast<unsigned>(m2), 1).AddDays(day - 1) > published.AddDays(7)) --y;
      }
      if (day > Date::DaysInMonth(y, static_cast<unsigned>(m2))) day = 1;
      out.push_back({i, j, Date::FromCivil(y, static_cast<unsigned>(m2), static_cast<unsigned>(day))});
      i = j;
      continue;
    }
    // "in 2016"
    if ((a == "in" || a == "since") && IsYear(w(i + 1), &year)) {
      out.push_back({i + 1, i + 2, Date::FromCivil(year, 1, 1)});
      i += 2;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace tacitus
