#include "dict/petrarch_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/peer_reader_testing.h"

namespace tacitus {
namespace {

const peer_testing::LemmaTable kVerbs = {
    {"ask", "ask"},         {"asked", "ask"},     {"request", "request"}, {"hurry", "hurry"},
    {"hurries", "hurry"},   {"hurried", "hurry"}, {"rush", "rush"},       {"cordon", "cordon"},
    {"cordoned", "cordon"}, {"say", "say"},       {"sell", "sell"},       {"tap", "tap"},
    {"tapped", "tap"}};
const peer_testing::LemmaTable kWords = {
    {"aid", "aid"}, {"jets", "jet"}, {"jet", "jet"}, {"drone", "drone"}};

using Read = peer_testing::PeerRead;
using peer_testing::PatternLines;

enum class Kind { kVerbs, kActors, kAgents, kDiscards };

Read ReadOne(Kind kind, std::string_view text) {
  return peer_testing::ReadWith<PetrarchReader>(
      peer_testing::TableLemmatizer(kVerbs, kWords, false), [&](PetrarchReader& reader) {
        switch (kind) {
          case Kind::kVerbs:
            reader.ReadVerbs("v.txt", text);
            break;
          case Kind::kActors:
            reader.ReadActors("a.txt", text);
            break;
          case Kind::kAgents:
            reader.ReadAgents("g.txt", text);
            break;
          case Kind::kDiscards:
            reader.ReadDiscards("d.txt", text);
            break;
        }
      });
}

std::string Words(const WordList& words) {
  std::string s;
  for (std::string_view w : words) {
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s;
}

TEST(PetrarchCommentsTest, HashAndXmlCommentsKeepLines) {
  EXPECT_EQ(StripPetrarchComments("A [X] # note\n<!-- one\ntwo -->B\n[###] # c\n"),
            "A [X] \n        \n       B\n[###] \n");
}

TEST(PetrarchVerbsTest, BlocksSynsetsAndFormsShareThePatterns) {
  Read r = ReadOne(Kind::kVerbs,
                   "&CRAFT_   # no plurals\n"
                   "+JET\n"
                   "+DRONE\n"
                   "\n"
                   "---  HASTEN   [---]  ---\n"
                   "RUSH\n"
                   "HURRY {HURRIES HURRIED }\n"
                   "- * AID                  [070]   # RUSH\n"
                   "- * (TO {BORDER POST})   [154]\n"
                   "- * &CRAFT               [194]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // The block's verbs share one head element; the block code [---] adds no bare pattern;
  // a synset of single words is one alternatives element; (PP) and {NP} are words in order.
  EXPECT_EQ(
      PatternLines(*r.dict),
      (std::vector<std::string>{
          "070 | {rush|hurry} ... + ... aid", "070 | {rush|hurry} ... aid ... +",
          "154 | {rush|hurry} ... + ... to ... border ... post",
          "154 | {rush|hurry} ... to ... border ... post ... +",
          "194 | {rush|hurry} ... + ... {jet|drone}", "194 | {rush|hurry} ... {jet|drone} ... +"}));
  // The synset's name without its final `_` works too.
  EXPECT_EQ(r.report.counts["synsets"], 1);
}

TEST(PetrarchVerbsTest, OwnCodesMultiWordVerbsAndPairs) {
  Read r = ReadOne(Kind::kVerbs,
                   "--- ASK [---] ---\n"
                   "+ASK_FOR {+ASKED_FOR} [020]\n"
                   "REQUEST [020]\n"
                   "WIRE_+TAP [171]\n"
                   "- * $ (FOR AID) [0231:070]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{"020 | ask for ... +", "020 | request ... +",
                                      // "wire" right before the verb (Pattern::before).
                                      "171 | wire tap ... +",
                                      "0231:070 | wire tap ... $ ... for ... aid",
                                      // Each event with its mirror, the pair's second code.
                                      "0231:070 | ask for ... $ ... for ... aid",
                                      "0231:070 | request ... $ ... for ... aid"}));
  EXPECT_EQ(r.report.counts["verbs with words before the verb (WIRE_+TAP)"], 1);
}

TEST(PetrarchVerbsTest, TransformationsAndUnknownSynsetsAreSkipped) {
  Read r = ReadOne(Kind::kVerbs,
                   "--- SAY [---] ---\n"
                   "SAY\n"
                   "- * &NOSUCH [010]\n"
                   "- &CRAFT * [010]\n"
                   "- * [---]\n"
                   "~ a (a b WILL_ATTACK) SAY = a b 138\n"
                   "- * (AGAINST) [###]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(r.report.counts["skipped: patterns using an undefined synset"], 2);
  EXPECT_EQ(r.report.counts["skipped: transformations (~ ...)"], 1);
  // `[###]` is a code, not a comment; on a pattern it cannot be expressed.
  EXPECT_EQ(r.report.counts["skipped: patterns with the discard code [###]"], 1);
  EXPECT_EQ(PatternLines(*r.dict), (std::vector<std::string>{"--- | say ... +"}));
}

TEST(PetrarchVerbsTest, Errors) {
  Read r = ReadOne(Kind::kVerbs,
                   "- * AID [070]\n"
                   "--- SELL [---] ---\n"
                   "SELL\n"
                   "- * (FOR AID [070]\n"
                   "- * AID\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().message(),
            "v.txt:1: expected '--- VERB [CODE] ---', '&SYNSET' or '+member'\n"
            "    - * AID [070]\n"
            "    ^\n"
            "v.txt:4: missing ')'\n"
            "    - * (FOR AID [070]\n"
            "        ^\n"
            "v.txt:5: missing [code] after the pattern\n"
            "    - * AID\n"
            "          ^\n"
            "3 errors in the dictionary");
}

TEST(PetrarchActorsTest, DatedRolesFromTabLines) {
  Read r = ReadOne(Kind::kActors,
                   "<!-- a test dictionary\n"
                   "   spanning lines -->\n"
                   "REPUBLIC_OF_NOD_  [NOD]   # comment\n"
                   "+NODIAN_\n"
                   "\n"
                   "ZARA_QUILL_  # CountryInfo.txt\n"
                   "\t[NODELI 19300101-19940101]\n"
                   "\t[NODGOV 940101-990101]\n"
                   "\t[NODELI]\n"
                   "ORVO_\n"
                   "\t[NODGOV 2004017-20061201]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  ASSERT_GE(d.phrases.size(), 3u);
  EXPECT_EQ(Words(d.phrases[0].words), "republic of nod");
  EXPECT_EQ(Words(d.phrases[1].words), "nodian");  // PETRARCH does not stem: no endings
  ASSERT_EQ(d.people.size(), 1u);  // ORVO's only restriction cannot be read
  const Person& zara = d.people[0];
  EXPECT_EQ(zara.CodeAt(*Date::Parse("1950-01-01")), "NODELI");
  EXPECT_EQ(zara.CodeAt(*Date::Parse("1994-01-01")), "NODELI");  // the first listed wins
  EXPECT_EQ(zara.CodeAt(*Date::Parse("1995-01-01")), "NODGOV");
  EXPECT_EQ(zara.CodeAt(*Date::Parse("2005-01-01")), "NODELI");  // the default
  // A seven-digit date cannot be read: the restriction is skipped, with a note.
  EXPECT_EQ(r.report.notes,
            (std::vector<std::string>{
                "a.txt:11: skipped: date restrictions that do not read as <D, >D or D-D (YYMMDD or "
                "YYYYMMDD): [NODGOV 2004017-20061201]",
                "a.txt:10: skipped: actors without a code (null): ORVO_"}));
}

TEST(PetrarchAgentsTest, SubstitutionSetsAndPlurals) {
  Read r = ReadOne(Kind::kAgents,
                   "!PERSON! = MAN, WOMAN\n"
                   "!MINIST! = MINISTER, MINISTRY\n"
                   "CONGRESS!PERSON! [~LEG]\n"
                   "FOREIGN_!MINIST!  [~GOV]\n"
                   "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                   "POLICE {} [ ~COP]\n"
                   "AID_BODY [NGO~]\n"
                   "LONELY_WORD\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  std::vector<std::string> agents;
  for (const Phrase& p : r.dict->phrases) agents.push_back(p.code + ":" + Words(p.words));
  EXPECT_EQ(agents, (std::vector<std::string>{"LEG:congressman", "LEG:congresswoman",
                                              "GOV:foreign minister", "GOV:foreign ministry",
                                              "JUD:attorney general", "JUD:attorneys general",
                                              "COP:police", "NGO~:aid body"}));
  EXPECT_EQ(r.report.counts["agents whose code goes before the actor's (CODE~)"], 1);
  EXPECT_EQ(r.report.counts["skipped: agents without a code (null)"], 1);
}

TEST(PetrarchAgentsTest, UnknownSubstitutionSetIsAnError) {
  Read r = ReadOne(Kind::kAgents, "SPOKES!PEOPLE! [~GOV]\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().message(),
            "g.txt:1: unknown substitution set '!PEOPLE!'\n"
            "    SPOKES!PEOPLE! [~GOV]\n"
            "    ^\n"
            "1 error in the dictionary");
}

TEST(PetrarchDiscardsTest, SentenceAndStoryDiscards) {
  Read r = ReadOne(Kind::kDiscards,
                   "# Story-level discards are marked with a '+'\n"
                   "GRAND PRIX   # races\n"
                   "+World Cup\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  ASSERT_EQ(r.dict->discards.size(), 2u);
  EXPECT_EQ(Words(r.dict->discards[0]), "grand prix");
  EXPECT_EQ(Words(r.dict->discards[1]), "world cup");
  EXPECT_EQ(r.report.counts["approximated: story discards (+), read as sentence discards"], 1);
}

class PetrarchFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("petrarch_reader_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::filesystem::path dir_;
};

TEST_F(PetrarchFilesTest, ConfigNamesTheFiles) {
  Write("PETR_config.ini",
        "[Dictionaries]\n"
        "# comment\n"
        "verbfile_name    = my.verbs.txt\n"
        "actorfile_list   = a.actors.txt, b.actors.txt\n"
        "issuefile_name   = issues.txt\n"
        "[Options]\n"
        "verbfile_name = ignored.txt\n");
  Write("my.verbs.txt", "--- SAY [010] ---\nSAY\n");
  Write("a.actors.txt", "NOD_ [NOD]\n");
  Write("b.actors.txt", "VELDT_ [VLD]\n");
  Write("issues.txt", "n:atrocity [ID_ATROCITY]\n");
  PeerReport report;
  PeerOptions o;
  o.report = &report;
  StatusOr<Dictionary> d = LoadPetrarchDictionary((dir_ / "PETR_config.ini").string(), o);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->phrases.size(), 2u);
  EXPECT_EQ(d->patterns.size(), 1u);
  EXPECT_EQ(report.counts["skipped: issues files (Tacitus codes no issues)"], 1);
}

TEST_F(PetrarchFilesTest, DirectoryUsesStandardNames) {
  Write("CAMEO.2.0.txt", "--- SAY [010] ---\nSAY\n");
  Write("Phoenix.agents.txt", "MINISTER [~GOV]\n");
  StatusOr<Dictionary> d = LoadPetrarchDictionary(dir_.string());
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->files.size(), 2u);
}

TEST_F(PetrarchFilesTest, MissingFileIsNotFound) {
  Write("PETR_config.ini", "[Dictionaries]\nverbfile_name = gone.txt\n");
  StatusOr<Dictionary> d = LoadPetrarchDictionary((dir_ / "PETR_config.ini").string());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(d.status().message(),
            (dir_ / "PETR_config.ini").string() + ":2: verbfile_name 'gone.txt' not found");
  StatusOr<Dictionary> empty = LoadPetrarchDictionary(dir_.string() + "/nowhere");
  EXPECT_EQ(empty.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tacitus
