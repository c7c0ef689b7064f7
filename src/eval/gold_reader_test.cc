#include "eval/gold_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

namespace tacitus {
namespace {

StatusOr<std::vector<GoldArticle>> Parse(const std::string& text) {
  std::istringstream in(text);
  return ParseGold(in, "gold.jsonl");
}

// The message of a parse that must fail.
std::string Error(const std::string& text) {
  const auto r = Parse(text);
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "";
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  return r.status().message();
}

const char kGood[] =
    R"({"id":"a","date":"2023-10-19","title":"T","source":"S","url":"u","text":"Lavrov met Kim.",)"
    R"("rewritten":true,"events":[{"source":"RUSGOV","target":"PRKGOV","code":"040",)"
    R"("when":"2023-10-19","evidence":"Lavrov met Kim.","optional":false},)"
    R"({"source":"PRKGOV","target":"RUSGOV","code":"0312","optional":true},)"
    R"({"source":"IGOUNO","target":"SYR","code":"073"}]})";

TEST(GoldReaderTest, ReadsArticlesAndEvents) {
  const auto r = Parse(std::string(kGood) + "\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 1u);
  const GoldArticle& a = (*r)[0];
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(a.date, "2023-10-19");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.source, "S");
  EXPECT_EQ(a.url, "u");
  EXPECT_EQ(a.text, "Lavrov met Kim.");
  ASSERT_EQ(a.events.size(), 3u);
  EXPECT_EQ(a.events[0].source, "RUSGOV");
  EXPECT_EQ(a.events[0].target, "PRKGOV");
  EXPECT_EQ(a.events[0].code, "040");
  EXPECT_EQ(a.events[0].when, "2023-10-19");
  EXPECT_EQ(a.events[0].evidence, "Lavrov met Kim.");
  EXPECT_FALSE(a.events[0].optional);
  EXPECT_TRUE(a.events[1].optional);
  EXPECT_FALSE(a.events[2].optional);  // absent means required
}

TEST(GoldReaderTest, AcceptsBomCrlfAndBlankLines) {
  const std::string second = R"({"id":"b","text":"t","events":[]})";
  const auto r = Parse("\xEF\xBB\xBF" + std::string(kGood) + "\r\n\r\n  \n" + second + "\r\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_TRUE((*r)[1].events.empty());
}

TEST(GoldReaderTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(Error("\n{\"id\":\"a\",\"text\":\"t\"}\n"),
            "gold.jsonl:2: missing required field \"events\"");
  EXPECT_EQ(Error("{\"id\":\"a\",\"events\":[]}"), "gold.jsonl:1: missing required field \"text\"");
  EXPECT_EQ(Error("{\"id\":\"\",\"text\":\"t\",\"events\":[]}"),
            "gold.jsonl:1: field \"id\" is empty");
  EXPECT_EQ(Error("{\"id\":1,\"text\":\"t\",\"events\":[]}"),
            "gold.jsonl:1: field \"id\" must be a string, got number 1");
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"t\",\"events\":{}}"),
            "gold.jsonl:1: field \"events\" must be an array, got object");
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"t\",\"date\":\"2023-02-30\",\"events\":[]}"),
            "gold.jsonl:1: field \"date\" must be a date YYYY-MM-DD, got \"2023-02-30\"");
  EXPECT_EQ(Error("[]"), "gold.jsonl:1: expected a JSON object, got array");
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"t\",\"events\":[]}\n{\"id\":\"a\""),
            "gold.jsonl:2: malformed JSON at column 10: unexpected end of input; expected '}'");
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"caf\xE9\",\"events\":[]}"),
            "gold.jsonl:1: invalid UTF-8 at byte offset 21");
  EXPECT_EQ(Error(std::string("{\"id\":\"a\",\0}", 12)),
            "gold.jsonl:1: binary input: NUL byte at byte offset 10");
}

TEST(GoldReaderTest, EventErrors) {
  const std::string head = "{\"id\":\"a\",\"text\":\"t\",\"events\":[";
  const std::string ok = "{\"source\":\"RUS\",\"target\":\"PRK\",\"code\":\"040\"},";
  EXPECT_EQ(Error(head + ok + "{\"source\":\"RUS\",\"target\":\"PRK\"}]}"),
            "gold.jsonl:1: events[1]: missing required field \"code\"");
  EXPECT_EQ(Error(head + ok + "{\"source\":\"RUS\",\"target\":\"PRK\",\"code\":40}]}"),
            "gold.jsonl:1: events[1]: field \"code\" must be a string, got number 40");
  EXPECT_EQ(Error(head + "{\"source\":\"RUS\",\"target\":\"PRK\",\"code\":\"01\"}]}"),
            "gold.jsonl:1: events[0]: field \"code\" must be a CAMEO event code of 3 or 4 "
            "digits, got \"01\"");
  EXPECT_EQ(Error(head + "{\"source\":\"rus\",\"target\":\"PRK\",\"code\":\"010\"}]}"),
            "gold.jsonl:1: events[0]: field \"source\" must be a CAMEO actor code (at least 3 of "
            "A-Z, 0-9), got \"rus\"");
  EXPECT_EQ(Error(head + "{\"source\":\"RUS\",\"target\":\"\",\"code\":\"010\"}]}"),
            "gold.jsonl:1: events[0]: field \"target\" must be a CAMEO actor code (at least 3 of "
            "A-Z, 0-9), got \"\"");
  EXPECT_EQ(Error(head +
                  "{\"source\":\"RUS\",\"target\":\"PRK\",\"code\":\"010\",\"optional\":\"no\"}]}"),
            "gold.jsonl:1: events[0]: field \"optional\" must be a boolean, got string \"no\"");
  EXPECT_EQ(
      Error(head + "{\"source\":\"RUS\",\"target\":\"PRK\",\"code\":\"010\",\"when\":\"2023\"}]}"),
      "gold.jsonl:1: events[0]: field \"when\" must be a date YYYY-MM-DD, got \"2023\"");
  EXPECT_EQ(Error(head + "\"RUS PRK 040\"]}"),
            "gold.jsonl:1: events[0]: expected a JSON object, got string");
}

// A wrong-typed field holding a deep array is quoted in the message; quoting must not recurse
// once per level (200,000 levels overflowed the stack in nlohmann's dump()).
TEST(GoldReaderTest, DeeplyNestedValueInAMessageDoesNotOverflowTheStack) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_EQ(
      Error("{\"id\":" + deep + ",\"text\":\"t\",\"events\":[]}"),
      "gold.jsonl:1: field \"id\" must be a string, got array " + std::string(40, '[') + "...");
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"t\",\"events\":[{\"source\":\"RUS\",\"target\":"
                  "\"PRK\",\"code\":\"010\",\"optional\":{\"x\":" +
                  deep + "}}]}"),
            "gold.jsonl:1: events[0]: field \"optional\" must be a boolean, got object {\"x\":" +
                std::string(35, '[') + "...");
}

TEST(GoldReaderTest, DuplicateIdsAreAnError) {
  EXPECT_EQ(Error("{\"id\":\"a\",\"text\":\"t\",\"events\":[]}\n\n{\"id\":\"a\",\"text\":\"u\","
                  "\"events\":[]}"),
            "gold.jsonl:3: duplicate article id \"a\" (first on line 1)");
}

TEST(GoldReaderTest, EmptyFileIsAnError) {
  EXPECT_EQ(Error(""), "gold.jsonl: no articles");
  EXPECT_EQ(Error("\n \n"), "gold.jsonl: no articles");
}

TEST(GoldReaderTest, MissingFileIsNotFound) {
  const auto r = ReadGold("/nonexistent/gold.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(),
            "/nonexistent/gold.jsonl: cannot open: No such file or directory");
}

TEST(GoldReaderTest, ReadsTheTestdataFile) {
  const auto r = ReadGold(TACITUS_SOURCE_DIR "/testdata/eval/bad_event.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), TACITUS_SOURCE_DIR
            "/testdata/eval/bad_event.jsonl:3: events[1]: field \"code\" must "
            "be a CAMEO event code of 3 or 4 digits, got \"04\"");
}

TEST(GoldReaderTest, ReadsTheSharedGoldFiles) {
  for (const char* name : {"seed.jsonl", "dev.jsonl"}) {
    const std::string path = std::string(TACITUS_SHARED_DIR "/gold/") + name;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shared gold at " << path;
    const auto r = ReadGold(path);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_FALSE(r->empty());
    for (const GoldArticle& a : *r) {
      EXPECT_FALSE(a.text.empty()) << a.id;
      EXPECT_FALSE(a.date.empty()) << a.id;
    }
  }
}

}  // namespace
}  // namespace tacitus
