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

TEST(StemListTest, StemsMatchEveryWordTheyBeginAndWholeWordsOnlyThemselves) {
  const StemList list{"goat", "evil_", "sheep", "pig"};
  EXPECT_TRUE(list.Has("goat"));
  EXPECT_TRUE(list.Has("goats"));
  EXPECT_TRUE(list.Has("pigs"));
  EXPECT_TRUE(list.Has("evil"));
  EXPECT_FALSE(list.Has("evils"));  // `_`: the whole word only
  EXPECT_FALSE(list.Has("go"));     // shorter than the stem
  EXPECT_FALSE(list.Has("ship"));
  EXPECT_FALSE(list.Has(""));
  EXPECT_EQ(list.words(), (std::vector<std::string>{"goat", "evil_", "sheep", "pig"}));
}

TEST(StemListTest, AgreesWithAScanOfTheListOnEveryPrefixOfItsWords) {
  const std::vector<std::string> words = {"a_", "ab", "abc_", "abcd", "b", "bcd_", "cd"};
  StemList list;
  for (const std::string& w : words) list.Add(w);
  list.Add("");
  list.Add("_");
  auto scan = [&](std::string_view lower) {
    for (const std::string& w : words)
      if (w.back() == '_' ? lower == std::string_view(w).substr(0, w.size() - 1)
                          : lower.starts_with(w))
        return true;
    return false;
  };
  for (std::string_view probe : {"", "a", "ab", "abc", "abcd", "abcde", "abx", "b", "bc", "bcd",
                                 "bcde", "c", "cd", "cde", "d", "x"})
    EXPECT_EQ(list.Has(probe), scan(probe)) << probe;
  EXPECT_EQ(list.words().size(), words.size());  // the empty word and a lone `_` are not kept
}

}  // namespace
}  // namespace tacitus
