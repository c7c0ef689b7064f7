#include "dict/petrarch_options.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(PetrarchOptionsTest, DefaultsArePetrarchs) {
  PetrarchOptions o;
  EXPECT_TRUE(o.require_dyad);
  EXPECT_EQ(o.new_actor_length, 0);
  EXPECT_TRUE(o.comma.on);
  EXPECT_EQ(o.comma.min, 2);
  EXPECT_EQ(o.comma.max, 8);
  EXPECT_EQ(o.comma.bmax, 0);  // no initial clauses
  EXPECT_EQ(o.comma.emin, 2);
  EXPECT_EQ(o.comma.emax, 8);
}

TEST(PetrarchOptionsTest, BooleansAsConfigParserReadsThem) {
  PetrarchOptions o;
  for (const char* no : {"False", "FALSE", "false", "no", "off", "0", " False "}) {
    o.require_dyad = true;
    ASSERT_TRUE(ApplyPetrarchOption("require_dyad", no, &o).ok()) << no;
    EXPECT_FALSE(o.require_dyad) << no;
  }
  for (const char* yes : {"True", "TRUE", "yes", "On", "1"}) {
    o.require_dyad = false;
    ASSERT_TRUE(ApplyPetrarchOption("Require_Dyad", yes, &o).ok()) << yes;
    EXPECT_TRUE(o.require_dyad) << yes;
  }
  Status bad = ApplyPetrarchOption("require_dyad", "maybe", &o);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.message(), "require_dyad: 'maybe' is not True or False");
  EXPECT_TRUE(o.require_dyad);
}

TEST(PetrarchOptionsTest, CommaLimitsAndNewActorLength) {
  PetrarchOptions o;
  ASSERT_TRUE(ApplyPetrarchOption("comma_min", "4", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("comma_max", "6", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("comma_bmin", "3", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("comma_bmax", "5", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("comma_emin", "1", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("COMMA_EMAX", " 0", &o).ok());
  ASSERT_TRUE(ApplyPetrarchOption("new_actor_length", "4", &o).ok());
  const TabariOptions::Comma want{.on = true, .bmin = 3, .bmax = 5, .min = 4, .max = 6,
                                  .emin = 1, .emax = 0};
  EXPECT_EQ(o.comma, want);
  EXPECT_EQ(o.new_actor_length, 4);
  for (const char* bad : {"", "-1", "8 words", "eight"}) {
    Status st = ApplyPetrarchOption("comma_max", bad, &o);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(ApplyPetrarchOption("comma_max", "x", &o).message(),
            "comma_max: 'x' is not a number of words");
  EXPECT_EQ(o.comma, want);
}

TEST(PetrarchOptionsTest, OtherSettingsChangeNothing) {
  PetrarchOptions o;
  for (const char* name : {"write_actor_text", "stop_on_error", "textfile_list", "null_verbs"})
    EXPECT_TRUE(ApplyPetrarchOption(name, "True", &o).ok()) << name;
  EXPECT_EQ(o, PetrarchOptions());
}

}  // namespace
}  // namespace tacitus
