#include "match/phrase_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <random>

#include "dict/loader.h"
#include "parse/tagger.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

Dictionary Make(std::string_view text) {
  Dictionary d;
  std::vector<std::string> errors;
  ParseTacitusFile("t.txt", text, &d, &errors);
  EXPECT_TRUE(errors.empty());
  d.Finish();
  return d;
}

// `text` must outlive the tokens (the tests pass literals); their lowered copies are kept
// here for the life of the test program.
std::vector<Token> Tagged(std::string_view text) {
  static std::deque<std::string> lowered;
  std::vector<Token> toks = Tokenize(text, lowered.emplace_back(AsciiLowered(text)), 0,
                                     static_cast<uint32_t>(text.size()));
  TagSentence(Lexicon::BuiltIn(), &toks);
  return toks;
}

std::vector<std::string> Spans(const PhraseMatcher& m, const std::vector<Token>& toks) {
  std::vector<std::string> out;
  for (const PhraseMatch& pm : m.Match(toks)) {
    std::string s;
    for (uint32_t i = pm.begin; i < pm.end; ++i) s += (i > pm.begin ? " " : "") + std::string(toks[i].text);
    out.push_back(s);
  }
  return out;
}

TEST(PhraseMatcherTest, LongestMatchCaseAndLemmas) {
  Dictionary d = Make(
      "actor PRK | North Korea\nactor KOR | Korea\nagent GOV | foreign minister | minister\n"
      "actor TCD | Chad\nactor RUSGOV | the Kremlin\n");
  PhraseMatcher m(d);
  EXPECT_EQ(Spans(m, Tagged("North Korea and the Kremlin sent foreign ministers to Chad")),
            (std::vector<std::string>{"North Korea", "the Kremlin", "foreign ministers", "Chad"}));
  // Capitalized dictionary words match only capitalized text: "chad" is not Chad.
  EXPECT_TRUE(Spans(m, Tagged("a hanging chad")).empty());
}

TEST(PhraseMatcherTest, PhrasesAddedAfterFinishAreMatchedToo) {
  Dictionary d = Make("actor KOR | Korea\nagent GOV | minister\n");
  Phrase added;  // after Finish(): neither in the dictionary's trie nor among its word ids
  added.code = "TCD";
  added.words = {"Chad"};
  d.phrases.push_back(added);
  added.code = "MIL";
  added.kind = PhraseKind::kAgent;
  added.words = {"general"};
  d.phrases.push_back(added);
  PhraseMatcher m(d);
  EXPECT_EQ(Spans(m, Tagged("Korea and Chad sent a minister and a general")),
            (std::vector<std::string>{"Korea", "Chad", "minister", "general"}));
}

TEST(PhraseMatcherTest, AGapStandsForAFewWordsInsideANounPhrase) {
  Dictionary d;
  Phrase tv;  // TABARI's "ITHILEN TELEVISION": words may stand at the blank
  tv.code = "ITHTV";
  tv.words = {"ithilen", std::string(kPhraseGap), "television"};
  d.phrases.push_back(tv);
  d.Finish();
  PhraseMatcher m(d);
  using V = std::vector<std::string>;
  EXPECT_EQ(Spans(m, Tagged("Ithilen television said")), (V{"Ithilen television"}));
  EXPECT_EQ(Spans(m, Tagged("Ithilen state-run television said")),
            (V{"Ithilen state-run television"}));
  EXPECT_EQ(Spans(m, Tagged("Ithilen official new state-run television said")),
            (V{"Ithilen official new state-run television"}));
  // Not over a verb, a conjunction or a comma, nor more than three words.
  EXPECT_TRUE(Spans(m, Tagged("Ithilen troops attacked television crews")).empty());
  EXPECT_TRUE(Spans(m, Tagged("Ithilen and television")).empty());
  EXPECT_TRUE(Spans(m, Tagged("Ithilen , the television")).empty());
  EXPECT_TRUE(Spans(m, Tagged("Ithilen official new modern state-run television")).empty());
}

TEST(PhraseMatcherTest, CapitalizedDatelines) {
  Dictionary d = Make("actor IRQ | Baghdad\n");
  PhraseMatcher m(d);
  EXPECT_EQ(Spans(m, Tagged("BAGHDAD , July 20")), (std::vector<std::string>{"BAGHDAD"}));
}

TEST(PhraseMatcherTest, NameWithALowercaseParticleTakesACapitalAtSentenceStart) {
  Dictionary d = Make("actor SOMREB | al-Shabab\nactor IRN | Iran\n");
  PhraseMatcher m(d);
  EXPECT_EQ(Spans(m, Tagged("Al-Shabab fighters attacked")), (std::vector<std::string>{"Al-Shabab"}));
  EXPECT_EQ(Spans(m, Tagged("they met al-Shabab")), (std::vector<std::string>{"al-Shabab"}));
  // Only the first letter may differ: the rest of a capitalized entry stays exact.
  EXPECT_TRUE(Spans(m, Tagged("Al-shabab and AL-SHABAB-X and iran")).empty());
}

TEST(PhraseMatcherTest, ProAndAntiPrefixesAreNotActors) {
  Dictionary d = Make("modifier RUS | Russian\n");
  PhraseMatcher m(d);
  EXPECT_TRUE(Spans(m, Tagged("pro-Russian separatists")).empty());
}

// Texts of one to three bytes are looked at in one word: a capital anywhere in them makes
// them look up words written with one; lowercase texts do not.
TEST(PhraseMatcherTest, ShortWordsWithCapitals) {
  Dictionary d = Make("actor USA | US\nactor IGOUNO | UN\nactor AAA | Q\nactor BBB | xY\nactor CCC | aBc\n");
  PhraseMatcher m(d);
  EXPECT_EQ(Spans(m, Tagged("US met UN and Q met xY and aBc")),
            (std::vector<std::string>{"US", "UN", "Q", "xY", "aBc"}));
  EXPECT_TRUE(Spans(m, Tagged("us met un and q met xy and abc")).empty());
}

// The trie against a naive scan: at each position the longest phrase whose words equal the
// tokens' texts (or, for a text in capitals of four letters or more, its title case), left
// to right without overlaps. Texts of 2 to 11 bytes, capitals anywhere in them.
TEST(PhraseMatcherTest, AgreesWithANaiveReferenceOnRandomInput) {
  const std::vector<std::string> vocab = {
      "Alpha",   "Beta",    "Gamma",     "Delta",     "of",       "the",
      "ALPHA",   "DELTA",   "BeTa",      "GAMMA",     "Epsilon",  "Lambdas",
      "EPSILON", "LAMBDAS", "Kappa-Rho", "KAPPA-RHO", "kappa-Rho"};
  std::mt19937 rng(42);
  std::string dict_text;
  std::vector<std::vector<std::string>> phrases;
  for (int i = 0; i < 40; ++i) {
    std::vector<std::string> words;
    int len = 1 + static_cast<int>(rng() % 3);
    // Capitalized words only.
    for (int k = 0; k < len; ++k)
      words.push_back(vocab[std::vector<int>{0, 1, 2, 3, 10, 11, 14}[rng() % 7]]);
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    dict_text += "actor AAA | " + joined + "\n";
    phrases.push_back(words);
  }
  Dictionary d = Make(dict_text);
  PhraseMatcher m(d);
  for (int trial = 0; trial < 200; ++trial) {
    std::string text;
    for (int k = 0; k < 12; ++k) text += (k ? " " : "") + vocab[rng() % vocab.size()];
    std::vector<Token> toks = Tagged(text);
    std::vector<std::pair<uint32_t, uint32_t>> expected;
    uint32_t i = 0;
    while (i < toks.size()) {
      uint32_t best = 0;
      for (const auto& p : phrases) {
        if (i + p.size() > toks.size()) continue;
        bool eq = true;
        for (size_t k = 0; k < p.size() && eq; ++k) {
          std::string_view t = toks[i + k].text;
          bool caps = t.size() >= 4 &&
                      std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          std::string title(t);
          for (size_t j = 1; j < title.size(); ++j)
            if (title[j - 1] != '-' && title[j] >= 'A' && title[j] <= 'Z') title[j] += 'a' - 'A';
          eq = t == p[k] || (caps && title == p[k]);
        }
        if (eq && p.size() > best) best = static_cast<uint32_t>(p.size());
      }
      if (best) {
        expected.push_back({i, i + best});
        i += best;
      } else {
        ++i;
      }
    }
    std::vector<std::pair<uint32_t, uint32_t>> got;
    for (const PhraseMatch& pm : m.Match(toks)) got.push_back({pm.begin, pm.end});
    ASSERT_EQ(got, expected) << text;
  }
}

}  // namespace
}  // namespace tacitus
