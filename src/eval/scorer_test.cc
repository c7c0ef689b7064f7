#include "eval/scorer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "eval/gold_reader.h"

namespace tacitus {
namespace {

GoldEvent Req(std::string source, std::string target, std::string code) {
  return GoldEvent{std::move(source), std::move(target), std::move(code), "", "", false};
}

GoldEvent Opt(std::string source, std::string target, std::string code) {
  return GoldEvent{std::move(source), std::move(target), std::move(code), "", "", true};
}

using Triples = std::vector<Triple>;

Counts C(long tp, long fp, long fn) { return Counts{tp, fp, fn}; }

TEST(CountsTest, RatiosAndUndefinedCases) {
  const Counts c = C(3, 1, 2);
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 0.6);
  EXPECT_DOUBLE_EQ(c.f1(), 2 * 0.75 * 0.6 / 1.35);
  EXPECT_EQ(C(0, 0, 0).precision(), 0.0);  // no prediction
  EXPECT_EQ(C(0, 0, 0).recall(), 0.0);     // no gold
  EXPECT_EQ(C(0, 0, 0).f1(), 0.0);
  EXPECT_EQ(C(0, 5, 5).f1(), 0.0);
  Counts sum = C(1, 2, 3);
  sum += C(10, 20, 30);
  EXPECT_EQ(sum, C(11, 22, 33));
}

TEST(ScorerTest, ExactMatchIsATruePositive) {
  const ArticleScore s =
      ScoreArticle({Req("RUSGOV", "PRKGOV", "040")}, {{"RUSGOV", "PRKGOV", "040"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 0));
  EXPECT_EQ(s.matched, (Triples{{"RUSGOV", "PRKGOV", "040"}}));
  EXPECT_TRUE(s.missed.empty());
  EXPECT_TRUE(s.false_positives.empty());
}

TEST(ScorerTest, OptionalEventsAreNeitherMissedNorFalsePositives) {
  const std::vector<GoldEvent> gold = {Req("RUSGOV", "PRKGOV", "040"), Opt("RUSGOV", "CHN", "036")};
  // Predicted: the optional one is absorbed, not a TP.
  ArticleScore s = ScoreArticle(gold, {{"RUSGOV", "CHN", "036"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 1));
  EXPECT_EQ(s.optional_matched, (Triples{{"RUSGOV", "CHN", "036"}}));
  EXPECT_EQ(s.missed, (Triples{{"RUSGOV", "PRKGOV", "040"}}));
  // Not predicted: an optional event is never a miss.
  s = ScoreArticle(gold, {{"RUSGOV", "PRKGOV", "040"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 0));
  EXPECT_TRUE(s.optional_matched.empty());
}

TEST(ScorerTest, OptionalCopyOfARequiredEventAbsorbsOneMorePrediction) {
  // R[k] = 1, O[k] = 1: FP = max(0, P - R - O).
  const std::vector<GoldEvent> gold = {Req("SRBCOP", "SRBOPP", "175"),
                                       Opt("SRBCOP", "SRBOPP", "175")};
  const Triple t{"SRBCOP", "SRBOPP", "175"};
  EXPECT_EQ(ScoreArticle(gold, {t}, Level::kExact).counts, C(1, 0, 0));
  EXPECT_EQ(ScoreArticle(gold, {t, t}, Level::kExact).counts, C(1, 0, 0));
  const ArticleScore s = ScoreArticle(gold, {t, t, t}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 1, 0));
  EXPECT_EQ(s.optional_matched, (Triples{t}));
  EXPECT_EQ(s.false_positives, (Triples{t}));
}

TEST(ScorerTest, DuplicatesAreMultisets) {
  const Triple t{"IGOWAFWAS", "NER", "163"};
  const std::vector<GoldEvent> two = {Req("IGOWAFWAS", "NER", "163"),
                                      Req("IGOWAFWAS", "NER", "163")};
  // Two required identical events, one prediction: one found, one missed.
  ArticleScore s = ScoreArticle(two, {t}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 1));
  EXPECT_EQ(s.matched, (Triples{t}));
  EXPECT_EQ(s.missed, (Triples{t}));
  EXPECT_EQ(ScoreArticle(two, {t, t}, Level::kExact).counts, C(2, 0, 0));
  // One required event, two predictions (from two sentences): the second is a false positive.
  s = ScoreArticle({two[0]}, {t, t}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 1, 0));
  EXPECT_EQ(s.false_positives, (Triples{t}));
}

TEST(ScorerTest, FalsePositivesAndMisses) {
  const std::vector<GoldEvent> gold = {Req("MLIGOV", "FRAGOV", "161")};
  const ArticleScore s =
      ScoreArticle(gold, {{"MLIGOV", "FRA", "161"}, {"FRAGOV", "MLIGOV", "111"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 2, 1));
  EXPECT_EQ(s.false_positives, (Triples{{"FRAGOV", "MLIGOV", "111"}, {"MLIGOV", "FRA", "161"}}));
  EXPECT_EQ(s.missed, (Triples{{"MLIGOV", "FRAGOV", "161"}}));
}

TEST(ScorerTest, ReciprocalReverseIsExcusedNotCounted) {
  const std::vector<GoldEvent> gold = {Req("SAUGOV", "IRNGOV", "046")};
  const Triple forward{"SAUGOV", "IRNGOV", "046"};
  const Triple reverse{"IRNGOV", "SAUGOV", "046"};
  // Both directions predicted: one TP, the reverse excused.
  ArticleScore s = ScoreArticle(gold, {forward, reverse}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 0));
  EXPECT_EQ(s.excused, (Triples{reverse}));
  // Only the reverse: no TP for it, the gold event is still missed, but no FP either.
  s = ScoreArticle(gold, {reverse}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 1));
  EXPECT_EQ(s.excused, (Triples{reverse}));
  EXPECT_TRUE(s.matched.empty());
}

TEST(ScorerTest, EachGoldEventExcusesOneReversePrediction) {
  const Triple reverse{"PRKGOV", "RUSGOV", "040"};
  ArticleScore s =
      ScoreArticle({Req("RUSGOV", "PRKGOV", "040")}, {reverse, reverse}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 1, 1));
  EXPECT_EQ(s.excused, (Triples{reverse}));
  EXPECT_EQ(s.false_positives, (Triples{reverse}));
  // Two gold events excuse two.
  s = ScoreArticle({Req("RUSGOV", "PRKGOV", "040"), Req("RUSGOV", "PRKGOV", "040")},
                   {reverse, reverse, reverse}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 1, 2));
  EXPECT_EQ(s.excused.size(), 2u);
}

TEST(ScorerTest, OptionalGoldEventsExcuseToo) {
  const ArticleScore s =
      ScoreArticle({Opt("SDNMIL", "SDNREB", "046")}, {{"SDNREB", "SDNMIL", "046"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 0));
  EXPECT_EQ(s.excused.size(), 1u);
}

TEST(ScorerTest, ReverseAlreadyInGoldIsMatchedNotExcused) {
  // The dev set lists the reverse of a reciprocal event as optional.
  const ArticleScore s =
      ScoreArticle({Req("SAUGOV", "IRNGOV", "040"), Opt("IRNGOV", "SAUGOV", "040")},
                   {{"SAUGOV", "IRNGOV", "040"}, {"IRNGOV", "SAUGOV", "040"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 0));
  EXPECT_EQ(s.optional_matched.size(), 1u);
  EXPECT_TRUE(s.excused.empty());
}

TEST(ScorerTest, ReciprocalRuleCoversOnlyTheListedCodes) {
  for (const char* code :
       {"040", "041", "044", "046", "019", "057", "060", "061", "062", "063", "064"}) {
    EXPECT_TRUE(IsReciprocal(code, Level::kExact)) << code;
    const ArticleScore s =
        ScoreArticle({Req("USA", "CAN", code)}, {{"CAN", "USA", code}}, Level::kExact);
    EXPECT_EQ(s.counts, C(0, 0, 1)) << code;
  }
  for (const char* code : {"042", "043", "045", "036", "010", "018", "050", "051", "056", "065",
                           "0411", "04", "111", "190"}) {
    EXPECT_FALSE(IsReciprocal(code, Level::kExact)) << code;
  }
  const ArticleScore s =
      ScoreArticle({Req("USA", "CAN", "042")}, {{"CAN", "USA", "042"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 1, 1));  // a visit has a direction
}

TEST(ScorerTest, ReciprocalAtRootLevelIsRoots04And06) {
  for (const char* code : {"04", "06", "040", "042", "043", "045", "060", "0611"}) {
    EXPECT_TRUE(IsReciprocal(code, Level::kRoot)) << code;
  }
  for (const char* code : {"01", "019", "05", "057", "03", "07"}) {
    EXPECT_FALSE(IsReciprocal(code, Level::kRoot)) << code;
  }
  // A visit (043) coded the other way round as 042: root 04 both, excused at root level only.
  const std::vector<GoldEvent> gold = {Req("RUSGOV", "PRKGOV", "043")};
  const Triples predicted = {{"PRKGOV", "RUSGOV", "042"}};
  EXPECT_EQ(ScoreArticle(gold, predicted, Level::kExact).counts, C(0, 1, 1));
  const ArticleScore root = ScoreArticle(gold, predicted, Level::kRoot);
  EXPECT_EQ(root.counts, C(0, 0, 1));
  EXPECT_EQ(root.excused, (Triples{{"PRK", "RUS", "04"}}));
  // 019 and 057 are reciprocal codes, but their roots (01, 05) are not reciprocal roots.
  for (const char* code : {"019", "057"}) {
    const std::vector<GoldEvent> g = {Req("SRB", "KSV", code)};
    const Triples p = {{"KSV", "SRB", code}};
    EXPECT_EQ(ScoreArticle(g, p, Level::kExact).counts, C(0, 0, 1)) << code;
    EXPECT_EQ(ScoreArticle(g, p, Level::kRoot).counts, C(0, 1, 1)) << code;
  }
}

TEST(ScorerTest, SelfPairReverseIsItself) {
  // FORMAT's rule read literally: (A, A, c) is its own reverse.
  const Triple t{"SDNGOV", "SDNGOV", "046"};
  const ArticleScore s = ScoreArticle({Req("SDNGOV", "SDNGOV", "046")}, {t, t}, Level::kExact);
  EXPECT_EQ(s.counts, C(1, 0, 0));
  EXPECT_EQ(s.excused, (Triples{t}));
}

TEST(ScorerTest, RootLevelTruncation) {
  EXPECT_EQ(CountryOf("RUSGOV"), "RUS");
  EXPECT_EQ(CountryOf("PRK"), "PRK");
  EXPECT_EQ(CountryOf("IGOUNO"), "IGO");
  EXPECT_EQ(CountryOf("EU"), "EU");
  EXPECT_EQ(RootOf("0312"), "03");
  EXPECT_EQ(RootOf("040"), "04");
  EXPECT_EQ(RootOf("1712"), "17");
  EXPECT_EQ(AtLevel({"RUSGOV", "PRKMIL", "0312"}, Level::kRoot), (Triple{"RUS", "PRK", "03"}));
  EXPECT_EQ(AtLevel({"RUSGOV", "PRKMIL", "0312"}, Level::kExact),
            (Triple{"RUSGOV", "PRKMIL", "0312"}));

  const std::vector<GoldEvent> gold = {Req("RUSGOV", "PRKGOV", "0312")};
  const Triples predicted = {{"RUSMIL", "PRK", "031"}};
  EXPECT_EQ(ScoreArticle(gold, predicted, Level::kExact).counts, C(0, 1, 1));
  const ArticleScore root = ScoreArticle(gold, predicted, Level::kRoot);
  EXPECT_EQ(root.counts, C(1, 0, 0));
  EXPECT_EQ(root.matched, (Triples{{"RUS", "PRK", "03"}}));
}

TEST(ScorerTest, RootLevelMergesIntoMultisets) {
  // Two distinct exact gold events become one root triple twice.
  const std::vector<GoldEvent> gold = {Req("SRBGOV", "SRBOPP", "112"),
                                       Req("SRBGOV", "SRBEDU", "111")};
  const ArticleScore s = ScoreArticle(gold, {{"SRBGOV", "SRBOPP", "112"}}, Level::kRoot);
  EXPECT_EQ(s.counts, C(1, 0, 1));
  // Optional events merge the same way: an optional 0333 absorbs a second root-03 prediction.
  const ArticleScore t =
      ScoreArticle({Req("IGOUNO", "SYRCVL", "030"), Opt("IGOUNO", "SYR", "0333")},
                   {{"IGOUNO", "SYRCVL", "036"}, {"IGOWFP", "SYR", "032"}}, Level::kRoot);
  EXPECT_EQ(t.counts, C(1, 0, 0));
  EXPECT_EQ(t.optional_matched, (Triples{{"IGO", "SYR", "03"}}));
}

TEST(ScorerTest, EmptyPredictionsOrGold) {
  const std::vector<GoldEvent> gold = {Req("A01", "B01", "010"), Opt("A01", "B01", "020")};
  ArticleScore s = ScoreArticle(gold, {}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 1));
  EXPECT_EQ(s.counts.recall(), 0.0);
  EXPECT_EQ(s.counts.precision(), 0.0);  // undefined: no prediction

  s = ScoreArticle({}, {{"A01", "B01", "010"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 1, 0));
  EXPECT_EQ(s.counts.precision(), 0.0);
  EXPECT_EQ(s.counts.recall(), 0.0);  // undefined: no gold

  s = ScoreArticle({}, {}, Level::kRoot);
  EXPECT_EQ(s.counts, C(0, 0, 0));
  EXPECT_TRUE(s.by_root.empty());
  EXPECT_TRUE(s.by_country.empty());

  // Only optional gold, predicted exactly: nothing to count at all.
  s = ScoreArticle({Opt("A01", "B01", "020")}, {{"A01", "B01", "020"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 0));
  EXPECT_EQ(s.counts.f1(), 0.0);
}

TEST(ScorerTest, BreakdownsByRootAndCountry) {
  const std::vector<GoldEvent> gold = {Req("RUSGOV", "PRKGOV", "040"),
                                       Req("SRBGOV", "SRBOPP", "173"),
                                       Req("IGOUNO", "SYRCVL", "073")};
  const Triples predicted = {
      {"RUSGOV", "PRKGOV", "040"}, {"SRBGOV", "SRBOPP", "173"}, {"RUSGOV", "USA", "111"}};
  const ArticleScore s = ScoreArticle(gold, predicted, Level::kExact);
  EXPECT_EQ(s.counts, C(2, 1, 1));
  EXPECT_EQ(s.by_root,
            (std::map<std::string, Counts>{
                {"04", C(1, 0, 0)}, {"07", C(0, 0, 1)}, {"11", C(0, 1, 0)}, {"17", C(1, 0, 0)}}));
  // RUS gets its TP and its FP; SRB->SRB counts once; IGOUNO is "IGO".
  EXPECT_EQ(s.by_country, (std::map<std::string, Counts>{{"IGO", C(0, 0, 1)},
                                                         {"PRK", C(1, 0, 0)},
                                                         {"RUS", C(1, 1, 0)},
                                                         {"SRB", C(1, 0, 0)},
                                                         {"SYR", C(0, 0, 1)},
                                                         {"USA", C(0, 1, 0)}}));
}

TEST(ScorerTest, ExcusedAndOptionalAreInNoBreakdown) {
  const ArticleScore s =
      ScoreArticle({Req("SAUGOV", "IRNGOV", "046"), Opt("CHNGOV", "SAUGOV", "045")},
                   {{"IRNGOV", "SAUGOV", "046"}, {"CHNGOV", "SAUGOV", "045"}}, Level::kExact);
  EXPECT_EQ(s.counts, C(0, 0, 1));
  EXPECT_EQ(s.by_root, (std::map<std::string, Counts>{{"04", C(0, 0, 1)}}));
  EXPECT_EQ(s.by_country.count("CHN"), 0u);
}

TEST(EvaluationTest, SumsArticlesAtBothLevels) {
  Evaluation eval;
  const Evaluation::ArticleResult first =
      eval.Add({Req("RUSGOV", "PRKGOV", "0312"), Opt("RUSGOV", "CHN", "036")},
               {{"RUSGOV", "PRK", "0312"}, {"PRKGOV", "RUSGOV", "040"}});
  EXPECT_EQ(first.exact.counts, C(0, 2, 1));
  EXPECT_EQ(first.root.counts, C(1, 1, 0));
  eval.Add({Req("MLIGOV", "FRAGOV", "161")}, {});  // nothing predicted: still counted
  EXPECT_EQ(eval.articles(), 2);
  EXPECT_EQ(eval.totals(Level::kExact).counts, C(0, 2, 2));
  EXPECT_EQ(eval.totals(Level::kRoot).counts, C(1, 1, 1));

  const nlohmann::json j = eval.ToJson();
  EXPECT_EQ(j["articles"], 2);
  EXPECT_EQ(j["exact"]["tp"], 0);
  EXPECT_EQ(j["exact"]["fp"], 2);
  EXPECT_EQ(j["exact"]["fn"], 2);
  EXPECT_EQ(j["exact"]["precision"], 0.0);
  EXPECT_EQ(j["root"]["precision"], 0.5);
  EXPECT_EQ(j["root"]["recall"], 0.5);
  EXPECT_EQ(j["root"]["f1"], 0.5);
  EXPECT_EQ(j["root"]["by_root"]["16"]["fn"], 1);
  EXPECT_EQ(j["root"]["by_country"]["RUS"]["tp"], 1);
  EXPECT_EQ(j["exact"]["excused"], 0);
  EXPECT_EQ(j["exact"]["optional_matched"], 0);
}

TEST(EvaluationTest, TextTable) {
  Evaluation eval;
  eval.Add({Req("RUSGOV", "PRKGOV", "040"), Req("RUSGOV", "PRKGOV", "0312"),
            Opt("PRKGOV", "RUSGOV", "040"), Req("IGOUNO", "SYRCVL", "073")},
           {{"RUSGOV", "PRKGOV", "040"},
            {"PRKGOV", "RUSGOV", "040"},
            {"RUSMIL", "PRK", "031"},
            {"SYR", "IGOUNO", "112"}});
  // Reviewed by hand against FORMAT.md; regenerate only after checking the numbers again.
  const std::string golden_path = TACITUS_SOURCE_DIR "/testdata/eval/text_table.golden.txt";
  std::ifstream golden(golden_path, std::ios::binary);
  ASSERT_TRUE(golden) << "missing " << golden_path;
  std::stringstream expected;
  expected << golden.rdbuf();
  EXPECT_EQ(eval.ToText(), expected.str());
}

// The real dev set, read once per test; skipped when ../shared is not mounted.
class DevSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(path_)) {
      GTEST_SKIP() << "no dev gold at " << path_ << " (the shared gold folder is not mounted)";
    }
    StatusOr<std::vector<GoldArticle>> gold = ReadGold(path_);
    ASSERT_TRUE(gold.ok()) << gold.status().message();
    gold_ = std::move(gold).value();
  }

  const std::string path_ = TACITUS_SHARED_DIR "/gold/dev.jsonl";
  std::vector<GoldArticle> gold_;
};

// The gold's own required events, scored as predictions, must be perfect; no predictions
// must find nothing. Guards FORMAT.md's formulas against the real dev set.
TEST_F(DevSetTest, GoldScoredAgainstItself) {
  ASSERT_EQ(gold_.size(), 12u);

  Evaluation perfect, everything, nothing;
  long required = 0, optional = 0;
  for (const GoldArticle& a : gold_) {
    for (const GoldEvent& e : a.events) ++(e.optional ? optional : required);
    const Evaluation::ArticleResult r = perfect.Add(a.events, GoldTriples(a.events, false));
    EXPECT_TRUE(r.exact.missed.empty()) << a.id;
    EXPECT_TRUE(r.exact.false_positives.empty()) << a.id;
    everything.Add(a.events, GoldTriples(a.events, true));
    nothing.Add(a.events, {});
  }
  EXPECT_EQ(required, 76);  // FORMAT.md: 76 required and 113 optional events
  EXPECT_EQ(optional, 113);
  for (Level level : {Level::kExact, Level::kRoot}) {
    SCOPED_TRACE(LevelName(level));
    const Counts& c = perfect.totals(level).counts;
    EXPECT_EQ(c.precision(), 1.0);
    EXPECT_EQ(c.recall(), 1.0);
    EXPECT_EQ(c.f1(), 1.0);
    EXPECT_EQ(c.tp, 76);
    // Optional events predicted too: absorbed, still perfect.
    EXPECT_EQ(everything.totals(level).counts, C(76, 0, 0));
    const Counts& none = nothing.totals(level).counts;
    EXPECT_EQ(none, C(0, 0, 76));
    EXPECT_EQ(none.recall(), 0.0);
    EXPECT_EQ(none.precision(), 0.0);
  }
}


// Two real dev articles, a fixed list of predictions written here, and counts worked out by
// hand from FORMAT.md's formulas (not from the scorer). Each prediction tests one rule: a right
// triple, a duplicate from a second sentence, a wrong code, a wrong actor, the reverse of a
// reciprocal event, a match of an optional event, a wholly wrong event.
TEST_F(DevSetTest, TwoArticlesAgreeWithAHandComputation) {
  auto events_of = [&](const std::string& id) {
    for (const GoldArticle& a : gold_)
      if (a.id == id) return a.events;
    ADD_FAILURE() << "no article " << id << " in " << path_;
    return std::vector<GoldEvent>{};
  };

  // euronews-serbia-kosovo-talks-2024-06. Gold, required (8): EU->SRB 130, EU->KSV 130,
  // EU->SRBGOV 040, EU->KSVGOV 040, EU->SRB 039, EU->KSV 039, KSV->SRB 125, KSV->SRB 1013
  // (EU = IGOEUREEC). Optional (14) include SRB->KSV 036, EU->KSV 110, SRBGOV->EU 042,
  // KSVGOV->EU 042, EU->SRBGOV 045, EU->KSVGOV 045, KSV->SRB 100, KSVREB->KSVCOP 190.
  const std::vector<GoldEvent> serbia = events_of("euronews-serbia-kosovo-talks-2024-06");
  ASSERT_EQ(serbia.size(), 22u);
  const Triples serbia_predicted = {
      {"IGOEUREEC", "SRB", "130"},     // right
      {"IGOEUREEC", "KSV", "130"},     // right
      {"IGOEUREEC", "KSV", "130"},     // the same from a second sentence
      {"SRBGOV", "IGOEUREEC", "040"},  // reverse of a required reciprocal event
      {"IGOEUREEC", "KSVGOV", "040"},  // right
      {"IGOEUREEC", "SRB", "036"},     // wrong code (gold 039, same root 03)
      {"KSVGOV", "SRB", "125"},        // wrong actor (gold KSV)
      {"SRB", "KSV", "036"},           // an optional event
      {"IGOEUREEC", "KSV", "110"},     // an optional event
      {"KSV", "SRB", "190"},           // wrong
  };
  // Exact, per triple (P predicted, R required, O optional):
  //   EU->SRB 130      P1 R1      TP 1
  //   EU->KSV 130      P2 R1      TP 1, FP 1 (the duplicate)
  //   SRBGOV->EU 040   P1 R0 O0   would be FP 1; 040 is reciprocal and the gold has
  //                               EU->SRBGOV 040: excused (neither FP nor TP)
  //   EU->SRBGOV 040   P0 R1      FN 1
  //   EU->KSVGOV 040   P1 R1      TP 1
  //   EU->SRB 036      P1         FP 1;  EU->SRB 039, EU->KSV 039: R1 each, FN 2
  //   KSVGOV->SRB 125  P1         FP 1;  KSV->SRB 125: FN 1
  //   SRB->KSV 036, EU->KSV 110   P1 O1 each: optional, not counted
  //   KSV->SRB 190     P1         FP 1;  KSV->SRB 1013: FN 1
  //   => TP 3, FP 4, FN 5, excused 1, optional 2.
  // Root (actors cut to 3 letters, codes to 2 digits; EU -> IGO):
  //   IGO->SRB 13 P1 R1: TP 1.   IGO->KSV 13 P2 R1: TP 1, FP 1.
  //   SRB->IGO 04 P1 O1 (the optional SRBGOV->EU 042 now has the same root): optional, so
  //     the reciprocal rule is not reached.   IGO->SRB 04 R1 O1 (040, 045): FN 1.
  //   IGO->KSV 04 P1 R1 O1: TP 1.   IGO->SRB 03 P1 R1 (036 vs 039): TP 1.   IGO->KSV 03 R1: FN 1.
  //   KSV->SRB 12 P1 R1 (KSVGOV vs KSV): TP 1.   SRB->KSV 03, IGO->KSV 11: optional.
  //   KSV->SRB 19 P1: FP 1 (KSVREB->KSVCOP 190 is KSV->KSV 19).   KSV->SRB 10 R1 O1: FN 1.
  //   => TP 5, FP 2, FN 3, excused 0, optional 3.

  // peoplecn-iraq-expels-swedish-envoy-2023-07. Required (6): IRQGOV->SWEGOV 161,
  // IRQGOV->SWE 161, IRQGOV->SWEGOV 1313, IRQCVL->SWEGOV 145, IRQGOV->IRQCVL 111,
  // IRQOPP->SWEGOV 145. Optional (5): IRQGOV->SWEGOV 161, IRQGOV->SWEGOV 111,
  // IRQCVL->SWEGOV 1712, IRQOPP->SWEGOV 145, IRQGOV->IRQCVL 091.
  const std::vector<GoldEvent> iraq = events_of("peoplecn-iraq-expels-swedish-envoy-2023-07");
  ASSERT_EQ(iraq.size(), 11u);
  const Triples iraq_predicted = {
      {"IRQGOV", "SWEGOV", "161"},  // right
      {"IRQGOV", "SWEGOV", "161"},  // again: absorbed by the optional copy
      {"IRQGOV", "SWEGOV", "161"},  // a third time: false positive
      {"IRQGOV", "SWE", "160"},     // wrong code (gold 161)
      {"IRQOPP", "SWEGOV", "145"},  // right
      {"IRQGOV", "IRQCVL", "091"},  // an optional event
      {"IRQCVL", "SWE", "145"},     // wrong actor (gold SWEGOV)
      {"SWEGOV", "IRQGOV", "161"},  // reversed, and 161 is not reciprocal
  };
  // Exact:
  //   IRQGOV->SWEGOV 161  P3 R1 O1   TP 1, optional 1, FP max(0, 3-1-1) = 1
  //   IRQGOV->SWE 161     R1         FN 1;  IRQGOV->SWE 160 P1: FP 1
  //   IRQOPP->SWEGOV 145  P1 R1 O1   TP 1
  //   IRQGOV->IRQCVL 091  P1 O1      optional 1
  //   IRQCVL->SWE 145     P1         FP 1;  IRQCVL->SWEGOV 145 R1: FN 1
  //   SWEGOV->IRQGOV 161  P1         FP 1 (not reciprocal: no excuse)
  //   IRQGOV->SWEGOV 1313 R1, IRQGOV->IRQCVL 111 R1: FN 2
  //   => TP 2, FP 4, FN 4, excused 0, optional 2.
  // Root: IRQ->SWE 16 has R2 (161, 161) O1 (161) and P4 (three 161, one 160): TP 2,
  //   optional 1, FP 1.   IRQ->SWE 14: R2 (145, 145) O1, P2 (IRQOPP, IRQCVL): TP 2.
  //   IRQ->IRQ 09 P1 O1: optional.   SWE->IRQ 16 P1: FP 1.
  //   IRQ->SWE 13 R1, IRQ->IRQ 11 R1: FN 2.   (IRQ->SWE 11 and 17 are optional, unpredicted.)
  //   => TP 4, FP 2, FN 2, excused 0, optional 2.

  Evaluation eval;
  const Evaluation::ArticleResult s = eval.Add(serbia, serbia_predicted);
  EXPECT_EQ(s.exact.counts, C(3, 4, 5));
  EXPECT_EQ(s.exact.excused, (Triples{{"SRBGOV", "IGOEUREEC", "040"}}));
  EXPECT_EQ(s.exact.optional_matched.size(), 2u);
  EXPECT_EQ(s.root.counts, C(5, 2, 3));
  EXPECT_TRUE(s.root.excused.empty());
  EXPECT_EQ(s.root.optional_matched.size(), 3u);
  const Evaluation::ArticleResult i = eval.Add(iraq, iraq_predicted);
  EXPECT_EQ(i.exact.counts, C(2, 4, 4));
  EXPECT_EQ(i.exact.optional_matched.size(), 2u);
  EXPECT_EQ(i.root.counts, C(4, 2, 2));
  EXPECT_EQ(i.root.optional_matched.size(), 2u);

  // Totals. Exact: TP 5, FP 8, FN 9: P = 5/13, R = 5/14, F1 = 2*5/(2*5+8+9) = 10/27.
  // Root: TP 9, FP 4, FN 5: P = 9/13, R = 9/14, F1 = 18/27 = 2/3.
  struct Expected {
    Level level;
    Counts counts;
    double precision, recall, f1;
    long excused, optional_matched;
  };
  for (const Expected& want : {Expected{Level::kExact, C(5, 8, 9), 5.0 / 13, 5.0 / 14, 10.0 / 27, 1, 4},
                               Expected{Level::kRoot, C(9, 4, 5), 9.0 / 13, 9.0 / 14, 2.0 / 3, 0, 5}}) {
    SCOPED_TRACE(LevelName(want.level));
    const LevelTotals& got = eval.totals(want.level);
    EXPECT_EQ(got.counts, want.counts);
    EXPECT_DOUBLE_EQ(got.counts.precision(), want.precision);
    EXPECT_DOUBLE_EQ(got.counts.recall(), want.recall);
    EXPECT_DOUBLE_EQ(got.counts.f1(), want.f1);
    EXPECT_EQ(got.excused, want.excused);
    EXPECT_EQ(got.optional_matched, want.optional_matched);
  }
}

}  // namespace
}  // namespace tacitus
