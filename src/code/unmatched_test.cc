// UnmatchedCounter on a tiny dictionary: names and verbs the dictionary covers must not
// be listed, those it misses must be, with their counts and examples.
#include "code/unmatched.h"

#include <gtest/gtest.h>

#include <initializer_list>

#include "dict/loader.h"

namespace tacitus {
namespace {

constexpr const char* kDict = R"(
actor RUS | Russia
actor UKR | Ukraine
modifier ETH | Ethiopian
agent GOV | prime minister | minister
agent MIL | troops
person Sergei Lavrov
  alias Lavrov
  role RUSGOV 2004-03-09.. | foreign minister
verb 040 | meet +
verb 190 | attack +
discard | football match
)";

class UnmatchedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<Dictionary> d = LoadTacitusBundle(std::string("\x01test.txt\n") + kDict);
    ASSERT_TRUE(d.ok()) << d.status().message();
    dict_ = std::move(d).value();
    coder_ = std::make_unique<Coder>(dict_, Lexicon::BuiltIn());
    counter_ = std::make_unique<UnmatchedCounter>(dict_, Lexicon::BuiltIn());
  }

  void Add(std::string_view text) {
    counter_->Add(text, coder_->Code(text, *Date::Parse("2023-10-19")));
  }

  static const UnmatchedItem* Find(const std::vector<UnmatchedItem>& items,
                                   const std::string& word) {
    for (const UnmatchedItem& it : items)
      if (it.word == word) return &it;
    return nullptr;
  }

  // Adds each text as an article, then reports the `top` most frequent of each list.
  UnmatchedReport AddAll(std::initializer_list<std::string_view> texts, size_t top = 0) {
    for (std::string_view text : texts) Add(text);
    return counter_->Report(top);
  }

  // The item for `word`, which must be listed `count` times; null (and a failure) if absent.
  static const UnmatchedItem* ExpectCounted(const std::vector<UnmatchedItem>& items,
                                            const std::string& word, size_t count) {
    const UnmatchedItem* item = Find(items, word);
    EXPECT_NE(item, nullptr) << word;
    if (item != nullptr) {
      EXPECT_EQ(item->count, count) << word;
    }
    return item;
  }

  Dictionary dict_;
  std::unique_ptr<Coder> coder_;
  std::unique_ptr<UnmatchedCounter> counter_;
};

TEST_F(UnmatchedTest, NamesOutsideEveryPhraseAreCountedWithAnExample) {
  UnmatchedReport r =
      AddAll({"Ethiopian Prime Minister Abiy Ahmed met Sergei Lavrov in Addis Ababa on Monday.",
              "On Tuesday, Abiy Ahmed said Russia was a friend."});
  const UnmatchedItem* abiy = ExpectCounted(r.names, "Abiy Ahmed", 2);
  ASSERT_NE(abiy, nullptr);
  EXPECT_EQ(abiy->example,
            "Ethiopian Prime Minister Abiy Ahmed met Sergei Lavrov in Addis Ababa on Monday.");
  ASSERT_NE(Find(r.names, "Addis Ababa"), nullptr);
  EXPECT_EQ(r.names.front().word, "Abiy Ahmed");  // the most frequent first
  // Covered by a phrase, a calendar word, or an ordinary word opening a sentence.
  for (const char* covered : {"Sergei Lavrov", "Lavrov", "Russia", "Ethiopian", "Prime Minister",
                              "Ethiopian Prime Minister Abiy Ahmed", "Monday", "Tuesday", "On"})
    EXPECT_EQ(Find(r.names, covered), nullptr) << covered;
}

TEST_F(UnmatchedTest, MainVerbOfSentenceWithActorsButNoEvent) {
  Add("Russian troops shelled Ukraine on Monday.");
  Add("Russia shelled Ukraine again.");
  Add("Russia attacked Ukraine.");                     // coded: not counted
  Add("Lavrov said Russia would evacuate Ukraine.");   // the verb after 'said'
  Add("The weather shelled nobody.");                  // no actor: not counted
  Add("Russia shelled Ukraine in a football match.");  // discarded
  Add("Russia decided to meet nobody.");               // the verb before the infinitive
  Add("Russia did not shell Ukraine.");                // negated: no event on purpose
  Add("According to Russia, Ukraine mobilized.");      // the verb is not "accord"
  UnmatchedReport r = counter_->Report(0);
  EXPECT_EQ(r.sentences, 9u);
  EXPECT_EQ(r.sentences_with_actors_no_event, 6u);
  const UnmatchedItem* shell = ExpectCounted(r.verbs, "shell", 2);
  ASSERT_NE(shell, nullptr);
  EXPECT_EQ(shell->patterns, 0u);
  EXPECT_EQ(shell->example, "Russian troops shelled Ukraine on Monday.");
  EXPECT_NE(Find(r.verbs, "evacuate"), nullptr);
  EXPECT_EQ(Find(r.verbs, "say"), nullptr);
  EXPECT_EQ(Find(r.verbs, "accord"), nullptr);
  EXPECT_EQ(Find(r.failed_verbs, "accord"), nullptr);
  EXPECT_NE(Find(r.verbs, "mobilize"), nullptr);
  EXPECT_EQ(Find(r.verbs, "attack"), nullptr);
  EXPECT_EQ(Find(r.failed_verbs, "attack"), nullptr);
  EXPECT_NE(Find(r.verbs, "decide"), nullptr);  // not "meet", an infinitive after it
  EXPECT_EQ(Find(r.failed_verbs, "meet"), nullptr);
}

TEST_F(UnmatchedTest, VerbWhosePatternsFailedIsKeptApart) {
  UnmatchedReport r = AddAll({"Russia met with nobody in particular.", "Russia met nobody."});
  const UnmatchedItem* meet = ExpectCounted(r.failed_verbs, "meet", 2);
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->patterns, 1u);
  EXPECT_EQ(Find(r.verbs, "meet"), nullptr);
}

TEST_F(UnmatchedTest, SentenceInitialNounCountsOnlyIfSeenAsANameElsewhere) {
  UnmatchedReport r =
      AddAll({"Officials met in Kampala. Nairobi hosted the talks.", "Envoys flew to Nairobi."});
  ExpectCounted(r.names, "Nairobi", 2);
  EXPECT_EQ(Find(r.names, "Officials"), nullptr);
  EXPECT_EQ(Find(r.names, "Envoys"), nullptr);
  EXPECT_NE(Find(r.names, "Kampala"), nullptr);
}

TEST_F(UnmatchedTest, TopCutsEachListButKeepsTheDistinctCounts) {
  UnmatchedReport r =
      AddAll({"Abiy Ahmed met Abiy Ahmed. Addis Ababa hosted Kenya. Kenya called Kampala."}, 1);
  ASSERT_EQ(r.names.size(), 1u);
  EXPECT_EQ(r.names[0].word, "Abiy Ahmed");
  EXPECT_EQ(r.names[0].count, 2u);
  EXPECT_EQ(r.distinct_names, 4u);
}

TEST_F(UnmatchedTest, EmptyAndOddInput) {
  UnmatchedReport r = AddAll({"", "\xff\xfe ... !!! \"\""}, 10);
  EXPECT_EQ(r.articles, 2u);
  EXPECT_TRUE(r.names.empty());
  EXPECT_TRUE(r.verbs.empty());
}

}  // namespace
}  // namespace tacitus
