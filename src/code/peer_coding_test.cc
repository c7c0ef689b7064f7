// The coder with what the pipeline turns on for the peers' dictionaries (CoderOptions'
// keep_codes_outside_cameo and shift_tense), and the peers' pattern features the Tacitus
// format cannot write (Pattern::before, Pattern::compound_subject), on a small dictionary
// built here.
#include <gtest/gtest.h>

#include "code/coder.h"
#include "code/triples_for_test.h"
#include "dict/loader.h"

namespace tacitus {
namespace {

// "SOURCE/TARGET/CODE" for each event the coder writes for `text`.
std::vector<std::string> CodedTriples(const Dictionary& dict, const CoderOptions& options,
                                      std::string_view text) {
  return CodedTriples(Coder(dict, Lexicon::BuiltIn(), options), text, '/');
}

// What the pipeline turns on for every peer dictionary's codes.
CoderOptions PeerCodes() {
  CoderOptions o;
  o.keep_codes_outside_cameo = true;
  o.shift_tense = false;
  return o;
}

// A fixture's dictionary, in the Tacitus format.
class PeerDictionaryTest : public ::testing::Test {
 protected:
  void Load(const char* text) {
    std::vector<std::string> errors;
    ParseTacitusFile("peer.txt", text, &dict_, &errors);
    if (!errors.empty()) FAIL() << errors[0];
  }
  using V = std::vector<std::string>;
  Dictionary dict_;
};

class PeerCoderTest : public PeerDictionaryTest {
 protected:
  void SetUp() override {
    Load(
        "actor GON | Gondor\nactor ARN | Arnor\nactor ROH | Rohan\nactor OSG | Osgiliath\n"
        "verb 040 | meet +\nverb 020 | urge +\n");
    ASSERT_EQ(dict_.patterns.size(), 2u);
    const Pattern urge = dict_.patterns[1];
    PatternElement skip;
    skip.kind = PatternElement::kSkip;
    PatternElement refused, to, no;
    refused.words = {"refused", "declined"};
    to.words = {"to"};
    no.words = {"not"};
    Pattern p = urge;
    p.code = "121";  // "- { REFUSED | DECLINED } TO * [121]"
    p.before = {refused, skip, to, skip};
    dict_.patterns.push_back(p);
    p.code = "128";  // "- NOT_* [128]"
    p.before = {no};
    dict_.patterns.push_back(p);
    p = urge;
    p.code = "345";  // a WEIS-era code, not in the CAMEO table
    p.elements.push_back(skip);
    PatternElement strongly;
    strongly.words = {"strongly"};
    p.elements.push_back(strongly);
    dict_.patterns.push_back(p);
    p = urge;
    p.code = "057";  // "- % * TREATY [057]"
    p.elements.pop_back();
    PatternElement treaty;
    treaty.words = {"treaty"};
    p.elements.push_back(skip);
    p.elements.push_back(treaty);
    p.compound_subject = true;
    dict_.patterns.push_back(p);
    p = dict_.patterns[0];
    p.code = "032";  // "VISIT [032:033]": the visited hosts the visitor
    p.paired_code = "033";
    p.elements[0].words = {"visit"};
    dict_.patterns.push_back(p);
    Phrase shire;  // "THE_SHIRE [FRO/BIL]", a coded compound actor
    shire.code = "FRO/BIL";
    shire.words = {"Shire"};
    dict_.phrases.push_back(shire);
    dict_.Finish();
  }

  std::vector<std::string> Code(std::string_view text, const CoderOptions& options) {
    return CodedTriples(Coder(dict_, Lexicon::BuiltIn(), options), text);
  }

  static CoderOptions Peer() { return PeerCodes(); }
};

TEST_F(PeerCoderTest, CodesOutsideTheCameoTableOnlyWhenAsked) {
  EXPECT_EQ(Code("Gondor urged Arnor strongly.", Peer()), (V{"GON ARN 345"}));
  EXPECT_TRUE(Code("Gondor urged Arnor strongly.", CoderOptions()).empty());
}

TEST_F(PeerCoderTest, PairedCodesWriteEachEventWithItsMirror) {
  EXPECT_EQ(Code("Gondor visited Arnor.", Peer()), (V{"GON ARN 032", "ARN GON 033"}));
}

TEST_F(PeerCoderTest, CodedCompoundActorIsAnActorPerCode) {
  EXPECT_EQ(Code("The Shire met Arnor.", Peer()), (V{"FRO ARN 040", "BIL ARN 040"}));
  EXPECT_EQ(Code("Arnor met the Shire.", Peer()), (V{"ARN FRO 040", "ARN BIL 040"}));
}

TEST_F(PeerCoderTest, PeersPassiveNeedsBy) {
  CoderOptions o = Peer();
  const char* text = "Gondor was urged Arnor.";  // the object after the verb: the target
  EXPECT_TRUE(Code(text, o).empty());            // Tacitus: a passive whose source is not named
  EXPECT_EQ(Code("Gondor was urged by Arnor.", o), (V{"ARN GON 020"}));
  o.passive_needs_by = true;
  EXPECT_EQ(Code(text, o), (V{"GON ARN 020"}));
  EXPECT_EQ(Code("Gondor was urged by Arnor.", o), (V{"ARN GON 020"}));
}

TEST_F(PeerCoderTest, PeersCompoundGoesOnBeforeAVerb) {
  CoderOptions o = Peer();
  const char* text = "Gondor urged Arnor and Rohan would cope.";
  EXPECT_EQ(Code(text, o), (V{"GON ARN 020"}));  // Tacitus: "Rohan would cope" a new clause
  o.compound_before_verb = true;
  EXPECT_EQ(Code(text, o), (V{"GON ARN 020", "GON ROH 020"}));
  // Only actors joined by a conjunction: a noun phrase naming none still ends the compound.
  EXPECT_EQ(Code("Gondor urged Arnor and the farmers would cope.", o), (V{"GON ARN 020"}));
}

TEST_F(PeerCoderTest, NewActorsAreUncodedPhrasesOfFewWords) {
  CoderOptions o = Peer();
  EXPECT_TRUE(Code("Gondor met the Ministry of Magic.", o).empty());
  o.new_actor_length = 4;
  EXPECT_EQ(Code("Gondor met the Ministry of Magic.", o), (V{"GON \"THE MINISTRY OF MAGIC\" 040"}));
  EXPECT_EQ(Code("Minerva's old friends met Gondor.", o), (V{"\"MINERVA OLD FRIENDS\" GON 040"}));
  // Not a phrase whose prepositional phrase names an actor ("the dispute with Arnor").
  EXPECT_TRUE(Code("Gondor met the envoys from Arnor.", o).empty());
  o.new_actor_length = 3;
  EXPECT_TRUE(Code("Gondor met the Ministry of Magic.", o).empty());
}

// Regression, for every dictionary: a "by" after another verb is that verb's agent ("memos
// sent by Arnor"), not a sign that the first verb is a reduced relative. Before the fix
// "Gondor urged" was read as "Gondor, urged by ...", and nothing was coded.
TEST_F(PeerCoderTest, AByAfterAnotherVerbIsNotTheFirstVerbsAgent) {
  Pattern p = dict_.patterns[1];  // urge +
  PatternElement skip;
  skip.kind = PatternElement::kSkip;
  p.code = "051";
  p.elements.insert(p.elements.begin() + 1, skip);  // urge ... +
  dict_.patterns.push_back(p);
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged cultural memos sent by Arnor.", CoderOptions()), (V{"GON ARN 051"}));
}

TEST_F(PeerCoderTest, NoTenseShiftWhenAsked) {
  EXPECT_EQ(Code("Gondor will meet Arnor.", CoderOptions()), (V{"GON ARN 036"}));
  EXPECT_EQ(Code("Gondor will meet Arnor.", Peer()), (V{"GON ARN 040"}));
}

TEST_F(PeerCoderTest, WordsBeforeTheVerbAreMatchedLeftwards) {
  EXPECT_EQ(Code("Gondor urged Arnor.", Peer()), (V{"GON ARN 020"}));
  EXPECT_EQ(Code("Gondor refused to urge Arnor.", Peer()), (V{"GON ARN 121"}));
  EXPECT_EQ(Code("Gondor declined on Monday to urge Arnor.", Peer()), (V{"GON ARN 121"}));
  // Order matters: "to ... refused" is not "refused ... to".
  EXPECT_EQ(Code("Gondor wanted to urge Arnor, and refused.", Peer()), (V{"GON ARN 020"}));
}

TEST_F(PeerCoderTest, NeitherNorJoinsACompound) {
  EXPECT_EQ(Code("Neither Gondor nor Arnor met Rohan.", CoderOptions()),
            (V{"GON ROH 040", "ARN ROH 040"}));
}

TEST_F(PeerCoderTest, CompoundSubjectActsOnItself) {
  EXPECT_EQ(Code("Gondor and Arnor urged a treaty.", Peer()), (V{"GON ARN 057", "ARN GON 057"}));
  EXPECT_TRUE(Code("Gondor urged a treaty.", Peer()).empty());
}

TEST_F(PeerCoderTest, TabarisCompoundIsTheSentencesCompoundWhenAsked) {
  const char* kText = "Rohan with Gondor and Arnor urged a treaty.";
  EXPECT_TRUE(Code(kText, Peer()).empty());  // the subject is Arnor alone
  CoderOptions o = Peer();
  o.compound_anywhere = true;
  EXPECT_EQ(Code(kText, o), (V{"GON ARN 057", "ARN GON 057"}));
  EXPECT_TRUE(Code("Rohan with Gondor urged a treaty.", o).empty());  // no compound
}

TEST_F(PeerCoderTest, ACompoundInTheSlotActsOnItself) {
  Pattern p = dict_.patterns[0];  // meet +, made "- * WITH %"
  p.code = "067";
  p.compound_subject = true;
  PatternElement with;
  with.words = {"with"};
  p.elements.insert(p.elements.end() - 1, with);
  dict_.patterns.push_back(p);
  dict_.Finish();
  EXPECT_EQ(Code("Rohan met with Gondor and Arnor.", Peer()), (V{"GON ARN 067", "ARN GON 067"}));
  EXPECT_TRUE(Code("Rohan met with Gondor.", Peer()).empty());  // no compound: no match
}

TEST_F(PeerCoderTest, APatternThatAsksForNegationCodesTheNegatedVerb) {
  EXPECT_EQ(Code("Gondor did not urge Arnor.", Peer()), (V{"GON ARN 128"}));
  // Without such a pattern a negated verb still codes nothing.
  EXPECT_TRUE(Code("Gondor did not meet Arnor.", Peer()).empty());
}

TEST_F(PeerCoderTest, TabariIgnoresNegation) {
  CoderOptions o = Peer();
  o.ignore_negation = true;
  Coder coder(dict_, Lexicon::BuiltIn(), o);
  const ArticleResult r = coder.Code("Gondor did not meet Arnor.", *Date::Parse("2023-10-19"));
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].code, "040");
  EXPECT_FALSE(r.events[0].negated);
  // The pattern that asks for the negation still wins where it matches.
  EXPECT_EQ(Code("Gondor did not urge Arnor.", o), (V{"GON ARN 128"}));
}

using PeerDiscardPatternTest = PeerDictionaryTest;

TEST_F(PeerDiscardPatternTest, ADiscardOrComplexPatternThatMatchesDropsTheSentence) {
  Load(
      "actor GON | Gondor\nactor ARN | Arnor\nverb 064 | restore ... ties ... +\n"
      "verb 190 | attack +\nverb 191 | restore ... + ... after ... accident\n");
  const CoderOptions o = PeerCodes();
  const char* text = "Gondor restored diplomatic ties with Arnor after the accident.";
  const char* other = "Gondor restored diplomatic ties with Arnor; Arnor attacked Gondor.";
  for (const char* code : {"###", "+++"}) {
    Dictionary d = dict_;
    d.patterns[2].code = code;  // TABARI's "- * AFTER ACCIDENT [###]"
    d.Finish();
    EXPECT_TRUE(CodedTriples(d, o, text).empty()) << code;
    // Where it does not match, the sentence codes as before.
    EXPECT_EQ(CodedTriples(d, o, other), (V{"GON/ARN/064", "ARN/GON/190"})) << code;
  }
  dict_.Finish();
  EXPECT_FALSE(CodedTriples(dict_, o, text).empty());
}

// A dictionary whose verb words are TABARI's: VOICE is a verb wherever it stands, ACTUALITY
// a stem, RAISE a verb with only a longer pattern.
class PeerVerbWordsTest : public PeerDictionaryTest {
 protected:
  void SetUp() override {
    Load(
        "actor GON | Gondor\nactor ARN | Arnor\nverb 020 | voice ... +\n"
        "verb 100 | actuality ... +\nverb 024 | raise ... hope ... +\n"
        "verb 041 | welcome ... +\nverb 064 | resume ... +\n"
        "verb 024 | allow ... + ... pleasant\n");
    dict_.Finish();
  }
  std::vector<std::string> Code(std::string_view text) {
    CoderOptions o;
    o.default_source_before_verb = true;
    return CodedTriples(Coder(dict_, Lexicon::BuiltIn(), o), text);
  }
  void AddVerbWords() {
    dict_.verb_words = {{"voice", false, "voice"},
                        {"actuality", true, "actuality"},
                        {"resumption", true, "resume"}};
    dict_.Finish();
  }
};

TEST_F(PeerVerbWordsTest, NounsAndStemsAreVerbsOnlyForADictionaryThatSaysSo) {
  EXPECT_TRUE(Code("Gondor has raised its voice for Arnor.").empty());
  EXPECT_TRUE(Code("Gondor actualityss from Arnor.").empty());
  AddVerbWords();
  // RAISE has only a longer pattern that does not match, so VOICE is the verb.
  EXPECT_EQ(Code("Gondor has raised its voice for Arnor."), (V{"GON ARN 020"}));
  EXPECT_EQ(Code("Gondor actualityss from Arnor."), (V{"GON ARN 100"}));
  // A verb that always codes comes first: "resumption" stays a noun.
  EXPECT_EQ(Code("Gondor welcomed a resumption of ties with Arnor."), (V{"GON ARN 041"}));
}

TEST_F(PeerVerbWordsTest, NoVerbRightAfterAnArticle) {
  AddVerbWords();
  EXPECT_EQ(Code("Gondor saw resumption of ties with Arnor."), (V{"GON ARN 064"}));
  // TABARI manual 7.4: a word after THE, A or AN is a noun.
  EXPECT_TRUE(Code("Gondor saw a resumption of ties with Arnor.").empty());
  EXPECT_TRUE(Code("Gondor was in the voice for Arnor.").empty());
}

TEST_F(PeerCoderTest, DefaultSourceIsTheFirstActorBeforeTheVerbWhenAsked) {
  // "its" is the subject the coder finds; TABARI's default source is Gondor.
  EXPECT_TRUE(Code("In Gondor, its people urged Arnor.", Peer()).empty());
  CoderOptions o = Peer();
  o.default_source_before_verb = true;
  EXPECT_EQ(Code("In Gondor, its people urged Arnor.", o), (V{"GON ARN 020"}));
}

TEST_F(PeerVerbWordsTest, PeerSkipsCrossClauseBoundaries) {
  EXPECT_TRUE(Code("Gondor allowed that Arnor is a pleasant place.").empty());
  for (Pattern& p : dict_.patterns)
    for (PatternElement& e : p.elements) e.open = e.kind == PatternElement::kSkip;
  dict_.Finish();
  EXPECT_EQ(Code("Gondor allowed that Arnor is a pleasant place."), (V{"GON ARN 024"}));
}

TEST_F(PeerVerbWordsTest, PeerSkipsHaveNoLengthLimit) {
  // Nine words between "welcomed" and its target: past the coder's own skip.
  const char* kText =
      "Gondor welcomed the very long and still quite slow new talks with Arnor.";
  EXPECT_TRUE(Code(kText).empty());
  for (Pattern& p : dict_.patterns)
    for (PatternElement& e : p.elements) e.open = e.kind == PatternElement::kSkip;
  dict_.Finish();
  EXPECT_EQ(Code(kText), (V{"GON ARN 041"}));
}

TEST_F(PeerCoderTest, ADatedDiscardDropsTheSentenceOnItsDatesOnly) {
  // TABARI's "ONODOHER [ONO <911226] [###]": a discard from 1991-12-26 on.
  Person ono;
  ono.name = "Onodoher";
  DatedRole before, after;
  before.code = "ONO";
  before.to = Date::Parse("1991-12-25");
  after.discard = true;
  ono.roles = {before, after};
  dict_.people.push_back(ono);
  Phrase name;
  name.kind = PhraseKind::kPerson;
  name.person = static_cast<int32_t>(dict_.people.size() - 1);
  name.words = {"onodoher"};
  dict_.phrases.push_back(name);
  dict_.Finish();
  Coder coder(dict_, Lexicon::BuiltIn(), Peer());
  const char* kText = "Gondor urged Arnor after Onodoher crowds left.";
  EXPECT_EQ(CodedTriples(coder, kText, ' ', "1991-01-01"), (V{"GON ARN 020"}));
  EXPECT_TRUE(CodedTriples(coder, kText, ' ', "1995-01-01").empty());
}

TEST_F(PeerCoderTest, TabariWordsMatchTextWordsAndStems) {
  Pattern p = dict_.patterns[1];  // urge +
  p.code = "024";
  PatternElement skip, real;
  skip.kind = PatternElement::kSkip;
  real.words = {"real"};
  p.elements.push_back(skip);
  p.elements.push_back(real);
  dict_.patterns.push_back(p);
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged Arnor really.", Peer()), (V{"GON ARN 020"}));
  dict_.patterns.back().elements.back().prefixes = {"real"};
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged Arnor really.", Peer()), (V{"GON ARN 024"}));
  // A surface word is not matched by its lemma.
  dict_.patterns.back().elements.back() = PatternElement();
  dict_.patterns.back().elements.back().words = {"treaty"};
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged Arnor on treaties.", Peer()), (V{"GON ARN 024"}));
  dict_.patterns.back().elements.back().surface = true;
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged Arnor on treaties.", Peer()), (V{"GON ARN 020"}));
}

TEST_F(PeerCoderTest, ATargetBeforeTheVerbTakesTabarisDefaultSource) {
  PatternElement skip, noted, was, target;
  skip.kind = PatternElement::kSkip;
  target.kind = PatternElement::kTarget;
  noted.words = {"noted"};
  was.words = {"was"};
  Pattern p = dict_.patterns[1];  // urge +
  p.elements.resize(1);
  p.code = "115";  // "URGE - NOTED + * [115]"
  p.before = {noted, skip, target, skip};
  dict_.patterns.push_back(p);
  p.code = "224";  // "URGE - + WAS * [224]"
  p.before = {target, skip, was, skip};
  dict_.patterns.push_back(p);
  dict_.Finish();
  CoderOptions o = Peer();
  o.default_source_before_verb = true;
  // The target is the actor after NOTED, the source the first other actor before the verb,
  // not the verb's subject.
  EXPECT_EQ(Code("Gondor noted that Arnor urged restraint.", o), (V{"GON ARN 115"}));
  // No other actor before the verb: the source is the first one after it.
  EXPECT_EQ(Code("Arnor was urged in Gondor.", o), (V{"GON ARN 224"}));
}

TEST_F(PeerCoderTest, OneVerbPerClauseWhenAsked) {
  CoderOptions o = Peer();
  EXPECT_EQ(Code("Gondor urged Arnor after it met Gondor.", o), (V{"GON ARN 020", "ARN GON 040"}));
  o.first_verb_per_clause = true;
  EXPECT_EQ(Code("Gondor urged Arnor after it met Gondor.", o), (V{"GON ARN 020"}));
  // A conjunction that does not join actors starts a new clause.
  EXPECT_EQ(Code("Gondor urged Arnor and Arnor met Gondor.", o), (V{"GON ARN 020", "ARN GON 040"}));
}

TEST_F(PeerCoderTest, TheClausesFirstActorIsTheSourceWhenAsked) {
  CoderOptions o = Peer();
  o.first_verb_per_clause = true;
  // The verb's subject by default.
  EXPECT_EQ(Code("Gondor said that Arnor urged Rohan.", o), (V{"ARN ROH 020"}));
  EXPECT_EQ(Code("Gondor with Arnor and Rohan urged Osgiliath.", o), (V{"ROH OSG 020"}));
  o.clause_first_actor_source = true;
  // TABARI's default source: the first actor before the verb.
  EXPECT_EQ(Code("Gondor said that Arnor urged Rohan.", o), (V{"GON ROH 020"}));
  // A conjunction joining actors makes a compound, not a new clause.
  EXPECT_EQ(Code("Gondor with Arnor and Rohan urged Osgiliath.", o), (V{"GON OSG 020"}));
  EXPECT_EQ(Code("Gondor and Arnor urged Rohan.", o), (V{"GON ROH 020", "ARN ROH 020"}));
  // An actor after a conjunction opens a clause with its own source.
  EXPECT_EQ(Code("Gondor met Rohan on Monday and Arnor urged Rohan.", o),
            (V{"GON ROH 040", "ARN ROH 020"}));
  // A conjunction between TABARI's listed nouns, or adjectives, joins them; one between
  // other words opens a clause, whose own actor is the source.
  EXPECT_EQ(Code("Gondor's sheep and pigs of Arnor urged Rohan.", o), (V{"ARN ROH 020"}));
  EXPECT_EQ(Code("Gondor's awful and evil envoys of Arnor urged Rohan.", o), (V{"ARN ROH 020"}));
  dict_.tabari_nouns = {"sheep", "pig"};
  dict_.tabari_adjectives = {"awful", "evil_"};
  EXPECT_EQ(Code("Gondor's sheep and pigs of Arnor urged Rohan.", o), (V{"GON ROH 020"}));
  EXPECT_EQ(Code("Gondor's awful and evil envoys of Arnor urged Rohan.", o), (V{"GON ROH 020"}));
  EXPECT_EQ(Code("Gondor's awful and evilish envoys of Arnor urged Rohan.", o), (V{"ARN ROH 020"}));
}

TEST_F(PeerCoderTest, WordsBeforeTheVerbTakeTabarisDefaultSourceWhenAsked) {
  PatternElement skip, suggested;
  skip.kind = PatternElement::kSkip;
  suggested.words = {"suggested"};
  Pattern p = dict_.patterns[1];  // urge +
  p.code = "151";                 // "URGE - SUGGESTED * [151]"
  p.before = {suggested, skip};
  dict_.patterns.push_back(p);
  dict_.Finish();
  CoderOptions o = Peer();
  o.default_source_before_verb = true;
  EXPECT_EQ(Code("Gondor suggested that Arnor urged Rohan.", o), (V{"ARN ROH 151"}));
  o.before_words_default_source = true;
  EXPECT_EQ(Code("Gondor suggested that Arnor urged Rohan.", o), (V{"GON ROH 151"}));
  // The first actor opens the verb's compound subject: the compound is the source.
  EXPECT_EQ(Code("Gondor and Arnor suggested and urged Rohan.", o),
            (V{"GON ROH 151", "ARN ROH 151"}));
}

TEST_F(PeerVerbWordsTest, AVerbWordWithAPossessiveEndingIsANounInTabari) {
  Load("verb 073 | donate ... to +\n");
  dict_.patterns.back().elements[0].prefixes = {"donate_"};  // TABARI's "DONATE_ [073]"
  dict_.verb_words = {{"donate", true, "donate"}};
  dict_.Finish();
  CoderOptions o;
  o.default_source_before_verb = true;
  auto code = [&](const char* text) {
    return CodedTriples(Coder(dict_, Lexicon::BuiltIn(), o), text);
  };
  // The verb word makes "donate" a verb before its clitic "'s".
  EXPECT_EQ(code("Gondor donate's cash to Arnor."), (V{"GON ARN 073"}));
  // As TABARI reads the text, "donate's" is one word: a noun's possessive, no verb.
  o.written_verb_heads = true;
  EXPECT_TRUE(code("Gondor donate's cash to Arnor.").empty());
  EXPECT_EQ(code("Gondor donates cash to Arnor."), (V{"GON ARN 073"}));
}

TEST_F(PeerVerbWordsTest, AModalThatIsAVerbWordIsAVerb) {
  std::vector<std::string> errors;
  ParseTacitusFile("more.txt", "verb 101 | should ... +\n", &dict_, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  dict_.Finish();
  EXPECT_TRUE(Code("Gondor should punish Arnor.").empty());
  dict_.verb_words = {{"should", false, "should"}};  // TABARI's "SHOULD [101]"
  dict_.Finish();
  EXPECT_EQ(Code("Gondor should punish Arnor."), (V{"GON ARN 101"}));
}

TEST_F(PeerCoderTest, AVerbWrittenAsTheTextsWordGoesFirst) {
  Pattern leave = dict_.patterns[1];  // urge +
  leave.elements[0].words = {"leave"};
  leave.elements[0].prefixes = {"leave"};  // TABARI's "LEAVE [012]"
  leave.code = "012";
  leave.ref.line = 101;
  dict_.patterns.push_back(leave);
  Pattern left = leave;
  left.elements[0].prefixes = {"left"};  // "LEFT_ [032]": the same lemma
  left.code = "032";
  left.ref.line = 102;
  dict_.patterns.push_back(left);
  dict_.Finish();
  EXPECT_EQ(Code("Gondor left Arnor.", Peer()), (V{"GON ARN 032"}));
  EXPECT_EQ(Code("Gondor leaves Arnor.", Peer()), (V{"GON ARN 012"}));
}

TEST_F(PeerCoderTest, PetrarchSkipsANounPhraseWithOrWithoutAnActor) {
  PatternElement skip, their, skip_np, about, target;
  skip.kind = PatternElement::kSkip;
  their.words = {"their"};
  skip_np.kind = PatternElement::kSkip;
  skip_np.skip_actor = true;  // PETRARCH's "- * THEIR ^ ABOUT + [162]"
  about.words = {"about"};
  target.kind = PatternElement::kTarget;
  Pattern p = dict_.patterns[1];  // urge +
  p.code = "162";
  p.elements = {p.elements[0], skip, their, skip_np, skip, about, target};
  dict_.patterns.push_back(p);
  dict_.Finish();
  CoderOptions petrarch = Peer();
  petrarch.skip_noun_phrase = true;
  petrarch.text_underscores_are_blanks = true;
  const char* text = "Gondor urged their populations about Rohan.";
  EXPECT_EQ(Code(text, Peer()), (V{}));  // TABARI's `^` wants an actor
  EXPECT_EQ(Code(text, petrarch), (V{"GON ROH 162"}));
  EXPECT_EQ(Code("Gondor urged their Arnor populations about Rohan.", petrarch),
            (V{"GON ROH 162"}));
  // The text's underscore joins words as a blank does.
  EXPECT_EQ(Code("Gondor met The_Shire.", Peer()), (V{}));
  EXPECT_EQ(Code("Gondor met The_Shire.", petrarch), (V{"GON FRO 040", "GON BIL 040"}));
}

TEST_F(PeerCoderTest, SkipActorPassesOverTheNextActor) {
  PatternElement skip, at, skip_actor, target;
  skip.kind = PatternElement::kSkip;
  at.words = {"at"};
  skip_actor.kind = PatternElement::kSkip;
  skip_actor.skip_actor = true;  // TABARI's "- * AT ^ + [162]"
  target.kind = PatternElement::kTarget;
  Pattern p = dict_.patterns[1];  // urge +
  p.code = "162";
  p.elements = {p.elements[0], skip, at, skip_actor, skip, target};
  dict_.patterns.push_back(p);
  dict_.Finish();
  EXPECT_EQ(Code("Gondor urged at the Arnor of Rohan.", Peer()), (V{"GON ROH 162"}));
  // A compound is one actor.
  EXPECT_EQ(Code("Gondor urged at Arnor and Rohan of the Shire.", Peer()),
            (V{"GON FRO 162", "GON BIL 162"}));
  // With no actor after the skipped one the pattern does not match.
  for (const std::string& event : Code("Gondor urged at Arnor.", Peer()))
    EXPECT_EQ(event.find("162"), std::string::npos) << event;
}

// The peers' agent codes (CoderOptions::peer_agent_codes, TABARI manual 5.4).
class PeerAgentCodesTest : public PeerDictionaryTest {
 protected:
  void SetUp() override {
    Load(
        "actor GON | Gondor\nactor ARN | Arnor\nactor USAGOV | White House\n"
        "agent GOV | official\nagent GOV | security officials\nagent JUD | prosecutor\n"
        "agent GOV | ambassador\nverb 064 | restore ... ties ... +\n");
    // Codes outside CAMEO's actor table, as the peers' dictionaries write them.
    auto add = [&](PhraseKind kind, std::string code, std::vector<std::string> words) {
      Phrase p;
      p.kind = kind;
      p.code = std::move(code);
      p.words = std::move(words);
      dict_.phrases.push_back(p);
    };
    add(PhraseKind::kActor, "GMWGOV", {"West", "German"});
    add(PhraseKind::kActor, "GONGMO", {"Gonzo", "GMO"});
    add(PhraseKind::kAgent, "WGO", {"world", "government"});
    // "RIGHTS_ACTIVISTS [NGM~]": the role goes before the actor's code.
    add(PhraseKind::kAgent, "NGM~", {"rights", "activists"});
    dict_.Finish();
  }
  std::vector<std::string> Code(std::string_view text, bool peer, bool tabari = false) {
    CoderOptions o = PeerCodes();
    o.peer_agent_codes = peer;
    o.agent_first_compound_member = tabari;
    return CodedTriples(dict_, o, text);
  }
};

TEST_F(PeerAgentCodesTest, RoleIsAddedUnlessAlignedInTheActorsCode) {
  const char* text = "West German world government activists restored ties with Gonzo GMO.";
  EXPECT_EQ(Code(text, false), (V{"GMWGOV/GONGMO/064"}));
  // WGO is in GMWGOV, but not on a three-letter boundary.
  EXPECT_EQ(Code(text, true), (V{"GMWGOVWGO/GONGMO/064"}));
  EXPECT_EQ(Code("White House officials restored ties with Gondor.", true), (V{"USAGOV/GON/064"}));
}

TEST_F(PeerAgentCodesTest, PrefixAgentsGoBeforeTheActorsCode) {
  EXPECT_EQ(Code("Rights activists in Arnor restored ties with rights activists Gondor.", true),
            (V{"NGMARN/NGMGON/064"}));
  EXPECT_EQ(Code("Arnor restored ties with rights activists of Gonzo GMO.", true),
            (V{"ARN/NGMGONGMO/064"}));
}

TEST_F(PeerAgentCodesTest, FormerMakesTheAgentElite) {
  EXPECT_EQ(Code("Arnor former officials restored ties with former Gondor prosecutors.", true),
            (V{"ARNELI/GONELI/064"}));
  EXPECT_EQ(Code("Former security officials in White House restored ties with Gondor.", true),
            (V{"USAGOVELI/GON/064"}));
  EXPECT_EQ(Code("Arnor former officials restored ties with former Gondor prosecutors.", false),
            (V{"ARNGOV/GONJUD/064"}));
}

TEST_F(PeerAgentCodesTest, AnAgentBeforeAnOfCompoundIsTheFirstMembersInTabari) {
  const char* text = "The White House restored ties with the ambassadors of Arnor and Gondor.";
  EXPECT_EQ(Code(text, false), (V{"USAGOV/ARNGOV/064", "USAGOV/GONGOV/064"}));
  EXPECT_EQ(Code(text, true), (V{"USAGOV/ARNGOV/064", "USAGOV/GONGOV/064"}));
  EXPECT_EQ(Code(text, true, true), (V{"USAGOV/ARNGOV/064", "USAGOV/GON/064"}));
}

TEST_F(PeerAgentCodesTest, TabariAgentsGoOnlyWithAnActorNextToThem) {
  const char* text = "Arnor's first deputy official restored ties with Gondor.";
  EXPECT_EQ(Code(text, true), (V{"ARNGOV/GON/064"}));
  CoderOptions o = PeerCodes();
  o.peer_agent_codes = true;
  o.adjacent_agents = true;
  EXPECT_EQ(CodedTriples(dict_, o, text), (V{"ARN/GON/064"}));
  EXPECT_EQ(CodedTriples(dict_, o, "Arnor's officials restored ties with Gondor."),
            (V{"ARNGOV/GON/064"}));
}

TEST_F(PeerCoderTest, TabariVerbHeadsMatchOnlyTheWordsAsWritten) {
  Pattern leave = dict_.patterns[1];  // urge +
  leave.elements[0].words = {"leave"};
  leave.elements[0].prefixes = {"leave_"};  // TABARI's "LEAVE_ [012]"
  leave.code = "012";
  dict_.patterns.push_back(leave);
  Pattern ban = leave;
  ban.elements[0].words = {"ban"};
  ban.elements[0].prefixes = {"ban="};  // "BAN= [191]": no endings
  ban.code = "191";
  dict_.patterns.push_back(ban);
  dict_.Finish();
  CoderOptions o = Peer();
  // By lemma, "left" and "bans" reach LEAVE_ and BAN=; as TABARI reads them, they do not.
  EXPECT_EQ(Code("Gondor left Arnor.", o), (V{"GON ARN 012"}));
  EXPECT_EQ(Code("Gondor bans Arnor.", o), (V{"GON ARN 191"}));
  o.written_verb_heads = true;
  EXPECT_TRUE(Code("Gondor left Arnor.", o).empty());
  EXPECT_TRUE(Code("Gondor bans Arnor.", o).empty());
  EXPECT_EQ(Code("Gondor leaves Arnor.", o), (V{"GON ARN 012"}));
  EXPECT_EQ(Code("Gondor will ban Arnor.", o), (V{"GON ARN 191"}));
}

// PETRARCH's compounds (CoderOptions::agent_in_compound, joined_adjectives).
class PetrarchCompoundTest : public PeerDictionaryTest {
 protected:
  void SetUp() override {
    Load(
        "actor GON | Gondor\nactor FOR | Fornost\nactor ERI | Eriador\nactor ITH | Ithilen\n"
        "actor CAL | Calimehtar\nactor ELF | Elrond\nactor DNK | Danish\nagent LEG | lawmaker\n"
        "agent GOV | official\nagent GOV | minister\nagent GOV | government\n"
        "agent MED | media\nverb 041 | welcome +\nverb 160 | warn ... +\n");
    dict_.Finish();
  }
  std::vector<std::string> Code(std::string_view text, bool in_compound, bool adjectives,
                                bool possessor_first = false) {
    CoderOptions o = PeerCodes();
    o.possessor_actor_first = possessor_first;
    o.peer_agent_codes = true;
    o.unknown_country_agents = true;
    o.agent_in_compound = in_compound;
    o.joined_adjectives = adjectives;
    return CodedTriples(dict_, o, text);
  }
};

TEST_F(PetrarchCompoundTest, AnAgentBeforeAnInCompoundCodesWithEveryMember) {
  const char* text = "Lawmakers in Fornost and Gondor welcomed Eriador.";
  EXPECT_EQ(Code(text, false, false), (V{"GON/ERI/041"}));
  EXPECT_EQ(Code(text, true, false), (V{"FORLEG/ERI/041", "GONLEG/ERI/041"}));
  // An agent joined to it shares its countries.
  EXPECT_EQ(Code("Lawmakers and officials in Fornost and Gondor welcomed Eriador.", true, false),
            (V{"FORLEG/ERI/041", "GONLEG/ERI/041", "FORGOV/ERI/041", "GONGOV/ERI/041"}));
  // A single country is the agent's as before.
  EXPECT_EQ(Code("Lawmakers in Fornost welcomed Eriador.", true, false), (V{"FORLEG/ERI/041"}));
}

TEST_F(PetrarchCompoundTest, ABarePairOfAgentsSharesItsCountry) {
  EXPECT_EQ(Code("Danish media and government welcomed Eriador.", false, false),
            (V{"DNKMED/ERI/041", "---GOV/ERI/041"}));
  EXPECT_EQ(Code("Danish media and government welcomed Eriador.", true, false),
            (V{"DNKMED/ERI/041", "DNKGOV/ERI/041"}));
  // "the Danish media" is a phrase of its own.
  EXPECT_EQ(Code("The Danish media and government welcomed Eriador.", true, false),
            (V{"DNKMED/ERI/041", "---GOV/ERI/041"}));
}

TEST_F(PetrarchCompoundTest, AdjectivesJoinedByAndStayInTheNounPhrase) {
  const char* text = "Ithilen's awful and evil minister Calimehtar warned Eriador.";
  EXPECT_EQ(Code(text, false, false), (V{"ITH/ERI/160", "CALGOV/ERI/160"}));
  EXPECT_EQ(Code(text, false, true), (V{"ITHGOV/ERI/160"}));
}

TEST_F(PetrarchCompoundTest, APossessorBeforeTheHeadsActorIsThePhrasesActor) {
  const char* text = "Eriador welcomed Gondor and Ithilen's Elrond.";
  EXPECT_EQ(Code(text, false, false), (V{"ERI/GON/041", "ERI/ELF/041"}));
  EXPECT_EQ(Code(text, false, false, true), (V{"ERI/GON/041", "ERI/ITH/041"}));
}

}  // namespace
}  // namespace tacitus
