#include <gtest/gtest.h>

#include <random>

#include "base/ascii.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  const std::string lowered = AsciiLowered(s);
  for (const Token& t : Tokenize(s, lowered, 0, static_cast<uint32_t>(s.size())))
    out.emplace_back(t.text);
  return out;
}

std::vector<std::string> Sentences(std::string_view s) {
  std::vector<std::string> out;
  for (const SentenceSpan& sp : SplitSentences(s)) out.emplace_back(s.substr(sp.begin, sp.end - sp.begin));
  return out;
}

TEST(NormalizerTest, CurlyQuotesDashesSpacesAndAccents) {
  NormalizedText n = Normalize("Russia\u2019s \u201Ctalks\u201D \u2014 Vu\u010Di\u0107\u00A0said");
  EXPECT_EQ(n.text, "Russia's \"talks\" - Vucic said");
}

TEST(NormalizerTest, OffsetsMapBackToTheOriginalBytes) {
  std::string in = "\u201CWe\u201D met";  // 3-byte quotes
  NormalizedText n = Normalize(in);
  ASSERT_EQ(n.text, "\"We\" met");
  size_t we = n.text.find("We");
  EXPECT_EQ(in.substr(n.OriginalBegin(we), n.OriginalEnd(we + 2) - n.OriginalBegin(we)), "We");
  size_t met = n.text.find("met");
  EXPECT_EQ(in.substr(n.OriginalBegin(met), n.OriginalEnd(met + 3) - n.OriginalBegin(met)), "met");
  EXPECT_EQ(n.original.size(), n.text.size() + 1);
}

TEST(NormalizerTest, InvalidUtf8BecomesSpaceAndIsCounted) {
  std::string in = "a\xff\xfe b\xc3";
  NormalizedText n = Normalize(in);
  EXPECT_EQ(n.invalid_bytes, 3u);
  EXPECT_EQ(n.text, "a   b ");
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8(in, &bad));
  EXPECT_EQ(bad, 1u);
}

TEST(NormalizerTest, EmptyAndNulBytes) {
  EXPECT_EQ(Normalize("").text, "");
  EXPECT_EQ(Normalize(std::string("a\0b", 3)).text, "a b");
}

// Normalize reads runs of plain ASCII eight bytes at a time: every ASCII byte it rewrites
// must be seen at every place in such a block, and every byte kept must map to itself.
TEST(NormalizerTest, EveryAsciiByteAtEveryPlaceOfABlock) {
  for (int c = 1; c < 0x80; ++c) {
    for (size_t at = 0; at < 20; ++at) {
      std::string in(24, 'a');
      in[at] = static_cast<char>(c);
      std::string want = in;
      if (c == '\t' || c == '\f' || c == '\v') want[at] = ' ';
      if (c == '`') want[at] = '\'';
      if (c == '\r') want[at] = '\n';
      NormalizedText n = Normalize(in);
      ASSERT_EQ(n.text, want) << "byte " << c << " at " << at;
      for (size_t k = 0; k <= in.size(); ++k) ASSERT_EQ(n.original[k], k) << c << " " << at;
    }
  }
  std::string in(24, 'a');
  in[9] = '\0';
  EXPECT_EQ(Normalize(in).text, "aaaaaaaaa aaaaaaaaaaaaaa");
  in[9] = '\xc3';  // an invalid UTF-8 byte in the middle of a block
  EXPECT_EQ(Normalize(in).text, "aaaaaaaaa aaaaaaaaaaaaaa");
}

TEST(NormalizerTest, TheLowercaseCopyLowersOnlyAsciiCapitals) {
  for (int c = 0; c < 256; ++c) {
    for (size_t at = 0; at < 20; ++at) {
      std::string in = "Q_zA@Z[`{\x80\xc3\xa9 MIXED case";
      in[at] = static_cast<char>(c);
      std::string want = in;
      for (char& b : want)
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      ASSERT_EQ(AsciiLowered(in), want) << "byte " << c << " at " << at;
    }
  }
  NormalizedText n = Normalize("Vu\u010Di\u0107 MET NATO");
  EXPECT_EQ(n.lower, "vucic met nato");
}

TEST(TokenizerTest, PossessivesCliticsAndAbbreviations) {
  EXPECT_EQ(Words("Russia's top diplomat didn't meet U.S. officials."),
            (std::vector<std::string>{"Russia", "'s", "top", "diplomat", "did", "n't", "meet", "U.S.",
                                      "officials", "."}));
}

TEST(TokenizerTest, ContractionsAreSplit) {
  EXPECT_EQ(Words("They've said we're ready and I'm sure we'll go"),
            (std::vector<std::string>{"They", "'ve", "said", "we", "'re", "ready", "and", "I", "'m",
                                      "sure", "we", "'ll", "go"}));
}

TEST(TokenizerTest, HyphensSplitOnlyAfterALowercasePrefix) {
  EXPECT_EQ(Words("then-US president Kim Jong-un and Russian-backed forces"),
            (std::vector<std::string>{"then", "-", "US", "president", "Kim", "Jong-un", "and",
                                      "Russian-backed", "forces"}));
  const NormalizedText n = Normalize("pro-Russian rebels");
  std::vector<Token> toks = Tokenize(n, 0, 18);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_TRUE(toks[2].no_actor);
}

TEST(TokenizerTest, NumbersAndPluralPossessive) {
  EXPECT_EQ(Words("2,000 troops; the protesters' demands"),
            (std::vector<std::string>{"2,000", "troops", ";", "the", "protesters", "'", "demands"}));
}

// The tokenizer classes a word's bytes as it reads them; split pieces (a clitic, a prefix
// before a hyphen) are read again. Each token's case flags must be those of its own text,
// on random sentences of every byte class.
TEST(TokenizerTest, CaseFlagsAreThoseOfTheTokensText) {
  const std::string alphabet = "aZz0Q9sS'tTnN- .,&\"()\x80\xc3\xa9@[`{_/";
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t n = rng() % 24; n > 0; --n) s += alphabet[rng() % alphabet.size()];
    if (round % 3 == 0) s += " then-US anti-West don't's protesters' Officials";
    const std::string lowered = AsciiLowered(s);
    for (const Token& t : Tokenize(s, lowered, 0, static_cast<uint32_t>(s.size()))) {
      bool upper = false, upper_after = false, lower = false;
      for (size_t k = 0; k < t.text.size(); ++k) {
        const auto c = static_cast<unsigned char>(t.text[k]);
        upper |= IsAsciiUpper(c);
        upper_after |= k > 0 && IsAsciiUpper(c);
        lower |= IsAsciiLower(c);
      }
      EXPECT_EQ(t.has_upper, upper) << s << " | " << t.text;
      EXPECT_EQ(t.upper_after, upper_after) << s << " | " << t.text;
      EXPECT_EQ(t.has_lower, lower) << s << " | " << t.text;
    }
  }
}

TEST(SentenceSplitterTest, AbbreviationsInitialsAndDates) {
  EXPECT_EQ(Sentences("Mr. Lavrov met Kim in the U.S. embassy. He left on Sept. 13. J. Smith said so."),
            (std::vector<std::string>{"Mr. Lavrov met Kim in the U.S. embassy.", "He left on Sept. 13.",
                                      "J. Smith said so."}));
}

// Abbreviations are matched whatever their case, and only whole: "APPROX." and "Gen." do not
// end a sentence, "Approxi." and "Gene." do.
TEST(SentenceSplitterTest, AbbreviationsInAnyCaseOnlyWhole) {
  EXPECT_EQ(Sentences("It cost APPROX. Ten men. Gen. Lee came. Gene. Approxi. Ok."),
            (std::vector<std::string>{"It cost APPROX. Ten men.", "Gen. Lee came.", "Gene.",
                                      "Approxi.", "Ok."}));
}

// Candidate ends are looked for sixteen bytes at a time: an end at every offset of the
// first blocks is found, and none is looked for past the length limit.
TEST(SentenceSplitterTest, EndsAreFoundAtEveryOffset) {
  for (char end : {'.', '!', '?', '\n'}) {
    for (size_t size = 2; size <= 48; ++size) {
      const std::string first = std::string(size, 'w') + (end == '\n' ? "" : std::string(1, end));
      EXPECT_EQ(Sentences(first + (end == '\n' ? "\n" : " ") + "Next"),
                (std::vector<std::string>{first, "Next"}))
          << "end " << int{end} << " after " << size << " bytes";
    }
  }
  for (size_t max_bytes = 16; max_bytes <= 48; ++max_bytes) {
    const std::string s = std::string(max_bytes - 1, 'w') + " ww. Next";
    std::vector<SentenceSpan> spans = SplitSentences(s, max_bytes);
    ASSERT_EQ(spans.size(), 3u) << max_bytes;
    EXPECT_TRUE(spans[0].cut);
    EXPECT_EQ(s.substr(spans[1].begin, spans[1].end - spans[1].begin), "ww.") << max_bytes;
  }
}

TEST(SentenceSplitterTest, QuotationsAndLineBreaks) {
  EXPECT_EQ(Sentences("\"We oppose it,\" he said. \"It is dangerous.\" Kim agreed\nNew line"),
            (std::vector<std::string>{"\"We oppose it,\" he said.", "\"It is dangerous.\"", "Kim agreed",
                                      "New line"}));
}

TEST(SentenceSplitterTest, LongSentencesAreCutAtTheLimit) {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += "word ";
  std::vector<SentenceSpan> spans = SplitSentences(s, 256);
  ASSERT_GT(spans.size(), 10u);
  for (const SentenceSpan& sp : spans) EXPECT_LE(sp.end - sp.begin, 256u);
  EXPECT_TRUE(spans[0].cut);
}

// Found by fuzz/text_fuzzer: text without spaces (Chinese here, 3 bytes a character) was cut
// at exactly max_bytes, splitting a character's UTF-8 bytes between two sentences.
TEST(SentenceSplitterTest, CutWithoutSpacesKeepsCharactersWhole) {
  std::string s;
  for (int i = 0; i < 500; ++i) s += "\u5317\u4EAC";  // "Beijing", no spaces, no periods
  for (size_t max_bytes : {16, 64, 100, 4096}) {
    std::vector<SentenceSpan> spans = SplitSentences(s, max_bytes);
    ASSERT_GT(spans.size(), 0u);
    for (const SentenceSpan& sp : spans) {
      EXPECT_LE(sp.end - sp.begin, max_bytes);
      std::string_view sentence = std::string_view(s).substr(sp.begin, sp.end - sp.begin);
      EXPECT_TRUE(IsValidUtf8(sentence, nullptr))
          << "max_bytes " << max_bytes << " at " << sp.begin;
    }
    EXPECT_EQ(spans.back().end, s.size());
  }
}

// A run of closing punctuation used to be taken whole, however long: "Hi!!!...!!! Next" gave
// one sentence of the whole run, past max_bytes, and every later stage paid for it.
TEST(SentenceSplitterTest, PunctuationRunsAreCutAtTheLimit) {
  for (std::string run : {"!", "?", ".", "\"", ")"}) {
    std::string s = "Hi";
    for (int i = 0; i < 10000; ++i) s += run;
    s += " Next one.";
    std::vector<SentenceSpan> spans = SplitSentences(s, 256);
    ASSERT_GT(spans.size(), 10u) << run;
    for (const SentenceSpan& sp : spans) EXPECT_LE(sp.end - sp.begin, 256u) << run;
    EXPECT_EQ(spans.back().end, s.size()) << run;
  }
}

TEST(SentenceSplitterTest, EmptyAndWhitespace) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\n ").empty());
}

}  // namespace
}  // namespace tacitus
