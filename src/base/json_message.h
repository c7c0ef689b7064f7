// Short, bounded quotes of JSON values and parse errors for the messages of the JSONL
// readers (io's ArticleReader, eval's gold reader). A bad line may hold a megabyte string
// or arrays nested 200,000 deep; a message about it stays a line long and costs the same.
//
//   QuoteJson(json("a very long value ...")) => "\"a very long value ..." cut to 40 bytes + "..."
//   ShortenJsonError("[json.exception.parse_error.101] parse error at line 1, column 5: "
//                    "syntax error while parsing value - invalid literal; last read: 'x'", 300)
//     => "malformed JSON at column 5: invalid literal; last read: 'x'"
//
// Pure functions; thread-safe. Cuts fall on UTF-8 character boundaries.
#ifndef TACITUS_BASE_JSON_MESSAGE_H_
#define TACITUS_BASE_JSON_MESSAGE_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace tacitus {

// Bytes of a bad value echoed in a message.
inline constexpr size_t kMaxQuotedJson = 40;

// s cut to at most n bytes on a UTF-8 character boundary, "..." appended when cut.
std::string TruncateUtf8(std::string s, size_t n);

// The start of `value` written as compact JSON, as dump() would write it, stopping soon
// after `limit` bytes (the result may exceed `limit` by one element's prefix: cut it with
// TruncateUtf8). Never recurses and never copies more of a long string than the limit.
std::string JsonPreview(const nlohmann::json& value, size_t limit);

// `value` as it would be written in JSON, cut to kMaxQuotedJson bytes.
std::string QuoteJson(const nlohmann::json& value);

// nlohmann's exception text for a one-line document, made a message: the exception id and
// "line 1" go, the position stays ("malformed JSON at column 21: unexpected '}'; ..."), a
// long "last read: '...'" echo is cut to kMaxQuotedJson bytes and the rest to
// `max_message` bytes.
std::string ShortenJsonError(const std::string& what, size_t max_message);

}  // namespace tacitus

#endif  // TACITUS_BASE_JSON_MESSAGE_H_
