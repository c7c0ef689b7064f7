#include "parse/lexicon.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#ifndef TACITUS_WORDNET_DIR
#define TACITUS_WORDNET_DIR "/usr/share/wordnet"
#endif

namespace tacitus {
namespace {

namespace fs = std::filesystem;

const Lexicon& Lex() { return Lexicon::BuiltIn(); }

VerbForm FormOf(std::string_view word) {
  VerbForm form = VerbForm::kBase;
  EXPECT_TRUE(Lex().IsVerbForm(word, &form)) << word;
  return form;
}

// --- Open-class words: parts of speech and lemmas ----------------------------------------

TEST(LexiconTest, NounLemmas) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Lemma("talks", kPosNoun), "talk");
  EXPECT_EQ(lex.Lemma("forces", kPosNoun), "force");
  EXPECT_EQ(lex.Lemma("countries", kPosNoun), "country");  // -ies -> -y
  EXPECT_EQ(lex.Lemma("drills", kPosNoun), "drill");
  EXPECT_EQ(lex.Lemma("buses", kPosNoun), "bus");            // -ses -> -s
  EXPECT_EQ(lex.Lemma("boxes", kPosNoun), "box");            // -xes -> -x
  EXPECT_EQ(lex.Lemma("churches", kPosNoun), "church");      // -ches -> -ch
  EXPECT_EQ(lex.Lemma("ambushes", kPosNoun), "ambush");      // -shes -> -sh
  EXPECT_EQ(lex.Lemma("policemen", kPosNoun), "policeman");  // -men -> -man
  EXPECT_EQ(lex.Lemma("children", kPosNoun), "child");       // noun.exc
  EXPECT_EQ(lex.Lemma("women", kPosNoun), "woman");
  EXPECT_EQ(lex.Lemma("people", kPosNoun), "people");       // a lemma itself
  EXPECT_EQ(lex.Lemma("meeting", kPosNoun), "meeting");     // the word before the rules
  EXPECT_EQ(lex.Lemma("boss", kPosNoun), "boss");           // -ss is not a plural
  EXPECT_EQ(lex.Lemma("spoonsful", kPosNoun), "spoonful");  // spoons + ful
  EXPECT_EQ(lex.Lemma("prime ministers", kPosNoun), "prime minister");
}

TEST(LexiconTest, VerbLemmas) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Lemma("met", kPosVerb), "meet");  // verb.exc
  EXPECT_EQ(lex.Lemma("held", kPosVerb), "hold");
  EXPECT_EQ(lex.Lemma("went", kPosVerb), "go");
  EXPECT_EQ(lex.Lemma("said", kPosVerb), "say");
  EXPECT_EQ(lex.Lemma("fled", kPosVerb), "flee");
  EXPECT_EQ(lex.Lemma("denied", kPosVerb), "deny");
  EXPECT_EQ(lex.Lemma("carried", kPosVerb), "carry");
  EXPECT_EQ(lex.Lemma("found", kPosVerb), "find");       // the exception list wins over "found"
  EXPECT_EQ(lex.Lemma("seized", kPosVerb), "seize");     // -ed -> -e
  EXPECT_EQ(lex.Lemma("attacked", kPosVerb), "attack");  // -ed
  EXPECT_EQ(lex.Lemma("meeting", kPosVerb), "meet");     // -ing
  EXPECT_EQ(lex.Lemma("making", kPosVerb), "make");      // -ing -> -e
  EXPECT_EQ(lex.Lemma("talks", kPosVerb), "talk");
  EXPECT_EQ(lex.Lemma("drills", kPosVerb), "drill");
  EXPECT_EQ(lex.Lemma("tries", kPosVerb), "try");  // -ies -> -y
  EXPECT_EQ(lex.Lemma("goes", kPosVerb), "go");    // -es
  EXPECT_EQ(lex.Lemma("is", kPosVerb), "be");
  EXPECT_EQ(lex.Lemma("seed", kPosVerb), "seed");  // not see + -ed: the word comes first
}

// WordNet lists "talks" and "larger" as lemmas; they yield to a base with at least as many
// senses, but "gas" (6 senses) must not become "ga" (3), nor "species" "specie".
TEST(LexiconTest, PluralLemmasYieldOnlyToCommonerBases) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Lemma("talks", kPosNoun), "talk");
  EXPECT_EQ(lex.Lemma("glasses", kPosNoun), "glass");
  EXPECT_EQ(lex.Lemma("arms", kPosNoun), "arm");
  EXPECT_EQ(lex.Lemma("gas", kPosNoun), "gas");
  EXPECT_EQ(lex.Lemma("species", kPosNoun), "species");
  EXPECT_EQ(lex.Lemma("means", kPosNoun), "means");
  EXPECT_EQ(lex.Lemma("news", kPosNoun), "news");
  EXPECT_EQ(lex.Lemma("larger", kPosAdj), "large");
  EXPECT_EQ(lex.Lemma("modest", kPosAdj), "modest");  // not mod + -est
  EXPECT_EQ(lex.Lemma("bed", kPosVerb), "bed");       // verbs never yield: not be + -d
}

TEST(LexiconTest, AdjectiveAndAdverbLemmas) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Lemma("better", kPosAdj), "good");  // adj.exc before the word itself
  EXPECT_EQ(lex.Lemma("worse", kPosAdj), "bad");
  EXPECT_EQ(lex.Lemma("bigger", kPosAdj), "big");
  EXPECT_EQ(lex.Lemma("larger", kPosAdj), "large");    // -er -> -e
  EXPECT_EQ(lex.Lemma("greatest", kPosAdj), "great");  // -est
  EXPECT_EQ(lex.Lemma("better", kPosAdv), "well");
  EXPECT_EQ(lex.Lemma("quickly", kPosAdv), "quickly");
  EXPECT_EQ(lex.Lemma("quicklier", kPosAdv), "quicklier");  // adverbs have no rules
}

TEST(LexiconTest, PartsOfSpeech) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Pos("talks"), kPosNoun | kPosVerb);
  EXPECT_EQ(lex.Pos("drills"), kPosNoun | kPosVerb);
  EXPECT_EQ(lex.Pos("met"), kPosVerb);
  EXPECT_EQ(lex.Pos("went"), kPosVerb);
  EXPECT_EQ(lex.Pos("seized"), kPosVerb);
  EXPECT_EQ(lex.Pos("denied"), kPosVerb);
  EXPECT_EQ(lex.Pos("children"), kPosNoun);
  EXPECT_EQ(lex.Pos("quickly"), kPosAdv);
  EXPECT_EQ(lex.Pos("better"), kPosNoun | kPosVerb | kPosAdj | kPosAdv);
  EXPECT_TRUE(lex.Pos("held") & kPosVerb);
  EXPECT_TRUE(lex.Pos("people") & kPosNoun);
  EXPECT_TRUE(lex.Pos("carried") & kPosVerb);
  EXPECT_TRUE(lex.Pos("countries") & kPosNoun);
  EXPECT_TRUE(lex.Pos("happier") & kPosAdj);
  EXPECT_EQ(lex.Pos("prime minister"), kPosNoun);
}

TEST(LexiconTest, SeveralPosBitsTryNounFirst) {
  EXPECT_EQ(Lex().Lemma("meeting", static_cast<PosBits>(kPosNoun | kPosVerb)), "meeting");
  EXPECT_EQ(Lex().Lemma("met", static_cast<PosBits>(kPosNoun | kPosVerb)), "meet");
}

// Analyze() answers Pos() and the noun, verb and adjective Lemma()s at once.
TEST(LexiconTest, AnalyzeAnswersAsPosAndLemma) {
  for (std::string_view w : {"talks", "met", "meeting", "countries", "better", "went", "zzqxv",
                             "", "the", "larger", "forces"}) {
    const Lexicon::Analysis a = Lex().Analyze(w);
    EXPECT_EQ(a.lemma[kNounLemma], Lex().Lemma(w, kPosNoun)) << w;
    EXPECT_EQ(a.lemma[kVerbLemma], Lex().Lemma(w, kPosVerb)) << w;
    EXPECT_EQ(a.lemma[kAdjLemma], Lex().Lemma(w, kPosAdj)) << w;
    // Pos() is Analyze().pos (its own values are pinned by PartsOfSpeech); here the bits must
    // agree with the lemmas: a word reduced to another base form as a noun, verb or adjective
    // is known as one.
    const PosBits bits[3] = {kPosNoun, kPosVerb, kPosAdj};
    for (int i = 0; i < 3; ++i) {
      if (a.lemma[i] != w) {
        EXPECT_TRUE(a.pos & bits[i]) << w << " " << i;
      }
    }
  }
  EXPECT_EQ(Lex().Analyze("met").lemma[kVerbLemma], "meet");
  EXPECT_EQ(Lex().Analyze("countries").lemma[kNounLemma], "country");
}

TEST(LexiconTest, VerbForms) {
  EXPECT_EQ(FormOf("meet"), VerbForm::kBase);
  EXPECT_EQ(FormOf("talks"), VerbForm::kThirdSingular);
  EXPECT_EQ(FormOf("tries"), VerbForm::kThirdSingular);
  EXPECT_EQ(FormOf("goes"), VerbForm::kThirdSingular);
  EXPECT_EQ(FormOf("seized"), VerbForm::kPast);
  EXPECT_EQ(FormOf("attacked"), VerbForm::kPast);
  EXPECT_EQ(FormOf("denied"), VerbForm::kPast);  // from verb.exc, read by its ending
  EXPECT_EQ(FormOf("carried"), VerbForm::kPast);
  EXPECT_EQ(FormOf("met"), VerbForm::kPast);  // irregular, past and participle
  EXPECT_EQ(FormOf("held"), VerbForm::kPast);
  EXPECT_EQ(FormOf("went"), VerbForm::kPast);
  EXPECT_EQ(FormOf("found"), VerbForm::kPast);
  EXPECT_EQ(FormOf("gone"), VerbForm::kPastParticiple);
  EXPECT_EQ(FormOf("taken"), VerbForm::kPastParticiple);
  EXPECT_EQ(FormOf("withdrawn"), VerbForm::kPastParticiple);  // with + drawn
  EXPECT_EQ(FormOf("undergone"), VerbForm::kPastParticiple);
  EXPECT_EQ(FormOf("meeting"), VerbForm::kGerund);
  EXPECT_EQ(FormOf("stopping"), VerbForm::kGerund);  // verb.exc
  EXPECT_EQ(FormOf("stopped"), VerbForm::kPast);
  EXPECT_EQ(FormOf("is"), VerbForm::kThirdSingular);
  EXPECT_EQ(FormOf("are"), VerbForm::kBase);
  EXPECT_EQ(FormOf("was"), VerbForm::kPast);
  EXPECT_EQ(FormOf("been"), VerbForm::kPastParticiple);
  EXPECT_EQ(FormOf("has"), VerbForm::kThirdSingular);
  EXPECT_EQ(FormOf("did"), VerbForm::kPast);
  EXPECT_EQ(FormOf("done"), VerbForm::kPastParticiple);
  EXPECT_EQ(FormOf("put"), VerbForm::kBase);  // also past: the caller's context decides
  // verb.exc maps "seed" and "bed" to themselves; that is no past tense.
  EXPECT_EQ(FormOf("seed"), VerbForm::kBase);
  EXPECT_EQ(FormOf("bed"), VerbForm::kBase);
}

TEST(LexiconTest, NonVerbsLeaveTheFormAlone) {
  VerbForm form = VerbForm::kGerund;
  EXPECT_FALSE(Lex().IsVerbForm("happy", &form));
  EXPECT_FALSE(Lex().IsVerbForm("children", &form));
  EXPECT_FALSE(Lex().IsVerbForm("xyzzyq", &form));
  EXPECT_FALSE(Lex().IsVerbForm("", &form));
  EXPECT_EQ(form, VerbForm::kGerund);
  EXPECT_TRUE(Lex().IsVerbForm("held", nullptr));
}

// --- Odd input is data -------------------------------------------------------------------

TEST(LexiconTest, UnknownWordsAreTheirOwnLemma) {
  const std::string word = "xyzzyqs";
  EXPECT_EQ(Lex().Pos(word), 0);
  std::string_view lemma = Lex().Lemma(word, kPosNoun);
  EXPECT_EQ(lemma.data(), word.data());  // a view of the argument
  EXPECT_EQ(lemma.size(), word.size());
}

TEST(LexiconTest, EmptyString) {
  EXPECT_EQ(Lex().Pos(""), 0);
  EXPECT_EQ(Lex().Lemma("", kPosVerb), "");
  EXPECT_EQ(Lex().Closed(""), ClosedClass::kNone);
}

TEST(LexiconTest, NonAsciiAndInvalidUtf8AreUnknown) {
  for (std::string_view word : {std::string_view("caf\xc3\xa9"), std::string_view("\xff\xfe\xfd"),
                                std::string_view("talks\xff"), std::string_view("\xc3"),
                                std::string_view("talk\0s", 6), std::string_view("\0", 1)}) {
    EXPECT_EQ(Lex().Pos(word), 0) << word;
    EXPECT_EQ(Lex().Lemma(word, kPosNoun), word);
    EXPECT_FALSE(Lex().IsVerbForm(word, nullptr));
    EXPECT_EQ(Lex().Closed(word), ClosedClass::kNone);
  }
}

TEST(LexiconTest, HugeWordsAreUnknown) {
  std::string huge(1 << 20, 'a');
  huge += "s";
  EXPECT_EQ(Lex().Pos(huge), 0);
  EXPECT_EQ(Lex().Lemma(huge, kPosNoun).size(), huge.size());
  std::string_view phrase[] = {huge, huge, "of"};
  EXPECT_EQ(Lex().MatchClosedPhrase(phrase, nullptr), 0u);
}

// The API takes lowercase words; it does not fold case (see lexicon.h).
TEST(LexiconTest, UppercaseIsNotFolded) {
  EXPECT_EQ(Lex().Pos("Talks"), 0);
  EXPECT_EQ(Lex().Pos("MET"), 0);
  EXPECT_EQ(Lex().Lemma("Met", kPosVerb), "Met");
  EXPECT_EQ(Lex().Closed("The"), ClosedClass::kNone);
  EXPECT_NE(Lex().Pos("talks"), 0);
}

// --- Closed-class words ------------------------------------------------------------------

TEST(LexiconTest, ClosedClasses) {
  const Lexicon& lex = Lex();
  EXPECT_EQ(lex.Closed("the"), ClosedClass::kDeterminer);
  EXPECT_EQ(lex.Closed("several"), ClosedClass::kDeterminer);
  EXPECT_EQ(lex.Closed("themselves"), ClosedClass::kPronoun);
  EXPECT_EQ(lex.Closed("somebody"), ClosedClass::kPronoun);
  EXPECT_EQ(lex.Closed("their"), ClosedClass::kPossessivePronoun);
  EXPECT_EQ(lex.Closed("her"), ClosedClass::kPossessivePronoun);
  EXPECT_TRUE(lex.HasClosedClass("her", ClosedClass::kPronoun));
  EXPECT_EQ(lex.Closed("of"), ClosedClass::kPreposition);
  EXPECT_EQ(lex.Closed("amid"), ClosedClass::kPreposition);
  EXPECT_EQ(lex.Closed("despite"), ClosedClass::kPreposition);
  EXPECT_EQ(lex.Closed("according to"), ClosedClass::kPreposition);
  EXPECT_EQ(lex.Closed("and"), ClosedClass::kCoordConj);
  EXPECT_EQ(lex.Closed("because"), ClosedClass::kSubordConj);
  EXPECT_EQ(lex.Closed("although"), ClosedClass::kSubordConj);
  EXPECT_TRUE(lex.HasClosedClass("after", ClosedClass::kSubordConj));
  EXPECT_EQ(lex.Closed("was"), ClosedClass::kAuxiliary);
  EXPECT_EQ(lex.Closed("having"), ClosedClass::kAuxiliary);
  EXPECT_EQ(lex.Closed("did"), ClosedClass::kAuxiliary);
  EXPECT_EQ(lex.Closed("don't"), ClosedClass::kAuxiliary);
  EXPECT_TRUE(lex.HasClosedClass("don't", ClosedClass::kNegation));
  for (std::string_view modal :
       {"will", "would", "can", "could", "shall", "should", "may", "might", "must"}) {
    EXPECT_EQ(lex.Closed(modal), ClosedClass::kModal) << modal;
  }
  for (std::string_view neg : {"not", "n't", "never", "no"}) {
    EXPECT_EQ(lex.Closed(neg), ClosedClass::kNegation) << neg;
  }
  EXPECT_TRUE(lex.HasClosedClass("no", ClosedClass::kDeterminer));
  for (std::string_view wh : {"who", "which", "that", "whom", "whose", "where", "when"}) {
    EXPECT_EQ(lex.Closed(wh), ClosedClass::kWh) << wh;
  }
  EXPECT_TRUE(lex.HasClosedClass("that", ClosedClass::kSubordConj));
  EXPECT_TRUE(lex.HasClosedClass("that", ClosedClass::kDeterminer));
  EXPECT_EQ(lex.Closed("to"), ClosedClass::kParticle);
  EXPECT_TRUE(lex.HasClosedClass("to", ClosedClass::kPreposition));
  EXPECT_FALSE(lex.HasClosedClass("to", ClosedClass::kDeterminer));
  EXPECT_EQ(lex.Closed("dog"), ClosedClass::kNone);
  EXPECT_EQ(lex.Closed("talks"), ClosedClass::kNone);
  EXPECT_EQ(lex.Closed("'s"), ClosedClass::kNone);  // ambiguous: left to the tagger
}

TEST(LexiconTest, Numerals) {
  const Lexicon& lex = Lex();
  for (std::string_view n :
       {"one", "twelve", "twenty", "ninety", "hundred", "thousand", "million", "dozens", "hundreds",
        "twenty-one", "forty-five", "one-hundred", "2024", "1,200", "3.5", "0"}) {
    EXPECT_EQ(lex.Closed(n), ClosedClass::kNumeral) << n;
  }
  EXPECT_TRUE(lex.HasClosedClass("one", ClosedClass::kPronoun));
  for (std::string_view n : {"twenty-dog", "-", "one-", "-one", "1,", ".5", "1990s", ","}) {
    EXPECT_EQ(lex.Closed(n), ClosedClass::kNone) << n;
  }
}

TEST(LexiconTest, MatchClosedPhrase) {
  const Lexicon& lex = Lex();
  ClosedClass cls = ClosedClass::kNone;
  std::string_view in_spite[] = {"in", "spite", "of", "the", "talks"};
  EXPECT_EQ(lex.MatchClosedPhrase(in_spite, &cls), 3u);
  EXPECT_EQ(cls, ClosedClass::kPreposition);
  std::string_view in_the[] = {"in", "the"};
  EXPECT_EQ(lex.MatchClosedPhrase(in_the, &cls), 1u);
  EXPECT_EQ(cls, ClosedClass::kPreposition);
  std::string_view wake[] = {"in", "the", "wake", "of"};
  EXPECT_EQ(lex.MatchClosedPhrase(wake, &cls), 4u);
  std::string_view as_well[] = {"as", "well", "as", "troops"};
  EXPECT_EQ(lex.MatchClosedPhrase(as_well, &cls), 3u);
  EXPECT_EQ(cls, ClosedClass::kCoordConj);
  std::string_view no_one[] = {"no", "one", "came"};
  EXPECT_EQ(lex.MatchClosedPhrase(no_one, &cls), 2u);
  EXPECT_EQ(cls, ClosedClass::kPronoun);
  std::string_view so_that[] = {"so", "that"};
  EXPECT_EQ(lex.MatchClosedPhrase(so_that, &cls), 2u);
  EXPECT_EQ(cls, ClosedClass::kSubordConj);
  std::string_view number[] = {"1,200", "troops"};
  EXPECT_EQ(lex.MatchClosedPhrase(number, &cls), 1u);
  EXPECT_EQ(cls, ClosedClass::kNumeral);

  cls = ClosedClass::kModal;
  std::string_view troops[] = {"troops", "in"};
  EXPECT_EQ(lex.MatchClosedPhrase(troops, &cls), 0u);
  EXPECT_EQ(lex.MatchClosedPhrase({}, &cls), 0u);
  EXPECT_EQ(cls, ClosedClass::kModal);
}

// --- Loading WordNet and tables ----------------------------------------------------------

// A WordNet directory with a handful of words, written under the test's temp dir.
class MiniWordNet {
 public:
  explicit MiniWordNet(const std::string& name)
      : dir_(fs::path(testing::TempDir()) / ("lexicon_" + name)) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("index.noun",
          "  1 This software and database is being provided to you, the LICENSEE\n"
          "country n 1 1 @ 1 1 08544813  \n"
          "talk n 5 3 @ ~ + 5 3 07135734  \n"
          "prime_minister n 1 1 @ 1 0 10467179  \n"
          "child n 4 4 @ ~ 4 3 09917593  \n");
    Write("index.verb", "talk v 6 5 ! @ ~ $ + 6 5 00962447  \nmeet v 1 1 @ 1 0 1  \n");
    Write("index.adj", "good a 21 5 ! & ^ = + 21 14 01123148  \n");
    Write("index.adv", "well r 1 1 @ 1 0 00011093  \n");
    Write("noun.exc", "children child\n");
    Write("verb.exc", "met meet\n");
    Write("adj.exc", "better good well\n");
    Write("adv.exc", "better well\n");
  }
  ~MiniWordNet() { fs::remove_all(dir_); }

  void Write(const std::string& file, const std::string& contents) {
    std::ofstream(dir_ / file, std::ios::binary | std::ios::trunc) << contents;
  }
  std::string dir() const { return dir_.string(); }

 private:
  fs::path dir_;
};

TEST(LexiconLoadTest, LoadsAMiniWordNet) {
  MiniWordNet wn("mini");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(lex->word_count(), 10u);  // 7 lemmas (talk is two) + children, met, better
  EXPECT_EQ(lex->Lemma("countries", kPosNoun), "country");
  EXPECT_EQ(lex->Lemma("children", kPosNoun), "child");
  EXPECT_EQ(lex->Lemma("met", kPosVerb), "meet");
  EXPECT_EQ(lex->Lemma("better", kPosAdj), "good");
  EXPECT_EQ(lex->Lemma("prime ministers", kPosNoun), "prime minister");
  EXPECT_EQ(lex->Pos("talks"), kPosNoun | kPosVerb);
  EXPECT_EQ(lex->Pos("better"), kPosAdj | kPosAdv);
  EXPECT_EQ(lex->Pos("LICENSEE"), 0);  // the license header is not a word

  // A copy shares the table, and views stay valid after the original is gone.
  std::string_view lemma;
  {
    Lexicon copy = *lex;
    lex = Status::NotFound("dropped");
    lemma = copy.Lemma("met", kPosVerb);
    Lexicon again = copy;
    EXPECT_EQ(again.Lemma("met", kPosVerb).data(), lemma.data());
  }
}

TEST(LexiconLoadTest, TrailingSlashInDir) {
  MiniWordNet wn("slash");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir() + "/");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(lex->Lemma("met", kPosVerb), "meet");
}

TEST(LexiconLoadTest, MissingFile) {
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet("/nonexistent/wordnet");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(lex.status().message(),
            "/nonexistent/wordnet/index.noun: cannot open: No such file or directory");
}

TEST(LexiconLoadTest, WrongPartOfSpeech) {
  MiniWordNet wn("wrongpos");
  wn.Write("index.verb", "talk v 6 5 ! @ ~ $ + 6 5 00962447  \nrun n 1 1 @ 1 0 1\n");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(lex.status().message(),
            wn.dir() +
                "/index.verb:2: part of speech 'n' in the verb index, expected 'v'\n"
                "run n 1 1 @ 1 0 1\n"
                "    ^");
}

TEST(LexiconLoadTest, MissingPartOfSpeech) {
  MiniWordNet wn("nopos");
  wn.Write("index.adj", "good\n");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(),
            wn.dir() +
                "/index.adj:1: expected 'lemma pos synset_cnt ...', found no part of "
                "speech\n"
                "good\n"
                "    ^");
}

TEST(LexiconLoadTest, ExceptionWithoutBase) {
  MiniWordNet wn("nobase");
  wn.Write("verb.exc", "met meet\nheld\n");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(),
            wn.dir() +
                "/verb.exc:2: expected 'inflected-form base ...', found no base form\n"
                "held\n"
                "    ^");
}

TEST(LexiconLoadTest, OverlongWord) {
  MiniWordNet wn("long");
  wn.Write("noun.exc", "children child\n" + std::string(300, 'x') + " x\n");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message().substr(0, lex.status().message().find('\n')),
            wn.dir() + "/noun.exc:2: word longer than 255 bytes");
}

TEST(LexiconLoadTest, EmptyIndex) {
  MiniWordNet wn("empty");
  wn.Write("index.adv", "  1 license only\n");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(), wn.dir() + "/index.adv: no entries");
}

TEST(LexiconTableTest, RoundTrip) {
  StatusOr<Lexicon> copy = Lexicon::FromTable(std::string(Lex().table()));
  ASSERT_TRUE(copy.ok()) << copy.status().message();
  EXPECT_EQ(copy->word_count(), Lex().word_count());
  EXPECT_EQ(copy->Lemma("held", kPosVerb), "hold");
}

TEST(LexiconTableTest, RejectsBrokenTables) {
  MiniWordNet wn("broken");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const std::string good(lex->table());
  auto error = [](std::string table) {
    StatusOr<Lexicon> l = Lexicon::FromTable(std::move(table));
    return l.ok() ? std::string("ok") : l.status().message();
  };
  EXPECT_EQ(error(""), "lexicon table: truncated header (0 bytes)");
  EXPECT_EQ(error("XXXX" + good.substr(4)), "lexicon table: bad magic");
  std::string v2 = good;
  v2[4] = 2;
  EXPECT_EQ(error(v2), "lexicon table: version 2, expected 1");
  EXPECT_EQ(error(good.substr(0, good.size() - 1)),
            "lexicon table: size " + std::to_string(good.size() - 1) + " bytes, header says " +
                std::to_string(good.size()));
  std::string wrong_count = good;
  wrong_count[16] = 3;
  EXPECT_EQ(error(wrong_count), "lexicon table: 10 keys, header says 3");
}

// A table of one key, "went", whose exception points at the base "go"; "go" is in no bucket
// and its flags claim an exception list, but the pool ends right after its bytes.
std::string TableWithABaseWhoseListIsPastThePool() {
  auto put32 = [](std::string* out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  uint32_t hash = 2166136261u;  // FNV-1a, as lexicon.cc hashes keys
  for (unsigned char c : std::string_view("went")) hash = (hash ^ c) * 16777619u;
  const char kVerbWithExceptions = 0x12;  // kPosVerb | has-exceptions flag
  std::string pool(1, '\0');
  const uint32_t went = static_cast<uint32_t>(pool.size());
  pool += std::string{4, kVerbWithExceptions} + "went" + '\x01';
  const uint32_t go_ref_at = static_cast<uint32_t>(pool.size());
  pool += std::string(4, '\0');
  const uint32_t go = static_cast<uint32_t>(pool.size());
  pool += std::string{2, kVerbWithExceptions} + "go";  // no room for its list's count
  const uint32_t go_as_verb = go | 1u << 24;           // pool offset | pos index (verb) << 24
  for (int i = 0; i < 4; ++i)
    pool[go_ref_at + i] = static_cast<char>((go_as_verb >> (8 * i)) & 0xFF);
  const uint32_t buckets = 4;
  std::string table = "TCLX";
  put32(&table, 1);  // version
  put32(&table, buckets);
  put32(&table, static_cast<uint32_t>(pool.size()));
  put32(&table, 1);  // word count
  table += std::string(12, '\0');
  for (uint32_t i = 0; i < buckets; ++i) {
    put32(&table, i == (hash & (buckets - 1)) ? went | (hash >> 24) << 24 : 0);
  }
  return table + pool;
}

// Found while writing fuzz/lexicon_fuzzer.cc: FromTable() checked the keys in buckets, but a
// base reached only through an exception was checked for its key bytes alone, so decoding it
// read its exception count one byte past the end of the table.
TEST(LexiconTableTest, ExceptionBaseWithItsListPastThePoolIsRejected) {
  StatusOr<Lexicon> l = Lexicon::FromTable(TableWithABaseWhoseListIsPastThePool());
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().message().rfind("lexicon table: exception 0 of bucket ", 0), 0u)
      << l.status().message();
}

// Hostile tables: random corruption must be rejected or stay memory-safe (run under ASan).
TEST(LexiconTableTest, RandomCorruptionIsSafe) {
  MiniWordNet wn("fuzz");
  StatusOr<Lexicon> lex = Lexicon::LoadWordNet(wn.dir());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const std::string good(lex->table());
  std::mt19937 rng(20240601);
  int accepted = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bad = good;
    for (int flips = 1 + rng() % 4; flips > 0; --flips) {
      bad[rng() % bad.size()] = static_cast<char>(rng());
    }
    StatusOr<Lexicon> l = Lexicon::FromTable(std::move(bad));
    if (!l.ok()) continue;
    ++accepted;
    for (std::string_view w : {"met", "children", "countries", "better", "talks", "zz"}) {
      (void)l->Pos(w);
      (void)l->Lemma(w, kPosNoun);
      (void)l->Lemma(w, kPosVerb);
      (void)l->IsVerbForm(w, nullptr);
    }
  }
  EXPECT_GT(accepted, 0);  // some flips land in key bytes, which the format cannot check
}

// --- The embedded table against WordNet itself -------------------------------------------

// Morphy straight from the WordNet files, with std::set and std::map: the reference the
// hashed table is checked against.
class NaiveMorphy {
 public:
  explicit NaiveMorphy(const std::string& dir) {
    const char* names[4] = {"noun", "verb", "adj", "adv"};
    for (int p = 0; p < 4; ++p) {
      std::ifstream index(dir + "/index." + names[p]);
      for (std::string line; std::getline(index, line);) {
        if (line.empty() || line[0] == ' ') continue;
        std::istringstream fields(line);
        std::string lemma, pos;
        int senses = 0;
        fields >> lemma >> pos >> senses;
        std::string word = Key(lemma);
        index_[p][word] = senses;
        words_.push_back(word);
      }
      std::ifstream exc(dir + "/" + names[p] + ".exc");
      for (std::string line; std::getline(exc, line);) {
        std::istringstream fields(line);
        std::string form, base;
        fields >> form;
        while (fields >> base) exceptions_[p][Key(form)].push_back(Key(base));
        exception_forms_.push_back(Key(form));
      }
    }
  }

  std::optional<std::string> Morph(const std::string& word, int p) const {
    const auto& index = index_[p];
    if (auto it = exceptions_[p].find(word); it != exceptions_[p].end()) {
      for (const std::string& base : it->second) {
        if (index.contains(base)) return base;
      }
    }
    std::optional<std::string> base = Rules(word, p);
    if (auto self = index.find(word); self != index.end()) {
      // A noun or adjective lemma yields to a base with at least as many senses.
      if (base && p != 1 && index.at(*base) >= self->second) return base;
      return word;
    }
    return base;
  }

  std::optional<std::string> Rules(const std::string& word, int p) const {
    const auto& index = index_[p];
    static const std::vector<std::pair<std::string, std::string>> kRules[3] = {
        {{"s", ""},
         {"ses", "s"},
         {"xes", "x"},
         {"zes", "z"},
         {"ches", "ch"},
         {"shes", "sh"},
         {"men", "man"},
         {"ies", "y"}},
        {{"s", ""},
         {"ies", "y"},
         {"es", "e"},
         {"es", ""},
         {"ed", "e"},
         {"ed", ""},
         {"ing", "e"},
         {"ing", ""}},
        {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};
    if (p == 3) return std::nullopt;
    std::string stem = word, tail;
    if (p == 0) {
      if (word.ends_with("ful")) {
        stem = word.substr(0, word.size() - 3);
        tail = "ful";
      } else if (word.ends_with("ss") || word.size() <= 2) {
        return std::nullopt;
      }
    }
    for (const auto& [suffix, ending] : kRules[p]) {
      if (stem.size() <= suffix.size() || !stem.ends_with(suffix)) continue;
      std::string base = stem.substr(0, stem.size() - suffix.size()) + ending + tail;
      if (base != word && index.contains(base)) return base;
    }
    return std::nullopt;
  }

  const std::vector<std::string>& words() const { return words_; }
  const std::vector<std::string>& exception_forms() const { return exception_forms_; }

 private:
  static std::string Key(std::string s) {
    for (char& c : s) c = c == '_' ? ' ' : c;
    return s;
  }
  std::map<std::string, int> index_[4];  // lemma -> synset count
  std::map<std::string, std::vector<std::string>> exceptions_[4];
  std::vector<std::string> words_;
  std::vector<std::string> exception_forms_;
};

class BuiltInVsWordNetTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(fs::path(kDir) / "index.noun")) {
      GTEST_SKIP() << "WordNet not found at " << kDir << " (apt-get install wordnet-base)";
    }
  }
  static constexpr const char* kDir = TACITUS_WORDNET_DIR;
};

TEST_F(BuiltInVsWordNetTest, SameTableAsLoadWordNet) {
  StatusOr<Lexicon> loaded = Lexicon::LoadWordNet(kDir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->word_count(), Lex().word_count());
  EXPECT_TRUE(loaded->table() == Lex().table()) << "the embedded table is stale";
}

TEST_F(BuiltInVsWordNetTest, AgreesWithNaiveMorphyOnSampledWords) {
  StatusOr<Lexicon> loaded = Lexicon::LoadWordNet(kDir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  NaiveMorphy naive(kDir);
  ASSERT_GT(naive.words().size(), 100000u);

  // Every 40th index lemma, inflected every way the rules undo, plus every exception form.
  std::vector<std::string> sample;
  for (size_t i = 0; i < naive.words().size(); i += 40) {
    const std::string& w = naive.words()[i];
    for (const char* suffix : {"", "s", "es", "ed", "d", "ing", "er", "est", "ful"}) {
      sample.push_back(w + suffix);
    }
    if (w.ends_with("y")) sample.push_back(w.substr(0, w.size() - 1) + "ies");
    if (w.ends_with("man")) sample.push_back(w.substr(0, w.size() - 3) + "men");
  }
  sample.insert(sample.end(), naive.exception_forms().begin(), naive.exception_forms().end());
  ASSERT_GT(sample.size(), 20000u);

  size_t known = 0;
  for (const std::string& word : sample) {
    uint8_t expected_pos = 0;
    const Lexicon::Analysis analysis = Lex().Analyze(word);
    for (int p = 0; p < 4; ++p) {
      const auto bit = static_cast<PosBits>(1 << p);
      std::optional<std::string> base = naive.Morph(word, p);
      if (base) expected_pos |= bit;
      std::string_view want = base ? std::string_view(*base) : std::string_view(word);
      ASSERT_EQ(Lex().Lemma(word, bit), want) << word << " pos " << p;
      ASSERT_EQ(loaded->Lemma(word, bit), want) << word << " pos " << p;
      if (p < kLemmaSlots) {
        ASSERT_EQ(analysis.lemma[p], want) << word << " pos " << p;
      }
    }
    ASSERT_EQ(analysis.pos, expected_pos) << word;
    ASSERT_EQ(Lex().Pos(word), expected_pos) << word;
    ASSERT_EQ(loaded->Pos(word), expected_pos) << word;
    ASSERT_EQ(Lex().IsVerbForm(word, nullptr), (expected_pos & kPosVerb) != 0) << word;
    if (expected_pos) ++known;
  }
  EXPECT_GT(known, sample.size() / 4);
}

}  // namespace
}  // namespace tacitus
