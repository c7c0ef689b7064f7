// Date: a civil date as a day number, for dated dictionary roles and relative dates.
//
//   Date d = *Date::Parse("2023-10-19");   d.AddDays(-1).ToString() == "2023-10-18"
//
// Days count from 1970-01-01 (proleptic Gregorian). Parse accepts YYYY-MM-DD, YYYY-MM
// (first day) and YYYY (January 1); anything else, or an impossible day, is nullopt.
// A value type; thread-safe.
#ifndef TACITUS_BASE_DATE_H_
#define TACITUS_BASE_DATE_H_

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace tacitus {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(int32_t days) { return Date(days); }

  static constexpr Date FromCivil(int y, unsigned m, unsigned d) {
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date(era * 146097 + static_cast<int>(doe) - 719468);
  }

  static std::optional<Date> Parse(std::string_view s) {
    auto digits = [&](size_t pos, size_t n, int* out) {
      if (pos + n > s.size()) return false;
      int v = 0;
      for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
      }
      *out = v;
      return true;
    };
    int y = 0, m = 1, d = 1;
    if (!digits(0, 4, &y)) return std::nullopt;
    if (s.size() == 4) return FromCivil(y, 1, 1);
    if (s.size() < 7 || s[4] != '-' || !digits(5, 2, &m) || m < 1 || m > 12) return std::nullopt;
    if (s.size() == 7) return FromCivil(y, static_cast<unsigned>(m), 1);
    if (s.size() != 10 || s[7] != '-' || !digits(8, 2, &d) || d < 1 ||
        d > DaysInMonth(y, static_cast<unsigned>(m)))
      return std::nullopt;
    return FromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  }

  static constexpr int DaysInMonth(int y, unsigned m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
  }

  constexpr void ToCivil(int* y, unsigned* m, unsigned* d) const {
    int z = days_ + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<int>(yoe) + era * 400 + (*m <= 2);
  }

  std::string ToString() const {
    int y;
    unsigned m, d;
    ToCivil(&y, &m, &d);
    if (y >= 0 && y <= 9999) {  // every event's date: digits without snprintf
      char buf[] = "0000-00-00";
      for (int k = 3, n = y; k >= 0; --k, n /= 10) buf[k] = static_cast<char>('0' + n % 10);
      buf[5] = static_cast<char>('0' + m / 10);
      buf[6] = static_cast<char>('0' + m % 10);
      buf[8] = static_cast<char>('0' + d / 10);
      buf[9] = static_cast<char>('0' + d % 10);
      return std::string(buf, 10);
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
  }

  constexpr int32_t days() const { return days_; }
  constexpr Date AddDays(int n) const { return Date(days_ + n); }
  // 0 = Monday ... 6 = Sunday.
  constexpr int Weekday() const {
    int w = (days_ + 3) % 7;  // 1970-01-01 was a Thursday
    return w < 0 ? w + 7 : w;
  }
  constexpr int year() const { int y; unsigned m, d; ToCivil(&y, &m, &d); return y; }
  constexpr unsigned month() const { int y; unsigned m, d; ToCivil(&y, &m, &d); return m; }

  friend constexpr bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend constexpr auto operator<=>(Date a, Date b) { return a.days_ <=> b.days_; }

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_BASE_DATE_H_
