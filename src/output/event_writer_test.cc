#include "output/event_writer.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

Event Sample() {
  Event e;
  e.sentence = 3;
  e.date = "2023-10-18";
  e.source = {"RUSGOV", "The foreign minister", 409, 429, "coreference", "dict/x.txt:1"};
  e.target = {"PRKGOV", "Choe Son Hui", 469, 481, "name", "dict/y.txt:2"};
  e.code = "040";
  e.verb_text = "met";
  e.verb_begin = 435;
  e.verb_end = 438;
  e.evidence = "The foreign minister also met\ther \"counterpart\".";
  e.pattern = "verb 040 | meet +";
  e.rule_where = "dict/verbs/cooperation.txt:1434";
  return e;
}

TEST(EventWriterTest, JsonRecordHasTheContractFields) {
  nlohmann::json j = EventToJson(Sample(), ArticleMeta{"seed", "", ""});
  EXPECT_EQ(j["article"], "seed");
  EXPECT_EQ(j["sentence"], 3);
  EXPECT_EQ(j["code"], "040");
  EXPECT_EQ(j["root"], "04");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.0);
  EXPECT_EQ(j["plover"]["event"], "CONSULT");
  EXPECT_EQ(j["source"]["country"], "RUS");
  EXPECT_EQ(j["source"]["role"], "GOV");
  EXPECT_EQ(j["source"]["span"], nlohmann::json::array({409, 429}));
  EXPECT_EQ(j["verb"]["text"], "met");
  EXPECT_EQ(j["rule"]["where"], "dict/verbs/cooperation.txt:1434");
  EXPECT_FALSE(j.contains("negated"));
  std::string line = EventToJsonLine(Sample(), ArticleMeta{"seed", "", ""});
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(line), j);
}

TEST(EventWriterTest, IgoActorsHaveNoCountryOrRole) {
  Event e = Sample();
  e.source.code = "IGOUNO";
  nlohmann::json j = EventToJson(e, ArticleMeta{"a", "", ""});
  EXPECT_EQ(j["source"]["country"], "");
  EXPECT_EQ(j["source"]["role"], "");
}

TEST(EventWriterTest, TsvInPetrarchColumnOrderWithoutTabsInFields) {
  std::string line = EventToTsvLine(Sample(), ArticleMeta{"a\tb", "Tass", "http://x"});
  EXPECT_EQ(line, "20231018\tRUSGOV\tPRKGOV\t040\ta b-3\tTass\thttp://x");
}

TEST(EventWriterTest, InvalidUtf8IsReplacedNotThrown) {
  Event e = Sample();
  e.evidence = "bad \xff byte";
  std::string line = EventToJsonLine(e, ArticleMeta{"a", "", ""});
  EXPECT_NE(line.find("bad"), std::string::npos);
}

}  // namespace
}  // namespace tacitus
