#include "dict/word_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace tacitus {
namespace {

std::vector<std::string> Words(const WordList& list) {
  return std::vector<std::string>(list.begin(), list.end());
}

TEST(WordListTest, AnEmptyListHasNoWordsAndNoIds) {
  WordList list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(list.begin(), list.end());
  EXPECT_TRUE(list.ids().empty());
  list.SetIds({});  // one id a word: none
  EXPECT_EQ(list, WordList{});
  EXPECT_TRUE(WordList(std::vector<std::string>{}).empty());
}

TEST(WordListTest, KeepsItsWordsInOrder) {
  WordList list = {"meet", "", "met", "a much longer word than sixteen bytes"};
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0], "meet");
  EXPECT_EQ(list[1], "");
  EXPECT_EQ(list.back(), "a much longer word than sixteen bytes");
  EXPECT_EQ(Words(list),
            (std::vector<std::string>{"meet", "", "met", "a much longer word than sixteen bytes"}));
  EXPECT_NE(std::find(list.begin(), list.end(), "met"), list.end());
  EXPECT_EQ(std::find(list.begin(), list.end(), "me"), list.end());
}

TEST(WordListTest, IdsAreSetOnePerWordAndForgottenWhenAWordIsAdded) {
  WordList list = {"with", "to"};
  const std::vector<uint32_t> ids = {7, 3};
  list.SetIds(ids);
  EXPECT_TRUE(std::ranges::equal(list.ids(), ids));
  WordList copy = list;
  EXPECT_TRUE(std::ranges::equal(copy.ids(), ids));
  list.push_back("against");
  EXPECT_TRUE(list.ids().empty());
  EXPECT_EQ(Words(list), (std::vector<std::string>{"with", "to", "against"}));
  copy.ClearIds();
  EXPECT_TRUE(copy.ids().empty());
  EXPECT_EQ(Words(copy), (std::vector<std::string>{"with", "to"}));
}

TEST(WordListTest, CopiesAreDeepAndEqualityComparesTheWords) {
  WordList a = {"talk", "meeting"};
  WordList b = a;
  b.push_back("talks");
  EXPECT_EQ(Words(a), (std::vector<std::string>{"talk", "meeting"}));
  EXPECT_NE(a, b);
  EXPECT_EQ(a, (WordList{"talk", "meeting"}));
  EXPECT_NE(a, (WordList{"talkm", "eeting"}));  // same characters, other words
  EXPECT_NE(a, (WordList{"talk"}));
  WordList ids = a;
  const std::vector<uint32_t> two = {1, 2};
  ids.SetIds(two);
  EXPECT_EQ(a, ids);
  WordList moved = std::move(b);
  EXPECT_EQ(moved.size(), 3u);
  a = a;  // NOLINT: self-assignment keeps the words
  EXPECT_EQ(Words(a), (std::vector<std::string>{"talk", "meeting"}));
  a.clear();
  EXPECT_TRUE(a.empty());
}

// Against std::vector<std::string> on random words, added, assigned and copied.
TEST(WordListTest, AgreesWithAVectorOfStrings) {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> want;
    WordList list;
    for (int op = 0; op < 20; ++op) {
      std::string w(rng() % 20, 'a');
      for (char& c : w) c = static_cast<char>('a' + rng() % 26);
      if (rng() % 5 == 0) {
        want.assign(1 + rng() % 4, w);
        list = want;
      } else {
        want.push_back(w);
        list.push_back(w);
      }
      ASSERT_EQ(Words(list), want);
      ASSERT_EQ(WordList(list), WordList(want));
    }
  }
}

}  // namespace
}  // namespace tacitus
