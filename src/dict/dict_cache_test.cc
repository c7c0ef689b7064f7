#include "dict/dict_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>
#include <tuple>

#include "dict/loader.h"

namespace tacitus {
namespace {

const Dictionary& BuiltIn() {
  static const Dictionary d = [] {
    StatusOr<Dictionary> r = LoadBuiltInDictionary();
    EXPECT_TRUE(r.ok());
    return std::move(r).value();
  }();
  return d;
}

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DictCacheTest, RoundTripKeepsEveryEntryAndRebuildsTheIndexes) {
  std::string bytes = SerializeDictionary(BuiltIn());
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(bytes, &d));
  EXPECT_EQ(SerializeDictionary(d), bytes);
  ASSERT_EQ(d.patterns.size(), BuiltIn().patterns.size());
  EXPECT_EQ(d.phrases.size(), BuiltIn().phrases.size());
  EXPECT_EQ(d.people.size(), BuiltIn().people.size());
  ASSERT_FALSE(BuiltIn().words.empty());
  EXPECT_EQ(d.words.size(), BuiltIn().words.size());
  const WordEntry* airstrike = d.FindWord(WordClass::kWeapon, "airstrike");
  ASSERT_NE(airstrike, nullptr);
  EXPECT_EQ(airstrike->code, "195");
  EXPECT_EQ(d.Where(d.patterns.back().ref), BuiltIn().Where(BuiltIn().patterns.back().ref));
  for (size_t i = 0; i < d.patterns.size(); ++i)
    for (size_t k = 0; k < d.patterns[i].elements.size(); ++k)
      ASSERT_EQ(d.patterns[i].elements[k].target_preposition, BuiltIn().patterns[i].elements[k].target_preposition);
  const Dictionary::HeadPatterns a = d.VerbPatternsFor("meet");
  const Dictionary::HeadPatterns b = BuiltIn().VerbPatternsFor("meet");
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(std::ranges::equal(a, b));
}

TEST(DictCacheTest, WordIdsAndPatternIndexesAreReadBackAsFinishMadeThem) {
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(SerializeDictionary(BuiltIn()), &d));
  for (size_t i = 0; i < d.patterns.size(); ++i) {
    ASSERT_EQ(d.patterns[i].elements.size(), BuiltIn().patterns[i].elements.size());
    for (size_t k = 0; k < d.patterns[i].elements.size(); ++k)
      ASSERT_TRUE(std::ranges::equal(d.patterns[i].elements[k].word_ids(),
                                     BuiltIn().patterns[i].elements[k].word_ids()))
          << i;
    ASSERT_EQ(d.Weight(static_cast<uint32_t>(i)), BuiltIn().Weight(static_cast<uint32_t>(i)));
  }
  for (std::string_view w : {"meet", "with", "talks", "attack", "no such word"})
    EXPECT_EQ(d.WordId(w), BuiltIn().WordId(w)) << w;
  size_t nouns = 0;
  for (const Pattern& p : d.patterns)
    for (uint32_t id :
         p.elements.empty() ? std::span<const uint32_t>() : p.elements[0].word_ids()) {
      const Dictionary::HeadPatterns a = p.noun ? d.NounPatternsFor(id) : d.VerbPatternsFor(id);
      const Dictionary::HeadPatterns b =
          p.noun ? BuiltIn().NounPatternsFor(id) : BuiltIn().VerbPatternsFor(id);
      ASSERT_FALSE(a.empty());
      ASSERT_TRUE(std::ranges::equal(a, b));
      nouns += p.noun;
    }
  EXPECT_GT(nouns, 0u);
  // The needs beside each head's patterns: the same patterns pass the same sentences' words
  // (bit sets with a word in three, at random, so that some pass and some do not).
  std::mt19937 rng(5);
  std::vector<uint32_t> from_cache, built;
  size_t passed = 0, tested = 0;
  for (int s = 0; s < 20; ++s) {
    std::vector<uint32_t> ids;
    std::vector<Token> none;
    d.PatternWordsIn(none, &ids);
    for (uint32_t& bits : ids) bits = rng() & rng();
    for (const Pattern& p : d.patterns) {
      const uint32_t head =
          p.elements[0].word_ids().empty() ? Dictionary::kNoWord : p.elements[0].word_ids()[0];
      d.PatternsThatMayMatch(p.noun ? d.NounPatternsFor(head) : d.VerbPatternsFor(head), ids,
                             &from_cache);
      BuiltIn().PatternsThatMayMatch(
          p.noun ? BuiltIn().NounPatternsFor(head) : BuiltIn().VerbPatternsFor(head), ids, &built);
      ASSERT_EQ(from_cache, built);
      passed += built.size();
      tested += p.noun ? d.NounPatternsFor(head).size() : d.VerbPatternsFor(head).size();
    }
  }
  EXPECT_GT(passed, 0u);
  EXPECT_LT(passed, tested);
}

// A naive walk of each phrase's words through the trie, as PhraseMatcher walks a text that
// spells them as written: every phrase is accepted at the node its words lead to.
void ExpectTrieAcceptsEveryPhrase(const Dictionary& d) {
  const PhraseTrie& t = d.phrase_trie();
  ASSERT_EQ(t.phrases, d.phrases.size());
  for (uint32_t i = 0; i < d.phrases.size(); ++i) {
    uint32_t node = 0;
    for (std::string_view w : d.phrases[i].words) {
      const bool exact = std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      uint32_t id = exact ? PhraseTrie::kNone : d.WordId(w);
      if (id == PhraseTrie::kNone) id = t.OwnWordId(w, exact);
      ASSERT_NE(id, PhraseTrie::kNone) << w;
      node = t.Child(node, id);
      ASSERT_NE(node, PhraseTrie::kNone) << i << " " << w;
    }
    const auto begin = t.phrase_ids.begin() + t.phrase_begin[node];
    const auto end = t.phrase_ids.begin() + t.phrase_begin[node + 1];
    ASSERT_NE(std::find(begin, end, i), end) << i;
  }
}

TEST(DictCacheTest, ThePhraseTrieIsReadBackAsFinishMadeIt) {
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(SerializeDictionary(BuiltIn()), &d));
  const PhraseTrie &a = d.phrase_trie(), &b = BuiltIn().phrase_trie();
  auto fields = [](const PhraseTrie& t) {
    return std::tie(t.phrases, t.own_text, t.own_ends, t.own_slots, t.own_exact, t.own_lowercase,
                    t.edge_keys, t.edge_children, t.nodes, t.root_children, t.phrase_begin,
                    t.phrase_ids, t.gap);
  };
  EXPECT_TRUE(fields(a) == fields(b));
  ExpectTrieAcceptsEveryPhrase(d);
}

TEST(DictCacheTest, APhraseIdOutOfRangeInTheTrieIsRejected) {
  std::string bytes = SerializeDictionary(BuiltIn());
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(bytes, &d));
  // The body ends with the trie's phrase ids: the last made one past the last phrase.
  const uint32_t past = static_cast<uint32_t>(BuiltIn().phrases.size());
  std::memcpy(bytes.data() + bytes.size() - 4, &past, 4);
  EXPECT_FALSE(DeserializeDictionary(bytes, &d));
}

TEST(DictCacheTest, ReadsFromSeveralThreadsAtOnceGiveTheSameDictionary) {
  // The reader hands the patterns to one helper thread; a reader that finds it busy reads
  // them itself.
  const std::string bytes = SerializeDictionary(BuiltIn());
  std::vector<Dictionary> read(4);
  std::vector<char> ok(read.size(), 0);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < read.size(); ++i)
    threads.emplace_back([&, i] { ok[i] = DeserializeDictionary(bytes, &read[i]); });
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < read.size(); ++i) {
    ASSERT_TRUE(ok[i]) << i;
    EXPECT_EQ(SerializeDictionary(read[i]), bytes) << i;
  }
}

TEST(DictCacheTest, AnUnfinishedDictionaryIsWrittenFinished) {
  Dictionary added;
  Pattern p;
  p.code = "036";
  PatternElement head, with;
  head.words = {"meet"};
  with.words = {"with"};
  p.elements = {head, with};
  added.patterns.push_back(p);  // no Finish()
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(SerializeDictionary(added), &d));
  const Dictionary::HeadPatterns meet = d.VerbPatternsFor("meet");
  EXPECT_EQ(std::vector<uint32_t>(meet.begin(), meet.end()), std::vector<uint32_t>{0});
  EXPECT_TRUE(d.patterns[0].elements[1].target_preposition);
  EXPECT_EQ(std::vector<uint32_t>(d.patterns[0].elements[1].word_ids().begin(),
                                  d.patterns[0].elements[1].word_ids().end()),
            std::vector<uint32_t>{d.WordId("with")});
}

TEST(DictCacheTest, PeerPatternFieldsRoundTrip) {
  Dictionary peer;
  Pattern p;
  p.code = "032";
  p.paired_code = "033";  // "ARRIVE [032:033]"
  p.compound_subject = true;
  PatternElement head;
  head.words = {"arrive"};
  p.elements.push_back(head);
  peer.patterns.push_back(p);
  peer.Finish();
  Dictionary d;
  ASSERT_TRUE(DeserializeDictionary(SerializeDictionary(peer), &d));
  ASSERT_EQ(d.patterns.size(), 1u);
  EXPECT_EQ(d.patterns[0].paired_code, "033");
  EXPECT_TRUE(d.patterns[0].compound_subject);
}

TEST(DictCacheTest, WrittenHeadsAndDatedDiscardsAreFoundByFinishAndReadBack) {
  Dictionary peer;
  Pattern leave;
  leave.code = "012";
  PatternElement head;
  head.words = {"leave"};
  leave.elements.push_back(head);
  peer.patterns.push_back(leave);
  Person ono;
  ono.name = "Onodoher";
  DatedRole role;
  role.code = "ONO";
  ono.roles.push_back(role);
  peer.people.push_back(ono);
  peer.Finish();
  EXPECT_FALSE(peer.HasWrittenHeads());
  EXPECT_FALSE(peer.HasDatedDiscards());
  // Added after Finish(): the safe answer until the next Finish().
  Pattern left = leave;
  left.elements[0].prefixes = {"left_"};  // TABARI's "LEFT_ [032]"
  peer.patterns.push_back(left);
  EXPECT_TRUE(peer.HasWrittenHeads());
  EXPECT_FALSE(peer.HasDatedDiscards());
  Person discarded = ono;
  discarded.roles[0].discard = true;  // "[###]"
  peer.people.push_back(discarded);
  EXPECT_TRUE(peer.HasDatedDiscards());
  // Each fact alone, after Finish() and read back from the cache's bytes.
  for (int written : {0, 1}) {
    for (int dated : {0, 1}) {
      Dictionary one = peer;
      if (!written) one.patterns.pop_back();
      if (!dated) one.people.pop_back();
      one.Finish();
      EXPECT_EQ(one.HasWrittenHeads(), written == 1) << written << dated;
      EXPECT_EQ(one.HasDatedDiscards(), dated == 1) << written << dated;
      Dictionary d;
      ASSERT_TRUE(DeserializeDictionary(SerializeDictionary(one), &d));
      EXPECT_EQ(d.HasWrittenHeads(), written == 1) << written << dated;
      EXPECT_EQ(d.HasDatedDiscards(), dated == 1) << written << dated;
    }
  }
}

TEST(DictCacheTest, TruncatedOrCorruptDataIsRejectedWithoutCrashing) {
  std::string bytes = SerializeDictionary(BuiltIn());
  Dictionary d;
  for (size_t cut : {size_t{0}, size_t{3}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1})
    EXPECT_FALSE(DeserializeDictionary(std::string_view(bytes).substr(0, cut), &d)) << cut;
  EXPECT_FALSE(DeserializeDictionary(bytes + "x", &d));
  // Counts blown up: rejected by the bound on the bytes left, not by allocating them.
  std::string huge = bytes;
  huge[0] = huge[1] = huge[2] = huge[3] = '\xff';
  EXPECT_FALSE(DeserializeDictionary(huge, &d));
  // Any single flipped byte either fails or yields some dictionary; it never crashes.
  for (size_t at = 0; at < bytes.size(); at += bytes.size() / 97 + 1) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
    Dictionary e;
    DeserializeDictionary(flipped, &e);
  }
}

class DictCacheDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("tacitus_dict_cache_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    path_ = BuiltInDictionaryCachePath(dir_.string());
    if (path_.empty()) GTEST_SKIP() << "this test binary has no GNU build id, so nothing is cached";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(DictCacheDirTest, WritesThenReadsTheSameDictionary) {
  StatusOr<Dictionary> first = LoadBuiltInDictionaryCached(dir_.string());
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(std::filesystem::exists(path_));
  std::string file = Slurp(path_);
  StatusOr<Dictionary> second = LoadBuiltInDictionaryCached(dir_.string());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(SerializeDictionary(*first), SerializeDictionary(BuiltIn()));
  EXPECT_EQ(SerializeDictionary(*second), SerializeDictionary(BuiltIn()));
  EXPECT_EQ(Slurp(path_), file);  // read, not rewritten
}

TEST_F(DictCacheDirTest, CorruptOrForeignFilesAreReplaced) {
  ASSERT_TRUE(LoadBuiltInDictionaryCached(dir_.string()).ok());
  std::string good = Slurp(path_);
  // Garbage, a truncated file, a flipped body byte (checksum) and another key in the header.
  std::string flipped_body = good, other_key = good;
  flipped_body[good.size() - 10] ^= 1;
  other_key[9] ^= 1;
  for (const std::string& bad : {std::string("not a cache"), good.substr(0, good.size() / 2), flipped_body, other_key}) {
    std::ofstream(path_, std::ios::binary | std::ios::trunc) << bad;
    StatusOr<Dictionary> d = LoadBuiltInDictionaryCached(dir_.string());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(SerializeDictionary(*d), SerializeDictionary(BuiltIn()));
    EXPECT_EQ(Slurp(path_), good);  // parsed again and rewritten
  }
}

// The checksum is summed by the two threads that read the body, each over the part it reads
// (the patterns, and the rest). A changed byte that still reads into some dictionary (in a
// string, say) is found only by the sum: one in each part must get the file replaced.
TEST_F(DictCacheDirTest, AChangeThatStillReadsIsCaughtByTheChecksumInEitherPart) {
  ASSERT_TRUE(LoadBuiltInDictionaryCached(dir_.string()).ok());
  const std::string good = Slurp(path_);
  const size_t header = 32;
  uint64_t part_size;
  std::memcpy(&part_size, good.data() + header, sizeof part_size);
  const size_t rest = header + 8 + part_size;
  ASSERT_LT(rest, good.size());
  // The first flip from each offset on that DeserializeDictionary takes.
  auto readable_flip = [&](size_t from) {
    for (size_t at = from; at < good.size(); ++at) {
      std::string bytes = good.substr(header);
      bytes[at - header] ^= 1;
      Dictionary d;
      if (DeserializeDictionary(bytes, &d)) return at;
    }
    return good.size();
  };
  for (size_t at : {readable_flip(header + 8 + part_size / 2), readable_flip(rest + 64)}) {
    ASSERT_LT(at, good.size());
    std::string bad = good;
    bad[at] ^= 1;
    std::ofstream(path_, std::ios::binary | std::ios::trunc) << bad;
    StatusOr<Dictionary> d = LoadBuiltInDictionaryCached(dir_.string());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(SerializeDictionary(*d), SerializeDictionary(BuiltIn())) << at;
    EXPECT_EQ(Slurp(path_), good) << at;  // parsed again and rewritten
  }
}

TEST_F(DictCacheDirTest, UnwritableDirectoryFallsBackToParsing) {
  // A directory below a regular file can be neither created nor written, even as root.
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / "file") << "x";
  std::string below = (dir_ / "file" / "cache").string();
  StatusOr<Dictionary> d = LoadBuiltInDictionaryCached(below);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(SerializeDictionary(*d), SerializeDictionary(BuiltIn()));
  EXPECT_TRUE(LoadBuiltInDictionaryCached("").ok());  // caching off
}

}  // namespace
}  // namespace tacitus
