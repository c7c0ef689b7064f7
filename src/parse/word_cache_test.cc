#include "parse/word_cache.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "parse/table_numbering_testing.h"

namespace tacitus {
namespace {

const Lexicon& Lex() { return Lexicon::BuiltIn(); }

const PosBits kAllPos[] = {kPosNoun,
                           kPosVerb,
                           kPosAdj,
                           kPosAdv,
                           static_cast<PosBits>(kPosNoun | kPosVerb),
                           static_cast<PosBits>(kPosNoun | kPosVerb | kPosAdj | kPosAdv)};

// Every answer of the cache for `w` equals the lexicon's.
void ExpectSameAnswers(WordCache& cache, const std::string& w) {
  EXPECT_EQ(cache.Closed(w), Lex().Closed(w)) << w;
  EXPECT_EQ(cache.Pos(w), Lex().Pos(w)) << w;
  for (PosBits pos : kAllPos)
    EXPECT_EQ(cache.Lemma(w, pos), Lex().Lemma(w, pos)) << w << " " << int{pos};
}

const std::vector<std::string>& Words() {
  static const std::vector<std::string> kWords = {
      "talks",
      "met",
      "meeting",
      "countries",
      "went",
      "better",
      "larger",
      "gas",
      "the",
      "that",
      "to",
      "in",
      "whom",
      "according",
      "1,200",
      "twenty-one",
      "'s",
      "n't",
      "us",
      "lavrov",
      "kim",
      "seized",
      "held",
      "taken",
      "children",
      "prime minister",
      "",
      "x",
      "ministers",
      "forces",
      "drills",
      "expected",
      "caf\xc3\xa9",
      "\xff\xfe",
      "supercalifragilisticexpialidocious",  // longer than a slot holds
      "internationalizations",
      "counterinsurgencies"};
  return kWords;
}

TEST(WordCacheTest, AnswersAsTheLexiconOnMissAndOnHit) {
  WordCache cache(Lex(), 1 << 16);
  for (const std::string& w : Words()) ExpectSameAnswers(cache, w);  // first sight
  size_t misses = cache.misses(), hits = cache.hits();
  for (const std::string& w : Words()) ExpectSameAnswers(cache, w);  // from the slots
  // Only words too long for a slot miss again: their Closed, Pos and three cached lemmas
  // (noun, verb, adjective; other parts of speech always ask the lexicon).
  size_t too_long = 0;
  for (const std::string& w : Words()) too_long += w.size() > WordCache::kMaxWordBytes;
  EXPECT_EQ(too_long, 1u);
  EXPECT_EQ(cache.misses() - misses, too_long * 5);
  EXPECT_EQ(cache.hits() - hits, (Words().size() - too_long) * 5);
}

TEST(WordCacheTest, OneSlotEveryWordEvictsTheLast) {
  WordCache cache(Lex(), 1);
  for (int round = 0; round < 3; ++round)
    for (const std::string& w : Words()) ExpectSameAnswers(cache, w);
  // Each word's first question misses (the slot holds the previous word); the rest hit.
  EXPECT_GE(cache.misses(), 3 * Words().size());
  EXPECT_GT(cache.hits(), 0u);
}

TEST(WordCacheTest, UnknownWordIsItsOwnLemmaInTheArgument) {
  WordCache cache(Lex());
  std::string w = "zzqxv";
  std::string_view lemma = cache.Lemma(w, kPosNoun);
  EXPECT_EQ(lemma, "zzqxv");
  EXPECT_EQ(lemma.data(), w.data());  // a view of the argument, as the lexicon gives
  std::string other = "zzqxv";        // the same word in another buffer: a hit, viewing that buffer
  lemma = cache.Lemma(other, kPosNoun);
  EXPECT_EQ(lemma.data(), other.data());
}

TEST(WordCacheTest, KnownLemmaViewsTheLexiconTable) {
  WordCache cache(Lex());
  cache.Lemma("met", kPosVerb);
  std::string_view lemma = cache.Lemma("met", kPosVerb);  // from the slot
  EXPECT_EQ(lemma, "meet");
  std::string_view table = Lex().table();
  EXPECT_TRUE(lemma.data() >= table.data() && lemma.data() < table.data() + table.size());
}

// Random words built from stems and suffixes, through a small cache so that slots are
// taken over often: the cache must agree with the lexicon (the naive reference) on all.
TEST(WordCacheTest, AgreesWithTheLexiconOnRandomWords) {
  const char* stems[] = {"talk", "meet", "walk",   "force",   "countr", "tax", "bus", "fly", "go",
                         "see",  "seiz", "attack", "protest", "elect",  "arm", "zq",  "a",   ""};
  const char* suffixes[] = {"", "s", "es", "ed", "ing", "ies", "er", "est", "ly", "y", "men"};
  std::mt19937 rng(5);
  WordCache cache(Lex(), 16);
  for (int i = 0; i < 3000; ++i) {
    std::string w =
        std::string(stems[rng() % std::size(stems)]) + suffixes[rng() % std::size(suffixes)];
    if (rng() % 4 == 0) w += suffixes[rng() % std::size(suffixes)];
    ExpectSameAnswers(cache, w);
  }
  EXPECT_GT(cache.hits(), 0u);
  EXPECT_GT(cache.misses(), 0u);
}

// Info() gives, in one lookup, what Closed, Pos and the three single-POS Lemma calls give.
void ExpectSameInfo(WordCache& cache, const std::string& w) {
  WordCache::WordInfo info = cache.Info(w);
  EXPECT_EQ(info.closed, Lex().Closed(w)) << w;
  EXPECT_EQ(info.pos, Lex().Pos(w)) << w;
  EXPECT_EQ(info.lemma[kNounLemma], Lex().Lemma(w, kPosNoun)) << w;
  EXPECT_EQ(info.lemma[kVerbLemma], Lex().Lemma(w, kPosVerb)) << w;
  EXPECT_EQ(info.lemma[kAdjLemma], Lex().Lemma(w, kPosAdj)) << w;
}

TEST(WordCacheTest, InfoAgreesWithTheLexiconOnMissAndOnHit) {
  WordCache cache(Lex(), 32);  // small: some words take each other's slots
  for (int round = 0; round < 2; ++round)
    for (const std::string& w : Words()) ExpectSameInfo(cache, w);
  EXPECT_GT(cache.hits(), 0u);
  std::string w = "zzqxv";
  // An unknown word's lemma views the argument.
  EXPECT_EQ(cache.Info(w).lemma[kNounLemma].data(), w.data());
}

TEST(WordCacheTest, TwoWordsOfOneSetDoNotEvictEachOther) {
  WordCache cache(Lex(), 2);  // one set of two slots
  for (int round = 0; round < 5; ++round) {
    ExpectSameInfo(cache, "talks");
    ExpectSameInfo(cache, "met");
  }
  EXPECT_EQ(cache.misses(), 2u);
  ExpectSameInfo(cache, "forces");  // a third word takes the least recently used slot
  ExpectSameInfo(cache, "met");
  EXPECT_EQ(cache.misses(), 3u);
  ExpectSameInfo(cache, "talks");
  EXPECT_EQ(cache.misses(), 4u);
}

TEST(WordCacheTest, SlotCountIsRoundedUpToAPowerOfTwo) {
  WordCache zero(Lex(), 0);  // one slot
  ExpectSameAnswers(zero, "talks");
  WordCache odd(Lex(), 3);
  ExpectSameAnswers(odd, "talks");
  ExpectSameAnswers(odd, "met");
}

// A slot keeps a word as overlapping loads (word_cache.cc): two words of any length that
// differ in any one byte are two words. In a one-slot cache, the second of such a pair must
// miss, and then hit.
TEST(WordCacheTest, WordsDifferingInOneByteAreDifferentWords) {
  for (size_t n = 1; n <= WordCache::kMaxWordBytes; ++n) {
    for (size_t at = 0; at < n; ++at) {
      WordCache cache(Lex(), 1);
      const std::string word(n, 'q');
      std::string other = word;
      other[at] = 'x';
      cache.Info(word);
      cache.Info(other);
      EXPECT_EQ(cache.misses(), 2u) << n << " " << at;
      cache.Info(other);
      EXPECT_EQ(cache.misses(), 2u) << n << " " << at;
      EXPECT_EQ(cache.Info(other).lemma[kNounLemma], other);
    }
  }
}

// The ids Info() gives are the numbering's numbers of the word and of its three lemmas.
void ExpectNumbered(WordCache& cache, const WordNumbering& numbering, const std::string& w) {
  WordCache::WordInfo info = cache.Info(w);
  if (w.size() > WordCache::kMaxWordBytes) {  // not kept: left to the numbering's owner
    EXPECT_EQ(info.lower_id, kWordIdUnknown) << w;
    return;
  }
  EXPECT_EQ(info.lower_id, numbering.Number(w)) << w;
  EXPECT_EQ(info.lemma_id[kNounLemma], numbering.Number(info.lemma[kNounLemma])) << w;
  EXPECT_EQ(info.lemma_id[kVerbLemma], numbering.Number(info.lemma[kVerbLemma])) << w;
  EXPECT_EQ(info.lemma_id[kAdjLemma], numbering.Number(info.lemma[kAdjLemma])) << w;
}

TEST(WordCacheTest, KeepsTheNumbersOfAWordAndItsLemmas) {
  TableNumbering numbering({{"talks", 1}, {"talk", 2}, {"meet", 3}, {"met", 4}, {"the", 5},
                            {"good", 6}, {"better", 7}, {"country", 8}});
  WordCache cache(Lex(), 32);  // small: some words take each other's slots
  cache.SetNumbering(&numbering);
  for (int round = 0; round < 2; ++round)
    for (const std::string& w : Words()) ExpectNumbered(cache, numbering, w);
  EXPECT_EQ(cache.Info("met").lemma_id[kVerbLemma], 3u);    // "meet"
  EXPECT_EQ(cache.Info("talks").lemma_id[kNounLemma], 2u);  // "talk"
  EXPECT_EQ(cache.Info("gas").lower_id, kNoWordId);  // a word the numbering lacks
}

TEST(WordCacheTest, AsksTheNumberingOncePerWordItKeeps) {
  TableNumbering numbering({{"talks", 1}, {"talk", 2}});
  WordCache cache(Lex(), 64);
  cache.SetNumbering(&numbering);
  cache.Info("talks");
  const size_t first = numbering.calls();
  EXPECT_GE(first, 2u);  // the word and its lemma "talk"
  EXPECT_LE(first, 4u);
  for (int i = 0; i < 10; ++i) cache.Info("talks");
  EXPECT_EQ(numbering.calls(), first);
}

TEST(WordCacheTest, AnotherNumberingOrNoneRenumbers) {
  TableNumbering one({{"talks", 1}, {"talk", 2}}), two({{"talks", 11}, {"talk", 12}});
  WordCache cache(Lex(), 64);
  cache.SetNumbering(&one);
  EXPECT_EQ(cache.Info("talks").lower_id, 1u);
  cache.SetNumbering(&two);
  EXPECT_EQ(cache.Info("talks").lower_id, 11u);
  EXPECT_EQ(cache.Info("talks").lemma_id[kNounLemma], 12u);
  cache.SetNumbering(nullptr);
  EXPECT_EQ(cache.Info("talks").lower_id, kWordIdUnknown);
  EXPECT_EQ(cache.Info("talks").lemma_id[kNounLemma], kWordIdUnknown);
  cache.SetNumbering(&one);
  EXPECT_EQ(cache.Info("talks").lemma_id[kNounLemma], 2u);
  TableNumbering copy = one;  // the same numbers: its numbers stand
  EXPECT_EQ(copy.serial(), one.serial());
  EXPECT_NE(one.serial(), two.serial());
}

// Random words through a small cache, two numberings taking turns: every id is the
// numbering's own.
TEST(WordCacheTest, NumbersAgreeWithTheNumberingOnRandomWords) {
  const char* stems[] = {"talk", "meet", "walk", "force", "countr", "tax", "bus", "fly", "go",
                         "see",  "seiz", "attack", "protest", "elect", "arm", "zq", "a"};
  const char* suffixes[] = {"", "s", "es", "ed", "ing", "ies", "er", "est", "ly", "y", "men"};
  std::map<std::string, uint32_t, std::less<>> odd, even;
  uint32_t next = 0;
  for (const char* stem : stems)
    for (const char* suffix : suffixes) {
      const std::string w = std::string(stem) + suffix;
      (next % 2 ? odd : even)[w] = next;
      ++next;
      if (next % 3 == 0) odd[w] = 1000 + next;
    }
  TableNumbering a(odd), b(even);
  std::mt19937 rng(9);
  WordCache cache(Lex(), 16);
  for (int i = 0; i < 3000; ++i) {
    const TableNumbering& numbering = rng() % 8 == 0 ? b : a;
    cache.SetNumbering(&numbering);
    std::string w =
        std::string(stems[rng() % std::size(stems)]) + suffixes[rng() % std::size(suffixes)];
    ExpectNumbered(cache, numbering, w);
  }
}

}  // namespace
}  // namespace tacitus
