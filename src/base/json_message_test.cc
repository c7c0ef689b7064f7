#include "base/json_message.h"

#include <gtest/gtest.h>

#include <string>

namespace tacitus {
namespace {

using nlohmann::json;

TEST(TruncateUtf8Test, KeepsShortStringsAndCutsOnCharacterBoundaries) {
  EXPECT_EQ(TruncateUtf8("abc", 3), "abc");
  EXPECT_EQ(TruncateUtf8("abcd", 3), "abc...");
  // "é" is two bytes: a cut inside it backs off to before it.
  EXPECT_EQ(TruncateUtf8("ab\xC3\xA9x", 3), "ab...");
  EXPECT_EQ(TruncateUtf8("", 0), "");
}

TEST(JsonPreviewTest, WritesCompactJsonLikeDump) {
  const json v = json::parse(R"({"a":[1,2,{"b":null}],"c":"d"})");
  EXPECT_EQ(JsonPreview(v, 1000), v.dump());
  EXPECT_EQ(JsonPreview(json::array(), 10), "[]");
}

TEST(JsonPreviewTest, StopsSoonAfterTheLimitOnHugeAndDeepValues) {
  const json deep = json::parse(std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_LE(JsonPreview(deep, 40).size(), 41u);
  const json huge(std::string(1 << 20, 'x'));
  EXPECT_LE(JsonPreview(huge, 40).size(), 44u);  // quotes around limit + 1 bytes
}

TEST(QuoteJsonTest, CutsToFortyBytes) {
  EXPECT_EQ(QuoteJson(json("short")), "\"short\"");
  EXPECT_EQ(QuoteJson(json(std::string(100, 'y'))), "\"" + std::string(39, 'y') + "...");
}

TEST(ShortenJsonErrorTest, DropsTheIdAndLineAndCutsTheEcho) {
  EXPECT_EQ(ShortenJsonError("[json.exception.parse_error.101] parse error at line 1, column 5: "
                             "syntax error while parsing value - invalid literal; last read: 'x'",
                             300),
            "malformed JSON at column 5: invalid literal; last read: 'x'");
  const std::string echo(100, 'z');
  EXPECT_EQ(ShortenJsonError("[json.exception.parse_error.101] parse error at line 1, column 9: "
                             "syntax error while parsing value - invalid string; last read: '" +
                                 echo + "'; expected end",
                             300),
            "malformed JSON at column 9: invalid string; last read: '" + std::string(40, 'z') +
                "...'; expected end");
  EXPECT_EQ(ShortenJsonError(std::string(50, 'w'), 10), "malformed JSON: wwwwwwwwww...");
}

}  // namespace
}  // namespace tacitus
