#include "code/word_lists.h"

#include <gtest/gtest.h>

#include "dict/loader.h"

namespace tacitus {
namespace {

Dictionary Load(std::string_view text) {
  StatusOr<Dictionary> d = LoadTacitusBundle(std::string("\x01t.txt\n") + std::string(text));
  EXPECT_TRUE(d.ok()) << d.status().message();
  return d.ok() ? std::move(d).value() : Dictionary();
}

TEST(WordListsTest, AClassTheDictionaryDefinesReplacesTheBuiltInOne) {
  const Dictionary d = Load("word group | posse\n");
  const WordLists lists(d);
  EXPECT_TRUE(lists.Has(WordClass::kGroup, "posse"));
  EXPECT_FALSE(lists.Has(WordClass::kGroup, "militia"));
  // Classes the dictionary does not define come from dict/words.txt.
  EXPECT_TRUE(lists.Has(WordClass::kCollective, "police"));
  EXPECT_TRUE(lists.Has(WordClass::kIntentVerb, "want"));
  ASSERT_NE(lists.Find(WordClass::kWeapon, "artillery"), nullptr);
  EXPECT_EQ(lists.Find(WordClass::kWeapon, "artillery")->code, "194");
}

TEST(WordListsTest, ADictionaryWithoutWordsCodesWithTheBuiltInLists) {
  const Dictionary d = Load("actor RUS | Russia\n");
  const WordLists lists(d);
  for (size_t c = 0; c < kWordClassCount; ++c) {
    const auto word_class = static_cast<WordClass>(c);
    EXPECT_TRUE(BuiltInWordClasses().HasWordClass(word_class)) << c;
  }
  EXPECT_TRUE(lists.Has(WordClass::kSpeechAct, "ultimatum"));
  EXPECT_TRUE(lists.Has(WordClass::kIntentNoun, "bid"));
  EXPECT_TRUE(lists.Has(WordClass::kDirectiveVerb, "demand"));
  EXPECT_FALSE(lists.Has(WordClass::kIntentNoun, "russia"));
}

TEST(WordListsTest, PhraseOrLastWord) {
  const Dictionary d = Load("word collective | riot police | guards\n");
  const WordLists lists(d);
  EXPECT_TRUE(lists.HasPhraseOrLast(WordClass::kCollective, {"riot", "police"}));
  EXPECT_TRUE(lists.HasPhraseOrLast(WordClass::kCollective, {"presidential", "guards"}));
  EXPECT_FALSE(lists.HasPhraseOrLast(WordClass::kCollective, {"police"}));
  EXPECT_FALSE(lists.HasPhraseOrLast(WordClass::kCollective, {}));
}

}  // namespace
}  // namespace tacitus
