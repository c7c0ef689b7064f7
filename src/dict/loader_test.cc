#include "dict/loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <set>

#include "dict/cameo.h"

namespace tacitus {
namespace {

std::vector<std::string> Errors(std::string_view text) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", text, &d, &errors);
  return errors;
}

TEST(LoaderTest, ParsesEveryKind) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt",
                   "# comment\n"
                   "actor RUS | Russia | Moscow   # trailing comment\n"
                   "modifier RUS | Russian\n"
                   "demonym IRQCVL | Iraqis\n"
                   "agent GOV | foreign minister | government\n"
                   "person Sergei Lavrov | Sergey Lavrov\n"
                   "  alias Lavrov\n"
                   "  gender m\n"
                   "  role RUSGOV 2004-03-09.. | Foreign Minister\n"
                   "verb 040 | meet (with) +\n"
                   "noun 042 | visit to +\n"
                   "verb 036 | propose ... {talk|meeting} with +\n"
                   "discard | football match\n",
                   &d, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  d.Finish();
  EXPECT_EQ(d.phrases.size(), 2u + 1 + 1 + 2 + 2 + 1);
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].gender, 'm');
  EXPECT_EQ(d.people[0].roles[0].title, "foreign minister");
  EXPECT_EQ(d.people[0].CodeAt(*Date::Parse("2023-10-19")), "RUSGOV");
  EXPECT_EQ(d.people[0].CodeAt(*Date::Parse("2000-01-01")), "");
  ASSERT_EQ(d.patterns.size(), 3u);
  EXPECT_EQ(d.patterns[0].elements.size(), 3u);
  EXPECT_TRUE(d.patterns[0].elements[1].optional);
  EXPECT_EQ(d.patterns[2].elements[2].words, (std::vector<std::string>{"talk", "meeting"}));
  EXPECT_EQ(d.VerbPatternsFor("meet").size(), 1u);
  EXPECT_EQ(d.NounPatternsFor("visit").size(), 1u);
  EXPECT_TRUE(d.NounPatternsFor("meet").empty());
  EXPECT_TRUE(d.VerbPatternsFor("visit").empty());
  EXPECT_EQ(d.Where(d.patterns[1].ref), "t.txt:11");
  EXPECT_EQ(d.discards.size(), 1u);
}

TEST(LoaderTest, FormerOfficeHolderIsElite) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt",
                   "person Donald Trump\n"
                   "  role USAGOV 2017-01-20..2021-01-20 | president\n"
                   "  role USAGOV 2025-01-20.. | president\n",
                   &d, &errors);
  ASSERT_TRUE(errors.empty());
  const Person& p = d.people[0];
  EXPECT_EQ(p.CodeAt(*Date::Parse("2018-06-12")), "USAGOV");
  EXPECT_EQ(p.CodeAt(*Date::Parse("2022-03-01")), "USAELI");
  EXPECT_EQ(p.CodeAt(*Date::Parse("2025-06-01")), "USAGOV");
  EXPECT_EQ(p.CodeAt(*Date::Parse("2010-01-01")), "");
}

TEST(LoaderTest, YearAndMonthEndsCoverTheWholePeriod) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", "person X Y\n  role FRAGOV 2012..2017-05 | president\n", &d, &errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(d.people[0].CodeAt(*Date::Parse("2017-05-31")), "FRAGOV");
  EXPECT_EQ(d.people[0].CodeAt(*Date::Parse("2017-06-01")), "FRAELI");
}

TEST(LoaderTest, ErrorsNameFileLineAndPointAtTheField) {
  EXPECT_EQ(
      Errors("actor RUSSIA | Russia\n"),
      (std::vector<std::string>{"t.txt:1: expected an actor code (RUS, RUSGOV, IGOUNO, ...), got "
                                "'RUSSIA'\n    actor RUSSIA | Russia\n          ^"}));
  EXPECT_EQ(
      Errors("\n\nverb 999 | meet +\n"),
      (std::vector<std::string>{"t.txt:3: unknown CAMEO event code '999'\n    verb 999 | meet +\n"
                                "         ^"}));
  EXPECT_EQ(
      Errors("colour RUS | red\n"),
      (std::vector<std::string>{"t.txt:1: unknown keyword 'colour'\n    colour RUS | red\n    ^"}));
}

TEST(LoaderTest, WordLinesGiveClassesWordsAndWeaponCodes) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("w.txt", "word collective | Police | riot  police\nword weapon 195 | drone\n",
                   &d, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  d.Finish();
  ASSERT_EQ(d.words.size(), 3u);
  EXPECT_NE(d.FindWord(WordClass::kCollective, "police"), nullptr);
  EXPECT_NE(d.FindWord(WordClass::kCollective, "riot police"), nullptr);
  EXPECT_EQ(d.FindWord(WordClass::kWeapon, "police"), nullptr);
  const WordEntry* drone = d.FindWord(WordClass::kWeapon, "drone");
  ASSERT_NE(drone, nullptr);
  EXPECT_EQ(drone->code, "195");
  EXPECT_EQ(d.Where(drone->ref), "w.txt:2");
  EXPECT_TRUE(d.HasWordClass(WordClass::kWeapon));
  EXPECT_FALSE(d.HasWordClass(WordClass::kGroup));
}

TEST(LoaderTest, RejectsBadWordLines) {
  EXPECT_EQ(Errors("word colour | red\n"),
            (std::vector<std::string>{
                "t.txt:1: expected a word class (collective, weapon, group, speech-act, "
                "intent-verb, intent-noun, directive-verb), got 'colour'\n    word colour | red\n         ^"}));
  EXPECT_EQ(Errors("word group 195 | militia\n"),
            (std::vector<std::string>{"t.txt:1: only weapons take an event code\n"
                                      "    word group 195 | militia\n               ^"}));
  EXPECT_EQ(Errors("word weapon 999 | drone\n"),
            (std::vector<std::string>{"t.txt:1: unknown CAMEO event code '999'\n"
                                      "    word weapon 999 | drone\n                ^"}));
  EXPECT_EQ(Errors("word group\n"),
            (std::vector<std::string>{"t.txt:1: expected '| word' after the class\n"
                                      "    word group\n         ^"}));
}

TEST(LoaderTest, RejectsMalformedPatternsAndPeople) {
  EXPECT_EQ(Errors("verb 040 | + meet\n").size(), 1u);
  EXPECT_EQ(Errors("verb 040 | meet + and +\n").size(), 1u);
  EXPECT_EQ(Errors("verb 040 | meet {with|to +\n").size(), 1u);
  EXPECT_EQ(Errors("verb 040 | meet with\n").size(), 1u);
  EXPECT_EQ(Errors("  role RUSGOV 2004.. | x\n").size(), 1u);
  EXPECT_EQ(Errors("person A\n  role RUSGOV 2004-13-01.. | x\n").size(), 1u);
  EXPECT_EQ(Errors("person A\n  role RUSGOV 2010..2004 | x\n").size(), 1u);
  EXPECT_EQ(Errors("person A\n  gender x\n").size(), 1u);
  EXPECT_EQ(Errors("agent GOVERNMENT | x\n").size(), 1u);
  EXPECT_EQ(Errors("actor RUS\n").size(), 1u);
  EXPECT_EQ(Errors("actor RUS | \xff\n").size(), 1u);
}

TEST(LoaderTest, AnImpliedTargetIsARoleAfterThePlus) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", "verb 1041 | demand ... {fresh|early} ... election +GOV\n", &d,
                   &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  ASSERT_EQ(d.patterns.size(), 1u);
  const PatternElement& last = d.patterns[0].elements.back();
  EXPECT_EQ(last.kind, PatternElement::kTarget);
  EXPECT_EQ(last.implied_role(), "GOV");
  // Lowercase, too long, or with a written target besides: errors.
  EXPECT_EQ(Errors("verb 1041 | demand ... election +gov\n").size(), 1u);
  EXPECT_EQ(Errors("verb 1041 | demand ... election +GOVT\n").size(), 1u);
  EXPECT_EQ(Errors("verb 1041 | demand + ... election +GOV\n").size(), 1u);
}

TEST(LoaderTest, APatternOpeningWithNotCodesOnlyTheNegatedVerb) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", "verb 138 | not rule out ... force +GOV\n", &d, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  ASSERT_EQ(d.patterns.size(), 1u);
  const Pattern& p = d.patterns[0];
  EXPECT_EQ(p.elements[0].words, std::vector<std::string>{"rule"});
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_EQ(p.before[0].words, (std::vector<std::string>{"not", "n't", "never"}));
  // "not" alone is no pattern.
  EXPECT_EQ(Errors("verb 138 | not\n").size(), 1u);
}

TEST(LoaderTest, ManyErrorsAreAllReportedWithTheirLines) {
  std::string text;
  for (int i = 0; i < 9000; ++i) text += "actor RUS | Russia\n";
  text += "actor BAD1 | x\n";
  std::vector<std::string> errors = Errors(text);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("t.txt:9001: ", 0), 0u);
}

TEST(LoaderTest, BuiltInDictionaryLoadsCleanly) {
  StatusOr<Dictionary> d = LoadBuiltInDictionary();
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_GT(d->phrases.size(), 1000u);
}

// A dictionary of Tacitus-format lines that must load without errors, finished.
Dictionary Finished(const std::string& text) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", text, &d, &errors);
  EXPECT_TRUE(errors.empty()) << errors[0];
  d.Finish();
  return d;
}

// Dictionary::WordId against the ids Finish() gave the patterns' words: words of every size
// (the table keys words of up to 8 bytes by their bytes, longer ones by a hash), and words
// one byte away from a listed one, which have no id.
TEST(LoaderTest, WordIdFindsEveryPatternWordAndNoOther) {
  std::mt19937 rng(11);
  std::set<std::string> listed;
  std::string text;
  for (int p = 0; p < 400; ++p) {
    std::string w;
    for (size_t n = 1 + rng() % 24; w.size() < n;) w += static_cast<char>('a' + rng() % 3);
    listed.insert(w);
    text += "verb 040 | hold " + w + " +\n";
  }
  Dictionary d = Finished(text);
  ASSERT_EQ(d.patterns.size(), 400u);
  int checked = 0, absent = 0;
  for (const Pattern& p : d.patterns)
    for (const PatternElement& e : p.elements)
      for (size_t k = 0; k < e.words.size(); ++k) {
        ASSERT_EQ(e.word_ids().size(), e.words.size());
        EXPECT_EQ(d.WordId(e.words[k]), e.word_ids()[k]) << e.words[k];
        ++checked;
        if (listed.count(std::string(e.words[k])) == 0) continue;  // the head, "hold"
        for (size_t at = 0; at < e.words[k].size(); ++at) {
          std::string other(e.words[k]);
          other[at] = 'd';
          EXPECT_EQ(d.WordId(other), Dictionary::kNoWord) << other;
          other.insert(at, "a");
          if (listed.count(other) == 0) {
            EXPECT_EQ(d.WordId(other), Dictionary::kNoWord) << other;
            ++absent;
          }
        }
      }
  EXPECT_EQ(d.WordId(""), Dictionary::kNoWord);
  EXPECT_EQ(checked, 800);
  EXPECT_GT(absent, 1000);
}

// Dictionary::PatternsThatMayMatch (bit tests of the sentence's word ids, the first two
// one-word needs first) against the words themselves: a pattern is left out only when a
// needed word element has no alternative among the tokens.
TEST(LoaderTest, PatternsThatMayMatchAgreesWithTheWordsThemselves) {
  std::mt19937 rng(7);
  auto word = [&] { return "w" + std::to_string(rng() % 150); };
  std::string text;
  for (int p = 0; p < 300; ++p) {
    text += "verb 040 | " + word();
    for (int k = 0, n = 1 + static_cast<int>(rng() % 3); k < n; ++k) {
      switch (rng() % 4) {
        case 0:
          text += " (" + word() + ")";
          break;
        case 1:
          text += " {" + word() + "|" + word() + "}";
          break;
        default:
          text += " " + word();
      }
    }
    text += " +\n";
  }
  Dictionary d = Finished(text);
  ASSERT_EQ(d.patterns.size(), 300u);
  // Every head's patterns, each head once: each pattern is in its head's list.
  std::set<uint32_t> heads;
  for (const Pattern& p : d.patterns) heads.insert(p.elements[0].word_ids()[0]);
  std::vector<uint32_t> kept, kept_of_head;
  int mismatches = 0, rejected = 0;
  for (int s = 0; s < 200; ++s) {
    std::vector<Token> toks(2 + rng() % 30);
    std::set<std::string> present;
    std::deque<std::string> words;  // what the tokens' views point into
    for (Token& t : toks) {
      t.lower = words.emplace_back(word());
      t.lemma = rng() % 4 ? t.lower : words.emplace_back(word());
      present.emplace(t.lower);
      present.emplace(t.lemma);
    }
    std::vector<uint32_t> ids;
    std::vector<Dictionary::TokenWords> token_words;
    d.PatternWordsIn(toks, &ids, &token_words);
    // The same with the ids given in some tokens, as the tagger gives them (Token::lower_id,
    // lemma_id): the same bit set and the same ids per token.
    std::vector<Token> numbered = toks;
    for (Token& t : numbered) {
      if (rng() % 3) t.lower_id = d.WordId(t.lower);
      if (rng() % 3) t.lemma_id = d.WordId(t.lemma);
    }
    std::vector<uint32_t> numbered_ids;
    std::vector<Dictionary::TokenWords> numbered_words;
    d.PatternWordsIn(numbered, &numbered_ids, &numbered_words);
    EXPECT_EQ(numbered_ids, ids);
    for (size_t i = 0; i < toks.size(); ++i) {
      EXPECT_EQ(numbered_words[i].lower, token_words[i].lower);
      EXPECT_EQ(numbered_words[i].lemma, token_words[i].lemma);
    }
    kept.clear();
    for (uint32_t head : heads) {
      d.PatternsThatMayMatch(d.VerbPatternsFor(head), ids, &kept_of_head);
      kept.insert(kept.end(), kept_of_head.begin(), kept_of_head.end());
    }
    std::sort(kept.begin(), kept.end());
    for (uint32_t pi = 0; pi < d.patterns.size(); ++pi) {
      bool may = true;
      const Pattern& p = d.patterns[pi];
      for (size_t k = 1; k < p.elements.size(); ++k) {
        const PatternElement& e = p.elements[k];
        if (e.kind != PatternElement::kWord || e.optional || !e.prefixes.empty()) continue;
        bool any = false;
        for (std::string_view w : e.words) any |= present.count(std::string(w)) > 0;
        may &= any;
      }
      mismatches += std::binary_search(kept.begin(), kept.end(), pi) != may;
      rejected += !may;
    }
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(rejected, 1000);  // the test reaches the rejecting paths
}

// VerbPatternsFor and NounPatternsFor by word id (one block of patterns and needs per head,
// and a bit per head and kind) against the patterns themselves: a word's verb patterns are
// those, in file order, whose first element lists it and that are not nouns' (a head
// written twice lists its pattern twice), and the same for nouns.
TEST(LoaderTest, HeadPatternsAreThePatternsTheWordHeads) {
  std::mt19937 rng(11);
  auto word = [&] { return "w" + std::to_string(rng() % 60); };
  std::string text;
  for (int p = 0; p < 400; ++p) {
    text += rng() % 3 ? "verb 040 | " : "noun 043 | ";
    text += rng() % 4 ? word() : "{" + word() + "|" + word() + "}";
    text += " " + word() + " +\n";
  }
  Dictionary d = Finished(text);
  ASSERT_EQ(d.patterns.size(), 400u);
  int verbs = 0, nouns = 0, neither = 0;
  for (int i = 0; i < 70; ++i) {
    const uint32_t id = d.WordId("w" + std::to_string(i));
    for (bool noun : {false, true}) {
      std::vector<uint32_t> expected;
      for (uint32_t pi = 0; pi < d.patterns.size(); ++pi) {
        const Pattern& p = d.patterns[pi];
        if (p.noun != noun) continue;
        for (uint32_t head : p.elements[0].word_ids())
          if (head == id) expected.push_back(pi);
      }
      const Dictionary::HeadPatterns got = noun ? d.NounPatternsFor(id) : d.VerbPatternsFor(id);
      EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()), expected) << i << " " << noun;
      EXPECT_EQ(got.empty(), expected.empty());
      (expected.empty() ? neither : noun ? nouns : verbs) += 1;
    }
  }
  EXPECT_GT(verbs, 20);
  EXPECT_GT(nouns, 20);
  EXPECT_GT(neither, 10);  // w60 .. w69 are no word of the dictionary
  EXPECT_TRUE(d.VerbPatternsFor(Dictionary::kNoWord).empty());
  EXPECT_TRUE(d.NounPatternsFor(Dictionary::kNoWord).empty());
}

TEST(LoaderTest, MissingDirectoryIsNotFound) {
  StatusOr<Dictionary> d = LoadTacitusDirectory("/nonexistent/dict");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
}

TEST(CameoTableTest, CodesRootsAndPlover) {
  const CameoTable& t = CameoTable::BuiltIn();
  const CameoCode* c = t.Find("051");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root, "05");
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(t.Find("190")->quad_class, 4);
  EXPECT_EQ(t.Find("0312")->root, "03");
  EXPECT_EQ(t.Find("999"), nullptr);
  EXPECT_FALSE(t.Find("040")->plover_event.empty());
}

}  // namespace
}  // namespace tacitus
