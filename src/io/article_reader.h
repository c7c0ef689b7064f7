// ArticleReader: turns an input stream (JSONL or one plain-text article) into Articles,
// reporting every line it cannot use as an InputError.
//
//   {"id":"a1","date":"2023-10-19","text":"Lavrov met Kim."}   (line 1 of news.jsonl)
//     -> Article{id="a1", date="2023-10-19", text="Lavrov met Kim.", origin="news.jsonl:1"}
//   {"id":"a2"}                                                  (line 2)
//     -> InputError{file="news.jsonl", line=2, message="missing required field \"text\""}
//
// Contract:
// - Never crashes, never drops input silently: every non-blank JSONL line becomes exactly one
//   Article or one InputError naming file, line and what is wrong. Blank lines (only spaces,
//   tabs, CR) are skipped. Bad input is data, so it is reported, never a Status; whether the
//   first error is fatal (`--fail-fast`) is the caller's business.
// - JSONL: one object per line; "id" (non-empty) and "text" are required strings; "date" is
//   optional but must be a real calendar date "YYYY-MM-DD" when present; "title", "source",
//   "url" are optional strings; null counts as absent; unknown fields are ignored.
//   An empty JSONL input is zero articles and no error.
// - Plain text: the whole stream is one article, bytes kept as given (CRLF included, only a
//   leading UTF-8 BOM removed), so spans index Article::text exactly. id = options.text_id,
//   else the last path component of `file_name` ("stdin" for "" or "-"); date =
//   options.date. An input with no non-whitespace byte is the error "empty input". Errors
//   about the whole input have line 0; NUL and UTF-8 errors name the line of the bad byte.
// - Reported, per line (JSONL) or per input (text): NUL bytes ("binary input"), invalid UTF-8
//   (with the byte offset), a line (or text) longer than the limit (the excess is skipped
//   without being stored, so memory stays bounded by the limit), malformed JSON (nlohmann's
//   message, shortened), a JSON value that is not an object, fields of the wrong type.
//   CRLF line ends and a UTF-8 BOM at the start of the stream are accepted.
// - Memory: the current line (at most max_line_bytes) plus a small read buffer; a plain-text
//   article is held whole (at most max_text_bytes). Of a parsed line only the fields an
//   Article has are built: unknown fields, and deep or wide values beyond what a message
//   quotes, are skipped while parsing, so hostile nesting costs the parser's stack only.
// - Reads through the istream's streambuf and never blocks for more input than the next line
//   needs, so it works as a stdin filter (see before_wait). For std::cin call
//   std::ios::sync_with_stdio(false) first (the CLI's UnsyncStandardStreams): the synced
//   stdin streambuf is unbuffered and would hand over one byte per call.
//   The stream must outlive the reader. Not thread-safe.
#ifndef TACITUS_IO_ARTICLE_READER_H_
#define TACITUS_IO_ARTICLE_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace simdjson::dom {
class parser;
}  // namespace simdjson::dom

namespace tacitus {

struct Article {
  std::string id;
  std::string date;  // publication date "YYYY-MM-DD", or empty when unknown
  std::string title;
  std::string text;
  std::string source;
  std::string url;
  std::string origin;  // where it came from: "file:line"
};

struct InputError {
  std::string file;
  size_t line = 0;      // 1-based
  std::string message;  // e.g. "missing required field \"text\""

  // "file:line: message", the diagnostic format of the command line.
  std::string ToString() const;
};

enum class InputFormat { kAuto, kJsonl, kText };

// JSONL if the first byte that is not ASCII whitespace (after an optional UTF-8 BOM) is '{',
// else plain text; an empty or all-whitespace prefix is plain text.
//   DetectFormat("\n  {\"id\": ...") == InputFormat::kJsonl
//   DetectFormat("Lavrov met Kim.") == InputFormat::kText
InputFormat DetectFormat(std::string_view prefix);

// True for a real calendar date written "YYYY-MM-DD" (years 0001-9999, leap years honoured).
bool IsValidDate(std::string_view date);

// 1 MiB = 2^20 bytes.
inline constexpr size_t kDefaultMaxLineBytes = size_t{16} << 20;

struct ArticleReaderOptions {
  // kAuto applies DetectFormat to the start of the stream. Note that an empty input is then
  // plain text and so the error "empty input"; a caller that knows it reads JSONL (a stdin
  // filter) should say kJsonl, for which an empty input is simply zero articles.
  InputFormat format = InputFormat::kAuto;
  // Longest JSONL line, in bytes, not counting the line end (SIZE_MAX: no limit).
  size_t max_line_bytes = kDefaultMaxLineBytes;
  // Largest plain-text article, in bytes (SIZE_MAX: no limit).
  size_t max_text_bytes = kDefaultMaxLineBytes;
  // Plain text only: the publication date ("--date"); empty for none, else it must be valid.
  std::string date;
  // Plain text only: the article id; empty means the last path component of file_name.
  std::string text_id;
  // Called when nothing read is left and the stream has nothing ready either (in_avail()
  // is 0), just before the reader waits for more: a filter that answers one article at a
  // time flushes its output here, so that a caller who sends an article and waits for its
  // events gets them. Not called while input is ready, so it costs nothing on a file or a
  // busy pipe.
  std::function<void()> before_wait;
};

enum class ReadResult { kArticle, kError, kEnd };

class ArticleReader {
 public:
  // `file_name` is used in origins and errors only; the reader never opens it.
  ArticleReader(std::istream& in, std::string file_name, ArticleReaderOptions options = {});
  ~ArticleReader();

  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Reads up to the next article or error. kArticle fills *article, kError fills *error
  // (the other is left untouched); after kEnd every call returns kEnd.
  ReadResult Next(Article* article, InputError* error);

  // True when the next call to Next() would wait for more input: no whole line is read
  // ahead, the stream has no byte ready (in_avail() is 0), and its end has not been seen.
  // A caller that gathers articles into batches ends a batch here rather than hold the
  // articles it has while a co-process waits for their events.
  bool WouldWait() const;

  // The format in use; kAuto until the first call to Next() has looked at the input.
  InputFormat format() const { return format_; }
  size_t articles_read() const { return articles_read_; }
  size_t errors_reported() const { return errors_reported_; }

 private:
  bool ReadMore();
  int PeekFirstNonSpace();
  bool ReadLine(size_t limit, size_t* length, bool* ends_with_cr);
  ReadResult NextJsonl(Article* article, InputError* error);
  ReadResult NextJsonlSlow(size_t line, Article* a, InputError* error);
  ReadResult ReadText(Article* article, InputError* error);
  ReadResult Fail(size_t line, std::string message, InputError* error);

  std::istream& in_;
  std::string file_name_;
  ArticleReaderOptions options_;
  InputFormat format_;
  bool started_ = false;
  bool done_ = false;
  size_t line_number_ = 0;
  size_t articles_read_ = 0;
  size_t errors_reported_ = 0;
  std::string line_;     // the current JSONL line, reused
  std::unique_ptr<simdjson::dom::parser> json_;  // made on the first JSONL line, reused
  std::string pending_;  // bytes read ahead of the current position
  size_t pending_pos_ = 0;
  bool at_eof_ = false;
};

// Convenience loop over ArticleReader::Next: calls on_article or on_error for each result
// until the input ends or a callback returns false (the caller's --fail-fast).
// Returns the number of errors reported.
size_t ReadArticles(std::istream& in, const std::string& file_name,
                    const ArticleReaderOptions& options,
                    const std::function<bool(Article&&)>& on_article,
                    const std::function<bool(const InputError&)>& on_error);

}  // namespace tacitus

#endif  // TACITUS_IO_ARTICLE_READER_H_
