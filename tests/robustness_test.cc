// Pathological input, end to end (issue 6, doc/robustness.md): huge articles without a sentence
// end, 100,000 unbalanced quotes and brackets, sentences of 10,000 actor names, compounds of
// 5,000 countries, deeply repeated clauses, and the faults at the edges that the library
// reports (a dictionary error deep in a file, a missing dictionary directory) or that the
// binary meets (a closed pipe).
//
// Each test checks that the input is coded or reported, not crashed on; that the output is
// sane (spans inside the text, warnings where a limit was hit, the good text after the bad
// coded); and that memory stays within a bound linear in the input. Nothing here is timed:
// speed is measured, not asserted (doc/robustness.md has the measurements).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "code/coder.h"
#include "dict/loader.h"
#include "parse/lexicon.h"
#include "parse/tagger.h"
#include "pipeline/pipeline.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

// The growth of this process's peak resident memory while an object lives. The kernel's
// peak (VmHWM) is reset at the start when /proc/self/clear_refs allows it; otherwise the
// peak since the process started is used, which only overstates the growth.
class PeakMemory {
 public:
  PeakMemory() {
    std::ofstream("/proc/self/clear_refs") << "5";
    start_ = StatusKb("VmRSS:");
  }
  size_t GrowthBytes() const {
    const size_t peak = StatusKb("VmHWM:");
    return peak > start_ ? (peak - start_) * 1024 : 0;
  }

 private:
  static size_t StatusKb(std::string_view key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind(key, 0) == 0) return std::stoul(line.substr(key.size()));
    }
    return 0;
  }
  size_t start_ = 0;
};

// What coding `input_bytes` of text may cost: the normalized copy and its offset map (5
// bytes a byte), tokens and events of one sentence at a time, the events and quotations of
// the article, and a fixed allowance for ASan's quarantine and shadow memory, so the same
// bound holds in build-asan. A cost that grows with the square of the input breaks it.
size_t MemoryBound(size_t input_bytes) { return 12 * input_bytes + (size_t{512} << 20); }

class RobustnessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    StatusOr<Dictionary> dict = LoadBuiltInDictionary();
    ASSERT_TRUE(dict.ok()) << dict.status().message();
    dict_ = new Dictionary(std::move(dict).value());
    coder_ = new Coder(*dict_, Lexicon::BuiltIn());
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete dict_;
    coder_ = nullptr;
    dict_ = nullptr;
  }

  static ArticleResult Code(std::string_view text) {
    return coder_->Code(text, Date::FromCivil(2023, 10, 19));
  }

  // Checks what must hold of any result: spans inside the text, codes well formed, sentence
  // indices inside the article, each (source, target, code) once per sentence.
  static void ExpectSane(const ArticleResult& r, std::string_view text) {
    std::set<std::tuple<int, std::string, std::string, std::string>> seen;
    for (const Event& e : r.events) {
      EXPECT_GE(e.sentence, 0);
      EXPECT_LT(e.sentence, r.sentences);
      EXPECT_TRUE(e.code.size() == 3 || e.code.size() == 4) << e.code;
      EXPECT_FALSE(e.source.code.empty());
      EXPECT_FALSE(e.target.code.empty());
      for (auto [b, end] :
           {std::pair{e.source.begin, e.source.end}, std::pair{e.target.begin, e.target.end},
            std::pair{e.verb_begin, e.verb_end}, std::pair{e.sentence_begin, e.sentence_end}}) {
        EXPECT_LE(b, end);
        EXPECT_LE(end, text.size());
      }
      EXPECT_TRUE(seen.insert({e.sentence, e.source.code, e.target.code, e.code}).second)
          << "duplicate " << e.source.code << " " << e.target.code << " " << e.code;
    }
  }

  // True if some event has this source, target and event-code root.
  static bool HasEvent(const ArticleResult& r, std::string_view source, std::string_view target,
                       std::string_view root) {
    for (const Event& e : r.events) {
      if (e.source.code == source && e.target.code == target && e.code.rfind(root, 0) == 0) {
        return true;
      }
    }
    return false;
  }

  static bool HasWarning(const ArticleResult& r, std::string_view words) {
    for (const std::string& w : r.warnings) {
      if (w.find(words) != std::string::npos) return true;
    }
    return false;
  }

  static inline Dictionary* dict_ = nullptr;
  static inline Coder* coder_ = nullptr;
};

// The good sentence after the bad input, in a paragraph of its own: it must still be coded.
constexpr std::string_view kTail = "\nFrance condemned Iran on Monday.";

// 50 MB with no '.', '!', '?' or line break, through the stages before the coder's rules:
// sentences are cut at the limit, between characters, and each is tokenized and tagged.
TEST_F(RobustnessTest, FiftyMegabytesWithoutASentenceEndAreCutIntoBoundedSentences) {
  std::string text;
  text.reserve(50'000'100);
  while (text.size() < 50'000'000) text += "Talks continue between the two delegations ";
  PeakMemory memory;
  const NormalizedText n = Normalize(text);
  const std::vector<SentenceSpan> spans = SplitSentences(n.text);
  size_t tokens = 0;
  for (const SentenceSpan& s : spans) {
    ASSERT_LE(s.end - s.begin, kDefaultMaxSentenceBytes);
    if (&s != &spans.back()) {
      ASSERT_TRUE(s.cut);  // the last is what remains
    }
    std::vector<Token> toks = Tokenize(n, s.begin, s.end);
    TagSentence(Lexicon::BuiltIn(), &toks);
    tokens += toks.size();
  }
  EXPECT_GE(spans.size(), text.size() / kDefaultMaxSentenceBytes);
  EXPECT_LE(spans.size(), 2 * text.size() / kDefaultMaxSentenceBytes + 1);
  EXPECT_GT(tokens, text.size() / 8);
  EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size()));
}

// The same 50 MB through the coder, with a good paragraph after it: every sentence is cut at
// the byte limit and then at the token limit, both are warned, and the paragraph after is
// coded. (The coder once rescanned the paragraph for every sentence, quadratic here: bug 1
// in doc/robustness.md.)
TEST_F(RobustnessTest, CoderCodesFiftyMegabytesWithoutASentenceEnd) {
  std::string text;
  text.reserve(50'000'100);
  while (text.size() < 50'000'000) text += "Talks continue between the two delegations ";
  text += kTail;
  PeakMemory memory;
  ArticleResult r = Code(text);
  EXPECT_GE(static_cast<size_t>(r.sentences), text.size() / kDefaultMaxSentenceBytes);
  EXPECT_TRUE(HasWarning(r, "were cut")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(HasWarning(r, "longer than 400 tokens")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11"));
  ExpectSane(r, text);
  EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size()));
}

TEST_F(RobustnessTest, ArticleLongerThanTheLimitIsCutWithAWarning) {
  CoderOptions options;
  options.max_article_bytes = 1 << 20;
  Coder coder(*dict_, Lexicon::BuiltIn(), options);
  std::string text = "France condemned Iran on Monday.\n";
  while (text.size() < 3 << 20) text += "Officials met again and talks went on. ";
  ArticleResult r = coder.Code(text, Date::FromCivil(2023, 10, 19));
  EXPECT_TRUE(HasWarning(r, "coded only its first 1048576 bytes"))
      << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11"));
  for (const Event& e : r.events) EXPECT_LE(e.sentence_end, options.max_article_bytes);
  ExpectSane(r, text);
}

// 100,000 of each kind of opening, closing and mixed quotes and brackets, none balanced.
TEST_F(RobustnessTest, HundredThousandUnbalancedQuotesAndBrackets) {
  const std::vector<std::string> units = {
      "\"",
      "(",
      ")",
      "[",
      "{",
      "\u201C",
      "\u2018",
      "'",
      "\"(",
      "( \" [ ",
      "\"We will \"never\" (he said [of",  // quotes and brackets inside words
  };
  for (const std::string& unit : units) {
    std::string text = "Russia said ";
    for (int i = 0; i < 100'000; ++i) text += unit;
    text += kTail;
    PeakMemory memory;
    ArticleResult r = Code(text);
    EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11")) << "unit " << unit;
    ExpectSane(r, text);
    EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size())) << "unit " << unit;
  }
}

// Properly nested, 100,000 deep, with text at every level.
TEST_F(RobustnessTest, HundredThousandNestedQuotesAndBrackets) {
  std::string text;
  for (int i = 0; i < 100'000; ++i) text += i % 2 ? "(Russia said \"" : "[\u201CKenya warned ";
  for (int i = 100'000; i-- > 0;) text += i % 2 ? "\")" : "\u201D]";
  text += kTail;
  PeakMemory memory;
  ArticleResult r = Code(text);
  EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11"));
  ExpectSane(r, text);
  EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size()));
}

TEST_F(RobustnessTest, SentenceOfTenThousandActorNames) {
  const std::vector<std::string> joins = {" ", ", ", " and ", " of "};
  for (const std::string& join : joins) {
    std::string text = "Russia";
    for (int i = 1; i < 10'000; ++i)
      text += join + (i % 3 == 0 ? "Ukraine" : i % 3 == 1 ? "the Kremlin" : "Sergei Lavrov");
    text += " condemned Iran.";
    text += kTail;
    PeakMemory memory;
    ArticleResult r = Code(text);
    EXPECT_TRUE(HasWarning(r, "were cut")) << "join '" << join << "'";
    EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11")) << "join '" << join << "'";
    ExpectSane(r, text);
    EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size()));
  }
}

// "Russia condemned France, Germany, ..., and Chile." with 5,000 countries, as target and as
// source, and "Russia condemned France and Germany and ..." with 5,000: the compound is cut at
// the sentence limits and at the coder's actors-per-compound limit, each cut is warned, and
// what is coded is right.
TEST_F(RobustnessTest, CompoundListOfFiveThousandCountries) {
  const std::vector<std::string> countries = {"France", "Germany", "Italy", "Spain", "Poland",
                                              "Norway", "Chile",   "Peru",  "Kenya", "Egypt"};
  const std::set<std::string> codes = {"RUS", "FRA", "DEU", "ITA", "ESP", "POL",
                                       "NOR", "CHL", "PER", "KEN", "EGY", "IRN"};
  for (std::string_view form : {"target", "source", "and-target"}) {
    std::string list;
    for (int i = 0; i < 5'000; ++i) {
      list += countries[static_cast<size_t>(i) % countries.size()];
      if (form == "and-target") {
        list += i == 4'999 ? "" : " and ";
      } else {
        list += i == 4'998 ? ", and " : i == 4'999 ? "" : ", ";
      }
    }
    std::string text =
        form == "source" ? list + " condemned Russia." : "Russia condemned " + list + ".";
    text += kTail;
    PeakMemory memory;
    ArticleResult r = Code(text);
    EXPECT_TRUE(HasWarning(r, "were cut")) << form;
    EXPECT_TRUE(HasWarning(r, "longer than 400 tokens")) << form;
    EXPECT_EQ(HasWarning(r, "compound of more than 64 actors"), form == "and-target") << form;
    EXPECT_TRUE(form == "source" ? true : HasEvent(r, "RUS", "FRA", "11")) << form;
    EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11")) << form;
    for (const Event& e : r.events) {
      EXPECT_TRUE(codes.count(e.source.code)) << e.source.code;
      EXPECT_TRUE(codes.count(e.target.code)) << e.target.code;
    }
    ExpectSane(r, text);
    EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size())) << form;
  }
}

// A compound subject within the token limit but past 64 actors: the first 64 act, with a warning.
TEST_F(RobustnessTest, CompoundSubjectIsCutAtTheActorLimitWithAWarning) {
  const std::vector<std::string> countries = {"France", "Germany", "Italy", "Spain", "Poland",
                                              "Norway", "Chile",   "Peru",  "Kenya", "Egypt"};
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += countries[static_cast<size_t>(i) % countries.size()] + (i == 99 ? "" : " and ");
  text += " condemned Russia.";
  ArticleResult r = Code(text);
  EXPECT_TRUE(HasWarning(r, "compound of more than 64 actors"));
  EXPECT_FALSE(HasWarning(r, "longer than 400 tokens"));
  // One event per distinct source among the first 64 (ten countries repeat).
  EXPECT_EQ(r.events.size(), countries.size());
  ExpectSane(r, text);
}

// A sentence within the byte limit but past the coder's 400 tokens: the tokens after the 400th
// are not coded, and the cut is a warning of its own.
TEST_F(RobustnessTest, SentenceLongerThanTheTokenLimitIsCutWithAWarning) {
  std::string text = "France condemned Iran";
  for (int i = 0; i < 300; ++i) text += ", a";  // 600 tokens, 921 bytes
  text += " and Germany condemned Italy.";
  text += kTail;
  ArticleResult r = Code(text);
  EXPECT_TRUE(HasWarning(r, "1 sentence(s) longer than 400 tokens: coded only their first 400"))
      << ::testing::PrintToString(r.warnings);
  EXPECT_FALSE(HasWarning(r, "were cut")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11"));
  EXPECT_FALSE(HasEvent(r, "DEU", "ITA", "11"));  // past the 400th token
  ExpectSane(r, text);
}

// Compounds of 100 actors ("France and Germany and ..."), short enough for both sentence
// limits, as a verb's object and as the of-part of a noun phrase ("the leaders of ..."):
// actors past the 64th are not coded, and the cut is a warning.
TEST_F(RobustnessTest, CompoundLongerThanTheActorLimitIsCutWithAWarning) {
  const std::vector<std::string> countries = {"France", "Germany", "Italy", "Spain", "Poland",
                                              "Norway", "Chile",   "Peru",  "Kenya", "Egypt"};
  for (const std::string join : {" and ", " or "}) {
    std::string list = countries[0];
    for (size_t i = 1; i < 100; ++i) list += join + countries[i % countries.size()];
    for (const std::string& text :
         {"Russia condemned " + list + ".", "Russia condemned the leaders of " + list + "."}) {
      ArticleResult r = Code(text);
      const std::string what = text.substr(0, 40) + "... (join '" + join + "')";
      EXPECT_TRUE(HasWarning(r,
                             "1 sentence(s) with a compound of more than 64 actors: coded only "
                             "its first 64 actors"))
          << what << ": " << ::testing::PrintToString(r.warnings);
      EXPECT_FALSE(HasWarning(r, "were cut")) << what;
      EXPECT_FALSE(HasWarning(r, "tokens")) << what;
      EXPECT_TRUE(
          HasEvent(r, "RUS", text.find("leaders") == std::string::npos ? "FRA" : "FRAGOV", "11"))
          << what;
      ExpectSane(r, text);
    }
  }
}

// Clauses inside clauses: reported speech, relative clauses, coordination and appositives,
// each repeated 10,000 times in one "sentence" (cut at the limit) and as 10,000 sentences.
TEST_F(RobustnessTest, DeeplyRepeatedClauses) {
  const std::vector<std::string> clauses = {
      " said that Ukraine",                               // Russia said that Ukraine said that ...
      ", which accused Ukraine, which",                   // relative clauses
      " met Ukraine and",                                 // coordinated verb phrases
      ", the foreign minister of Ukraine, the envoy of",  // appositives
      " did not refuse to stop planning to",              // negation and infinitives
  };
  for (const std::string& clause : clauses) {
    std::string text = "Russia";
    for (int i = 0; i < 10'000; ++i) text += clause;
    text += " condemned Israel.";
    for (int i = 0; i < 10'000; ++i) text += " Russia" + clause + " Kenya.";
    text += kTail;
    PeakMemory memory;
    ArticleResult r = Code(text);
    EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11")) << "clause '" << clause << "'";
    ExpectSane(r, text);
    EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size())) << "clause '" << clause << "'";
  }
}

// Many short sentences, each with one event: every one is coded, once.
TEST_F(RobustnessTest, TwentyThousandSentencesAreAllCoded) {
  std::string text;
  for (int i = 0; i < 20'000; ++i) text += "France condemned Iran. ";
  PeakMemory memory;
  ArticleResult r = Code(text);
  EXPECT_EQ(r.sentences, 20'000);
  EXPECT_EQ(r.events.size(), 20'000u);
  ExpectSane(r, text);
  EXPECT_LT(memory.GrowthBytes(), MemoryBound(text.size()));
}

// Binary garbage: every byte value, repeated; NULs, control characters, invalid UTF-8.
TEST_F(RobustnessTest, BinaryInputIsCodedAsTextWithAWarning) {
  std::string text;
  for (int round = 0; round < 4'000; ++round) {
    for (int b = 0; b < 256; ++b) text += static_cast<char>((b * 37 + round) & 0xFF);
  }
  text += kTail;
  ArticleResult r = Code(text);
  EXPECT_TRUE(HasWarning(r, "invalid UTF-8")) << ::testing::PrintToString(r.warnings);
  EXPECT_TRUE(HasEvent(r, "FRA", "IRN", "11"));
  ExpectSane(r, text);
}

// ---------------------------------------------------------------------------------------
// Faults at the edges.

class RobustnessFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("tacitus_robustness_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    // No start-up dictionary cache (in ~/.cache/tacitus): it is not what these tests test.
    ::setenv("TACITUS_CACHE_DIR", "off", 1);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

TEST_F(RobustnessFilesTest, DictionaryErrorOnLineNineThousandNamesFileAndLine) {
  std::filesystem::create_directories(Path("dict"));
  std::ofstream out(Path("dict/actors.txt"));
  for (int i = 1; i < 9'000; ++i) out << (i % 2 ? "# filler\n" : "actor FRA | France\n");
  out << "actor FRANCE | France\n";
  for (int i = 0; i < 1'000; ++i) out << "actor FRA | France\n";
  out.close();
  StatusOr<Dictionary> d = LoadDictionary("tacitus:" + Path("dict"));
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kCorruption);
  EXPECT_EQ(d.status().message(),
            Path("dict/actors.txt") +
                ":9000: expected an actor code (RUS, RUSGOV, IGOUNO, ...), got 'FRANCE'\n"
                "    actor FRANCE | France\n"
                "          ^\n"
                "1 error in the dictionary");
}

TEST_F(RobustnessFilesTest, MissingDictionaryDirectoryIsNotFound) {
  StatusOr<Dictionary> d = LoadDictionary("tacitus:" + Path("no-such-dir"));
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(d.status().message(), Path("no-such-dir") + ": dictionary directory not found");
}

// "tacitus code ... | head": the reader goes away while events are still being written.
// The write error is reported and the exit status is 4 (output could not be written).
TEST_F(RobustnessFilesTest, ClosedPipeIsAnOutputError) {
  std::ofstream in(Path("in.jsonl"));
  for (int i = 0; i < 3'000; ++i) {
    in << "{\"id\":\"a" << i << "\",\"date\":\"2023-10-19\",\"text\":\"France condemned Iran. "
       << "Russia praised China.\"}\n";
  }
  in.close();
  // Output is far larger than a pipe's buffer, so tacitus is still writing when head exits.
  const std::string cmd = "bash -c '" + std::string(TACITUS_BINARY) + " code " + Path("in.jsonl") +
                          " 2>" + Path("err") + " | head -c 100 >/dev/null; exit ${PIPESTATUS[0]}'";
  const int rc = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(rc)) << "killed by a signal: " << (WIFSIGNALED(rc) ? WTERMSIG(rc) : 0);
  EXPECT_EQ(WEXITSTATUS(rc), 4);
  std::ifstream err(Path("err"));
  std::stringstream message;
  message << err.rdbuf();
  EXPECT_NE(message.str().find("write"), std::string::npos) << message.str();
}

}  // namespace
}  // namespace tacitus
