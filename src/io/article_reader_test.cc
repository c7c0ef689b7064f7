#include "io/article_reader.h"

#include <gtest/gtest.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <ext/stdio_filebuf.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tacitus {
namespace {

// Everything a reader produced, as "id@origin" for articles and "file:line: message" for
// errors, in input order.
struct Results {
  std::vector<Article> articles;
  std::vector<std::string> log;
};

Results ReadAll(std::istream& in, const std::string& name, ArticleReaderOptions options = {}) {
  Results r;
  ArticleReader reader(in, name, options);
  Article a;
  InputError e;
  for (;;) {
    const ReadResult res = reader.Next(&a, &e);
    if (res == ReadResult::kEnd) break;
    if (res == ReadResult::kArticle) {
      r.log.push_back(a.id + "@" + a.origin);
      r.articles.push_back(a);
    } else {
      r.log.push_back(e.ToString());
    }
  }
  EXPECT_EQ(reader.Next(&a, &e), ReadResult::kEnd);  // stays at the end
  return r;
}

Results ReadString(const std::string& input, ArticleReaderOptions options = {},
                   const std::string& name = "in.jsonl") {
  std::istringstream in(input);
  return ReadAll(in, name, options);
}

ArticleReaderOptions Jsonl() {
  ArticleReaderOptions o;
  o.format = InputFormat::kJsonl;
  return o;
}

ArticleReaderOptions Text() {
  ArticleReaderOptions o;
  o.format = InputFormat::kText;
  return o;
}

using Log = std::vector<std::string>;

TEST(ArticleReaderTest, ReadsAllFieldsAndIgnoresUnknownOnes) {
  Results r = ReadString(R"({"id":"a1","date":"2023-10-19","title":"T","text":"Lavrov met Kim.",)"
                         R"("source":"S","url":"http://x","extra":{"deep":[1,{"x":null}]}})"
                         "\n"
                         R"({"text":"Second.","id":"a2"})");
  ASSERT_EQ(r.articles.size(), 2u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2023-10-19");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Lavrov met Kim.");
  EXPECT_EQ(a.source, "S");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.origin, "in.jsonl:1");
  EXPECT_EQ(r.articles[1].id, "a2");
  EXPECT_EQ(r.articles[1].date, "");
  EXPECT_EQ(r.articles[1].origin, "in.jsonl:2");
}

TEST(ArticleReaderTest, NullOptionalFieldsAreAbsent) {
  Results r = ReadString(R"({"id":"a","text":"t","date":null,"title":null,"url":null})");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].date, "");
  EXPECT_EQ(r.articles[0].title, "");
}

// The fast parser (simdjson) and the one that explains errors (nlohmann) must agree on
// what a line means; these lines are where two JSON parsers most often differ.
TEST(ArticleReaderTest, LinesWhereJsonParsersDiffer) {
  Results r = ReadString(
      "{\"id\":\"a\",\"text\":\"t\",\"id\":\"b\"}\n"              // repeated key: the last
      "{\"id\":\"c\",\"text\":\"t\",\"text\":null}\n"             // ... even when null
      "{\"\\u0069d\":\"d\",\"text\":\"\\ud83d\\ude00\"}\n"       // escaped key, surrogate pair
      "{\"id\":\"e\",\"text\":\"\\udc00\"}\n"                    // lone low surrogate
      "{\"id\":\"f\",\"text\":\"t\",\"n\":123456789012345678901234567890}\n"  // beyond 64 bits
      "{\"id\":\"g\",\"text\":\"t\"} x\n"                        // trailing garbage
      "{\"id\":\"h\",\"text\":\"t\"}" + std::string(1, '\0') + "\n"
      "{\"id\":\"i\",\"text\":\"a\\u0000b\"}\n");                // escaped NUL is text
  EXPECT_EQ(r.log,
            (Log{"b@in.jsonl:1", "in.jsonl:2: missing required field \"text\"", "d@in.jsonl:3",
                 "in.jsonl:4: malformed JSON at column 24: invalid string: surrogate "
                 "U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '\"\\udc00'",
                 "f@in.jsonl:5",
                 "in.jsonl:6: malformed JSON at column 23: invalid literal; last read: "
                 "'\"t\"} x'; expected end of input",
                 "in.jsonl:7: binary input: NUL byte at byte offset 21", "i@in.jsonl:8"}));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[1].text, "\xF0\x9F\x98\x80");
  EXPECT_EQ(r.articles[3].text, std::string("a\0b", 3));
}

TEST(ArticleReaderTest, MissingRequiredFields) {
  Results r = ReadString(
      "{\"id\":\"a\"}\n"
      "{\"text\":\"t\"}\n"
      "{\"id\":null,\"text\":\"t\"}\n"
      "{\"id\":\"\",\"text\":\"t\"}\n"
      "{\"id\":\"ok\",\"text\":\"\"}\n");
  EXPECT_EQ(r.log,
            (Log{"in.jsonl:1: missing required field \"text\"",
                 "in.jsonl:2: missing required field \"id\"",
                 "in.jsonl:3: missing required field \"id\"", "in.jsonl:4: field \"id\" is empty",
                 "ok@in.jsonl:5"}));  // an empty text is an article with no events
}

TEST(ArticleReaderTest, WrongTypes) {
  Results r = ReadString(
      "{\"id\":7,\"text\":\"t\"}\n"
      "{\"id\":\"a\",\"text\":[\"t\"]}\n"
      "{\"id\":\"a\",\"text\":\"t\",\"title\":true}\n"
      "{\"id\":\"a\",\"text\":\"t\",\"date\":20231019}\n"
      "{\"id\":\"a\",\"text\":\"t\",\"url\":{\"href\":\"x\"}}\n"
      "{\"id\":\"a\",\"text\":\"t\",\"source\":\"" +
      std::string(100, 'x') + "\"}\n" + "{\"id\":\"a\",\"text\":\"t\",\"title\":[\"" +
      std::string(100, 'y') + "\"]}\n");
  EXPECT_EQ(r.log, (Log{"in.jsonl:1: field \"id\" must be a string, got number 7",
                        "in.jsonl:2: field \"text\" must be a string, got array [\"t\"]",
                        "in.jsonl:3: field \"title\" must be a string, got boolean true",
                        "in.jsonl:4: field \"date\" must be a string, got number 20231019",
                        "in.jsonl:5: field \"url\" must be a string, got object {\"href\":\"x\"}",
                        "a@in.jsonl:6",
                        // A long value is cut in the message.
                        "in.jsonl:7: field \"title\" must be a string, got array [\"" +
                            std::string(38, 'y') + "..."}));
}

TEST(ArticleReaderTest, ValidatesDates) {
  Results r = ReadString(
      "{\"id\":\"a\",\"text\":\"t\",\"date\":\"2024-02-29\"}\n"
      "{\"id\":\"b\",\"text\":\"t\",\"date\":\"2023-02-29\"}\n"
      "{\"id\":\"c\",\"text\":\"t\",\"date\":\"2023-13-01\"}\n"
      "{\"id\":\"d\",\"text\":\"t\",\"date\":\"19 Oct 2023\"}\n"
      "{\"id\":\"e\",\"text\":\"t\",\"date\":\"\"}\n");
  EXPECT_EQ(r.log, (Log{"a@in.jsonl:1",
                        "in.jsonl:2: field \"date\" must be a date YYYY-MM-DD, got \"2023-02-29\"",
                        "in.jsonl:3: field \"date\" must be a date YYYY-MM-DD, got \"2023-13-01\"",
                        "in.jsonl:4: field \"date\" must be a date YYYY-MM-DD, got \"19 Oct 2023\"",
                        "e@in.jsonl:5"}));  // an empty date is no date
}

TEST(ArticleReaderTest, IsValidDate) {
  EXPECT_TRUE(IsValidDate("2023-10-19"));
  EXPECT_TRUE(IsValidDate("2000-02-29"));
  EXPECT_TRUE(IsValidDate("2024-12-31"));
  EXPECT_FALSE(IsValidDate("1900-02-29"));
  EXPECT_FALSE(IsValidDate("2023-04-31"));
  EXPECT_FALSE(IsValidDate("2023-00-10"));
  EXPECT_FALSE(IsValidDate("2023-10-00"));
  EXPECT_FALSE(IsValidDate("0000-01-01"));
  EXPECT_FALSE(IsValidDate("2023-1-19"));
  EXPECT_FALSE(IsValidDate("2023/10/19"));
  EXPECT_FALSE(IsValidDate("2023-10-19T00:00"));
  EXPECT_FALSE(IsValidDate(""));
}

TEST(ArticleReaderTest, EmptyJsonlIsZeroArticlesAndNoError) {
  EXPECT_TRUE(ReadString("", Jsonl()).log.empty());
  EXPECT_TRUE(ReadString("\n\n  \r\n\t\n", Jsonl()).log.empty());
}

TEST(ArticleReaderTest, EmptyInputInAutoModeIsEmptyPlainText) {
  // DetectFormat says plain text when there is no '{', so an empty input is reported.
  EXPECT_EQ(ReadString("").log, (Log{"in.jsonl: empty input"}));
  EXPECT_EQ(ReadString(" \n\n").log, (Log{"in.jsonl: empty input"}));
}

TEST(ArticleReaderTest, BlankLinesAreSkippedButCounted) {
  Results r =
      ReadString("\n\n{\"id\":\"a\",\"text\":\"t\"}\n  \t \n\r\n{\"id\":\"b\",\"text\":\"t\"}\n\n");
  EXPECT_EQ(r.log, (Log{"a@in.jsonl:3", "b@in.jsonl:6"}));
}

TEST(ArticleReaderTest, CrlfLineEnds) {
  Results r = ReadString("{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n");
  ASSERT_EQ(r.log, (Log{"a@in.jsonl:1", "b@in.jsonl:2"}));
  EXPECT_EQ(r.articles[0].text, "x");
}

TEST(ArticleReaderTest, ByteOrderMarkAtStart) {
  Results r =
      ReadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}");
  EXPECT_EQ(r.log, (Log{"a@in.jsonl:1", "b@in.jsonl:2"}));
  // Forced JSONL too.
  EXPECT_EQ(ReadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}", Jsonl()).log,
            (Log{"a@in.jsonl:1"}));
}

TEST(ArticleReaderTest, InvalidUtf8ReportsTheByteOffset) {
  const std::string prefix = "{\"id\":\"a\",\"text\":\"";    // 18 bytes
  Results r = ReadString(prefix + "caf\xE9\"}\n" +           // Latin-1 e-acute
                         prefix + "\xC0\xAF\"}\n" +          // overlong '/'
                         prefix + "\xED\xA0\x80\"}\n" +      // UTF-16 surrogate
                         prefix + "\xF4\x90\x80\x80\"}\n" +  // above U+10FFFF
                         prefix + "ok \xE2\x82\"}\n" +       // truncated sequence
                         prefix + "\xF0\x9F\x98\x80 \xC3\xA9\xE2\x82\xAC\"}\n" +  // valid
                         "\xEF\xBB\xBF" + prefix + "\xFF\"}\n");  // not line 1: BOM is data
  EXPECT_EQ(r.log, (Log{"in.jsonl:1: invalid UTF-8 at byte offset 21",
                        "in.jsonl:2: invalid UTF-8 at byte offset 18",
                        "in.jsonl:3: invalid UTF-8 at byte offset 18",
                        "in.jsonl:4: invalid UTF-8 at byte offset 18",
                        "in.jsonl:5: invalid UTF-8 at byte offset 21", "a@in.jsonl:6",
                        "in.jsonl:7: invalid UTF-8 at byte offset 21"}));
  EXPECT_EQ(r.articles[0].text, "\xF0\x9F\x98\x80 \xC3\xA9\xE2\x82\xAC");
}

TEST(ArticleReaderTest, InvalidUtf8OffsetOnFirstLineCountsTheBom) {
  Results r = ReadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"\xFF\"}\n");
  EXPECT_EQ(r.log, (Log{"in.jsonl:1: invalid UTF-8 at byte offset 21"}));
}

TEST(ArticleReaderTest, NulBytesAreBinaryInput) {
  Results r = ReadString(std::string("{\"id\":\"a\",\"text\":\"x\0y\"}\n", 25) +
                         std::string("\0\0\0\0\n", 5) + "{\"id\":\"b\",\"text\":\"t\"}\n");
  EXPECT_EQ(r.log, (Log{"in.jsonl:1: binary input: NUL byte at byte offset 19",
                        "in.jsonl:2: binary input: NUL byte at byte offset 0", "b@in.jsonl:3"}));
}

TEST(ArticleReaderTest, MalformedJsonGivesAShortenedMessage) {
  Results r = ReadString(
      "{\"id\": \"a\", \"text\": }\n"
      "{\"id\":\"a\"\n"
      "{'id':'a'}\n"
      "{\"id\":\"a\",\"text\":\"b\"} x\n"
      "{\"id\":\"a\",\"text\":\"" +
          std::string(1000, 'z') + "\n" + "{\"id\":\"a\",\"text\":1e99999}\n" +
          "{\"id\":\"a\",\"text\":\"x\ty\"}\n",
      Jsonl());
  EXPECT_EQ(
      r.log,
      (Log{"in.jsonl:1: malformed JSON at column 21: unexpected '}'; expected '[', '{', or a "
           "literal",
           "in.jsonl:2: malformed JSON at column 10: unexpected end of input; expected '}'",
           "in.jsonl:3: malformed JSON at column 2: invalid literal; last read: '{''; expected "
           "string literal",
           "in.jsonl:4: malformed JSON at column 23: invalid literal; last read: '\"b\"} x'; "
           "expected end of input",
           "in.jsonl:5: malformed JSON at column 1019: invalid string: missing closing quote; "
           "last read: '\"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz...'",
           "in.jsonl:6: malformed JSON: number overflow parsing '1e99999'",
           "in.jsonl:7: malformed JSON at column 20: invalid string: control character U+0009 "
           "(HT) must be escaped to \\u0009 or \\t; last read: '\"x<U+0009>'"}));
}

TEST(ArticleReaderTest, PlainWordsInJsonlModeAreMalformedJson) {
  EXPECT_EQ(ReadString("hello\n", Jsonl()).log,
            (Log{"in.jsonl:1: malformed JSON at column 1: invalid literal; last read: 'h'"}));
}

TEST(ArticleReaderTest, NonObjectJson) {
  Results r = ReadString("{}\n[1,2]\n\"text\"\n42\nnull\ntrue\n", Jsonl());
  EXPECT_EQ(r.log, (Log{"in.jsonl:1: missing required field \"id\"",
                        "in.jsonl:2: expected a JSON object, got array",
                        "in.jsonl:3: expected a JSON object, got string",
                        "in.jsonl:4: expected a JSON object, got number",
                        "in.jsonl:5: expected a JSON object, got null",
                        "in.jsonl:6: expected a JSON object, got boolean"}));
}

TEST(ArticleReaderTest, HostileNestingDoesNotCrash) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  Results r = ReadString("{\"id\":\"a\",\"text\":\"t\",\"x\":" + deep + "}\n" + deep + "\n" +
                         std::string(200000, '[') + "\n");
  ASSERT_EQ(r.log.size(), 3u);
  EXPECT_EQ(r.log[0], "a@in.jsonl:1");
  EXPECT_EQ(r.log[1], "in.jsonl:2: expected a JSON object, got array");
  EXPECT_EQ(
      r.log[2].rfind("in.jsonl:3: malformed JSON at column 200001: unexpected end of input", 0), 0u)
      << r.log[2];
}

// A required field holding a deep array is quoted in the error message; quoting must not
// recurse once per level (200,000 levels overflowed the stack in nlohmann's dump()).
TEST(ArticleReaderTest, DeeplyNestedValueInAMessageDoesNotOverflowTheStack) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  Results r = ReadString("{\"id\":\"a\",\"text\":" + deep + "}\n" + "{\"id\":" + deep +
                         ",\"text\":\"t\"}\n{\"id\":\"b\",\"text\":\"t\",\"url\":{\"u\":" + deep +
                         "}}\n{\"id\":\"after\",\"text\":\"t\"}\n");
  EXPECT_EQ(
      r.log,
      (Log{"in.jsonl:1: field \"text\" must be a string, got array " + std::string(40, '[') + "...",
           "in.jsonl:2: field \"id\" must be a string, got array " + std::string(40, '[') + "...",
           "in.jsonl:3: field \"url\" must be a string, got object {\"u\":" + std::string(35, '[') +
               "...",
           "after@in.jsonl:4"}));
}

// Peak resident memory growth while `fn` runs, from the kernel's high-water mark (reset
// through /proc/self/clear_refs; where that is refused the peak since start overstates it).
template <typename Fn>
size_t PeakGrowthBytes(Fn fn) {
  auto status_kb = [](std::string_view key) -> size_t {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind(key, 0) == 0) return std::stoul(line.substr(key.size()));
    }
    return 0;
  };
  std::ofstream("/proc/self/clear_refs") << "5";
  const size_t start = status_kb("VmRSS:");
  fn();
  const size_t peak = status_kb("VmHWM:");
  return peak > start ? (peak - start) * 1024 : 0;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kMemoryFactor = 40;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr size_t kMemoryFactor = 40;
#else
constexpr size_t kMemoryFactor = 20;
#endif
#else
constexpr size_t kMemoryFactor = 20;
#endif

// Found measuring hostile lines: nlohmann builds a node per value, so a 16 MiB line of
// arrays nested 8 million deep took 610 MB, and of 5 million empty arrays 400 MB, though
// the reader reads six string fields. Unread fields and deep or wide values are now skipped
// while parsing; what remains is the parser's own stack.
TEST(ArticleReaderTest, HostileLinesAreParsedInBoundedMemory) {
  const size_t kLevels = size_t{2} << 20;
  const std::string deep = std::string(kLevels, '[') + std::string(kLevels, ']');
  std::string wide = "[";
  while (wide.size() < 2 * kLevels) wide += "[],";
  wide += "[]]";
  for (const std::string& line :
       {"{\"id\":\"a\",\"text\":\"t\",\"x\":" + deep + "}", "{\"id\":\"a\",\"text\":" + deep + "}",
        "{\"id\":\"a\",\"text\":\"t\",\"x\":" + wide + "}",
        "{\"id\":\"a\",\"text\":" + wide + "}"}) {
    Results r;
    const size_t growth =
        PeakGrowthBytes([&] { r = ReadString(line + "\n{\"id\":\"b\",\"text\":\"t\"}\n"); });
    ASSERT_EQ(r.log.size(), 2u);
    EXPECT_EQ(r.log[1], "b@in.jsonl:2");
    // The line and its copies and the parser's stacks (9 bytes a level) come to 13 times the
    // line (26 under ASan, whose quarantine keeps the stacks' old buffers); building every
    // node took 43 times (arrays nested deep) before.
    EXPECT_LT(growth, kMemoryFactor * line.size()) << line.substr(0, 30);
  }
}

TEST(ArticleReaderTest, LineLongerThanTheLimitIsSkipped) {
  ArticleReaderOptions o = Jsonl();
  o.max_line_bytes = 100;
  const std::string fits = "{\"id\":\"a\",\"text\":\"" + std::string(100 - 20, 'x') + "\"}";
  ASSERT_EQ(fits.size(), 100u);
  const std::string too_long = "{\"id\":\"b\",\"text\":\"" + std::string(1000, 'x') + "\"}";
  Results r = ReadString(fits + "\n" + too_long + "\n" + fits + "\r\n" + fits + "x\r\n" +
                             "{\"id\":\"c\",\"text\":\"t\"}",
                         o);
  EXPECT_EQ(r.log,
            (Log{"a@in.jsonl:1",
                 "in.jsonl:2: line is 1020 bytes, longer than the limit of 100 bytes; skipped",
                 "a@in.jsonl:3",  // the CR does not count
                 "in.jsonl:4: line is 101 bytes, longer than the limit of 100 bytes; skipped",
                 "c@in.jsonl:5"}));
}

TEST(ArticleReaderTest, LineLimitWithBomOnFirstLine) {
  ArticleReaderOptions o = Jsonl();
  o.max_line_bytes = 22;
  EXPECT_EQ(ReadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"xy\"}", o).log, (Log{"a@in.jsonl:1"}));
}

TEST(ArticleReaderTest, MaximalLimitsMeanNoLimit) {
  ArticleReaderOptions o;
  o.max_line_bytes = SIZE_MAX;
  o.max_text_bytes = SIZE_MAX;
  EXPECT_EQ(ReadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"t\"}\r\n", o).log,
            (Log{"a@in.jsonl:1"}));
  o.format = InputFormat::kText;
  EXPECT_EQ(ReadString("\xEF\xBB\xBFText.", o, "a.txt").log, (Log{"a.txt@a.txt:1"}));
}

TEST(ArticleReaderTest, TenMegabyteLineWorksWithTheDefaultLimit) {
  std::string body(10'000'000, 'w');
  for (size_t i = 7; i < body.size(); i += 8) body[i] = ' ';
  Results r =
      ReadString("{\"id\":\"big\",\"text\":\"" + body + "\"}\n{\"id\":\"after\",\"text\":\"t\"}\n");
  ASSERT_EQ(r.log, (Log{"big@in.jsonl:1", "after@in.jsonl:2"}));
  EXPECT_EQ(r.articles[0].text, body);
}

TEST(ArticleReaderTest, DefaultLimitIsSixteenMebibytes) {
  EXPECT_EQ(ArticleReaderOptions().max_line_bytes, size_t{16} * 1024 * 1024);
  EXPECT_EQ(ArticleReaderOptions().max_text_bytes, size_t{16} * 1024 * 1024);
}

// Serves `length` bytes of 'x', then "\n" + tail, one chunk per underflow, and records the
// most heap in use seen while the reader pulls bytes.
class LongLineStreambuf : public std::streambuf {
 public:
  LongLineStreambuf(size_t length, std::string tail) : left_(length), tail_(std::move(tail)) {}
  size_t peak_heap() const { return peak_heap_; }

 protected:
  int_type underflow() override {
    const struct mallinfo2 mi = mallinfo2();
    peak_heap_ = std::max(peak_heap_, mi.uordblks + mi.hblkhd);
    if (left_ > 0) {
      const size_t n = std::min(left_, chunk_.size());
      std::fill(chunk_.begin(), chunk_.begin() + static_cast<std::ptrdiff_t>(n), 'x');
      left_ -= n;
      setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
    } else if (!tail_done_) {
      tail_done_ = true;
      tail_ = "\n" + tail_;
      setg(tail_.data(), tail_.data(), tail_.data() + tail_.size());
    } else {
      return traits_type::eof();
    }
    return traits_type::to_int_type(*gptr());
  }

 private:
  size_t left_;
  std::string tail_;
  bool tail_done_ = false;
  std::vector<char> chunk_ = std::vector<char>(size_t{64} << 10);
  size_t peak_heap_ = 0;
};

TEST(ArticleReaderTest, OverlongLineIsSkippedInBoundedMemory) {
  const size_t length = size_t{256} << 20;  // 256 MiB, never held at once
  LongLineStreambuf buf(length, "{\"id\":\"after\",\"text\":\"t\"}\n");
  std::istream in(&buf);
  const struct mallinfo2 before = mallinfo2();
  ArticleReaderOptions o = Jsonl();
  o.max_line_bytes = size_t{1} << 20;
  Results r = ReadAll(in, "-", o);
  EXPECT_EQ(r.log, (Log{"-:1: line is 268435456 bytes, longer than the limit of 1048576 bytes; "
                        "skipped",
                        "after@-:2"}));
  // The line buffer holds at most the limit; allow a few MiB for everything else.
  EXPECT_LT(buf.peak_heap(), before.uordblks + before.hblkhd + (size_t{4} << 20));
}

TEST(ArticleReaderTest, DefaultLimitRejectsAnOverlongLine) {
  LongLineStreambuf buf((size_t{16} << 20) + 1, "{\"id\":\"after\",\"text\":\"t\"}");
  std::istream in(&buf);
  Results r = ReadAll(in, "big.jsonl", Jsonl());
  EXPECT_EQ(r.log, (Log{"big.jsonl:1: line is 16777217 bytes, longer than the limit of "
                        "16777216 bytes; skipped",
                        "after@big.jsonl:2"}));
}

// Hands out queued chunks one per underflow and counts how many were asked for.
class ChunkStreambuf : public std::streambuf {
 public:
  void Push(std::string chunk) { chunks_.push_back(std::move(chunk)); }
  int underflows() const { return underflows_; }

 protected:
  int_type underflow() override {
    ++underflows_;
    if (chunks_.empty()) return traits_type::eof();
    current_ = std::move(chunks_.front());
    chunks_.pop_front();
    setg(current_.data(), current_.data(), current_.data() + current_.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::deque<std::string> chunks_;
  std::string current_;
  int underflows_ = 0;
};

TEST(ArticleReaderTest, ReturnsALineWithoutWaitingForTheNext) {
  // A stdin filter must answer a line as soon as it is complete, before more input exists.
  ChunkStreambuf buf;
  buf.Push("{\"id\":\"a\",");
  buf.Push("\"text\":\"t\"}\n{\"id\"");
  std::istream in(&buf);
  ArticleReader reader(in, "-", Jsonl());
  Article a;
  InputError e;
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(buf.underflows(), 2);  // nothing asked beyond the chunk that held the '\n'
  buf.Push(":\"b\",\"text\":\"u\"}\n");
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_EQ(a.id, "b");
  EXPECT_EQ(reader.Next(&a, &e), ReadResult::kEnd);
  EXPECT_EQ(reader.articles_read(), 2u);
  EXPECT_EQ(reader.errors_reported(), 0u);
}

TEST(ArticleReaderTest, AutoDetectionWorksAcrossChunks) {
  ChunkStreambuf buf;
  buf.Push("\xEF");
  buf.Push("\xBB\xBF \n");
  buf.Push("  ");
  buf.Push("{\"id\":\"a\",\"text\":\"t\"}");
  std::istream in(&buf);
  ArticleReader reader(in, "f");
  EXPECT_EQ(reader.format(), InputFormat::kAuto);
  Article a;
  InputError e;
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_EQ(reader.format(), InputFormat::kJsonl);
  EXPECT_EQ(a.origin, "f:2");
}

TEST(ArticleReaderTest, ReadsTheTestdataFile) {
  std::ifstream in(TACITUS_SOURCE_DIR "/testdata/io/mixed.jsonl", std::ios::binary);
  ASSERT_TRUE(in) << "missing testdata/io/mixed.jsonl";
  Results r = ReadAll(in, "mixed.jsonl");
  EXPECT_EQ(r.log,
            (Log{"a1@mixed.jsonl:1", "mixed.jsonl:3: missing required field \"text\"",
                 "mixed.jsonl:4: field \"id\" must be a string, got number 7",
                 "mixed.jsonl:5: expected a JSON object, got array",
                 "mixed.jsonl:6: malformed JSON at column 20: unexpected '}'; expected '[', '{', "
                 "or a literal",
                 "mixed.jsonl:7: invalid UTF-8 at byte offset 22",
                 "mixed.jsonl:8: binary input: NUL byte at byte offset 22",
                 "mixed.jsonl:9: field \"date\" must be a date YYYY-MM-DD, got \"2023-02-29\"",
                 "a7@mixed.jsonl:10"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].text, "Lavrov met Kim.");
  EXPECT_EQ(r.articles[0].url, "http://x");
}

TEST(ArticleReaderTest, PlainTextIsOneArticleKeptByteForByte) {
  std::ifstream in(TACITUS_SOURCE_DIR "/testdata/io/lavrov.txt", std::ios::binary);
  ASSERT_TRUE(in) << "missing testdata/io/lavrov.txt";
  ArticleReaderOptions o;
  o.date = "2023-10-19";
  Results r = ReadAll(in, "news/lavrov.txt", o);
  ASSERT_EQ(r.log, (Log{"lavrov.txt@news/lavrov.txt:1"}));
  const Article& a = r.articles[0];
  EXPECT_EQ(a.date, "2023-10-19");
  EXPECT_EQ(a.text, "Lavrov met Kim in Pyongyang.\r\nHe left on Friday.\r\n");  // BOM gone
  EXPECT_EQ(a.title, "");
}

TEST(ArticleReaderTest, PlainTextIdFromOptionOrStdin) {
  ArticleReaderOptions o = Text();
  EXPECT_EQ(ReadString("x", o, "-").log, (Log{"stdin@-:1"}));
  o.text_id = "my-id";
  EXPECT_EQ(ReadString("x", o, "-").log, (Log{"my-id@-:1"}));
}

TEST(ArticleReaderTest, PlainTextThatStartsWithABraceCanBeForced) {
  Results r = ReadString("{braces} lead this text.", Text(), "a.txt");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "{braces} lead this text.");
}

TEST(ArticleReaderTest, PlainTextErrors) {
  EXPECT_EQ(ReadString("", Text(), "a.txt").log, (Log{"a.txt: empty input"}));
  EXPECT_EQ(ReadString("\xEF\xBB\xBF \r\n\t", Text(), "a.txt").log, (Log{"a.txt: empty input"}));
  EXPECT_EQ(ReadString("Line one.\nLine \xC3( two.", Text(), "a.txt").log,
            (Log{"a.txt:2: invalid UTF-8 at byte offset 15"}));
  EXPECT_EQ(ReadString(std::string("ELF\n\x7F\0\0\x01", 8), Text(), "a.txt").log,
            (Log{"a.txt:2: binary input: NUL byte at byte offset 5"}));
  EXPECT_EQ(ReadString("\x1F\x8B\x08\x08 compressed", {}, "a.txt.gz").log,
            (Log{"a.txt.gz: binary input: gzip-compressed data (decompress it first)"}));
  const std::string utf16("\xFF\xFEL\0a\0v\0", 8);
  EXPECT_EQ(ReadString(utf16, {}, "a.txt").log,
            (Log{"a.txt: UTF-16 input (byte order mark FF FE or FE FF): convert it to UTF-8"}));
  EXPECT_EQ(ReadString(utf16 + "\n{}", Jsonl()).log,
            (Log{"in.jsonl:1: UTF-16 input (byte order mark FF FE or FE FF): convert it to UTF-8",
                 "in.jsonl:2: missing required field \"id\""}));
  ArticleReaderOptions bad_date = Text();
  bad_date.date = "2023-10-32";
  EXPECT_EQ(ReadString("Text.", bad_date, "a.txt").log,
            (Log{"a.txt: the date \"2023-10-32\" is not a date YYYY-MM-DD"}));
}

TEST(ArticleReaderTest, PlainTextLongerThanTheLimit) {
  ArticleReaderOptions o = Text();
  o.max_text_bytes = 10;
  EXPECT_EQ(ReadString("0123456789", o, "a.txt").log, (Log{"a.txt@a.txt:1"}));
  EXPECT_EQ(ReadString("\xEF\xBB\xBF"
                       "0123456789",
                       o, "a.txt")
                .articles.size(),
            1u);
  EXPECT_EQ(ReadString("0123456789A", o, "a.txt").log,
            (Log{"a.txt: input is longer than the limit of 10 bytes for a plain-text article; "
                 "skipped"}));
  LongLineStreambuf buf(size_t{64} << 20, "");
  std::istream in(&buf);
  o.max_text_bytes = size_t{1} << 20;
  EXPECT_EQ(ReadAll(in, "huge.txt", o).log,
            (Log{"huge.txt: input is longer than the limit of 1048576 bytes for a plain-text "
                 "article; skipped"}));
}

TEST(ArticleReaderTest, DetectFormat) {
  EXPECT_EQ(DetectFormat("{\"id\":1}"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat(" \r\n\t{"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF{"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("Moscow, Oct 19 {Reuters}"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("[{\"id\":1}]"), InputFormat::kText);
  EXPECT_EQ(DetectFormat(""), InputFormat::kText);
  EXPECT_EQ(DetectFormat("  \n"), InputFormat::kText);
}

TEST(ArticleReaderTest, ReadArticlesStopsWhenACallbackSaysSo) {
  const std::string input =
      "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"t\"}\n";
  std::vector<std::string> seen;
  auto on_article = [&](Article&& a) {
    seen.push_back(a.id);
    return true;
  };
  {
    std::istringstream in(input);
    const size_t errors = ReadArticles(in, "f", {}, on_article, [&](const InputError& e) {
      seen.push_back(e.ToString());
      return false;  // --fail-fast
    });
    EXPECT_EQ(errors, 1u);
    EXPECT_EQ(seen, (Log{"a", "f:2: missing required field \"text\""}));
  }
  seen.clear();
  std::istringstream in(input);
  EXPECT_EQ(ReadArticles(in, "f", {}, on_article, [](const InputError&) { return true; }), 1u);
  EXPECT_EQ(seen, (Log{"a", "c"}));
}

TEST(ArticleReaderTest, InputErrorToString) {
  EXPECT_EQ((InputError{"a.jsonl", 3, "missing required field \"text\""}).ToString(),
            "a.jsonl:3: missing required field \"text\"");
  EXPECT_EQ((InputError{"a.txt", 0, "empty input"}).ToString(), "a.txt: empty input");
}

TEST(ArticleReaderTest, NullStreambufIsAnEmptyInput) {
  std::istream in(nullptr);
  EXPECT_TRUE(ReadAll(in, "f", Jsonl()).log.empty());
}

// WouldWait on a real pipe, as a co-process feeds the reader: true only when nothing is read
// ahead and nothing is ready, so a caller that batches articles can stop at the pause.
TEST(ArticleReaderTest, WouldWaitOnlyWhenNothingIsReadAheadOrReady) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  __gnu_cxx::stdio_filebuf<char> buf(fds[0], std::ios::in);
  std::istream in(&buf);
  ArticleReaderOptions options;
  options.format = InputFormat::kJsonl;
  ArticleReader reader(in, "pipe", options);
  auto send = [&](const std::string& s) {
    ASSERT_EQ(::write(fds[1], s.data(), s.size()), static_cast<ssize_t>(s.size()));
  };
  Article a;
  InputError e;
  send("{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n");
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_FALSE(reader.WouldWait()) << "the second line is read ahead";
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_EQ(a.id, "b");
  EXPECT_TRUE(reader.WouldWait()) << "nothing read ahead, nothing in the pipe";
  send("{\"id\":\"c\",\"text\":\"C.\"}\n");
  EXPECT_FALSE(reader.WouldWait()) << "a line is in the pipe";
  ASSERT_EQ(reader.Next(&a, &e), ReadResult::kArticle);
  EXPECT_EQ(a.id, "c");
  EXPECT_TRUE(reader.WouldWait());
  ::close(fds[1]);
  EXPECT_EQ(reader.Next(&a, &e), ReadResult::kEnd);
  EXPECT_FALSE(reader.WouldWait()) << "the end was seen: Next returns at once";
}

}  // namespace
}  // namespace tacitus
