#include "dict/dict_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tacitus {
namespace {

TEST(DictTextTest, TrimAndCase) {
  EXPECT_EQ(Trim("  x y \t\r"), "x y");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Upper("ask_for \xC3\xA9"), "ASK_FOR \xC3\xA9");
  EXPECT_EQ(Lower("HURRIES"), "hurries");
  EXPECT_TRUE(StartsWith("---x", "---"));
  EXPECT_FALSE(StartsWith("--", "---"));
  EXPECT_EQ(Last("abc"), "c");
  EXPECT_EQ(Last(""), "");
}

TEST(DictTextTest, LineErrorPutsTheCaretUnderTheOffendingText) {
  const std::string_view line = "actor FRANCE | France";
  EXPECT_EQ(LineError("a.txt", 9, line, line.substr(6), "bad code"),
            "a.txt:9: bad code\n    actor FRANCE | France\n          ^");
  EXPECT_EQ(LineError("a.txt", 1, line, "elsewhere", "x"),
            "a.txt:1: x\n    " + std::string(line) + "\n    ^");
}

TEST(DictTextTest, ForEachLineNumbersLinesAndDropsOneCarriageReturn) {
  std::vector<std::string> seen;
  ForEachLine("a\r\n\nb\r\r\nc", [&](std::string_view line, uint32_t no) {
    seen.push_back(std::to_string(no) + ":" + std::string(line));
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"1:a", "2:", "3:b\r", "4:c"}));
}

TEST(DictTextTest, ForEachLineStopsWhenTheCallbackReturnsFalse) {
  std::vector<uint32_t> seen;
  ForEachLine("a\nb\nc\n", [&](std::string_view, uint32_t no) {
    seen.push_back(no);
    return no < 2;
  });
  EXPECT_EQ(seen, (std::vector<uint32_t>{1, 2}));
}

}  // namespace
}  // namespace tacitus
