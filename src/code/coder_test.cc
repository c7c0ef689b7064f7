// The coder on a small dictionary written here, so that each construction is tested
// independently of the built-in dictionaries.
#include "code/coder.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "code/triples_for_test.h"
#include "dict/loader.h"

namespace tacitus {
namespace {

constexpr const char* kDict = R"(
actor RUS | Russia | Moscow
actor PRK | North Korea | Pyongyang
actor CHN | China
actor USA | United States | US
actor UKR | Ukraine
actor BGD | Bangladesh
actor SAU | Saudi Arabia
actor VEN | Venezuela
modifier SAU | Saudi
modifier IRN | Iranian
person Juan Guaido
  alias Guaido
  gender m
  role VENOPP 2019-01-23.. | opposition leader
person Manuel Marrero Cruz
  alias Marrero
  gender m
  role CUBGOV 2019-12-21.. | prime minister
actor RUSGOV | the Kremlin
modifier RUS | Russian
modifier PRK | North Korean
agent GOV | foreign minister | minister | leader | government | diplomat | counterpart | foreign ministry
agent COP | police
agent OPP | protester | opposition leader
agent MIL | troops
person Sergei Lavrov
  alias Lavrov
  gender m
  role RUSGOV 2004-03-09.. | foreign minister
person Kim Jong Un | Kim Jong-un
  alias Kim
  gender m
  role PRKGOV 2011-12-17.. | chairman of state affairs
person Choe Son Hui
  alias Choe
  gender f
  role PRKGOV 2022-06-11.. | foreign minister
person Donald Trump
  alias Trump
  gender m
  role USAGOV 2017-01-20..2021-01-20 | president
  role USAGOV 2025-01-20.. | president
verb 040 | meet (with) +
verb 046 | sit down for ... talk with +
verb 190 | attack +
verb 1041 | demand ... {fresh|early} ... {election|elections} +GOV
verb 110 | oppose +
verb 0841 | free +
verb 175 | fire ... tear gas at +
verb 036 | propose ... {talk|meeting} with +
verb 036 | agree to meet +
verb 051 | praise +
verb 173 | arrest +
verb 111 | criticize +
noun 042 | visit to +
noun 046 | negotiation with +
noun 173 | arrest of +
noun 141 | demonstration against +
verb 111 | condemn +
verb 111 | condemn + as
verb 051 | welcome +
verb 190 | slap +
noun 163 | ban on +
verb 130 | warn + that
verb 161 | break off ... ties with +
verb 1053 | demand ... release of +
verb 1053 | demand that + be {release|released}
verb 0841 | free +
verb 046 | hold ... talks with +
agent PTY | party
agent MIL | army | air strike | missile
agent REB | militant | gunman
agent EDU | student
agent CVL | people | man
verb 050 | cooperate with +
verb 190 | attack +
actor NGA | Nigeria
actor PSE | Gaza
verb 190 | kill +
verb 181 | abduct +
actor POL | Poland
actor BLR | Belarus
actor SRB | Serbia
modifier SRB | Serbian
noun 190 | clash between $ and +
noun 046 | dialogue between $ and +
verb 150 | launch ... drill ... border +CTY
verb 175 | wield ... baton +OPP
verb 138 | not rule out ... force +GOV
verb 0255 | urge + to permit ... access
verb 1041 | demand that + step down
noun 192 | invasion of +
verb 141 | protest against +
verb 140 | stand up against +
actor DEU | Germany
verb 057 | sign ... agreement with +
verb 120 | reject +
noun 040 | call with +
noun 020 | call for +
verb 161 | expel +
actor KEN | Kenya | Nairobi
actor IGOUNO | UN | United Nations
verb 130 | warn +
verb 041 | speak ... by phone with +
)";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors;
    ParseTacitusFile("test.txt", kDict, &dict_, &errors);
    ASSERT_TRUE(errors.empty()) << errors[0];
    dict_.Finish();
    coder_ = std::make_unique<Coder>(dict_, Lexicon::BuiltIn());
  }

  // "SRC TGT CODE" per event.
  std::vector<std::string> Code(std::string_view text, const char* date = "2023-10-19") {
    ArticleResult r = coder_->Code(text, *Date::Parse(date));
    last_ = r;
    return Triples(r.events);
  }

  using V = std::vector<std::string>;
  Dictionary dict_;
  std::unique_ptr<Coder> coder_;
  ArticleResult last_;
};

TEST_F(CoderTest, PossessiveAgentAndCompoundTarget) {
  EXPECT_EQ(Code("Russia's foreign minister has proposed regular security talks with North Korea "
                 "and China."),
            (V{"RUSGOV PRK 036", "RUSGOV CHN 036"}));
}

TEST_F(CoderTest, PersonByRoleOnTheDate) {
  EXPECT_EQ(Code("Sergei Lavrov met Kim Jong-un in Pyongyang."), (V{"RUSGOV PRKGOV 040"}));
  EXPECT_EQ(Code("Donald Trump criticized China.", "2018-05-01"), (V{"USAGOV CHN 111"}));
  EXPECT_EQ(Code("Donald Trump criticized China.", "2022-05-01"), (V{"USAELI CHN 111"}));
}

TEST_F(CoderTest, NegationCodesNothing) {
  EXPECT_TRUE(Code("Russia did not meet North Korea.").empty());
  EXPECT_TRUE(Code("Russia never met China.").empty());
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Russian protesters were arrested by the police of Russia."),
            (V{"RUSCOP RUSOPP 173"}));
}

TEST_F(CoderTest, PronounsResolveToThePersonNamedBefore) {
  EXPECT_EQ(Code("Sergei Lavrov made remarks when he met North Korean leader Kim Jong-un."),
            (V{"RUSGOV PRKGOV 040"}));
  Code("Choe Son Hui arrived on Monday. She praised Russia.");
  ASSERT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].source.code, "PRKGOV");
  EXPECT_EQ(last_.events[0].source.text, "She");
}

TEST_F(CoderTest, DefiniteDescriptionsResolveOnlyWhenSomeoneFits) {
  EXPECT_EQ(
      Code("Sergei Lavrov arrived. The foreign minister also met his North Korean counterpart, "
           "Choe Son Hui, a day earlier."),
      (V{"RUSGOV PRKGOV 040"}));
  EXPECT_EQ(last_.events[0].source.text, "The foreign minister");
  EXPECT_EQ(last_.events[0].date, "2023-10-18");
  // Nobody named before fits: uncoded rather than guessed.
  EXPECT_TRUE(Code("The foreign minister met China.").empty());
}

TEST_F(CoderTest, AliasesNeedTheFullNameFirstOrAUniqueAlias) {
  EXPECT_EQ(Code("Lavrov met Kim for talks."), (V{"RUSGOV PRKGOV 040"}));
}

TEST_F(CoderTest, ReportedSpeechCodesTheEmbeddedClause) {
  EXPECT_EQ(Code("Russia's news agency reported that Lavrov met Kim Jong-un."),
            (V{"RUSGOV PRKGOV 040"}));
}

TEST_F(CoderTest, PrepositionalPhrasesAreNotSubjects) {
  EXPECT_EQ(Code("Kim Jong Un in Russia also praised Moscow."), (V{"PRKGOV RUS 051"}));
}

TEST_F(CoderTest, ALongerPatternSilencesTheVerbItCovers) {
  EXPECT_EQ(Code("Russia agreed to meet China."), (V{"RUS CHN 036"}));
}

TEST_F(CoderTest, FutureConsultationIsIntent) {
  EXPECT_EQ(Code("Russia will meet China next week."), (V{"RUS CHN 036"}));
}

TEST_F(CoderTest, PossessiveTargetIsThePossessor) {
  EXPECT_EQ(Code("Russia praised North Korea's support."), (V{"RUS PRK 051"}));
}

TEST_F(CoderTest, IdenticalTriplesInOneSentenceAreWrittenOnce) {
  EXPECT_EQ(Code("Russia met China and Russia met China."), (V{"RUS CHN 040"}));
}

TEST_F(CoderTest, EventNounTakesItsPossessorAsSource) {
  EXPECT_EQ(Code("Kim Jong Un said his visit to Russia was useful."), (V{"PRKGOV RUS 042"}));
}

TEST_F(CoderTest, SpansPointIntoTheOriginalText) {
  std::string text = "Vu\u010Di\u0107 said Russia\u2019s minister met China.";
  Code(text);
  ASSERT_EQ(last_.events.size(), 1u);
  const Event& e = last_.events[0];
  EXPECT_EQ(text.substr(e.source.begin, e.source.end - e.source.begin), "Russia\u2019s minister");
  EXPECT_EQ(text.substr(e.verb_begin, e.verb_end - e.verb_begin), "met");
  EXPECT_EQ(e.evidence, text);
  EXPECT_EQ(e.rule_where, "test.txt:44");
}

TEST_F(CoderTest, CompoundModifiersShareTheAgentAndReciprocalTalksNeedNoTarget) {
  EXPECT_EQ(Code("The Saudi and Iranian foreign ministers sat down for talks in Beijing."),
            (V{"SAUGOV IRNGOV 046"}));
  // A single subject with no target codes nothing.
  EXPECT_TRUE(Code("The Saudi foreign minister sat down for talks in Beijing.").empty());
}

TEST_F(CoderTest, AnAideIsCodedAsTheSideHeWorksFor) {
  EXPECT_EQ(Code("Russia arrested a senior aide to Juan Guaido.", "2019-03-22"),
            (V{"RUS VENOPP 173"}));
}

TEST_F(CoderTest, AShortNameInsideAnUnknownFullNameIsSomeoneElse) {
  EXPECT_TRUE(
      Code("Russia arrested Roberto Marrero. Later Russia arrested Marrero again.", "2020-05-01")
          .empty());
  EXPECT_EQ(Code("Russia criticized Marrero.", "2020-05-01"), (V{"RUS CUBGOV 111"}));
}

TEST_F(CoderTest, InstitutionsTakeTheCountryOfAnInPhrase) {
  EXPECT_EQ(Code("Police in Bangladesh fired tear gas at protesters."), (V{"BGDCOP BGDOPP 175"}));
}

TEST_F(CoderTest, WishedForAttacksAreNotAttacksButStatedOnesAreThreats) {
  EXPECT_TRUE(Code("Russia wants to attack Ukraine.").empty());
  EXPECT_EQ(Code("Russia will attack Ukraine."), (V{"RUS UKR 138"}));
  EXPECT_EQ(Code("Russia attacked Ukraine."), (V{"RUS UKR 190"}));
}

TEST_F(CoderTest, QuotationsAreAttributedToTheirSpeaker) {
  std::string text =
      "\u201CWe oppose the United States and its dangerous policy,\u201D Lavrov added. "
      "Sergei Lavrov arrived. \u201CWe oppose China,\u201D the foreign minister was quoted as "
      "saying. "
      "Kim Jong Un said: \"Our friends in Russia will always be welcome.\" "
      "Choe Son Hui said the talks \"will become an important stage in our relations\".";
  ArticleResult r = coder_->Code(text, *Date::Parse("2023-10-19"));
  ASSERT_EQ(r.quotes.size(), 4u);
  // The first quotation comes before Lavrov is named in full: the alias is unique, so
  // the speaker is still known.
  EXPECT_EQ(r.quotes[0].speaker.code, "RUSGOV");
  EXPECT_EQ(r.quotes[0].verb_text, "added");
  EXPECT_EQ(r.quotes[1].speaker.text, "the foreign minister");
  EXPECT_EQ(r.quotes[1].speaker.code, "RUSGOV");
  EXPECT_EQ(r.quotes[1].verb_text, "was quoted");
  EXPECT_EQ(r.quotes[2].speaker.code, "PRKGOV");
  EXPECT_EQ(r.quotes[3].speaker.code, "PRKGOV");
  EXPECT_EQ(text.substr(r.quotes[1].begin, r.quotes[1].end - r.quotes[1].begin),
            "\u201CWe oppose China,\u201D");
  // "We" inside a quotation is the speaker.
  EXPECT_EQ(Triples(r.events), (V{"RUSGOV USA 110", "RUSGOV CHN 110"}));
  EXPECT_FALSE(r.events[0].quote.empty());
}

TEST_F(CoderTest, FirstPersonWithoutASpeakerCodesNothing) {
  EXPECT_TRUE(Code("\"We oppose China,\" a statement read.").empty());
  EXPECT_TRUE(Code("We oppose China.").empty());
}

TEST_F(CoderTest, ScareQuotesAreNotQuotations) {
  ArticleResult r =
      coder_->Code("Russia called the remarks \"unfriendly\".", *Date::Parse("2023-10-19"));
  EXPECT_TRUE(r.quotes.empty());
}

TEST_F(CoderTest, EventNounsBetweenTwoActors) {
  EXPECT_EQ(
      Code("Negotiations in Jeddah, Saudi Arabia, between Russia and Ukraine have moved forward."),
      (V{"RUS UKR 046"}));
  EXPECT_TRUE(
      Code("The deal paves the way for more negotiations between Russia and Ukraine.").empty());
}

TEST_F(CoderTest, ProtestLeadersAreTheOpposition) {
  EXPECT_EQ(
      Code("Police in Bangladesh met the protesters. The minister of Bangladesh criticized the "
           "leaders of the protest."),
      (V{"BGDCOP BGDOPP 040", "BGDGOV BGDOPP 111"}));
}

TEST_F(CoderTest, AsOpensAClauseWhoseSubjectFollowsIt) {
  EXPECT_EQ(Code("Fighting erupted as Russia attacked Ukraine."), (V{"RUS UKR 190"}));
}

TEST_F(CoderTest, ACompoundTargetStopsWhereANewClauseBegins) {
  EXPECT_EQ(Code("Russian protesters attacked Ukraine and China said nothing."),
            (V{"RUSOPP UKR 190"}));
}

TEST_F(CoderTest, ReducedRelativeWithAByAgentIsPassive) {
  EXPECT_EQ(
      Code("Russia welcomed the arrival of Russian protesters freed today by the police of China."),
      (V{"CHNCOP RUSOPP 0841"}));
}

// Regression: an active past verb with an object and a later "by" is not a reduced relative.
TEST_F(CoderTest, ActiveVerbWithObjectBeforeByIsNotPassive) {
  // Before the fix this coded UKR -> RUSGOV 111 as a passive.
  EXPECT_TRUE(Code("The Russian government criticized an attack by Ukraine.").empty());
}

TEST_F(CoderTest, AnAdverbBetweenAuxiliaryAndVerbKeepsTheVerbGroup) {
  EXPECT_EQ(Code("Russian protesters had just been arrested by the police of China."),
            (V{"CHNCOP RUSOPP 173"}));
}

TEST_F(CoderTest, SubjectsThroughParticiplesAndPrepositionalHeads) {
  EXPECT_EQ(Code("Russian troops loaded with supplies have attacked Ukraine."),
            (V{"RUSMIL UKR 190"}));
  ArticleResult r = coder_->Code(
      "\"We oppose China and its policy,\" the foreign minister of Russia, Ivan Ivanov, said.",
      *Date::Parse("2023-10-19"));
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker.code, "RUSGOV");
}

// Regression: the speaker of a quotation that runs on into a shorter sentence was read
// with the token indices of the sentence that named them (out of range).
TEST_F(CoderTest, QuotationRunningIntoAShorterSentenceKeepsItsSpeaker) {
  std::string text =
      "After a long meeting in the capital of the country on Monday and Tuesday, Sergei Lavrov "
      "said: \"We will not give in to anyone here today. We oppose China.\"";
  ArticleResult r = coder_->Code(text, *Date::Parse("2023-10-19"));
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(
      text.substr(r.quotes[0].speaker.begin, r.quotes[0].speaker.end - r.quotes[0].speaker.begin),
      "Sergei Lavrov");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].source.code, "RUSGOV");
  EXPECT_EQ(r.events[0].source.text, "We");
}

TEST_F(CoderTest, AccordingToNamesTheReportNotAnActor) {
  Code("According to Russia's foreign ministry, Sergei Lavrov praised North Korea.");
  ASSERT_EQ(last_.events.size(), 1u);
  const Event& e = last_.events[0];
  EXPECT_EQ(e.source.code + " " + e.target.code + " " + e.code, "RUSGOV PRK 051");
  EXPECT_EQ(e.attribution.text, "Russia's foreign ministry");
  EXPECT_EQ(e.attribution.code, "RUSGOV");
  // The reporting ministry is not made the source of anything.
  EXPECT_TRUE(Code("According to Russia's foreign ministry, the weather was fine.").empty());
}

TEST_F(CoderTest, CoordinatedInfinitivesShareTheirSubject) {
  EXPECT_EQ(Code("Russia decided on Monday to criticize Ukraine and to attack China."),
            (V{"RUS UKR 111", "RUS CHN 190"}));
}

TEST_F(CoderTest, OddInputCodesNothingAndDoesNotCrash) {
  EXPECT_TRUE(Code("").empty());
  EXPECT_TRUE(Code("\xff\xfe\x00 binary \x01\x02").empty());
  std::string quotes(100000, '"');
  EXPECT_TRUE(Code(quotes).empty());
  std::string brackets(50000, '(');
  EXPECT_TRUE(Code(brackets).empty());
  std::string names;
  for (int i = 0; i < 5000; ++i) names += "Russia, ";
  names += "and China met North Korea.";
  Code(names);
  EXPECT_LE(last_.events.size(), 64u);
}

TEST_F(CoderTest, AnActAsTheObjectTargetsItsAuthor) {
  // The arrest's author is the source of the article's latest arrest.
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. Russia condemned the arrest."),
            (V{"VENGOV VENOPP 173", "RUS VENGOV 111"}));
  EXPECT_EQ(last_.events[1].target.text, "the arrest");
  // Speech nouns take the author of an earlier statement; "the decision" any earlier event.
  EXPECT_EQ(Code("Russia criticized Ukraine. Ukraine condemned these comments."),
            (V{"RUS UKR 111", "UKR RUS 111"}));
  EXPECT_EQ(Code("Russia arrested Juan Guaido. China welcomed the decision."),
            (V{"RUS VENOPP 173", "CHN RUS 051"}));
  // A `by` agent names the author itself.
  EXPECT_EQ(Code("China condemned the arrest by Russia."), (V{"CHN RUS 111"}));
  // No earlier event of the kind: nothing is guessed.
  EXPECT_TRUE(Code("Russia criticized Ukraine. China condemned the arrest.").size() == 1);
  EXPECT_TRUE(Code("China condemned the weather.").empty());
  // A noun before the head says the kind too ("the arson attack").
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. Russia condemned the arrest "
                 "campaign."),
            (V{"VENGOV VENOPP 173", "RUS VENGOV 111"}));
  // "calls for": appeals, not phone calls ("call with").
  EXPECT_EQ(Code("China held talks with Russia. Ukraine rejected calls for talks."),
            (V{"CHN RUS 046"}));
  // Only reactions (statements, praise, criticism, rejection) take an act as their object.
  EXPECT_EQ(Code("Russia arrested Juan Guaido. China slapped bans on the arrest."),
            (V{"RUS VENOPP 173"}));
}

TEST_F(CoderTest, CompoundMembersShareACountryBeforeTheSalientOne) {
  // The article is about the United States, but the police named with a Venezuelan
  // opposition leader are Venezuela's.
  EXPECT_EQ(Code("The United States met China. Juan Guaido and the police criticized Russia."),
            (V{"USA CHN 040", "VENOPP RUS 111", "VENCOP RUS 111"}));
}

TEST_F(CoderTest, AProtestWithoutNamedMakersIsByTheTargetsProtesters) {
  EXPECT_EQ(Code("Three people died during a demonstration against Ukraine's government."),
            (V{"UKROPP UKRGOV 141"}));
  // A verb still needs its subject.
  EXPECT_TRUE(Code("Three people died. They demonstrated.").empty());
}

TEST_F(CoderTest, AWarningOfAThreatIsTheThreat) {
  EXPECT_EQ(Code("Russia warned Ukraine's government that it would break off ties with Ukraine."),
            (V{"RUS UKRGOV 1313"}));
  // A warning about something else stays a warning.
  EXPECT_EQ(Code("Russia warned Ukraine that China would break off ties with Bangladesh."),
            (V{"RUS UKR 130", "CHN BGD 1313"}));
}

TEST_F(CoderTest, ANegatedPlanToMeetIsARefusal) {
  EXPECT_EQ(Code("Russia will not hold talks with China."), (V{"RUS CHN 125"}));
  EXPECT_EQ(Code("Russia did not want to hold talks with China."), (V{"RUS CHN 125"}));
  // A meeting that did not happen is no event; an unnegated plan is an intent.
  EXPECT_TRUE(Code("Russia did not hold talks with China.").empty());
  EXPECT_EQ(Code("Russia wants to hold talks with China."), (V{"RUS CHN 036"}));
}

TEST_F(CoderTest, ReleasesAreAskedOfAndMadeByWhoeverHoldsThePerson) {
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. Russia demanded the release of Juan "
                 "Guaido."),
            (V{"VENGOV VENOPP 173", "RUS VENGOV 1053"}));
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. Juan Guaido was freed on Monday."),
            (V{"VENGOV VENOPP 173", "VENGOV VENOPP 0841"}));
  // Nobody is known to hold him: the request is about him, and a release has no source.
  EXPECT_EQ(Code("Russia demanded the release of Juan Guaido."), (V{"RUS VENOPP 1053"}));
  EXPECT_TRUE(Code("Juan Guaido was freed on Monday.").empty());
  // Someone no dictionary codes: the request goes to whoever made the latest arrest.
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. Russia demanded that Roberto Smith "
                 "be released."),
            (V{"VENGOV VENOPP 173", "RUS VENGOV 1053"}));
  EXPECT_TRUE(Code("Russia demanded that Roberto Smith be released.").empty());
  // A wished-for release is not one.
  EXPECT_EQ(Code("Venezuela's government arrested Juan Guaido. He has to be freed."),
            (V{"VENGOV VENOPP 173"}));
}

TEST_F(CoderTest, AnUnknownPersonNamedLastIsWhomHeMayMean) {
  // "Roberto Guaido" is not Juan Guaido: "he" is no longer Juan Guaido after him.
  EXPECT_EQ(Code("Juan Guaido met China. Roberto Guaido arrived. He criticized Russia."),
            (V{"VENOPP CHN 040"}));
  EXPECT_EQ(Code("Juan Guaido met China. He criticized Russia."),
            (V{"VENOPP CHN 040", "VENOPP RUS 111"}));
}

TEST_F(CoderTest, TimePhrasesAreNotPartOfAName) {
  // "In recent months Poland": Russia is the subject, not part of "months Russia".
  EXPECT_EQ(Code("In recent months Russia criticized Ukraine."), (V{"RUS UKR 111"}));
}

TEST_F(CoderTest, AnUnknownPersonWithATitleIsCodedByItLaterInTheArticle) {
  EXPECT_EQ(
      Code("Russia's foreign minister John Smith criticized Ukraine. Mr Smith later met China. "
           "Then he praised Ukraine."),
      (V{"RUSGOV UKR 111", "RUSGOV CHN 040", "RUSGOV UKR 051"}));
  EXPECT_EQ(Code("John Smith, Russia's foreign minister, criticized Ukraine. Smith met China."),
            (V{"RUSGOV UKR 111", "RUSGOV CHN 040"}));
  // Without the title nothing is learned.
  EXPECT_TRUE(Code("John Smith criticized Ukraine. Smith met China.").empty());
  // A given name that is someone else's short name ("Kim") is part of the unknown name.
  EXPECT_EQ(Code("Russia's foreign minister Kim Smith criticized Ukraine. Smith met China."),
            (V{"RUSGOV UKR 111", "RUSGOV CHN 040"}));
}

TEST_F(CoderTest, InstitutionsWithoutACountryTakeThePlaceOfTheEvent) {
  EXPECT_EQ(Code("Police fired tear gas at protesters in Bangladesh."), (V{"BGDCOP BGDOPP 175"}));
  EXPECT_EQ(Code("Gunmen abducted 30 students from a school in Nigeria."),
            (V{"NGAREB NGAEDU 181"}));
  // Only institutions and groups take the place: "a man" is anyone.
  EXPECT_TRUE(Code("Police arrested a man at a school in Bangladesh.").empty());
  // Violent repression is of protesters.
  EXPECT_EQ(Code("Police fired tear gas at people in Bangladesh."), (V{"BGDCOP BGDOPP 175"}));
  // Two places: no guess.
  EXPECT_TRUE(Code("Police fired tear gas at protesters in Bangladesh and in Nigeria.").empty());
}

TEST_F(CoderTest, APronounAfterASpeechVerbIsTheSpeaker) {
  EXPECT_EQ(Code("China met Russia. Ukraine's army said it killed five militants in Ukraine."),
            (V{"CHN RUS 040", "UKRMIL UKRREB 190"}));
}

TEST_F(CoderTest, WeaponsAreTheirUsersMilitaryOnlyWithAnExplicitCountry) {
  EXPECT_EQ(Code("Russian air strikes killed at least 20 people in Ukraine."),
            (V{"RUSMIL UKRCVL 195"}));
  // The article is about Ukraine, but "the missile" is not Ukraine's.
  EXPECT_EQ(Code("Ukraine criticized Russia. The missile killed 20 people in Ukraine."),
            (V{"UKR RUS 111"}));
}

TEST_F(CoderTest, AProtestNamedAsADoerIsItsProtesters) {
  EXPECT_EQ(
      Code("Protesters gathered in Ukraine. The protest condemned the government as illegitimate."),
      (V{"UKROPP UKRGOV 111"}));
}

TEST_F(CoderTest, AnOfPhraseInsideACompoundBelongsToItsHead) {
  EXPECT_EQ(Code("The United States and a group of nations plus China criticized Russia."),
            (V{"USA RUS 111", "CHN RUS 111"}));
}

TEST_F(CoderTest, AnUnnamedLeaderOutsideGovernmentIsTheArticlesCountrys) {
  EXPECT_EQ(Code("Ukraine's police met China. Then the police arrested the opposition leader."),
            (V{"UKRCOP CHN 040", "UKRCOP UKROPP 173"}));
}

TEST_F(CoderTest, PlansReachTheVerbsCoordinatedWithAndGovernedByThem) {
  EXPECT_EQ(Code("Russia is ready to keep up dialogue and continue cooperating with China."),
            (V{"RUS CHN 032"}));
  EXPECT_EQ(Code("Russia continued cooperating with China."), (V{"RUS CHN 050"}));
}

TEST_F(CoderTest, TheyInsideAQuotationIsNotTheLastGroupNamed) {
  EXPECT_EQ(Code("China criticized Russia. \"They attacked Ukraine,\" Lavrov said."),
            (V{"CHN RUS 111"}));
  EXPECT_EQ(Code("China criticized Russia. They attacked Ukraine."),
            (V{"CHN RUS 111", "CHN UKR 190"}));
}

TEST_F(CoderTest, TheTwoSidesAndTheWarringSidesAreThePairNamedLast) {
  EXPECT_EQ(Code("Russia and Ukraine held talks with China. Bangladesh criticized the two sides."),
            (V{"RUS CHN 046", "UKR CHN 046", "BGD RUS 111", "BGD UKR 111"}));
  EXPECT_EQ(
      Code("Russia and Ukraine held talks with China. Bangladesh criticized the warring sides."),
      (V{"RUS CHN 046", "UKR CHN 046", "BGD RUS 111", "BGD UKR 111"}));
  // No pair named: nothing.
  EXPECT_TRUE(Code("Bangladesh criticized the warring sides.").empty());
}

TEST_F(CoderTest, AnImpliedTargetIsTheGovernmentTheDemandIsAddressedTo) {
  // Protesters' demand: their own government.
  EXPECT_EQ(Code("Protesters in Ukraine demanded fresh elections."), (V{"UKROPP UKRGOV 1041"}));
  // A foreign state's: the government of the country the article is about.
  EXPECT_EQ(Code("Ukraine criticized Russia. China demanded early elections."),
            (V{"UKR RUS 111", "CHN UKRGOV 1041"}));
  // A state asking it of itself: nothing.
  EXPECT_EQ(Code("Ukraine criticized Russia. Ukraine demanded early elections."),
            (V{"UKR RUS 111"}));
}

TEST_F(CoderTest, ASlotTakesOneMemberWhenThePatternGoesOnInsideTheCompound) {
  // `between $ and +` over "police and demonstrators"; police fighting protesters is
  // repression (175) of the protesters, whichever is named first.
  EXPECT_EQ(Code("Serbian police clashed with no one. A man died in clashes between police and "
                 "protesters."),
            (V{"SRBCOP SRBOPP 175"}));
  EXPECT_EQ(Code("Serbia was calm. A man died in clashes between protesters and police."),
            (V{"SRBCOP SRBOPP 175"}));
  EXPECT_EQ(Code("Poland was calm. Many died in clashes between Poland and Belarus."),
            (V{"POL BLR 190"}));
  // A wished-for reciprocal event is not held, nor one a planned act is about.
  EXPECT_TRUE(Code("It paves the way for more dialogue between Poland and Belarus.").empty());
  EXPECT_TRUE(Code("Russia is ready to host a dialogue between Poland and Belarus.").empty());
  EXPECT_EQ(Code("It came after a dialogue between Poland and Belarus."), (V{"POL BLR 046"}));
}

TEST_F(CoderTest, AnImpliedCountryIsTheOneTheArticleSetsAgainstTheSource) {
  // Belarus is the source: the other country named is the target.
  EXPECT_EQ(Code("Poland sent troops. Belarus launched military drills close to the border."),
            (V{"BLR POL 150"}));
  // Named as a polity beats named through its forces ("Russian troops").
  EXPECT_EQ(Code("Belarus hosted Russian troops. Belarus criticized Poland. Belarus launched drills "
                 "near the border."),
            (V{"BLR POL 111", "BLR POL 150"}));
  // No other country: nothing.
  EXPECT_TRUE(Code("Belarus launched military drills close to the border.").empty());
}

TEST_F(CoderTest, AStatesImpliedActOnSocietyIsOnItsOwnPeople) {
  EXPECT_EQ(Code("Protests spread in Serbia. Serbian police wielded batons."),
            (V{"SRBCOP SRBOPP 175"}));
}

TEST_F(CoderTest, ANegatedPatternCodesOnlyTheNegatedVerb) {
  EXPECT_EQ(Code("Ukraine was calm. Russia did not rule out the use of force."),
            (V{"RUS UKRGOV 138"}));
  EXPECT_TRUE(Code("Ukraine was calm. Russia ruled out the use of force.").empty());
}

TEST_F(CoderTest, APatternGoesOnAfterAnAppositiveAndARelativeClause) {
  EXPECT_EQ(Code("Russia urged Ukraine, its neighbour, which has been at war since 2022, to "
                 "permit humanitarian access."),
            (V{"RUS UKR 0255"}));
  // Not past a clause of another kind.
  EXPECT_TRUE(Code("Russia urged Ukraine, and fighting went on, to permit humanitarian access.")
                  .empty());
}

TEST_F(CoderTest, AListOfVerbPhrasesSharesTheSubject) {
  EXPECT_EQ(Code("Russia criticized Ukraine, attacked China and praised North Korea."),
            (V{"RUS UKR 111", "RUS CHN 190", "RUS PRK 051"}));
  // Without the closing "and": no list.
  EXPECT_EQ(Code("Russia criticized Ukraine, attacked China."), (V{"RUS UKR 111"}));
}

TEST_F(CoderTest, APronounADirectiveIsAddressedToIsNotItsAuthor) {
  // "it" would be China, the last subject; a demand China makes is addressed to another.
  EXPECT_EQ(Code("China criticized Ukraine's government. China demanded that it step down."),
            (V{"CHN UKRGOV 111", "CHN UKRGOV 1041"}));
  // Outside a directive's that-clause, "it" is the last subject.
  EXPECT_EQ(Code("China criticized Ukraine's government. China said that it attacked Russia."),
            (V{"CHN UKRGOV 111", "CHN RUS 190"}));
}

TEST_F(CoderTest, AnEventNounAnnouncedIsItsAnnouncersEvenInQuotationMarks) {
  EXPECT_EQ(Code("Russia announced a ban on Ukraine."), (V{"RUS UKR 163"}));
  EXPECT_EQ(Code("Russia announced the \"ban on Ukraine\" on Monday."), (V{"RUS UKR 163"}));
  EXPECT_EQ(Code("Russia announced a new $500 million ban on Ukraine."), (V{"RUS UKR 163"}));
  // Not the object of a verb of announcing or imposing: no source.
  EXPECT_TRUE(Code("Russia discussed the \"ban on Ukraine\" on Monday.").empty());
}

TEST_F(CoderTest, AReactionToAnEventNounCodesBoth) {
  EXPECT_EQ(Code("Germany condemned Russia's invasion of Ukraine."),
            (V{"DEU RUS 111", "RUS UKR 192"}));
  // Only reactions: an attack on the invasion is not both.
  EXPECT_EQ(Code("Germany attacked Russia's invasion of Ukraine."), (V{"RUS UKR 192"}));
}

TEST_F(CoderTest, AProtestVerbWithNoNamedMakersIsByProtesters) {
  EXPECT_EQ(Code("Ukraine was tense. Thousands of people took to the streets to protest against "
                 "the government."),
            (V{"UKROPP UKRGOV 141"}));
  // Other verbs of the root are not protests by default.
  EXPECT_TRUE(Code("Ukraine was tense. Having stood up against the government, it fell.").empty());
}

TEST_F(CoderTest, AnEventsTwoSidesAreThePairForTheTwoLeaders) {
  EXPECT_EQ(Code("Sergei Lavrov met Kim Jong-un. The two leaders signed an agreement."),
            (V{"RUSGOV PRKGOV 040", "RUSGOV PRKGOV 057"}));
  // But not the parties of a conflict: "all sides" is still the article's country.
  EXPECT_EQ(Code("Fighting went on in Ukraine. Russia met China. Russia urged all sides to "
                 "permit humanitarian access."),
            (V{"RUS CHN 040", "RUS UKR 0255"}));
}

TEST_F(CoderTest, WhatARefusalGovernsIsNotDone) {
  EXPECT_TRUE(Code("China refused to criticize Russia.").empty());
  EXPECT_TRUE(Code("China declined to praise Russia.").empty());
  // A refusal to meet is a refusal (125); "did not refuse to" is done.
  EXPECT_EQ(Code("China refused to meet Russia."), (V{"CHN RUS 125"}));
  EXPECT_EQ(Code("China did not refuse to criticize Russia."), (V{"CHN RUS 111"}));
}

TEST_F(CoderTest, TheHeadOfAnOrganizationActsForIt) {
  EXPECT_EQ(Code("Russia expelled the head of the UN mission."), (V{"RUS IGOUNO 161"}));
}

TEST_F(CoderTest, WhoAfterAPlaceIsThePeopleBeforeIt) {
  EXPECT_EQ(Code("Police in Kenya arrested protesters in Nairobi who criticized Russia."),
            (V{"KENCOP KENOPP 173", "KENOPP RUS 111"}));
  // "which" may be the place.
  EXPECT_EQ(Code("Protesters marched in Nairobi, which criticized Russia."), (V{"KEN RUS 111"}));
}

TEST_F(CoderTest, ANominativePronounIsNeverAnObject) {
  // "warned they would": a clause, not "warned them".
  EXPECT_EQ(Code("Russia met China. Russia and Ukraine warned they would attack."),
            (V{"RUS CHN 040"}));
}

TEST_F(CoderTest, HisSupportersAreOnHisSide) {
  EXPECT_EQ(Code("Juan Guaido spoke. His supporters criticized Russia."), (V{"VENOPP RUS 111"}));
  // Not any noun after a possessive pronoun.
  EXPECT_TRUE(Code("Juan Guaido spoke. His speech criticized Russia.").empty());
}

TEST_F(CoderTest, AnIrregularSimplePastBeforeByIsActive) {
  // "spoke by phone": not a participle, so not "Lavrov, spoken to by phone".
  EXPECT_EQ(Code("Sergei Lavrov spoke by phone with Kim Jong-un."), (V{"RUSGOV PRKGOV 041"}));
}

TEST_F(CoderTest, AllSidesWithNoPairAreTheArticlesCountry) {
  EXPECT_EQ(Code("Fighting went on in Ukraine. Russia urged all sides to permit humanitarian "
                 "access."),
            (V{"RUS UKR 0255"}));
  EXPECT_EQ(Code("Fighting went on in Ukraine. Russia urged the warring parties to permit "
                 "humanitarian access."),
            (V{"RUS UKR 0255"}));
}

// Sends the coder on its plain path for `d`'s patterns: WordMatches compares the words
// themselves, and no test by word id (the skip's word, a reciprocal pattern's words) is made.
void DropWordIds(Dictionary* d) {
  for (Pattern& p : d->patterns)
    for (PatternElement& e : p.elements) e.words.ClearIds();
}

// The coder's skip tests the word that must end it before matching the rest of the pattern
// at each position (SentenceCoder::SkipWordAt). A dictionary whose pattern elements have no
// word ids takes the plain path (WordMatches compares the words themselves, no skip test),
// so both must code the same events, on sentences made at random from the built-in
// dictionary's skip patterns: each element written out (a skip as up to ten words that may
// end it, stop it, or neither), with some words left out or changed.
TEST(CoderSkipTest, TheSkipWordTestAgreesWithThePlainMatch) {
  StatusOr<Dictionary> fast = LoadBuiltInDictionary();
  StatusOr<Dictionary> plain = LoadBuiltInDictionary();
  ASSERT_TRUE(fast.ok() && plain.ok());
  DropWordIds(&*plain);
  std::vector<const Pattern*> with_skip;
  std::set<std::string> ending_words;
  for (const Pattern& p : fast->patterns)
    for (size_t k = 1; k + 1 < p.elements.size(); ++k)
      if (p.elements[k].kind == PatternElement::kSkip && !p.elements[0].words.empty()) {
        with_skip.push_back(&p);
        for (std::string_view w : p.elements[k + 1].words) ending_words.emplace(w);
        break;
      }
  ASSERT_GT(with_skip.size(), 100u);
  const std::vector<std::string> ending(ending_words.begin(), ending_words.end());
  const std::vector<std::string> actors = {"Russia", "China", "the police", "Ukraine",
                                           "protesters", "the United Nations", "Iran's army"};
  const std::vector<std::string> other = {"quickly", "also", "again", "the", "new", "that",
                                          ";",       ",",    "will",  "and", "a",   "on",
                                          "with",    "from", "of",    "to",  "for", "in"};
  Coder fast_coder(*fast, Lexicon::BuiltIn());
  Coder plain_coder(*plain, Lexicon::BuiltIn());
  std::mt19937 rng(5);
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  auto described = [](const ArticleResult& r) {
    std::vector<std::string> out = Triples(r.events);
    for (size_t k = 0; k < out.size(); ++k)
      out[k] += " " + r.events[k].pattern + " " + std::to_string(r.events[k].verb_begin);
    return out;
  };
  size_t skip_events = 0;
  for (int s = 0; s < 3000; ++s) {
    const Pattern& p = *with_skip[rng() % with_skip.size()];
    std::string text = "Russian leaders " + std::string(p.elements[0].words[0]);
    for (size_t k = 1; k < p.elements.size(); ++k) {
      const PatternElement& e = p.elements[k];
      if (rng() % 8 == 0) text += " " + pick(other);  // a word in the way
      if (rng() % 10 == 0) continue;                  // the element left out
      if (e.kind == PatternElement::kSkip) {
        for (int n = static_cast<int>(rng() % 11); n > 0; --n)
          text += " " + (rng() % 3 == 0 ? pick(ending) : pick(other));
      } else if (e.kind != PatternElement::kWord) {
        text += " " + pick(actors);
      } else if (!e.words.empty()) {
        text += " " + std::string(e.words[rng() % e.words.size()]);
      }
    }
    text += ".";
    ArticleResult a = fast_coder.Code(text, *Date::Parse("2023-10-19"));
    ArticleResult b = plain_coder.Code(text, *Date::Parse("2023-10-19"));
    ASSERT_EQ(described(a), described(b)) << text;
    for (const Event& e : a.events) skip_events += e.pattern.find("...") != std::string::npos;
  }
  EXPECT_GT(skip_events, 300u);  // the sentences do exercise skips
}

// A verb's reciprocal patterns (consultation, cooperation: a two-actor subject meets "with"
// no one) are tried without the needs test of its other patterns; the coder skips one when
// a word it must match before its first slot is not in the sentence
// (SentenceCoder::WordMissingBeforeSlots). Without word ids there is no such test, so both
// dictionaries must code the same events on sentences made at random from the built-in
// reciprocal patterns, with a compound subject, their target written or left out, and some
// words left out or changed.
TEST(CoderSkipTest, TheReciprocalWordTestAgreesWithThePlainMatch) {
  StatusOr<Dictionary> fast = LoadBuiltInDictionary();
  StatusOr<Dictionary> plain = LoadBuiltInDictionary();
  ASSERT_TRUE(fast.ok() && plain.ok());
  DropWordIds(&*plain);
  auto reciprocal = [](const std::string& code) {
    return code.size() >= 2 && code[0] == '0' &&
           (code[1] == '3' || code[1] == '4' || code[1] == '6' || code == "050" || code == "057");
  };
  std::vector<const Pattern*> patterns;
  std::vector<std::string> words;  // of their elements after the head
  for (const Pattern& p : fast->patterns) {
    if (p.noun || !reciprocal(p.code) || p.elements.empty() || p.elements[0].words.empty())
      continue;
    bool slot = false;
    for (size_t k = 1; k < p.elements.size(); ++k) {
      slot = slot || p.elements[k].kind == PatternElement::kTarget;
      for (std::string_view w : p.elements[k].words) words.emplace_back(w);
    }
    if (slot) patterns.push_back(&p);
  }
  ASSERT_GT(patterns.size(), 100u);
  const std::vector<std::string> actors = {"Russia", "China", "the police", "Iran's army"};
  Coder fast_coder(*fast, Lexicon::BuiltIn());
  Coder plain_coder(*plain, Lexicon::BuiltIn());
  std::mt19937 rng(7);
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  size_t events = 0;
  for (int s = 0; s < 3000; ++s) {
    const Pattern& p = *patterns[rng() % patterns.size()];
    std::string text = "Ukraine and Turkey " + std::string(p.elements[0].words[0]);
    for (size_t k = 1; k < p.elements.size(); ++k) {
      const PatternElement& e = p.elements[k];
      if (rng() % 8 == 0) continue;  // left out
      if (e.kind == PatternElement::kTarget) {
        if (rng() % 2 == 0) text += " " + pick(actors);
      } else if (e.kind != PatternElement::kWord) {
        text += " " + pick(actors);
      } else if (!e.words.empty()) {
        text += " " + (rng() % 8 == 0 ? pick(words) : std::string(e.words[rng() % e.words.size()]));
      }
    }
    text += ".";
    ArticleResult a = fast_coder.Code(text, *Date::Parse("2023-10-19"));
    ArticleResult b = plain_coder.Code(text, *Date::Parse("2023-10-19"));
    std::vector<std::string> da = Triples(a.events), db = Triples(b.events);
    for (size_t k = 0; k < a.events.size(); ++k) da[k] += " " + a.events[k].pattern;
    for (size_t k = 0; k < b.events.size(); ++k) db[k] += " " + b.events[k].pattern;
    ASSERT_EQ(da, db) << text;
    events += a.events.size();
  }
  EXPECT_GT(events, 1000u);  // the sentences do match
}

}  // namespace
}  // namespace tacitus
