// The coder options the pipeline gives the peers' dictionaries (PeerCoderOptions): the peers'
// conventions, and the settings a dictionary brings (a PETR_config.ini's [Options], a TABARI
// .options file), through Pipeline::Create as `tacitus code --dict` uses it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "code/triples_for_test.h"
#include "dict/loader.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

using V = std::vector<std::string>;

// "SOURCE/TARGET/CODE" for each event `coder` writes for `text`.
V Triples(const Coder& coder, std::string_view text) { return CodedTriples(coder, text, '/'); }

TEST(PeerCoderOptionsTest, OwnDictionariesKeepTheGivenOptions) {
  Dictionary dict;
  CoderOptions base;
  base.keep_negated = true;
  CoderOptions o = PeerCoderOptions(dict, base);
  EXPECT_TRUE(o.keep_negated);
  EXPECT_FALSE(o.keep_codes_outside_cameo);
  EXPECT_TRUE(o.shift_tense);
  EXPECT_FALSE(o.first_verb_per_clause);
  EXPECT_FALSE(o.comma_clauses.on);
  EXPECT_FALSE(o.ignore_negation);
  EXPECT_FALSE(o.peer_agent_codes);
  EXPECT_FALSE(o.agent_first_compound_member);
  EXPECT_FALSE(o.written_verb_heads);
  EXPECT_FALSE(o.agent_in_compound);
  EXPECT_FALSE(o.joined_adjectives);
  EXPECT_FALSE(o.compound_anywhere);
  EXPECT_FALSE(o.possessor_actor_first);
  EXPECT_FALSE(o.skip_noun_phrase);
  EXPECT_FALSE(o.text_underscores_are_blanks);
}

TEST(PeerCoderOptionsTest, TabariDictionaries) {
  Dictionary dict;
  // Set whole: GCC 12 sees emplace() on the empty optional destroy a string it calls
  // maybe-uninitialized (-Wmaybe-uninitialized, a false positive).
  TabariOptions tabari;
  tabari.code_by = TabariOptions::CodeBy::kAll;
  tabari.minimum_words = 5;
  dict.tabari_options = std::move(tabari);
  CoderOptions o = PeerCoderOptions(dict);
  EXPECT_TRUE(o.keep_codes_outside_cameo);
  EXPECT_FALSE(o.shift_tense);
  EXPECT_TRUE(o.default_source_before_verb);
  EXPECT_TRUE(o.before_words_default_source);
  EXPECT_FALSE(o.first_verb_per_clause);  // CODE ALL
  EXPECT_EQ(o.minimum_words, 5);
  EXPECT_EQ(o.comma_clauses, TabariOptions().comma);
  EXPECT_FALSE(o.unknown_country_agents);
  EXPECT_FALSE(o.write_missing_actors);
  EXPECT_TRUE(o.ignore_negation);
  EXPECT_TRUE(o.peer_agent_codes);
  EXPECT_TRUE(o.agent_first_compound_member);
  EXPECT_TRUE(o.written_verb_heads);
  EXPECT_TRUE(o.compound_before_verb);
  EXPECT_TRUE(o.clause_first_actor_source);
  EXPECT_FALSE(o.agent_in_compound);  // PETRARCH's
  EXPECT_FALSE(o.joined_adjectives);
  EXPECT_TRUE(o.compound_anywhere);
  EXPECT_FALSE(o.possessor_actor_first);
  EXPECT_FALSE(o.skip_noun_phrase);
  EXPECT_FALSE(o.text_underscores_are_blanks);
}

TEST(PeerCoderOptionsTest, PetrarchDictionaries) {
  Dictionary dict;
  dict.petrarch_options.emplace();
  CoderOptions o = PeerCoderOptions(dict);
  EXPECT_TRUE(o.keep_codes_outside_cameo);
  EXPECT_FALSE(o.shift_tense);
  EXPECT_TRUE(o.first_verb_per_clause);
  EXPECT_TRUE(o.unknown_country_agents);
  EXPECT_FALSE(o.write_missing_actors);
  EXPECT_EQ(o.comma_clauses, PetrarchOptions().comma);
  EXPECT_EQ(o.minimum_words, 0);    // a TABARI setting
  EXPECT_FALSE(o.ignore_negation);  // TABARI's
  EXPECT_TRUE(o.peer_agent_codes);
  EXPECT_FALSE(o.agent_first_compound_member);  // TABARI's
  EXPECT_FALSE(o.written_verb_heads);
  EXPECT_TRUE(o.compound_before_verb);
  EXPECT_FALSE(PeerCoderOptions(Dictionary()).compound_before_verb);  // built-in
  EXPECT_FALSE(o.clause_first_actor_source);  // TABARI's
  EXPECT_FALSE(o.adjacent_agents);
  EXPECT_TRUE(o.agent_in_compound);
  EXPECT_TRUE(o.joined_adjectives);
  EXPECT_FALSE(o.compound_anywhere);  // TABARI's
  EXPECT_TRUE(o.possessor_actor_first);
  EXPECT_TRUE(o.skip_noun_phrase);
  EXPECT_TRUE(o.text_underscores_are_blanks);
  EXPECT_FALSE(o.before_words_default_source);  // TABARI's: PETRARCH's source is the subject
  dict.petrarch_options->require_dyad = false;
  dict.petrarch_options->comma.max = 0;
  dict.petrarch_options->new_actor_length = 4;
  o = PeerCoderOptions(dict);
  EXPECT_TRUE(o.write_missing_actors);
  EXPECT_EQ(o.new_actor_length, 4);
  EXPECT_EQ(o.comma_clauses.max, 0);
  // Settings changed between texts, as PETRARCH's validation records do.
  PetrarchOptions strict;
  EXPECT_FALSE(WithPetrarchOptions(o, strict).write_missing_actors);
}

// PETRARCH's actor conventions: an agent named without a country is the unknown country's
// ("---GOV"), and with require_dyad = false an event with a missing actor is written.
class PetrarchActorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors;
    const char* text =
        "actor GON | Gondor\nactor ARN | Arnor\nagent GOV | official\nagent MIL | soldier\n"
        "verb 023 | say ... +\nverb 064 | restore ... ties ... +\n";
    ParseTacitusFile("peer.txt", text, &dict_, &errors);
    if (!errors.empty()) FAIL() << errors[0];
    dict_.petrarch_options.emplace();
    dict_.petrarch_options->comma.on = false;
    dict_.Finish();
  }
  V Code(std::string_view text, bool require_dyad) {
    dict_.petrarch_options->require_dyad = require_dyad;
    Coder coder(dict_, Lexicon::BuiltIn(), PeerCoderOptions(dict_));
    return Triples(coder, text);
  }
  Dictionary dict_;
};

TEST_F(PetrarchActorsTest, AgentWithoutACountryIsTheUnknownCountrys) {
  EXPECT_EQ(Code("The official restored ties with Gondor.", true), (V{"---GOV/GON/064"}));
  // A country in an in/from phrase is still the agent's.
  EXPECT_EQ(Code("Soldiers from Arnor restored ties with Gondor.", true), (V{"ARNMIL/GON/064"}));
}

TEST_F(PetrarchActorsTest, MissingActorsOnlyWithoutRequireDyad) {
  const char* text = "Arnor restored ties with Gondor, a senior official said on Saturday.";
  EXPECT_EQ(Code(text, true), (V{"ARN/GON/064"}));
  // The verb of saying has no target actor: written with an empty one, and it is not the
  // clause's one TABARI verb.
  EXPECT_EQ(Code(text, false), (V{"ARN/GON/064", "---GOV//023"}));
  // The missing target is a noun phrase: with none after the verb there is no event.
  EXPECT_EQ(Code("Arnor restored ties with Gondor, a senior official said.", false),
            (V{"ARN/GON/064"}));
  EXPECT_EQ(Code("Arnor restored ties with Gondor, a senior official said today.", false),
            (V{"ARN/GON/064"}));
  // A target that is there is still preferred to none.
  EXPECT_EQ(Code("Arnor restored ties with Gondor.", false), (V{"ARN/GON/064"}));
  // An actor does not act on a missing one that is missing too.
  EXPECT_TRUE(Code("Crowds said so.", false).empty());
}

// A PETR_config.ini whose [Options] set what `tacitus code --dict petrarch2:...` codes.
class PetrarchConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("peer_coder_options_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("verbs.txt", "--- SAY [023] ---\nSAY\n--- RESTORE [064] ---\nRESTORE\n");
    Write("actors.txt", "GONDOR [GON]\nARNOR [ARN]\n");
    Write("agents.txt", "OFFICIAL [~GOV]\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  // Codes `text` with a PETR_config.ini whose [Options] section is `options`.
  StatusOr<V> Code(const std::string& options, std::string_view text) {
    Write("PETR_config.ini",
          "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\n"
          "agentfile_name = agents.txt\n\n[Options]\n" +
              options);
    PipelineOptions po;
    po.dict = "petrarch2:" + (dir_ / "PETR_config.ini").string();
    StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(po);
    if (!p.ok()) return p.status();
    return Triples((*p)->coder(), text);
  }
  std::filesystem::path dir_;
};

TEST_F(PetrarchConfigTest, RequireDyadAndCommaLimitsAreRead) {
  // The closing clause has 6 words: PETRARCH's default comma_emax (8) drops it.
  const char* text =
      "Arnor restored ties with Gondor last week, a senior official said on Saturday.";
  EXPECT_EQ(*Code("", text), (V{"ARN/GON/064"}));
  EXPECT_EQ(*Code("require_dyad = False\n", text), (V{"ARN/GON/064"}));
  EXPECT_EQ(*Code("require_dyad = False\ncomma_emax = 0\n", text),
            (V{"ARN/GON/064", "---GOV//023"}));
  EXPECT_EQ(*Code("require_dyad = False\ncomma_emax = 5\n", text),
            (V{"ARN/GON/064", "---GOV//023"}));
  EXPECT_EQ(*Code("require_dyad = True\ncomma_emax = 0\nwrite_actor_text = True\n", text),
            (V{"ARN/GON/064"}));
}

TEST_F(PetrarchConfigTest, BadValueNamesFileAndLine) {
  StatusOr<V> bad = Code("require_dyad = perhaps\n", "Arnor said so.");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(bad.status().message(), (dir_ / "PETR_config.ini").string() +
                                        ":7: require_dyad: 'perhaps' is not True or False");
}

}  // namespace
}  // namespace tacitus
