#include "base/ascii.h"

#include <gtest/gtest.h>

#include <cctype>

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

}  // namespace
}  // namespace tacitus
