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

TEST(DateResolverTest, NoFalseDates) {
  EXPECT_TRUE(Resolve("Theresa May said they may meet", "2019-01-01").empty());
  EXPECT_TRUE(Resolve("", "2019-01-01").empty());
  EXPECT_TRUE(Resolve("2,000 troops and 35 officers", "2019-01-01").empty());
}

}  // namespace
}  // namespace tacitus
