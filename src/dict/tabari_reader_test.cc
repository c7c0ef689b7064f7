#include "dict/tabari_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "dict/peer_reader_testing.h"

namespace tacitus {
namespace {

// A stand-in for the lexicon: a few verb forms and nouns, as the pipeline's would give.
const peer_testing::LemmaTable kVerbs = {
    {"break", "break"},          {"breaks", "break"},        {"broke", "break"},
    {"broken", "break"},         {"meet", "meet"},           {"met", "meet"},
    {"meets", "meet"},           {"criticize", "criticize"}, {"criticise", "criticise"},
    {"criticized", "criticize"}, {"urge", "urge"},           {"call", "call"},
    {"called", "call"},          {"visit", "visit"},         {"host", "host"}};
const peer_testing::LemmaTable kWords = {
    {"ties", "tie"},   {"tie", "tie"},   {"treaty", "treaty"}, {"treaties", "treaty"},
    {"talks", "talk"}, {"talk", "talk"}, {"aid", "aid"},       {"peacekeeping", "peacekeeping"}};

using Read = peer_testing::PeerRead;
using peer_testing::PatternLines;

Read ReadVerbs(std::string_view verbs, std::string_view actors = "") {
  return peer_testing::ReadWith<TabariReader>(peer_testing::TableLemmatizer(kVerbs, kWords, true),
                                              [&](TabariReader& reader) {
                                                if (!actors.empty())
                                                  reader.ReadActors("t.actors", actors);
                                                reader.ReadVerbs("t.verbs", verbs);
                                              });
}

Read ReadActors(std::string_view actors, std::string_view agents = "") {
  return peer_testing::ReadWith<TabariReader>(PeerLemmatizer(), [&](TabariReader& reader) {
    reader.ReadActors("t.actors", actors);
    if (!agents.empty()) reader.ReadAgents("t.agents", agents);
  });
}

Date D(const char* iso) { return *Date::Parse(iso); }

TEST(TabariActorsTest, PhrasesSynonymsAndStems) {
  Read r = ReadActors(
      "# comment\n"
      "KINGDOM_OF_NOD_ [NOD] ; pas 1 Jan 2024\n"
      "+NODLAND_\n"
      "VELDT [VLD]\n"
      "MOUSE= [MUS]\n"
      "~~FINISH\n"
      "AFTER_THE_END [XXX]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  std::vector<std::string> nod;
  for (const Phrase& p : d.phrases)
    if (p.code == "NOD") {
      std::string s;
      for (std::string_view w : p.words) {
        if (!s.empty()) s += ' ';
        s += w;
      }
      nod.push_back(s);
    }
  // Names ending in `_` match whole, or with TABARI's regular plural s (manual 5.2.3); no
  // stem endings. Words are lowercased (TABARI matches case-insensitively).
  // TABARI reads a hyphen in the text as a blank, so "Kingdom-of-Nod" matches too.
  // And "Kingdom_of_Nod", the text's underscores being tokens of their own.
  EXPECT_EQ(nod, (std::vector<std::string>{"kingdom of nod", "kingdom _ of _ nod",
                                           "kingdom of nods", "kingdom-of-nod", "nodland",
                                           "nodlands"}));
  // A stem ("VELDT" matches "Veldtian") gets regular endings; ~~FINISH ends the file.
  bool veldtian = false, after = false;
  for (const Phrase& p : d.phrases) {
    veldtian |= p.words == WordList{"veldtian"};
    after |= p.code == "XXX";
  }
  EXPECT_TRUE(veldtian);
  EXPECT_FALSE(after);
  // A name ending in `=` takes no ending at all.
  std::vector<std::vector<std::string>> mouse;
  for (const Phrase& p : d.phrases)
    if (p.code == "MUS") mouse.emplace_back(p.words.begin(), p.words.end());
  EXPECT_EQ(mouse, (std::vector<std::vector<std::string>>{{"mouse"}}));
  EXPECT_EQ(d.Where(d.phrases[0].ref), "t.actors:2");
}

TEST(TabariActorsTest, NounAndAdjectiveSectionsAreKeptForClauses) {
  Read r = ReadActors(
      "<NOUN>\n"
      "GOATS   ;pas 26 Feb 2002\n"
      "FORCES_\n"
      "</NOUN>\n"
      "<ADJECTIVE>\n"
      "EVIL\n"
      "</ADJECTIVE>\n"
      "NOD_ [NOD]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(r.dict->tabari_nouns.words(), (std::vector<std::string>{"goats", "forces_"}));
  EXPECT_EQ(r.dict->tabari_adjectives.words(), (std::vector<std::string>{"evil"}));
  for (const Phrase& p : r.dict->phrases) EXPECT_EQ(p.code, "NOD");  // the words are no actors
}

TEST(TabariActorsTest, BlankBetweenWordsLetsWordsStandThere) {
  Read r = ReadActors(
      "ITHILEN TELEVISION_ [ITHTV]\nPRINCE DOL_AMROTH_ [DOL]\nAL_GORE_ [TEN]\nDARK TOWER_ [###]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  std::vector<std::string> names;
  for (const Phrase& p : r.dict->phrases) {
    std::string s;
    for (std::string_view w : p.words) {
      if (!s.empty()) s += ' ';
      s += w == kPhraseGap ? "~" : w;
    }
    names.push_back(p.code + ": " + s);
  }
  EXPECT_EQ(names, (std::vector<std::string>{
                       "ITHTV: ithilen ~ television", "ITHTV: ithilen ~ televisions",
                       "ITHTV: ithilen-television", "DOL: prince ~ dol amroth",
                       "DOL: prince ~ dol _ amroth", "DOL: prince ~ dol amroths",
                       "DOL: prince-dol-amroth", "TEN: al gore", "TEN: al _ gore", "TEN: al gores",
                       "TEN: al-gore"}));
  EXPECT_EQ(r.report.counts["actor names with a blank between words (words may stand there)"], 3);
  // A discard's words stay consecutive.
  EXPECT_EQ(r.dict->discards.front(), (std::vector<std::string>{"dark", "tower"}));
}

TEST(TabariActorsTest, DatedCodesBecomeRolesWithNullOutside) {
  Read r = ReadActors(
      "ZARA_QUILL_ ; a person with three offices\n"
      "+QUILL_\n"
      "\t[NODREB <950601]\n"
      "\t[NODGOV 950601-990815]\n"
      "  [NODELI > 20010101]\n"
      "ORVO_ [VLDGOV 900101-941231] [VLD]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  ASSERT_EQ(d.people.size(), 2u);
  const Person& zara = d.people[0];
  EXPECT_EQ(zara.name, "ZARA QUILL");
  EXPECT_EQ(zara.names, (WordList{"ZARA QUILL", "QUILL"}));
  EXPECT_EQ(zara.CodeAt(D("1990-05-05")), "NODREB");
  EXPECT_EQ(zara.CodeAt(D("1995-06-01")), "NODREB");  // TABARI's limits are inclusive
  EXPECT_EQ(zara.CodeAt(D("1997-01-01")), "NODGOV");
  EXPECT_EQ(zara.CodeAt(D("2005-01-01")), "NODELI");
  // Between the restrictions TABARI gives the null code, not Tacitus's ELI.
  EXPECT_EQ(zara.CodeAt(D("2000-06-01")), "");
  // An undated code is the default outside the restriction.
  const Person& orvo = d.people[1];
  EXPECT_EQ(orvo.CodeAt(D("1993-01-01")), "VLDGOV");
  EXPECT_EQ(orvo.CodeAt(D("1999-01-01")), "VLD");
  int person_phrases = 0;
  for (const Phrase& p : d.phrases) person_phrases += p.kind == PhraseKind::kPerson;
  // zara quill, zara _ quill, zara quills, zara-quill, quill, quills, orvo, orvos
  EXPECT_EQ(person_phrases, 8);
}

TEST(TabariActorsTest, DatedDiscardIsADiscardOnItsDatesOnly) {
  Read r = ReadActors("ORVO_ [VLD <911226] [###]\nZARA_ [NOD >950101] [+++]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  ASSERT_EQ(d.people.size(), 2u);
  EXPECT_TRUE(d.discards.empty());
  const Person& orvo = d.people[0];
  EXPECT_EQ(orvo.CodeAt(D("1991-01-01")), "VLD");
  EXPECT_FALSE(orvo.RoleAt(D("1991-01-01"))->discard);
  ASSERT_NE(orvo.RoleAt(D("1995-01-01")), nullptr);
  EXPECT_TRUE(orvo.RoleAt(D("1995-01-01"))->discard);
  EXPECT_EQ(orvo.CodeAt(D("1995-01-01")), "");  // no actor where it discards
  EXPECT_TRUE(d.people[1].RoleAt(D("1990-01-01"))->discard);
  EXPECT_EQ(d.people[1].CodeAt(D("1996-01-01")), "NOD");
}

TEST(TabariActorsTest, SpecialCodes) {
  Read r = ReadActors(
      "NOWHERE_ [---]\n"
      "GRAND_MATCH_ [###]\n"
      "RIDDLE_ [+++]\n"
      "TWIN_STATES_ [AAA/BBB]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  // Null-coded phrases are not actors; discard and complex phrases stop coding.
  ASSERT_EQ(d.discards.size(), 6u);
  EXPECT_EQ(d.discards[0], (std::vector<std::string>{"grand", "match"}));
  EXPECT_EQ(d.discards[1], (std::vector<std::string>{"grand", "_", "match"}));
  EXPECT_EQ(d.discards[2], (std::vector<std::string>{"grand", "matchs"}));  // TABARI's plural
  EXPECT_EQ(d.discards[3], (std::vector<std::string>{"grand-match"}));
  // "twin states", "twin _ states", "twin-states": a word ending in s takes no other s.
  ASSERT_EQ(d.phrases.size(), 3u);
  EXPECT_EQ(d.phrases[0].code, "AAA/BBB");  // a coded compound: the coder reads both
  EXPECT_EQ(r.report.counts["null-coded actor phrases (not actors)"], 1);
  EXPECT_EQ(r.report.counts["coded compound actors (A/B), an actor per code"], 1);
}

TEST(TabariActorsTest, BadDateIsReportedNotFatal) {
  Read r = ReadActors("ORVO_ [VLDGOV 901301-941231] [VLD]\n");
  ASSERT_TRUE(r.dict.ok());
  ASSERT_EQ(r.report.notes.size(), 1u);
  EXPECT_EQ(r.report.notes[0],
            "t.actors:1: skipped: date restrictions that do not read as <D, >D or D-D "
            "(YYMMDD or YYYYMMDD): [VLDGOV 901301-941231]");
}

TEST(TabariActorsTest, ErrorsNameFileAndLine) {
  Read r = ReadActors(
      "GOOD [GGG]\n"
      "BAD [HHH\n"
      "+ORPHAN\n"
      "[991201-010114]\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(r.dict.status().message(),
            "t.actors:2: missing ']'\n"
            "    BAD [HHH\n"
            "        ^\n"
            "t.actors:4: missing phrase before the code\n"
            "    [991201-010114]\n"
            "    ^\n"
            "2 errors in the dictionary");
  // BAD's line opened no record, so "+ORPHAN" is a synonym of GOOD.
}

TEST(TabariActorsTest, SynonymWithoutActorIsAnError) {
  Read r = ReadActors("+ORPHAN\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().message(),
            "t.actors:1: synonym '+ORPHAN' without an actor above it\n"
            "    +ORPHAN\n"
            "    ^\n"
            "1 error in the dictionary");
}

TEST(TabariAgentsTest, SuffixAndPrefixAgentsAndSections) {
  Read r = ReadActors("NOD_ [NOD]\n",
                      "~~~~~\n"
                      "FOREIGN_MINISTER_ [~GOVFRM] ; comment\n"
                      "RIGHTS_BODY_ [  NGO~]\n"
                      "<NOUN>\n"
                      "GOATS\n"
                      "</NOUN>\n"
                      "POLICE_ [ ~COP]\n"
                      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  std::vector<std::string> agents;
  for (const Phrase& p : r.dict->phrases)
    if (p.kind == PhraseKind::kAgent)
      agents.push_back(p.code + ":" + std::string(p.words.front()) + " " +
                       std::string(p.words.back()));
  EXPECT_EQ(agents, (std::vector<std::string>{"GOVFRM:foreign minister", "NGO~:rights body",
                                              "COP:police police", "JUD:attorney general",
                                              "JUD:attorneys general"}));
  EXPECT_EQ(r.report.counts["agents whose code goes before the actor's (CODE~)"], 1);
}

// Regression: a line holding only a `;` comment left an empty body, and the caret for
// "missing [~ROLE]" was taken from its last character (found by mutating peer files).
TEST(TabariAgentsTest, CommentOnlyLineIsSkipped) {
  Read r = ReadActors("NOD_ [NOD]\n", "  ; only a comment\nMAYOR_ [~GOV]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
}

TEST(TabariAgentsTest, AgentCodeNeedsATilde) {
  Read r = ReadActors("NOD_ [NOD]\n", "MAYOR_ [GOV]\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().message(),
            "t.agents:1: agent code needs a '~' (~GOV or NGO~), got 'GOV'\n"
            "    MAYOR_ [GOV]\n"
            "            ^\n"
            "1 error in the dictionary");
}

TEST(TabariVerbsTest, RootsFormsAndDefaultTarget) {
  Read r = ReadVerbs(
      "BREAK_ [161] ; a verb with irregular forms\n"
      "{ BROKE_ BROKEN_ }\n"
      "- * TREATY [162]\n"
      "- * OFF_ [---]\n"
      "CRITICI [121]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // The target stands right after the verb or after the pattern's words; a null code
  // matches and codes nothing, so it still outweighs the bare verb.
  EXPECT_EQ(
      PatternLines(*r.dict),
      (std::vector<std::string>{"162 | break ... + ... treaty", "162 | break ... treaty ... +",
                                "--- | break ... + ... off", "--- | break ... off ... +",
                                "161 | break ... +", "121 | {criticize|criticise} ... +"}));
  EXPECT_EQ(r.dict->VerbPatternsFor("break").size(), 5u);
  EXPECT_EQ(r.dict->Where(r.dict->patterns[0].ref), "t.verbs:3");
}

TEST(TabariVerbsTest, RootsAndFormsAreVerbWordsWhateverTheTagger) {
  Read r = ReadVerbs(
      "BREAK_ [161]\n"
      "{ BROKE_ BRXKEN }\n"
      "VOICE [020]\n"
      "- * TREATY [162]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  // A final `_` is the whole word or it with a regular ending (TABARI's S, ED, ES, EN,
  // ING); without it, a stem matching every word it begins.
  ASSERT_NE(d.VerbWordFor("break"), nullptr);
  EXPECT_EQ(d.VerbWordFor("break")->lemma, "break");
  ASSERT_NE(d.VerbWordFor("breaken"), nullptr);
  EXPECT_EQ(d.VerbWordFor("breaken")->lemma, "break");
  EXPECT_EQ(d.VerbWordFor("breakage"), nullptr);
  ASSERT_NE(d.VerbWordFor("broke"), nullptr);
  EXPECT_EQ(d.VerbWordFor("broke")->lemma, "break");
  // An unknown form is its own lemma, which the verb's patterns list as well.
  ASSERT_NE(d.VerbWordFor("brxkenly"), nullptr);
  EXPECT_EQ(d.VerbWordFor("brxkenly")->lemma, "brxken");
  ASSERT_NE(d.VerbWordFor("voices"), nullptr);
  EXPECT_EQ(d.VerbWordFor("voices")->lemma, "voice");
  EXPECT_EQ(d.VerbWordFor("voic"), nullptr);
  // The peers' skips run on over clause boundaries.
  ASSERT_EQ(d.patterns.size(), 4u);
  EXPECT_EQ(d.patterns[2].elements[1].kind, PatternElement::kSkip);
  EXPECT_TRUE(d.patterns[2].elements[1].open);
}

TEST(TabariVerbsTest, PatternWordsMatchTextWordsStemsByPrefix) {
  Read r = ReadVerbs(
      "ADOPT_ [081]\n"
      "- * RESOLUTION_ [102]\n"
      "- * REAL PLEASANT [024]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  const Dictionary& d = *r.dict;
  ASSERT_EQ(d.patterns.size(), 5u);
  auto last_word = [&](std::string_view text) -> const PatternElement& {
    for (const Pattern& p : d.patterns)
      if (p.text == text) return p.elements.back();
    ADD_FAILURE() << "no pattern " << text;
    return d.patterns[0].elements[0];
  };
  // "RESOLUTION_" is that word, not "resolutions": the text word, not the lemma.
  const PatternElement& resolution = last_word("adopt ... + ... resolution");
  EXPECT_EQ(resolution.words, (std::vector<std::string>{"resolution"}));
  EXPECT_TRUE(resolution.surface);
  EXPECT_TRUE(resolution.prefixes.empty());
  // "REAL" begins "really", "realistic"...
  const PatternElement& real = last_word("adopt ... + ... real ... pleasant");
  EXPECT_EQ(real.prefixes, (std::vector<std::string>{"pleasant"}));
}

TEST(TabariVerbsTest, SlotsPairedCodesAndConsecutiveWords) {
  Read r = ReadVerbs(
      "MEET [040:040]\n"
      "- $ * WITH_ + [046]\n"
      "- + * IN_ $ [042:043]\n"
      "- * WITH ^ IN +  [041]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // A verb's patterns come in TABARI's order, longest first, the verb alone last.
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{"041 | meet ... with ^ ... in ... +",  // ^: skip an actor
                                      // "WITH_ +": WITH whole, then anything before the target.
                                      "046 | meet ... with ... +",
                                      "042:043 | meet ... in ... $",  // the subject is the target
                                      "040:040 | meet ... +"}));  // each event with its mirror
  EXPECT_EQ(r.report.counts["paired codes (A:B): each event with its mirror"], 2);
  EXPECT_EQ(r.report.counts["'^' and '@' after the verb: skip the next actor"], 1);
  const std::vector<PatternElement>& with = r.dict->patterns[0].elements;
  ASSERT_EQ(with.size(), 8u);
  EXPECT_TRUE(with[3].skip_actor);
  EXPECT_FALSE(with[4].skip_actor);
}

TEST(TabariVerbsTest, AlternativesAndSynsets) {
  Read r = ReadVerbs(
      "<SYNSETS>\n"
      "&KIND\n"
      "+TRADE\n"
      "+ARMS\n"
      "&PACT\n"
      "+TREATY\n"
      "+&KIND_DEAL\n"
      "</SYNSETS>\n"
      "HOST [043]\n"
      "- * { TALKS | PEACE_CONFERENCE } [046]\n"
      "- * &PACT_ON + [057]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{
                // TABARI tries the longer alternative first (manual 5.7.1).
                "046 | host ... + ... peace conference", "046 | host ... peace conference ... +",
                "046 | host ... + ... talks", "046 | host ... talks ... +",
                "057 | host ... treaty on ... +", "057 | host ... {trade|arms} deal on ... +",
                "043 | host ... +"}));
  EXPECT_EQ(r.report.counts["synsets"], 2);
}

TEST(TabariVerbsTest, WordsBeforeTheVerbAreKeptInOrder) {
  Read r = ReadVerbs(
      "URGE [102]\n"
      "- { REFUSED | DECLINED } TO * [121]\n"
      "- NOT_* [---]\n"
      "- $ SAID WOULD * NOW [101]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // Blank is a skip, `_` joins the word to the verb, an actor slot before the verb is a skip.
  // Words before the verb are surface forms (TABARI matches text there, not verb roots);
  // longest patterns first, as TABARI tries them.
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{
                "101 | said ... would ... urge ... + ... now",
                "101 | said ... would ... urge ... now ... +",
                "121 | {refused|declined} ... to ... urge ... +", "--- | not urge ... +",
                "102 | urge ... +"}));
  ASSERT_EQ(r.dict->patterns.size(), 5u);
  const Pattern& refused = r.dict->patterns[2];
  ASSERT_EQ(refused.before.size(), 4u);
  EXPECT_EQ(refused.before[1].kind, PatternElement::kSkip);
  EXPECT_EQ(refused.before[3].kind, PatternElement::kSkip);
  EXPECT_EQ(refused.before[2].words, (std::vector<std::string>{"to"}));
  EXPECT_EQ(r.dict->patterns[3].before.size(), 1u);  // "not", joined to the verb
  // Words before the head weigh as much as words after it.
  EXPECT_EQ(refused.Weight(), r.dict->patterns[4].Weight() + 4);
  EXPECT_TRUE(r.report.notes.empty());
}

TEST(TabariVerbsTest, CompoundBeforeTheVerbActsOnItself) {
  Read r = ReadVerbs(
      "RENEW [---]\n"
      "- % * DIPLOMATIC [064:064]\n"
      "- % * + TRADE [065]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(PatternLines(*r.dict), (std::vector<std::string>{"064:064 | % renew ... diplomatic",
                                                             "065 | renew ... + ... trade"}));
  EXPECT_TRUE(r.dict->patterns[0].compound_subject);
  EXPECT_FALSE(r.dict->patterns[1].compound_subject);  // a target after the verb: ordinary
  EXPECT_EQ(r.report.counts["compound subjects acting on each other ('%' before the verb)"], 1);
  EXPECT_EQ(
      r.report.counts["approximated: '%' compound actors, read as an ordinary source or target"],
      1);
}

TEST(TabariVerbsTest, CompoundAsTheSlotAfterTheVerbActsOnItself) {
  Read r = ReadVerbs("RENEW [---]\n- HAS * WITH % [067]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  ASSERT_FALSE(r.dict->patterns.empty());
  for (const Pattern& p : r.dict->patterns) EXPECT_TRUE(p.compound_subject) << p.text;
  EXPECT_EQ(r.report.counts["compounds after the verb acting on each other ('%' as the slot)"], 1);
}

TEST(TabariVerbsTest, AnAlternativeTheTokenizerSplitsIsMatchedWordByWord) {
  Read r = ReadVerbs(
      "CLASH [223]\n"
      "- { DIDN'T | WON'T | NEVER } * OVER [904]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // The text has "did n't": "didn't" is two consecutive words, not one alternative.
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{"904 | never ... clash ... + ... over",
                                      "904 | never ... clash ... over ... +",
                                      "904 | did n't ... clash ... + ... over",
                                      "904 | did n't ... clash ... over ... +",
                                      "904 | wo n't ... clash ... + ... over",
                                      "904 | wo n't ... clash ... over ... +",
                                      "223 | clash ... +"}));
}

TEST(TabariVerbsTest, SynsetMembersAreStemsUnlessEndedWithUnderscore) {
  Read r = ReadVerbs(
      "<SYNSETS>\n&CURRENCY\n+FRANC\n+YEN_\n</SYNSETS>\n"
      "CONTRIBUT [070]\n"
      "- * &CURRENCY [903]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  ASSERT_EQ(PatternLines(*r.dict).front(), "903 | contribut ... + ... {franc|yen}");
  // TABARI matches "francs" by the stem FRANC; YEN_ is the whole word.
  EXPECT_EQ(r.dict->patterns.front().elements.back().prefixes,
            (std::vector<std::string>{"franc"}));
}

TEST(TabariVerbsTest, WhatCannotBeExpressedIsCountedWithItsPlace) {
  Read r = ReadVerbs(
      "URGE [102]\n"
      "- * + TO_MEET [036?]\n"
      "- + * BY ^ [110:111]\n"
      "<TIME>\n"
      "YESTERDAY [-1]\n"
      "</TIME>\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(PatternLines(*r.dict),
            (std::vector<std::string>{"110:111 | + ... urge ... by", "102 | urge ... +"}));
  EXPECT_EQ(r.report.notes,
            (std::vector<std::string>{
                "t.verbs:2: skipped: subordinate codes (CODE?): URGE - * + TO_MEET [036?]"}));
  EXPECT_EQ(r.report.counts["skipped: <TIME> time-shift lines (Tacitus resolves dates itself)"], 1);
}

TEST(TabariVerbsTest, VerbHeadsKeepTabarisWordMarks) {
  Read r = ReadVerbs(
      "BAN= [191]\n"
      "DEPART_ [032]\n"
      "CRITICI [111]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  std::vector<std::string> heads;
  for (const Pattern& p : r.dict->patterns) {
    ASSERT_FALSE(p.elements[0].prefixes.empty());
    heads.emplace_back(p.elements[0].prefixes[0]);
  }
  EXPECT_EQ(heads, (std::vector<std::string>{"ban=", "depart_", "critici"}));
  // `=`: the word alone; `_`: the word or it with a regular verb ending; no mark: a stem.
  EXPECT_TRUE(HeadWrittenAs("ban=", "ban"));
  EXPECT_FALSE(HeadWrittenAs("ban=", "baning"));
  EXPECT_FALSE(HeadWrittenAs("ban=", "bans"));
  EXPECT_TRUE(HeadWrittenAs("depart_", "depart"));
  EXPECT_TRUE(HeadWrittenAs("depart_", "departen"));
  EXPECT_TRUE(HeadWrittenAs("depart_", "departing"));
  EXPECT_FALSE(HeadWrittenAs("depart_", "departure"));
  EXPECT_FALSE(HeadWrittenAs("depart_", "depar"));
  EXPECT_TRUE(HeadWrittenAs("deplore_", "deplored"));
  EXPECT_TRUE(HeadWrittenAs("deplore_", "deploring"));
  EXPECT_TRUE(HeadWrittenAs("deplore_", "deplores"));
  EXPECT_FALSE(HeadWrittenAs("deplore_", "deplor"));
  EXPECT_FALSE(HeadWrittenAs("deplore_", "deploreds"));
  EXPECT_TRUE(HeadWrittenAs("critici", "criticized"));
  EXPECT_FALSE(HeadWrittenAs("critici", "critic"));
  EXPECT_FALSE(HeadWrittenAs("", "ban"));
  EXPECT_EQ(r.dict->VerbWordFor("baning"), nullptr);
}

TEST(TabariVerbsTest, AnAlternativeCountsItsOwnLettersInTabarisOrder) {
  Read r = ReadVerbs(
      "VOW [170]\n"
      "- * RESIST { TO THE END | UNTIL HELL FREEZES OVER } [113]\n"
      "- * RESISTANCE TO THE INVADING [114]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // "RESIST UNTIL HELL FREEZES OVER" (26 letters) goes before "RESISTANCE TO THE INVADING"
  // (23), and "RESIST TO THE END" (14) after it; the root alone last.
  std::vector<std::string> order;
  for (const Pattern& p : r.dict->patterns)
    if (order.empty() || order.back() != p.code) order.push_back(p.code);
  EXPECT_EQ(order, (std::vector<std::string>{"113", "114", "113", "170"}));
}

TEST(TabariVerbsTest, DiscardAndComplexCodesOnPatternsAndTimePhrasesAreKept) {
  Read r = ReadVerbs(
      "<TIME>\n"
      "KAN_WA_MA_KAN [###]\n"
      "WHEN_PEACE_COMES [+++]\n"
      "YESTERDAY [-1]\n"
      "</TIME>\n"
      "KILL [223]\n"
      "- * IN ACCIDENT [###]\n"
      "- * FXLL DIPLOMATIC [+++]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  // The patterns keep their codes (the coder drops the sentence where one matches) ...
  std::vector<std::string> lines = PatternLines(*r.dict);
  EXPECT_NE(std::find(lines.begin(), lines.end(), "### | kill ... in ... accident ... +"),
            lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "+++ | kill ... fxll ... diplomatic ... +"),
            lines.end());
  // ... and the time phrases coded so are discard phrases; the shifts are not read.
  EXPECT_EQ(r.dict->discards, (std::vector<std::vector<std::string>>{
                                  {"kan", "wa", "ma", "kan"}, {"when", "peace", "comes"}}));
  EXPECT_EQ(r.report.counts["skipped: <TIME> time-shift lines (Tacitus resolves dates itself)"], 1);
}

TEST(TabariVerbsTest, SlipsThePeersReadPastAreRepaired) {
  Read r = ReadVerbs(
      "CALL [020]\n"
      "- * FOR { AID | HELP ] [023]\n");
  ASSERT_TRUE(r.dict.ok()) << r.dict.status().message();
  EXPECT_EQ(r.report.counts["repaired: alternatives closed with ']'"], 1);
  EXPECT_EQ(PatternLines(*r.dict)[1], "023 | call ... for ... {aid|help} ... +");
}

TEST(TabariVerbsTest, ErrorsNameFileAndLine) {
  Read r = ReadVerbs(
      "- * TREATY [161]\n"
      "BREAK_ [161]\n"
      "- TREATY [162]\n"
      "- * TREATY\n"
      "- * { AID | HELP [070]\n"
      "- * &NOSUCH [070]\n"
      "MEND\n");
  ASSERT_FALSE(r.dict.ok());
  EXPECT_EQ(r.dict.status().message(),
            "t.verbs:1: pattern before any verb\n"
            "    - * TREATY [161]\n"
            "    ^\n"
            "t.verbs:3: pattern has no '*' (where the verb stands)\n"
            "    - TREATY [162]\n"
            "      ^\n"
            "t.verbs:4: missing [code] after the pattern\n"
            "    - * TREATY\n"
            "             ^\n"
            "t.verbs:5: missing '}'\n"
            "    - * { AID | HELP [070]\n"
            "        ^\n"
            "t.verbs:7: missing [code] after the verb\n"
            "    MEND\n"
            "       ^\n"
            "5 errors in the dictionary");
  // An undefined synset is skipped, as the peers do, not an error.
}

TEST(TabariOptionsTest, CommandsAreCheckedAndApplied) {
  PeerReport report;
  PeerOptions o;
  o.report = &report;
  TabariReader reader(o);
  reader.ReadOptions("t.options",
                     "// comment\n"
                     "COMPLEX: VERBS[5] CONJ[4]\n"
                     "SET: LABEL = TRUE\n"
                     "LABEL: 010=YIELD\n"
                     "FROBNICATE: NOW\n"
                     "no colon here\n");
  StatusOr<Dictionary> d = reader.Finish();
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(),
            "t.options:5: unknown option command 'FROBNICATE'\n"
            "    FROBNICATE: NOW\n"
            "    ^\n"
            "t.options:6: expected 'COMMAND: arguments'\n"
            "    no colon here\n"
            "    ^\n"
            "2 errors in the dictionary");
  EXPECT_EQ(report.counts["options read (SET)"], 1);
}

TEST(TabariOptionsTest, OptionsFileSetsTheDictionarysSettings) {
  TabariReader reader;
  reader.ReadOptions("t.options",
                     "DEFAULT: SOURCE [DEFSRC] PRIOR\n"
                     "SET: CODE BY SENTENCE\n"
                     "COMMA: OFF\n");
  StatusOr<Dictionary> d = reader.Finish();
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_TRUE(d->tabari_options.has_value());
  EXPECT_EQ(d->tabari_options->default_source, "DEFSRC");
  EXPECT_TRUE(d->tabari_options->default_source_prior);
  EXPECT_EQ(d->tabari_options->code_by, TabariOptions::CodeBy::kSentence);
  EXPECT_FALSE(d->tabari_options->comma.on);
  // Without an options file, a TABARI dictionary has TABARI's defaults.
  StatusOr<Dictionary> plain = TabariReader().Finish();
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE(plain->tabari_options.has_value());
  EXPECT_EQ(plain->tabari_options->minimum_words, 8);
  EXPECT_TRUE(plain->tabari_options->comma.on);
}

TEST(TabariReaderTest, EmptyHostileAndHugeInputDoNotCrash) {
  Read empty = ReadVerbs("");
  ASSERT_TRUE(empty.dict.ok());
  EXPECT_TRUE(empty.dict->patterns.empty());
  std::string hostile = "\xff\xfe[[[{{{|||}}}]]]\n- * { { { [010]\n\x01\x02 [\x80]\n";
  Read bad = ReadVerbs(hostile, hostile);
  EXPECT_FALSE(bad.dict.ok());
  std::string huge = "MEET [040]\n- * " + std::string(100000, 'A') + " [041]\n";
  Read big = ReadVerbs(huge);
  ASSERT_TRUE(big.dict.ok()) << big.dict.status().message().substr(0, 200);
  // Nested alternatives expand to at most a bounded number of patterns.
  std::string wide = "MEET [040]\n- * ";
  for (int i = 0; i < 12; ++i) wide += "{ A_B | C_D | E_F } ";
  wide += "[041]\n";
  Read many = ReadVerbs(wide);
  ASSERT_TRUE(many.dict.ok());
  EXPECT_LE(many.dict->patterns.size(), 1u + 2 * 256);
  // Deep nesting is an error, not a stack overflow.
  Read deep = ReadVerbs("MEET [040]\n- * " + std::string(100000, '{') + " [041]\n");
  ASSERT_FALSE(deep.dict.ok());
  EXPECT_NE(deep.dict.status().message().find("t.verbs:2: groups nested more than 16 deep"),
            std::string::npos);
}

class TabariFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("tabari_reader_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(TabariFilesTest, ProjectNamesTheFiles) {
  Write("my.project",
        "Comment lines do not start with '<'\n"
        "<actorsfile> my.actors\n"
        "<verbfile>\tmy.verbs\n"
        "<textfile> my.text\n"
        "<session 1> <coder x>\n");
  Write("my.actors", "NOD_ [NOD]\n");
  Write("my.verbs", "MEET [040]\n");
  StatusOr<Dictionary> d = LoadTabariDictionary((dir_ / "my.project").string());
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->phrases.size(), 2u);  // "nod", "nods"
  EXPECT_EQ(d->patterns.size(), 1u);
  // The directory holds one .project: the same.
  StatusOr<Dictionary> by_dir = LoadTabariDictionary(dir_.string());
  ASSERT_TRUE(by_dir.ok()) << by_dir.status().message();
  EXPECT_EQ(by_dir->patterns.size(), 1u);
}

TEST_F(TabariFilesTest, MissingFileIsNotFound) {
  Write("my.project", "<actorsfile> gone.actors\n");
  StatusOr<Dictionary> d = LoadTabariDictionary((dir_ / "my.project").string());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(d.status().message(),
            (dir_ / "my.project").string() + ":1: actors file 'gone.actors' not found");
}

TEST_F(TabariFilesTest, DirectoryWithoutProjectReadsByExtension) {
  Write("a.actors", "NOD_ [NOD]\n");
  Write("b.verbs", "MEET [040]\n");
  Write("notes.txt", "not a dictionary\n");
  StatusOr<Dictionary> d = LoadTabariDictionary(dir_.string());
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->files.size(), 2u);
  StatusOr<Dictionary> none = LoadTabariDictionary((dir_ / "nowhere").string());
  EXPECT_EQ(none.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tacitus
