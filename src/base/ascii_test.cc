#include "base/ascii.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

// Every byte gets the "C" locale's answer, and bytes >= 0x80 are in no class.
TEST(AsciiTest, ClassesAndCaseMappingAgreeWithCctypeOnEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const unsigned char u = static_cast<unsigned char>(b);
    const char c = static_cast<char>(u);
    EXPECT_EQ(IsAsciiDigit(u), std::isdigit(b) != 0) << b;
    EXPECT_EQ(IsAsciiUpper(u), std::isupper(b) != 0) << b;
    EXPECT_EQ(IsAsciiLower(u), std::islower(b) != 0) << b;
    EXPECT_EQ(IsAsciiAlpha(u), std::isalpha(b) != 0) << b;
    EXPECT_EQ(IsAsciiAlnum(u), std::isalnum(b) != 0) << b;
    EXPECT_EQ(IsAsciiSpace(u), std::isspace(b) != 0) << b;
    EXPECT_EQ(AsciiLower(c), static_cast<char>(std::tolower(b))) << b;
    EXPECT_EQ(AsciiUpper(c), static_cast<char>(std::toupper(b))) << b;
  }
}

// Is(w, "lit") against std::string_view's ==: words of every size around the literal's, a
// prefix and a word that continues it, a changed byte at every position (a high byte, NUL).
template <size_t N>
void IsAgreesWithEquals(const char (&lit)[N]) {
  const std::string_view l(lit, N - 1);
  std::vector<std::string> words = {"",
                                    std::string(l),
                                    std::string(l) + "s",
                                    std::string(l.substr(0, l.size() / 2)),
                                    std::string(N, '\0'),
                                    std::string(l) + std::string(1, '\0')};
  for (size_t i = 0; i < l.size(); ++i)
    for (char c : {'\xC3', '\0', 'x'}) {
      std::string w(l);
      w[i] = c;
      words.push_back(w);
    }
  for (const std::string& w : words)
    EXPECT_EQ(Is(w, lit), std::string_view(w) == l) << lit << " '" << w << "'";
}

TEST(AsciiTest, IsComparesAWordToALiteralAsEqualsDoes) {
  IsAgreesWithEquals("");
  IsAgreesWithEquals("a");
  IsAgreesWithEquals("'s");
  IsAgreesWithEquals("said");
  IsAgreesWithEquals("yesterday");
  IsAgreesWithEquals("chief of staff, acting");
  EXPECT_TRUE(Is(std::string_view("was", 3), "was"));
  EXPECT_FALSE(Is(std::string_view("was\0", 4), "was"));  // the literal's NUL is not a byte of it
  EXPECT_FALSE(Is(std::string_view("wa"), "was"));
}

}  // namespace
}  // namespace tacitus
