// The coder with TABARI's .options settings as CoderOptions (dict/tabari_options.h; the
// pipeline sets them for tabari: dictionaries): DEFAULT, CONVERT AGENTS, CODE BY, MINIMUM
// WORDS, COMMA, COMPLEX and FORWARD. Each test codes a text with the setting and without
// it, so that it fails if the setting does nothing.
#include <gtest/gtest.h>

#include "code/coder.h"
#include "code/triples_for_test.h"
#include "dict/loader.h"

namespace tacitus {
namespace {

class TabariOptionsCodingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors;
    ParseTacitusFile(
        "t.txt",
        "actor GON | Gondor\nactor ARN | Arnor\nactor BRE | Bree\nactor CAL | Calenardhon\n"
        "agent COP | police\nagent REB | guerrillas\n"
        "verb 064 | restore ... ties ... +\nverb 042 | praise +\nverb 190 | attack +\n"
        "verb 050 | promise ... +\nverb 090 | ask +\n",
        &dict_, &errors);
    ASSERT_TRUE(errors.empty()) << errors[0];
    dict_.Finish();
  }

  std::vector<std::string> Code(std::string_view text, const CoderOptions& options) {
    return CodedTriples(Coder(dict_, Lexicon::BuiltIn(), options), text, ' ', "1995-01-01");
  }

  static CoderOptions Tabari() {
    CoderOptions o;
    o.keep_codes_outside_cameo = true;
    o.shift_tense = false;
    o.default_source_before_verb = true;
    return o;
  }

  using V = std::vector<std::string>;
  Dictionary dict_;
};

TEST_F(TabariOptionsCodingTest, DefaultSourceAndTarget) {
  CoderOptions o = Tabari();
  const char* no_source = "Fxrnost is about to restore full diplomatic ties with Gondor today.";
  const char* no_target = "Arnor is about to restore full diplomatic ties with Gxndor today.";
  EXPECT_TRUE(Code(no_source, o).empty());
  EXPECT_TRUE(Code(no_target, o).empty());
  o.default_source = "DEFSRC";
  o.default_target = "DEFTAR";
  o.default_source_prior = o.default_target_after = true;
  EXPECT_EQ(Code(no_source, o), (V{"DEFSRC GON 064"}));
  EXPECT_EQ(Code(no_target, o), (V{"ARN DEFTAR 064"}));
  // Without PRIOR, the source is the first actor after the verb; without AFTER, the
  // target is an actor before the verb other than the source.
  o.default_source_prior = o.default_target_after = false;
  EXPECT_EQ(Code("Fxrnost is about to restore full diplomatic ties with Gondor and Bree today.", o),
            (V{"GON BRE 064"}));
  EXPECT_EQ(Code("Bree and Arnor are about to restore full diplomatic ties with Gxndor today.", o),
            (V{"BRE ARN 064"}));
}

TEST_F(TabariOptionsCodingTest, ConvertAgents) {
  CoderOptions o = Tabari();
  const char* text = "Guerrillas are about to restore full diplomatic ties with Gondor today.";
  EXPECT_TRUE(Code(text, o).empty());
  o.convert_agents = true;
  EXPECT_EQ(Code(text, o), (V{"~REB GON 064"}));
}

TEST_F(TabariOptionsCodingTest, CodeBySentenceClauseOrAll) {
  const char* text =
      "Gondor praised Arnor on Monday and attacked Bree on Tuesday, and Calenardhon promised aid "
      "to Bree.";
  const char* one_clause = "Gondor praised Arnor on Monday after Calenardhon attacked Bree.";
  const V all = {"GON ARN 042", "GON BRE 190", "CAL BRE 050"};
  CoderOptions o = Tabari();
  EXPECT_EQ(Code(text, o), all);
  EXPECT_EQ(Code(one_clause, o), (V{"GON ARN 042", "CAL BRE 190"}));
  o.first_event_per_sentence = true;
  EXPECT_EQ(Code(text, o), (V{"GON ARN 042"}));
  o.first_event_per_sentence = false;
  // Clauses begin at "and attacked", "and Calenardhon promised"; "after" opens none.
  o.first_verb_per_clause = true;
  EXPECT_EQ(Code(text, o), all);
  EXPECT_EQ(Code(one_clause, o), (V{"GON ARN 042"}));
}

TEST_F(TabariOptionsCodingTest, MinimumWords) {
  CoderOptions o = Tabari();
  const char* text = "Gondor's planes attacked Arnor on Friday night.";  // 7 words
  EXPECT_EQ(Code(text, o), (V{"GON ARN 190"}));
  o.minimum_words = 8;
  EXPECT_TRUE(Code(text, o).empty());
  o.minimum_words = 7;
  EXPECT_EQ(Code(text, o), (V{"GON ARN 190"}));
}

TEST_F(TabariOptionsCodingTest, CommaDelimitedClausesAreNotRead) {
  CoderOptions o = Tabari();
  const char* text =
      "Arnor is about to restore full diplomatic ties with Gxndor, almost five years after "
      "Calenardhon crowds burned down its embassy, a senior official said on Saturday.";
  EXPECT_EQ(Code(text, o), (V{"ARN CAL 064"}));
  o.comma_clauses = TabariOptions::Comma();  // TABARI's defaults: 3 to 10 words
  EXPECT_TRUE(Code(text, o).empty());
  // A list of actors is not a clause.
  const char* list = "Gondor, the awful Calenardhon, and good Bree praised Arnor on Monday.";
  EXPECT_EQ(Code(list, o), Code(list, Tabari()));
  EXPECT_EQ(Code(list, o).size(), 3u);
}

TEST_F(TabariOptionsCodingTest, ComplexSentencesCodeNothing) {
  CoderOptions o = Tabari();
  const char* text = "On Monday the guerrillas attacked Gondor and Arnor praised Bree.";
  EXPECT_FALSE(Code(text, o).empty());
  o.complexity.no_actor_prior = true;
  EXPECT_TRUE(Code(text, o).empty());
  o.complexity = {};
  o.complexity.verbs = 2;
  EXPECT_TRUE(Code(text, o).empty());
  o.complexity.verbs = 3;
  EXPECT_FALSE(Code(text, o).empty());
}

TEST_F(TabariOptionsCodingTest, ForwardPronounsToThePreviousSentencesFirstActor) {
  CoderOptions o = Tabari();
  const char* story = "Arnor police praised Bree on Monday.\n\nIt has also asked Gondor to help.";
  o.forward_pronouns = true;
  EXPECT_EQ(Code(story, o), (V{"ARNCOP BRE 042", "ARN GON 090"}));
}

}  // namespace
}  // namespace tacitus
