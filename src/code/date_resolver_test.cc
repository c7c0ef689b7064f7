#include "code/date_resolver.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "text/tokenizer.h"

namespace tacitus {
namespace {

std::vector<std::string> Resolve(std::string_view text, const char* published) {
  const std::string lowered = AsciiLowered(text);
  std::vector<Token> toks = Tokenize(text, lowered, 0, static_cast<uint32_t>(text.size()));
  for (Token& t : toks) t.lemma = t.lower;
  std::vector<std::string> out;
  for (const DateMention& d : FindDates(toks, *Date::Parse(published))) out.push_back(d.date.ToString());
  return out;
}

// Date::ToString writes the digits itself for years 0-9999; printf is the reference.
TEST(DateResolverTest, DateToStringMatchesPrintf) {
  for (int y : {-1, 0, 7, 987, 1999, 2023, 9999, 10000}) {
    for (unsigned m : {1u, 2u, 9u, 10u, 12u}) {
      for (unsigned d : {1u, 9u, 10u, 28u}) {
        char want[48];
        std::snprintf(want, sizeof want, "%04d-%02u-%02u", y, m, d);
        EXPECT_EQ(Date::FromCivil(y, m, d).ToString(), want);
      }
    }
  }
}

TEST(DateResolverTest, RelativeExpressions) {
  // 2023-10-19 was a Thursday.
  EXPECT_EQ(Resolve("He met her on Thursday", "2023-10-19"), (std::vector<std::string>{"2023-10-19"}));
  EXPECT_EQ(Resolve("on Monday", "2023-10-19"), (std::vector<std::string>{"2023-10-16"}));
  EXPECT_EQ(Resolve("a day earlier", "2023-10-19"), (std::vector<std::string>{"2023-10-18"}));
  EXPECT_EQ(Resolve("three days ago", "2023-10-19"), (std::vector<std::string>{"2023-10-16"}));
  EXPECT_EQ(Resolve("yesterday", "2023-10-19"), (std::vector<std::string>{"2023-10-18"}));
  EXPECT_EQ(Resolve("last month", "2023-10-19"), (std::vector<std::string>{"2023-09-01"}));
  EXPECT_EQ(Resolve("last month", "2023-01-10"), (std::vector<std::string>{"2022-12-01"}));
  EXPECT_EQ(Resolve("last week", "2023-10-19"), (std::vector<std::string>{"2023-10-09"}));
  EXPECT_EQ(Resolve("last year", "2023-10-19"), (std::vector<std::string>{"2022-01-01"}));
}

TEST(DateResolverTest, AbsoluteExpressions) {
  EXPECT_EQ(Resolve("on September 13", "2023-10-19"), (std::vector<std::string>{"2023-09-13"}));
  EXPECT_EQ(Resolve("on Sept. 13", "2023-10-19"), (std::vector<std::string>{"2023-09-13"}));
  EXPECT_EQ(Resolve("on 27 October", "2018-11-04"), (std::vector<std::string>{"2018-10-27"}));
  EXPECT_EQ(Resolve("in January 2018", "2018-11-04"), (std::vector<std::string>{"2018-01-01"}));
  EXPECT_EQ(Resolve("in 2016", "2023-04-06"), (std::vector<std::string>{"2016-01-01"}));
  EXPECT_EQ(Resolve("on December 30", "2024-01-02"), (std::vector<std::string>{"2023-12-30"}));
  EXPECT_EQ(Resolve("in August 2020", "2022-02-01"), (std::vector<std::string>{"2020-08-01"}));
}

// Shapes whose anchor (unit, number, month) is their second token, after words that anchor
// nothing: FindDates skips to the token before each anchor and must not skip past it.
TEST(DateResolverTest, AnchorsAfterOrdinaryWords) {
  EXPECT_EQ(Resolve("The talks had ended the day before", "2023-10-19"),
            (std::vector<std::string>{"2023-10-18"}));
  EXPECT_EQ(Resolve("Rebels said they left two weeks ago", "2023-10-19"),
            (std::vector<std::string>{"2023-10-05"}));
  EXPECT_EQ(Resolve("Officials said talks began in 2016", "2023-04-06"),
            (std::vector<std::string>{"2016-01-01"}));
  EXPECT_EQ(Resolve("Officials met past Monday", "2023-10-19"),
            (std::vector<std::string>{"2023-10-16"}));
  EXPECT_EQ(Resolve("troops will leave next month", "2023-10-19"),
            (std::vector<std::string>{"2023-11-01"}));
  EXPECT_EQ(Resolve("troops will leave next year and return last Sept.", "2023-10-19"),
            (std::vector<std::string>{"2024-01-01", "2023-09-01"}));
  EXPECT_EQ(Resolve("Forces entered the city on 27 October", "2018-11-04"),
            (std::vector<std::string>{"2018-10-27"}));
}

// Every month and weekday name, full and short, with and without a final period (and full
// month names in lowercase, but for "may" and "march", which are read as months only with a
// capital): FindDates rejects most words by their first and last letters before looking
// them up, and must keep every anchor.
TEST(DateResolverTest, EveryMonthAndWeekdayNameIsAnAnchor) {
  const char* months[][2] = {{"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"},
                             {"April", "Apr"},   {"May", "May"},      {"June", "Jun"},
                             {"July", "Jul"},    {"August", "Aug"},   {"September", "Sept"},
                             {"October", "Oct"}, {"November", "Nov"}, {"December", "Dec"}};
  for (int m = 0; m < 12; ++m) {
    char want[16];
    std::snprintf(want, sizeof want, "2020-%02d-01", m + 1);
    std::vector<std::string> names = {months[m][0], months[m][1],
                                      std::string(months[m][1]) + "."};
    if (m != 2 && m != 4) names.push_back(AsciiLowered(months[m][0]));
    for (const std::string& written : names) {
      EXPECT_EQ(Resolve("Troops left in " + written + " 2020", "2023-10-19"),
                (std::vector<std::string>{want}))
          << written;
    }
  }
  EXPECT_EQ(Resolve("Troops left in Sep 2020", "2023-10-19"),
            (std::vector<std::string>{"2020-09-01"}));
  // 2023-10-19 was a Thursday: a weekday is the last one on or before it.
  const char* days[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                        "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    char want[16];
    std::snprintf(want, sizeof want, "2023-10-%02d", 19 - (3 - d + 7) % 7);
    EXPECT_EQ(Resolve(std::string("Troops left on ") + days[d], "2023-10-19"),
              (std::vector<std::string>{want}))
        << days[d];
  }
  for (const char* relative : {"yesterday", "today", "tonight", "tomorrow"})
    EXPECT_EQ(Resolve(std::string("Troops left ") + relative, "2023-10-19").size(), 1u)
        << relative;
}

TEST(DateResolverTest, NoFalseDates) {
  EXPECT_TRUE(Resolve("Theresa May said they may meet", "2019-01-01").empty());
  EXPECT_TRUE(Resolve("", "2019-01-01").empty());
  EXPECT_TRUE(Resolve("2,000 troops and 35 officers", "2019-01-01").empty());
}

}  // namespace
}  // namespace tacitus
