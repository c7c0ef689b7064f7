#include "dict/tabari_options.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(TabariOptionsTest, DefaultSourceAndTargetAccumulateUntilOff) {
  TabariOptions o;
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o).ok());
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_TRUE(o.default_target_after);
  // A later DEFAULT does not clear PRIOR (TABARI needs DEFAULT: OFF first).
  ASSERT_TRUE(ApplyTabariOption("DEFA: SOURCE [SRC] TARGET [TAR]", &o).ok());
  EXPECT_EQ(o.default_source, "SRC");
  EXPECT_TRUE(o.default_source_prior);
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: OFF", &o).ok());
  EXPECT_EQ(o.default_source, "");
  EXPECT_EQ(o.default_target, "");
  EXPECT_FALSE(o.default_source_prior);
  // The manual's own spelling with colons after the keywords.
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE: [USA] PRIOR TARGET: [WORLD] AFTER", &o).ok());
  EXPECT_EQ(o.default_source, "USA");
  EXPECT_EQ(o.default_target, "WORLD");
}

TEST(TabariOptionsTest, SetSwitches) {
  TabariOptions o;
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kClause);
  ASSERT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE", &o).ok());
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kSentence);
  ASSERT_TRUE(ApplyTabariOption("SET: CODE ALL", &o).ok());
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kAll);
  ASSERT_TRUE(ApplyTabariOption("SET: CODE BY CLAUSE", &o).ok());
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kClause);
  ASSERT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", &o).ok());
  EXPECT_TRUE(o.convert_agents);
  ASSERT_TRUE(ApplyTabariOption("SET: CONVERT AGENTS = F", &o).ok());
  EXPECT_FALSE(o.convert_agents);
  ASSERT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 4", &o).ok());
  EXPECT_EQ(o.minimum_words, 4);
  EXPECT_FALSE(ApplyTabariOption("SET: MINIMUM WORDS = many", &o).ok());
  EXPECT_EQ(o.minimum_words, 4);
  ASSERT_TRUE(ApplyTabariOption("SET: LABEL = FALSE", &o).ok());  // output only
}

TEST(TabariOptionsTest, CommaLimits) {
  TabariOptions o;
  ASSERT_TRUE(ApplyTabariOption("COMMA: OFF", &o).ok());
  EXPECT_FALSE(o.comma.on);
  ASSERT_TRUE(
      ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX = 6 BMIN = 3 BMAX = 8", &o).ok());
  EXPECT_TRUE(o.comma.on);
  EXPECT_EQ(o.comma.min, 4);
  EXPECT_EQ(o.comma.max, 6);
  EXPECT_EQ(o.comma.emin, 3);
  EXPECT_EQ(o.comma.emax, 6);
  EXPECT_EQ(o.comma.bmin, 3);
  EXPECT_EQ(o.comma.bmax, 8);
}

TEST(TabariOptionsTest, ComplexReplacesTheConditions) {
  TabariOptions o;
  ASSERT_TRUE(ApplyTabariOption("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", &o).ok());
  EXPECT_EQ(o.complex.verbs, 5);
  EXPECT_EQ(o.complex.conj, 4);
  EXPECT_TRUE(o.complex.no_actor_prior);
  ASSERT_TRUE(ApplyTabariOption("COMPLEX: VERBS[6]", &o).ok());
  EXPECT_EQ(o.complex.verbs, 6);
  EXPECT_EQ(o.complex.conj, 0);
  EXPECT_FALSE(o.complex.no_actor_prior);
  EXPECT_FALSE(ApplyTabariOption("COMPLEX: VERBS[x]", &o).ok());
}

TEST(TabariOptionsTest, ForwardAndUnknownCommands) {
  TabariOptions o;
  ASSERT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS", &o).ok());
  EXPECT_TRUE(o.forward);
  EXPECT_EQ(o.forward_format, "^^*****NNN*SSS");
  ASSERT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS OFF", &o).ok());
  EXPECT_FALSE(o.forward);
  ASSERT_TRUE(ApplyTabariOption("OUTPUT: ID STORY SENT", &o).ok());
  Status s = ApplyTabariOption("FROBNICATE: NOW", &o);
  EXPECT_EQ(s.message(), "unknown option command 'FROBNICATE'");
  EXPECT_EQ(ApplyTabariOption("no colon", &o).message(), "expected 'COMMAND: arguments'");
}

TEST(TabariOptionsTest, ForwardSequenceNumbers) {
  long story = -1, sentence = -1;
  ForwardSequence("^^*****NNN*SSS", "  FRWD-002-003", &story, &sentence);
  EXPECT_EQ(story, 2);
  EXPECT_EQ(sentence, 3);
  ForwardSequence("***NNNSSS", "REU312023", &story, &sentence);
  EXPECT_EQ(story, 312);
  EXPECT_EQ(sentence, 23);
  ForwardSequence("^^*****NNN*SSS", " FRWD-Initialize", &story, &sentence);  // not numbers
  EXPECT_EQ(story, 0);
  EXPECT_EQ(sentence, 0);
}

}  // namespace
}  // namespace tacitus
