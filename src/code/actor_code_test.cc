#include "code/actor_code.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace tacitus {
namespace {

using std::string_view_literals::operator""sv;

TEST(ActorCodeTest, ACodeIsCopiedAsPlainBytes) {
  static_assert(std::is_trivially_copyable_v<ActorCode>);
  static_assert(sizeof(ActorCode) == 16);
}

TEST(ActorCodeTest, AShortCodeIsCopiedIntoTheObject) {
  std::string text = "USAGOV";
  const ActorCode code(text);
  text = "XXXXXX";  // the code does not view the text it was made from
  EXPECT_TRUE(code.is_inline());
  EXPECT_EQ(code, "USAGOV");
  EXPECT_EQ(code.size(), 6u);
  EXPECT_FALSE(code.empty());
  EXPECT_EQ(code.substr(0, 3), "USA");
  EXPECT_EQ(code.substr(3), "GOV");
  EXPECT_EQ(code[3], 'G');
  EXPECT_EQ(code.back(), 'V');
  EXPECT_EQ(code.find('G'), 3u);
  EXPECT_EQ(code.find("GOV"), 3u);
  EXPECT_EQ(code.find('/'), ActorCode::npos);
  EXPECT_TRUE(code.starts_with("USA"));
}

TEST(ActorCodeTest, TheLongestInlineCodeIsCopiedAndALongerOneIsViewed) {
  const std::string fifteen(ActorCode::kInline, 'A');
  const std::string sixteen(ActorCode::kInline + 1, 'B');
  const ActorCode a(fifteen), b(sixteen);
  EXPECT_TRUE(a.is_inline());
  EXPECT_NE(a.data(), fifteen.data());
  EXPECT_EQ(a, fifteen);
  EXPECT_FALSE(b.is_inline());
  EXPECT_EQ(b.data(), sixteen.data());
  EXPECT_EQ(b.size(), sixteen.size());
  EXPECT_EQ(b, sixteen);
}

TEST(ActorCodeTest, CopiesOfALongCodeViewTheSameText) {
  const std::string text = "FROGOV/BILGOV/SAMGOV";
  const ActorCode code(text);
  std::vector<ActorCode> copies(3, code);
  for (const ActorCode& c : copies) {
    EXPECT_EQ(c.data(), text.data());
    EXPECT_EQ(c, code);
  }
  // A part of a long code is copied when it is short.
  const ActorCode part(code.substr(7, 6));
  EXPECT_TRUE(part.is_inline());
  EXPECT_EQ(part, "BILGOV");
}

TEST(ActorCodeTest, EmptyAndCleared) {
  ActorCode code;
  EXPECT_TRUE(code.empty());
  EXPECT_EQ(code, ""sv);
  code = ActorCode("IGOUNOKID");
  EXPECT_EQ(code, "IGOUNOKID");
  code.clear();
  EXPECT_TRUE(code.empty());
  EXPECT_EQ(code.size(), 0u);
  code = ActorCode(std::string_view());  // no text at all: copies nothing
  EXPECT_TRUE(code.empty());
  EXPECT_EQ(code, ActorCode());
}

TEST(ActorCodeTest, ComparesWithCodesAndTexts) {
  const ActorCode rus("RUSGOV"), rus2("RUSGOV"), ukr("UKRGOV");
  const std::string text = "RUSGOV";
  EXPECT_TRUE(rus == rus2);
  EXPECT_FALSE(rus != rus2);
  EXPECT_TRUE(rus != ukr);
  EXPECT_TRUE(rus == text);
  EXPECT_TRUE(text == rus);
  EXPECT_TRUE(rus == "RUSGOV");
  EXPECT_TRUE("RUSGOV" != ukr);
  EXPECT_FALSE(rus == "RUS");
  // The same text viewed and copied is the same code.
  const std::string long_text = "\"GRYFFINDOR HEAD MINERVA\"";
  EXPECT_EQ(ActorCode(long_text), ActorCode(std::string_view(long_text)));
}

TEST(ActorCodeTest, WritesAndJoinsAsItsText) {
  const ActorCode code("PRKGOV");
  std::ostringstream os;
  os << code << "|";
  EXPECT_EQ(os.str(), "PRKGOV|");
  EXPECT_EQ("holder of " + code + ": ", "holder of PRKGOV: ");
  std::string assigned;
  assigned = code;
  EXPECT_EQ(assigned, "PRKGOV");
  EXPECT_EQ(std::string(code), "PRKGOV");
}

// Against std::string on varied texts, either side of kInline: every read agrees.
TEST(ActorCodeTest, AgreesWithAStringOnRandomTexts) {
  std::mt19937 rng(20261129);
  std::vector<std::string> texts;
  for (int i = 0; i < 2000; ++i) {
    std::string t(rng() % 40, ' ');
    for (char& c : t) c = "ABCGOVUSA/~-\""[rng() % 13];
    texts.push_back(std::move(t));
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string& t = texts[i];
    const std::string& other = texts[(i * 7 + 1) % texts.size()];
    const ActorCode code(t);
    const ActorCode copy = code;
    ASSERT_EQ(copy.view(), t);
    ASSERT_EQ(copy.size(), t.size());
    ASSERT_EQ(copy.empty(), t.empty());
    ASSERT_EQ(copy.is_inline(), t.size() <= ActorCode::kInline);
    ASSERT_EQ(copy == ActorCode(other), t == other);
    ASSERT_EQ(copy == other, t == other);
    ASSERT_EQ(copy.find('/'), t.find('/'));
    ASSERT_EQ(copy.find("GOV"), t.find("GOV"));
    if (!t.empty()) {
      ASSERT_EQ(copy.back(), t.back());
      const size_t pos = rng() % t.size();
      ASSERT_EQ(copy[pos], t[pos]);
      ASSERT_EQ(copy.substr(pos), std::string_view(t).substr(pos));
      ASSERT_EQ(copy.substr(0, pos), std::string_view(t).substr(0, pos));
    }
  }
}

}  // namespace
}  // namespace tacitus
