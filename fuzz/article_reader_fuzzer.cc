// Fuzzes the article reader (JSONL or plain text, detected from the input) with the default
// limits and with a tiny line limit, so the overlong-line path runs too.
//
// Checks the reader's contract: it ends; every JSONL result is an article with a non-empty id
// or an error naming a line of the input; plain text gives exactly one result; counters agree
// with what Next() returned.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "base/status.h"
#include "io/article_reader.h"

namespace {

void ReadAll(const std::string& input, tacitus::ArticleReaderOptions options) {
  using namespace tacitus;
  std::istringstream in(input);
  ArticleReader reader(in, "fuzz.jsonl", options);
  size_t lines = 1;
  for (char c : input) lines += c == '\n';
  size_t articles = 0, errors = 0;
  Article article;
  InputError error;
  for (;;) {
    const ReadResult r = reader.Next(&article, &error);
    if (r == ReadResult::kEnd) break;
    if (r == ReadResult::kArticle) {
      ++articles;
      TACITUS_CHECK(!article.id.empty());
      TACITUS_CHECK(article.date.empty() || IsValidDate(article.date));
    } else {
      ++errors;
      TACITUS_CHECK(error.line <= lines);
      TACITUS_CHECK(!error.message.empty());
    }
    TACITUS_CHECK(articles + errors <= lines);
  }
  TACITUS_CHECK(reader.Next(&article, &error) == ReadResult::kEnd);
  TACITUS_CHECK(reader.articles_read() == articles);
  TACITUS_CHECK(reader.errors_reported() == errors);
  if (reader.format() == InputFormat::kText) TACITUS_CHECK(articles + errors == 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  ReadAll(input, {});
  tacitus::ArticleReaderOptions small;
  small.max_line_bytes = 64;
  small.max_text_bytes = 64;
  small.date = "2023-10-19";
  ReadAll(input, small);
  return 0;
}
