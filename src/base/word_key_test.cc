#include "base/word_key.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace tacitus {
namespace {

// Keys and sizes equal exactly when the words are: the plain string compare is the reference.
template <size_t N>
bool SameKey(const std::string& a, const std::string& b) {
  return a.size() == b.size() && WordKey<N>::Of(a) == WordKey<N>::Of(b);
}

// Every word of 0 to N bytes against the same word with one byte changed, at every position,
// to a byte with the high bit set, a NUL and a letter: a byte the key does not hold would
// leave the keys equal. The edge sizes (0, 8, 9, 16, 17, N) are among them.
template <size_t N>
void EveryByteCounts() {
  const std::string base = "Abcdefghijklmnopqrstuvwxyz";
  for (size_t n = 0; n <= N; ++n) {
    const std::string w = base.substr(0, n);
    ASSERT_TRUE(WordKey<N>::Fits(w));
    EXPECT_TRUE(SameKey<N>(w, std::string(w))) << n;
    EXPECT_EQ(WordKey<N>::Of(w).Hash(n), WordKey<N>::Of(std::string(w)).Hash(n)) << n;
    for (size_t i = 0; i < n; ++i)
      for (char c : {'\xC3', '\0', 'Z', '\xFF'}) {
        std::string changed = w;
        changed[i] = c;
        EXPECT_FALSE(SameKey<N>(w, changed)) << N << " bytes " << n << " at " << i;
      }
  }
  EXPECT_FALSE(WordKey<N>::Fits(base.substr(0, N + 1)));
}

TEST(WordKeyTest, EveryByteOfAWordCountsAtEverySize) {
  EveryByteCounts<8>();
  EveryByteCounts<16>();
  EveryByteCounts<24>();
}

// Random words over a small alphabet (with NUL and high bytes, so that many pairs share
// their first or last eight bytes) agree with the string compare, pair by pair.
template <size_t N>
void AgreesWithTheStringCompare(uint32_t seed) {
  std::mt19937 rng(seed);
  const std::string alphabet("ab\0\x80\xFF", 5);
  std::vector<std::string> words = {"", std::string(1, '\0'), std::string(N, '\0'),
                                    std::string(N, 'a'), std::string(N - 1, 'a')};
  for (int k = 0; k < 400; ++k) {
    std::string w(rng() % (N + 1), ' ');
    for (char& c : w) c = alphabet[rng() % alphabet.size()];
    words.push_back(w);
  }
  for (const std::string& a : words)
    for (const std::string& b : words) {
      ASSERT_EQ(SameKey<N>(a, b), a == b) << N << ": '" << a << "' '" << b << "'";
      if (a == b) {
        ASSERT_EQ(WordKey<N>::Of(a).Hash(a.size()), WordKey<N>::Of(b).Hash(b.size()));
      }
    }
}

TEST(WordKeyTest, RandomWordsAgreeWithTheStringCompare) {
  AgreesWithTheStringCompare<8>(1);
  AgreesWithTheStringCompare<16>(2);
  AgreesWithTheStringCompare<24>(3);
}

TEST(WordKeyTest, TheSizeTellsApartWordsWithEqualKeys) {
  // PackShortWord holds the first, middle and last byte of a short word: "ab" is 'a' 'b' 'b'.
  EXPECT_TRUE(WordKey<8>::Of("ab") == WordKey<8>::Of("abb"));
  EXPECT_NE(WordKey<8>::Of("ab").Hash(2), WordKey<8>::Of("abb").Hash(3));
  // The overlapping loads of a run of one letter are the same at every size from 9 to 16.
  EXPECT_TRUE(WordKey<16>::Of(std::string(9, 'a')) == WordKey<16>::Of(std::string(16, 'a')));
  EXPECT_FALSE(SameKey<16>(std::string(9, 'a'), std::string(16, 'a')));
}

}  // namespace
}  // namespace tacitus
