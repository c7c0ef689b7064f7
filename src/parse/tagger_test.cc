#include "parse/tagger.h"

#include <gtest/gtest.h>

#include <functional>
#include <sstream>
#include <string>
#include <utility>

#include "parse/table_numbering_testing.h"
#include "parse/word_cache.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

std::string Tags(std::string_view text) {
  const std::string lowered = AsciiLowered(text);
  std::vector<Token> toks = Tokenize(text, lowered, 0, static_cast<uint32_t>(text.size()));
  TagSentence(Lexicon::BuiltIn(), &toks);
  std::string out;
  for (const Token& t : toks) out += std::string(t.text) + "/" + std::string(TagName(t.tag)) + " ";
  if (!out.empty()) out.pop_back();
  return out;
}

std::string Lemmas(std::string_view text) {
  const std::string lowered = AsciiLowered(text);
  std::vector<Token> toks = Tokenize(text, lowered, 0, static_cast<uint32_t>(text.size()));
  TagSentence(Lexicon::BuiltIn(), &toks);
  std::string out;
  for (const Token& t : toks) out += std::string(t.lemma) + " ";
  if (!out.empty()) out.pop_back();
  return out;
}

TEST(TaggerTest, NounOrVerbFromContext) {
  EXPECT_EQ(Tags("Lavrov met Kim for talks"), "Lavrov/PROPN met/VERB Kim/PROPN for/ADP talks/NOUN");
  EXPECT_EQ(Lemmas("Lavrov met Kim for talks"), "lavrov meet kim for talk");
  EXPECT_EQ(
      Tags("The US has been expanding regular military drills"),
      "The/DET US/PROPN has/AUX been/AUX expanding/VERB regular/ADJ military/ADJ drills/NOUN");
}

TEST(TaggerTest, AnSFormBeforeAnInfinitiveIsAVerb) {
  EXPECT_EQ(Tags("The government wants to hold talks"),
            "The/DET government/NOUN wants/VERB to/TO hold/VERB talks/NOUN");
  EXPECT_EQ(Tags("The government wants"), "The/DET government/NOUN wants/NOUN");
}

TEST(TaggerTest, TitlesBeforeNamesAndAdverbsBeforeVerbs) {
  EXPECT_EQ(Tags("the interior minister John Smith"),
            "the/DET interior/ADJ minister/NOUN John/PROPN Smith/PROPN");
  EXPECT_EQ(Tags("He said Smith later met China"),
            "He/PRON said/VERB Smith/PROPN later/ADV met/VERB China/PROPN");
  // A base form after a name is still a verb: "put" is its own past tense.
  EXPECT_EQ(Tags("He said Saudi Arabia put a cleric"),
            "He/PRON said/VERB Saudi/PROPN Arabia/PROPN put/VERB a/DET cleric/NOUN");
}

TEST(TaggerTest, PluralSubjectsBeforeVerbsAndParticiplesBeforeObjects) {
  EXPECT_EQ(Tags("He said UN troops withdrew"),
            "He/PRON said/VERB UN/PROPN troops/NOUN withdrew/VERB");
  EXPECT_EQ(Tags("He said government forces clash with rebels"),
            "He/PRON said/VERB government/NOUN forces/NOUN clash/VERB with/ADP rebels/NOUN");
  EXPECT_EQ(Tags("He said Qatar agreed to expel exiled leaders"),
            "He/PRON said/VERB Qatar/PROPN agreed/VERB to/TO expel/VERB exiled/ADJ leaders/NOUN");
  EXPECT_EQ(Tags("He said Petraeus, the commander, held talks"),
            "He/PRON said/VERB Petraeus/PROPN ,/PUNCT the/DET commander/NOUN ,/PUNCT held/VERB "
            "talks/NOUN");
}

TEST(TaggerTest, ASentenceOpeningGerundSubjectIsANoun) {
  EXPECT_EQ(Tags("Fighting between Armenia and Azerbaijan resumed"),
            "Fighting/NOUN between/ADP Armenia/PROPN and/CCONJ Azerbaijan/PROPN resumed/VERB");
  EXPECT_EQ(Tags("Fighting erupted"), "Fighting/NOUN erupted/VERB");
  EXPECT_EQ(Tags("Speaking to reporters, he said"),
            "Speaking/VERB to/ADP reporters/NOUN ,/PUNCT he/PRON said/VERB");
}

TEST(TaggerTest, UsIsANameNotAPronounMidSentence) {
  EXPECT_EQ(Tags("He criticized the US"), "He/PRON criticized/VERB the/DET US/PROPN");
  EXPECT_EQ(Tags("He told us"), "He/PRON told/VERB us/PRON");
}

TEST(TaggerTest, InfinitiveToAndPrepositionTo) {
  EXPECT_EQ(Tags("He said Russia agreed to meet China"),
            "He/PRON said/VERB Russia/PROPN agreed/VERB to/TO meet/VERB China/PROPN");
  EXPECT_EQ(Tags("a visit to Pyongyang"), "a/DET visit/NOUN to/ADP Pyongyang/PROPN");
}

TEST(TaggerTest, PossessivesNegationAndContractions) {
  EXPECT_EQ(Tags("He said Russia's minister didn't come"),
            "He/PRON said/VERB Russia/PROPN 's/POS minister/NOUN did/AUX n't/NEG come/VERB");
  EXPECT_EQ(Tags("It's over"), "It/PRON 's/AUX over/ADP");
}

TEST(TaggerTest, AdverbsBetweenAuxiliaryAndVerbAndParticles) {
  EXPECT_EQ(Tags("prisoners had just been freed"),
            "prisoners/NOUN had/AUX just/ADV been/AUX freed/VERB");
  EXPECT_EQ(Tags("they sat down"), "they/PRON sat/VERB down/ADV");
}

TEST(TaggerTest, AnIngPrepositionAfterBeIsTheProgressiveVerb) {
  EXPECT_EQ(Tags("it was not excluding force"), "it/PRON was/AUX not/NEG excluding/VERB force/NOUN");
  EXPECT_EQ(Tags("all parties, excluding Russia"),
            "all/DET parties/NOUN ,/PUNCT excluding/ADP Russia/PROPN");
}

TEST(TaggerTest, ABaseFormAfterThatAndANameIsTheVerb) {
  EXPECT_EQ(Tags("demanded that Belgrade hand over the suspects"),
            "demanded/VERB that/WH Belgrade/PROPN hand/VERB over/ADP the/DET suspects/NOUN");
}

TEST(TaggerTest, ParticiplesAreNotIrregularSimplePasts) {
  std::string_view text = "He spoke , it was spoken , they met";
  const std::string lowered = AsciiLowered(text);
  std::vector<Token> toks = Tokenize(text, lowered, 0, static_cast<uint32_t>(text.size()));
  TagSentence(Lexicon::BuiltIn(), &toks);
  EXPECT_TRUE(IsPastOrParticiple(toks[1]));
  EXPECT_FALSE(IsParticiple(toks[1]));  // spoke
  EXPECT_TRUE(IsParticiple(toks[5]));   // spoken
  EXPECT_TRUE(IsParticiple(toks[8]));   // met: both
}

TEST(TaggerTest, SentencesInCapitalsAreReadByTheLexicon) {
  // Case says nothing here: known words take their usual tags, unknown ones are names.
  EXPECT_EQ(Tags("ARNOR HAS EXCHANGED PRISONERS WITH GONDOR"),
            "ARNOR/PROPN HAS/AUX EXCHANGED/VERB PRISONERS/NOUN WITH/ADP GONDOR/PROPN");
  // Acronyms in an ordinary sentence stay names.
  EXPECT_EQ(Tags("NATO met the EU"), "NATO/PROPN met/VERB the/DET EU/PROPN");
}

TEST(TaggerTest, NameParticlesStayInNames) {
  EXPECT_EQ(Tags("He said Prince Faisal bin Farhan said"),
            "He/PRON said/VERB Prince/PROPN Faisal/PROPN bin/PROPN Farhan/PROPN said/VERB");
  // Sentence-initially a capital is not evidence of a name: WordNet's nouns stay nouns.
  EXPECT_EQ(Tags("Russia agreed"), "Russia/NOUN agreed/VERB");
}

TEST(TaggerTest, OddInput) {
  EXPECT_EQ(Tags(""), "");
  EXPECT_EQ(Tags("\"\"\"((("), "\"/QUOTE \"/QUOTE \"/QUOTE (/PUNCT (/PUNCT (/PUNCT");
  const std::string_view odd = "\xc3\xa9\xc3\xa9 zzzqqq 123";
  const std::string lowered = AsciiLowered(odd);
  std::vector<Token> toks = Tokenize(odd, lowered, 0, 15);
  TagSentence(Lexicon::BuiltIn(), &toks);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[2].tag, Tag::kNumber);
}

// The numbers a token must carry (tagger.h): those of its lowercase form and of its lemma in
// the numbering, kNoWordId for a word the numbering lacks. kWordIdUnknown, which leaves the
// look-up to the coder, only where the tagger asks the lexicon nothing: punctuation, numbers,
// quotes and clitics, words over WordCache::kMaxWordBytes and literal lemmas ("be" for "is");
// a name the tagger knows by its case alone ("NATO", "bin" in "Faisal bin Farhan") may have
// either.
void ExpectNumbers(const Token& t, const WordNumbering& numbering) {
  const bool asks_nothing = t.tag == Tag::kPunct || t.tag == Tag::kNumber || t.tag == Tag::kQuote ||
                            t.lower[0] == '\'' || t.lower == "n't" ||
                            t.lower.size() > WordCache::kMaxWordBytes;
  if (asks_nothing) {
    EXPECT_EQ(t.lower_id, kWordIdUnknown) << t.text;
    EXPECT_EQ(t.lemma_id, kWordIdUnknown) << t.text;
    return;
  }
  const bool named_by_case = t.tag == Tag::kProperNoun && (!t.has_lower || !t.capitalized);
  if (!named_by_case || t.lower_id != kWordIdUnknown) {
    EXPECT_EQ(t.lower_id, numbering.Number(t.lower)) << t.text;
  }
  // The lemma's number follows from where the lemma is: the token's word (the word's
  // number), a part of it or the lexicon's table (the lemma's own), or a literal (none).
  auto within = [&t](std::string_view outer) {
    const std::less<const char*> before;
    return !before(t.lemma.data(), outer.data()) &&
           !before(outer.data() + outer.size(), t.lemma.data() + t.lemma.size());
  };
  uint32_t lemma_id = kWordIdUnknown;
  if (t.lemma.data() == t.lower.data() && t.lemma.size() == t.lower.size())
    lemma_id = t.lower_id;
  else if (within(t.lower) || within(Lexicon::BuiltIn().table()))
    lemma_id = numbering.Number(t.lemma);
  EXPECT_EQ(t.lemma_id, lemma_id) << t.text << " " << t.lemma;
}

TEST(TaggerTest, TokensCarryTheNumbersOfTheirFormAndLemma) {
  // Some forms and lemmas of the sentences, numbered as a dictionary numbers its words; the
  // others ("arnor", "talks", "counterinsurgency") are words it lacks.
  std::istringstream vocabulary(
      "russia top diplomat meet official in geneva on government forces force clash with "
      "rebel seize rifle exchange prisoner gondor he said say prince they be hold back the "
      "talk we will withdraw minister spokesman tell reporter expected to nato drill iran "
      "have it respond expect");
  TableNumbering::Table table;
  for (std::string w; vocabulary >> w;)
    table.emplace(w, 1000 + static_cast<uint32_t>(table.size()));
  const TableNumbering numbering(std::move(table));
  const std::string_view sentences[] = {
      "Russia's top diplomat didn't meet then-US officials in Geneva on Tuesday.",
      "Government forces clash with rebels, who've seized 1,200 rifles.",
      "ARNOR HAS EXCHANGED PRISONERS WITH GONDOR",
      "He said Prince Faisal bin Farhan said they were holding back the talks",
      "\"We will not withdraw,\" the ministers' spokesman told reporters.",
      "Supercalifragilisticexpialidocious counterinsurgencies expected to be met",
      "NATO is holding drills; Iran has said it'll respond."};
  size_t lacked = 0, lemmas_numbered = 0;
  for (int round = 0; round < 2; ++round) {  // first sight, then from the word cache
    for (std::string_view text : sentences) {
      const std::string lowered = AsciiLowered(text);
      std::vector<Token> toks = Tokenize(text, lowered, 0, static_cast<uint32_t>(text.size()));
      std::vector<Token> plain = toks;
      TagSentence(Lexicon::BuiltIn(), &toks, &numbering);
      TagSentence(Lexicon::BuiltIn(), &plain);
      ASSERT_EQ(toks.size(), plain.size());
      for (size_t i = 0; i < toks.size(); ++i) {
        const Token& t = toks[i];
        EXPECT_EQ(t.tag, plain[i].tag) << t.text;  // the numbers change no tag or lemma
        EXPECT_EQ(t.lemma, plain[i].lemma) << t.text;
        EXPECT_EQ(plain[i].lower_id, kWordIdUnknown) << t.text;  // no numbering, no numbers
        EXPECT_EQ(plain[i].lemma_id, kWordIdUnknown) << t.text;
        ExpectNumbers(t, numbering);
        lacked += t.lower_id == kNoWordId;
        lemmas_numbered += t.lemma != t.lower && t.lemma_id < kWordIdUnknown;
      }
    }
  }
  // The sentences have words the numbering lacks, and lemmas other than their words.
  EXPECT_GT(lacked, 0u);
  EXPECT_GT(lemmas_numbered, 0u);
}

}  // namespace
}  // namespace tacitus
