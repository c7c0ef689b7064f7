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

// EventToJsonLine writes the record directly; it must give the bytes of the DOM's dump
// for every optional member and for strings that need escaping or replacing.
TEST(EventWriterTest, DirectJsonLineIsTheDomDump) {
  auto dump = [](const Event& e, const ArticleMeta& m) {
    return EventToJson(e, m).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  std::vector<Event> events;
  events.push_back(Sample());
  Event e = Sample();
  e.negated = true;
  e.quote = "\"We will respond,\" he said \\ \x01\x1f\x7f \b\f\r\n";
  e.attribution = {"RUSGOV", "Russia\u2019s Foreign Ministry", 3, 30, "", "dict/z.txt:9"};
  e.code = "0874";  // a code with a PLOVER mode or context, or none
  events.push_back(e);
  e.evidence = "bad UTF-8: \xff\xc3( and \xe2\x82 cut";
  e.source.via = "";
  e.target.entry = "";
  e.code = "99";  // not in the CAMEO table: root from the code, goldstein 0
  events.push_back(e);
  // Codes are looked up through a memo of each thread's: the same codes again, and codes
  // too long for it.
  for (const char* code : {"010", "041", "0841", "0233", "1123", "138", "195", "204", "0311",
                           "057", "173", "010", "99", "0841", "01000000", "0100000"}) {
    e = Sample();
    e.code = code;
    e.sentence = 12345;
    events.push_back(e);
  }
  // Strings without escapes are copied in blocks of sixteen bytes or words of eight (the
  // last one overlapping the one before), in two halves of four, or a byte at a time: a
  // byte to escape in every position of strings of every length up to three blocks.
  for (const char* special : {"\"", "\\", "\x01", "\x1f", "\n", "\x7f", "\xc3\xa9", "\xff", " ", "~", "\x80", "\xe2\x80\x9c"}) {
    for (size_t size = 0; size <= 48; ++size) {
      for (size_t at = 0; at <= size; ++at) {
        e = Sample();
        e.evidence = std::string(size, 'a').insert(at, special);
        e.source.code = e.evidence.substr(0, size / 2);  // codes and roles are short
        events.push_back(e);
      }
    }
  }
  // Lines longer than the writer's first buffer, and strings that grow six times when
  // escaped.
  e = Sample();
  e.evidence = std::string(100000, 'x');
  e.quote = std::string(30000, '\x01');
  events.push_back(e);
  ArticleMeta meta{"id \"1\"\t\xc3\xa9", "AFP", ""};
  for (const Event& ev : events) EXPECT_EQ(EventToJsonLine(ev, meta), dump(ev, meta)) << ev.code;
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
