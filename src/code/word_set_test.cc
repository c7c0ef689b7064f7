#include "code/word_set.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

TEST(WordSetTest, HasItsWordsOnly) {
  const WordSet set = {"day", "week", "chief of staff", "representative", "a", "REB"};
  for (std::string_view w : {"day", "week", "chief of staff", "representative", "a", "REB"})
    EXPECT_TRUE(set.Has(w)) << w;
  for (std::string_view w : {"", "days", "da", "Day", "reb", "chief of stuff", "representatives",
                             "an extremely long word of thirty bytes"})
    EXPECT_FALSE(set.Has(w)) << w;
}

TEST(WordSetTest, HasLoweredAsksTheWordWithItsCapitalsLowered) {
  const WordSet set = {"monday", "week", "chief of staff"};
  for (std::string_view w : {"Monday", "MONDAY", "monday", "Chief Of Staff"})
    EXPECT_TRUE(set.HasLowered(w)) << w;
  for (std::string_view w : {"Mondays", "", "an extremely long word of thirty bytes"})
    EXPECT_FALSE(set.HasLowered(w)) << w;
  EXPECT_FALSE(set.Has("Monday"));
}

TEST(WordSetTest, ReadsOnlyTheBytesOfTheViewAsked) {
  // A view inside a longer text: the bytes after it must not count.
  const std::string text = "weekend";
  const WordSet set = {"week", "weekend"};
  EXPECT_TRUE(set.Has(std::string_view(text).substr(0, 4)));
  EXPECT_FALSE(set.Has(std::string_view(text).substr(0, 5)));
  EXPECT_FALSE(set.Has(std::string_view(text).substr(1, 3)));
}

// Against std::set on random words from a small alphabet (so near misses are common): words
// of every size up to past kMaxBytes, and each listed word with one byte changed.
TEST(WordSetTest, AgreesWithAStdSetOnRandomWords) {
  std::mt19937 rng(20261129);
  auto random_word = [&](size_t n) {
    std::string w(n, 'a');
    for (char& c : w) c = "abAB -'\xC3\xA9"[rng() % 9];
    return w;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> words;
    const size_t count = 1 + rng() % 40;
    for (size_t k = 0; k < count; ++k) words.push_back(random_word(1 + rng() % WordSet::kMaxBytes));
    const std::vector<std::string_view> views(words.begin(), words.end());
    const WordSet set(views);
    const std::set<std::string> reference(words.begin(), words.end());
    std::vector<std::string> asked = words;
    for (const std::string& w : words) {
      std::string near = w;
      near[rng() % near.size()] ^= 1;
      asked.push_back(near);
      asked.push_back(w + "a");
      asked.push_back(w.substr(0, w.size() - 1));
    }
    for (int k = 0; k < 200; ++k) asked.push_back(random_word(rng() % (WordSet::kMaxBytes + 4)));
    for (const std::string& w : asked) {
      EXPECT_EQ(set.Has(w), reference.count(w) > 0) << "'" << w << "'";
      std::string lowered = w;
      for (char& c : lowered) c = AsciiLower(c);
      EXPECT_EQ(set.HasLowered(w), reference.count(lowered) > 0) << "'" << w << "'";
    }
  }
}

}  // namespace
}  // namespace tacitus
