#include "dict/phrase_trie.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>

#include "dict/loader.h"

namespace tacitus {
namespace {

// Own words (with a capital) of every size from 1 to 20 bytes, among them words whose
// PackShortWord numbers are equal at other sizes ("Ab" and "Abb", "Abcde" and "Abcdbcde") and
// long words that share their first and last eight bytes.
constexpr const char* kWords[] = {"A",
                                  "Ab",
                                  "Abb",
                                  "Aba",
                                  "Abcd",
                                  "Abcde",
                                  "Abcdbcde",
                                  "Abcdefgh",
                                  "Abcdefghi",
                                  "Abcdefghij",
                                  "Abcdefgh-bcdefghi",
                                  "Abcdefgh-Bcdefghi",
                                  "Abcdefghabcdefgh",
                                  "Abcdefghxabcdefgh",
                                  "Q-Twenty-Letters-Yes"};

TEST(PhraseTrieTest, OwnWordsAreFoundByTheirBytesAndSizeOnly) {
  std::string text = "\x01t.txt\n";
  for (const char* w : kWords) text += std::string("actor RUS | ") + w + "\n";
  text += "actor RUS | zzyzx-lowercase\n";
  StatusOr<Dictionary> d = LoadTacitusBundle(text);
  ASSERT_TRUE(d.ok()) << d.status().message();
  const PhraseTrie& t = d->phrase_trie();
  std::set<std::string> exact(std::begin(kWords), std::end(kWords));
  for (uint32_t k = 0; k < t.own_ends.size(); ++k) {
    const std::string_view w = t.OwnWord(k);
    EXPECT_EQ(t.OwnWordId(w, t.own_exact[k] != 0), PhraseTrie::kOwn | k) << w;
    // The same word asked as the other kind (exact or lowercase) is not there.
    EXPECT_EQ(t.OwnWordId(w, t.own_exact[k] == 0), PhraseTrie::kNone) << w;
  }
  for (const char* w : kWords) EXPECT_NE(t.OwnWordId(w, true), PhraseTrie::kNone) << w;
  // Near misses: every word with one byte changed, one more or one fewer byte, and words
  // spelled from the same letters at random.
  std::mt19937 rng(29);
  auto expect_found_iff_listed = [&](const std::string& w) {
    if (w.empty()) return;
    EXPECT_EQ(t.OwnWordId(w, true) != PhraseTrie::kNone, exact.count(w) > 0) << w;
  };
  for (const std::string w : kWords) {
    for (size_t i = 0; i < w.size(); ++i) {
      std::string near = w;
      near[i] ^= 1;
      expect_found_iff_listed(near);
    }
    expect_found_iff_listed(w + "b");
    expect_found_iff_listed(w.substr(0, w.size() - 1));
  }
  for (int k = 0; k < 5000; ++k) {
    std::string w = "A";
    for (size_t i = rng() % 20; i > 0; --i) w += "abcdeh-"[rng() % 7];
    expect_found_iff_listed(w);
  }
}

// IsSound reads every child as one maximum, the free slots' too (Build leaves them 0): a child
// out of range in a used slot or a free one, or a full table (no free slot to end a probe),
// is rejected; Build's trie is not.
TEST(PhraseTrieTest, IsSoundRejectsAChildOutOfRangeInAnySlotAndATableWithoutAFreeSlot) {
  StatusOr<Dictionary> d =
      LoadTacitusBundle("\x01t.txt\nactor RUS | Russia | Moscow\nagent GOV | foreign minister\n");
  ASSERT_TRUE(d.ok()) << d.status().message();
  const PhraseTrie& built = d->phrase_trie();
  const size_t phrases = d->phrases.size();
  ASSERT_TRUE(built.IsSound(phrases));
  size_t used = 0, free = 0;
  while (built.edge_keys[used] == PhraseTrie::kEmpty) ++used;
  while (built.edge_keys[free] != PhraseTrie::kEmpty) ++free;
  for (size_t slot : {used, free}) {
    for (uint32_t child : {built.nodes, PhraseTrie::kNone}) {
      PhraseTrie t = built;
      t.edge_children[slot] = child;
      EXPECT_FALSE(t.IsSound(phrases)) << slot << " " << child;
    }
    PhraseTrie t = built;
    t.edge_children[slot] = built.nodes - 1;  // the last node: in range
    EXPECT_TRUE(t.IsSound(phrases)) << slot;
  }
  PhraseTrie full = built;
  for (uint64_t& key : full.edge_keys)
    if (key == PhraseTrie::kEmpty) key = PhraseTrie::EdgeKey(0, 12345);
  EXPECT_FALSE(full.IsSound(phrases));
}

}  // namespace
}  // namespace tacitus
