// ArticleReader keeps its own read-ahead buffer (pending_) over the stream's streambuf. It
// refills from the streambuf only with what is already buffered there (in_avail), or one
// blocking sbumpc when nothing is, so a line is returned as soon as its '\n' has arrived.
// A line is copied into line_ up to limit + 1 bytes (the +1 lets a CR before the LF through);
// past that the bytes are only counted until the '\n', so an overlong line costs no memory.
// Each line is then checked in order of cheapness and clarity: length, NUL bytes, UTF-8,
// blankness, JSON syntax, object-ness, fields. The first failure becomes the line's error.
// The JSON is parsed twice over at most: simdjson (some ten times faster) takes every line
// that is a valid object whose article fields are strings or null, and any other line is
// parsed again by nlohmann, whose messages (with byte offsets) the reader reports. Both
// accept exactly RFC 8259 JSON; simdjson also refuses some valid lines (numbers beyond
// 64 bits or a double, nesting deeper than 1024), which then simply take the slow path.
#include "io/article_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <string>
#include <utility>
#include <vector>

#include "base/json_message.h"
#include "text/normalizer.h"

namespace tacitus {
namespace {

using nlohmann::json;

constexpr size_t kReadChunk = size_t{64} << 10;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxMessage = 300;  // bytes of a JSON library message kept

constexpr char kUtf16Message[] =
    "UTF-16 input (byte order mark FF FE or FE FF): convert it to UTF-8";

bool StartsWithUtf16Bom(std::string_view s) {
  return s.size() >= 2 &&
         ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

// a + b, or SIZE_MAX if that overflows (a limit of SIZE_MAX means "no limit").
size_t AddSaturating(size_t a, size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsBlank(std::string_view s) { return std::all_of(s.begin(), s.end(), IsJsonSpace); }

// Reads an optional (or required) string field into *out. On a problem returns false and
// sets *message. A null value counts as absent.
bool GetString(const json& object, const char* key, bool required, std::string* out,
               std::string* message) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) {
      *message = std::string("missing required field \"") + key + "\"";
      return false;
    }
    return true;
  }
  if (!it->is_string()) {
    *message = std::string("field \"") + key + "\" must be a string, got " + it->type_name() + " " +
               QuoteJson(*it);
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

// Parses a JSONL line, building only what the reader uses: the top-level object with the
// fields an Article has, and of each such field's value only its first kMaxKeptValues values
// in document order (a string is one value; a wrong array or object needs no more than its
// start to be quoted in the message). The rest is skipped as it is parsed: a hostile line of
// arrays nested millions deep, or of millions of empty arrays, in a field nobody reads, would
// otherwise build a document tree 25 to 40 times the size of the line.
constexpr size_t kMaxKeptValues = 256;

json ParseArticleLine(const std::string& line) {
  bool object = false;  // the line's value is an object
  bool keep = false;    // inside the value of a field an Article has
  size_t kept = 0;      // values kept of that field's value
  const json::parser_callback_t filter = [&](int depth, json::parse_event_t event, json& parsed) {
    if (depth == 0) {
      if (event == json::parse_event_t::object_start) object = true;
      return true;
    }
    if (depth == 1 && event == json::parse_event_t::key) {
      const std::string& key = parsed.get_ref<const std::string&>();
      keep = object && (key == "id" || key == "text" || key == "date" || key == "title" ||
                        key == "source" || key == "url");
      kept = 0;
      return keep;
    }
    if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end) {
      return true;
    }
    if (event == json::parse_event_t::key) return keep && kept < kMaxKeptValues;
    return keep && ++kept <= kMaxKeptValues;
  };
  return json::parse(line, filter);
}

// The fast path: fills *a from `line` if it is a JSON object whose article fields are
// strings or null (null counts as absent), with "id" and "text" present. Of repeated keys
// the last counts, as in nlohmann's document. Returns false for anything else, leaving
// the diagnosis to the nlohmann path. `line` is lent for simdjson's padding (zero bytes
// after the end that it may read) and is the same on return.
bool ReadArticleFast(simdjson::dom::parser& parser, std::string& line, Article* a) {
  const size_t size = line.size();
  line.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::object object;
  const simdjson::error_code parsed = parser.parse(line.data(), size, false).get(object);
  line.resize(size);
  if (parsed != simdjson::SUCCESS) return false;
  constexpr std::string_view kKeys[] = {"id", "text", "date", "title", "source", "url"};
  std::string* const outs[] = {&a->id, &a->text, &a->date, &a->title, &a->source, &a->url};
  simdjson::dom::element values[std::size(kKeys)];
  bool seen[std::size(kKeys)] = {};
  for (const simdjson::dom::key_value_pair field : object) {
    for (size_t k = 0; k < std::size(kKeys); ++k) {
      if (field.key != kKeys[k]) continue;
      values[k] = field.value;
      seen[k] = true;
    }
  }
  for (size_t k = 0; k < std::size(kKeys); ++k) {
    if (!seen[k] || values[k].is_null()) {
      if (k < 2) return false;  // "id" and "text" are required
      continue;
    }
    std::string_view value;
    if (values[k].get(value) != simdjson::SUCCESS) return false;
    outs[k]->assign(value);
  }
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

size_t LineOfOffset(std::string_view text, size_t offset) {
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

}  // namespace

std::string InputError::ToString() const {
  if (line == 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

InputFormat DetectFormat(std::string_view prefix) {
  if (prefix.substr(0, kBom.size()) == kBom) prefix.remove_prefix(kBom.size());
  for (char c : prefix) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') continue;
    return c == '{' ? InputFormat::kJsonl : InputFormat::kText;
  }
  return InputFormat::kText;
}

bool IsValidDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const int days = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  return day <= days;
}

ArticleReader::ArticleReader(std::istream& in, std::string file_name, ArticleReaderOptions options)
    : in_(in),
      file_name_(std::move(file_name)),
      options_(std::move(options)),
      format_(options_.format) {}

ArticleReader::~ArticleReader() = default;

bool ArticleReader::WouldWait() const {
  if (at_eof_) return false;
  const size_t buffered = pending_.size() - pending_pos_;
  if (buffered > 0 && std::memchr(pending_.data() + pending_pos_, '\n', buffered) != nullptr)
    return false;
  std::streambuf* sb = in_.rdbuf();
  return sb != nullptr && sb->in_avail() == 0;
}

// Appends what the streambuf has ready (at least one byte unless at end) to pending_.
bool ArticleReader::ReadMore() {
  if (at_eof_) return false;
  std::streambuf* sb = in_.rdbuf();
  if (sb == nullptr) {
    at_eof_ = true;
    return false;
  }
  if (pending_pos_ == pending_.size()) {
    pending_.clear();
    pending_pos_ = 0;
  }
  std::streamsize avail = sb->in_avail();
  if (avail == 0 && options_.before_wait) options_.before_wait();
  if (avail <= 0) {
    // Nothing buffered: block for one byte, which makes the streambuf fill its buffer.
    const int c = avail < 0 ? std::char_traits<char>::eof() : sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      at_eof_ = true;
      in_.setstate(std::ios::eofbit);
      return false;
    }
    pending_.push_back(static_cast<char>(c));
    avail = std::max<std::streamsize>(sb->in_avail(), 0);
  }
  const size_t want = std::min(static_cast<size_t>(avail), kReadChunk);
  if (want > 0) {
    const size_t old = pending_.size();
    pending_.resize(old + want);
    const std::streamsize got =
        sb->sgetn(pending_.data() + old, static_cast<std::streamsize>(want));
    pending_.resize(old + static_cast<size_t>(std::max<std::streamsize>(got, 0)));
  }
  return true;
}

// The first byte that is not whitespace (a leading BOM skipped), without consuming
// anything; -1 if the input is all whitespace up to its end or past the line limit.
int ArticleReader::PeekFirstNonSpace() {
  size_t i = 0;  // bytes after pending_pos_ already looked at
  bool bom_checked = false;
  for (;;) {
    const std::string_view view(pending_.data() + pending_pos_, pending_.size() - pending_pos_);
    if (view.size() >= kBom.size() || at_eof_) {  // a BOM may arrive split across reads
      if (!bom_checked) {
        bom_checked = true;
        if (view.substr(0, kBom.size()) == kBom) i = kBom.size();
      }
      for (; i < view.size(); ++i) {
        const char c = view[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') continue;
        return static_cast<unsigned char>(c);
      }
      if (at_eof_ || view.size() > options_.max_line_bytes) return -1;
    }
    ReadMore();  // at the end it sets at_eof_, which ends the loop above
  }
}

// Reads the next line (without its '\n') into line_, keeping at most limit + 1 bytes of
// it; *length is the full length and *ends_with_cr tells whether its last byte is '\r'.
// Returns false when the input has no more bytes.
bool ArticleReader::ReadLine(size_t limit, size_t* length, bool* ends_with_cr) {
  line_.clear();
  size_t total = 0;
  bool any = false;
  char last = '\0';
  for (;;) {
    if (pending_pos_ == pending_.size() && !ReadMore()) break;
    any = true;
    const char* begin = pending_.data() + pending_pos_;
    const size_t avail = pending_.size() - pending_pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    const size_t take =
        nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - begin) : avail;
    const size_t keep = AddSaturating(limit, 1);
    if (line_.size() < keep) line_.append(begin, std::min(take, keep - line_.size()));
    if (take > 0) last = begin[take - 1];
    total += take;
    pending_pos_ += take;
    if (nl != nullptr) {
      ++pending_pos_;
      break;
    }
  }
  *length = total;
  *ends_with_cr = last == '\r';
  return any;
}

ReadResult ArticleReader::Fail(size_t line, std::string message, InputError* error) {
  ++errors_reported_;
  error->file = file_name_;
  error->line = line;
  error->message = std::move(message);
  return ReadResult::kError;
}

ReadResult ArticleReader::Next(Article* article, InputError* error) {
  if (done_) return ReadResult::kEnd;
  if (!started_) {
    started_ = true;
    if (format_ == InputFormat::kAuto) {
      format_ = PeekFirstNonSpace() == '{' ? InputFormat::kJsonl : InputFormat::kText;
    }
  }
  if (format_ == InputFormat::kText) {
    done_ = true;
    return ReadText(article, error);
  }
  return NextJsonl(article, error);
}

ReadResult ArticleReader::NextJsonl(Article* article, InputError* error) {
  for (;;) {
    size_t length = 0;
    bool ends_with_cr = false;
    // The first line may carry a BOM; neither it nor a CR counts against the limit.
    const size_t bom_room = line_number_ == 0 ? kBom.size() : 0;
    if (!ReadLine(AddSaturating(options_.max_line_bytes, bom_room), &length, &ends_with_cr)) {
      done_ = true;
      return ReadResult::kEnd;
    }
    ++line_number_;
    const size_t line = line_number_;
    // Offsets in messages count from the start of the line in the file, BOM included.
    size_t skipped = 0;
    if (line == 1 && std::string_view(line_).substr(0, kBom.size()) == kBom) {
      line_.erase(0, kBom.size());
      skipped = kBom.size();
    }
    const size_t content = length - skipped - (ends_with_cr ? 1 : 0);
    if (content > options_.max_line_bytes) {
      return Fail(line,
                  "line is " + std::to_string(content) + " bytes, longer than the limit of " +
                      std::to_string(options_.max_line_bytes) + " bytes; skipped",
                  error);
    }
    // The whole line was kept (content + CR <= limit + 1).
    if (ends_with_cr) line_.pop_back();
    Article a;
    if (!json_) json_ = std::make_unique<simdjson::dom::parser>();
    // A line simdjson accepts is valid UTF-8 without NUL bytes (it checks both), so the
    // checks below are needed only for the others.
    if (!ReadArticleFast(*json_, line_, &a)) {
      if (line == 1 && StartsWithUtf16Bom(line_)) return Fail(line, kUtf16Message, error);
      if (const size_t nul = line_.find('\0'); nul != std::string::npos) {
        return Fail(line, "binary input: NUL byte at byte offset " + std::to_string(nul + skipped),
                    error);
      }
      if (size_t bad; !IsValidUtf8(line_, &bad)) {
        return Fail(line, "invalid UTF-8 at byte offset " + std::to_string(bad + skipped), error);
      }
      if (IsBlank(line_)) continue;
      a = Article();
      if (ReadResult r = NextJsonlSlow(line, &a, error); r != ReadResult::kArticle) return r;
    }
    if (a.id.empty()) return Fail(line, "field \"id\" is empty", error);
    if (!a.date.empty() && !IsValidDate(a.date)) {
      return Fail(line, "field \"date\" must be a date YYYY-MM-DD, got " + QuoteJson(a.date),
                  error);
    }
    a.origin = file_name_ + ":" + std::to_string(line);
    *article = std::move(a);
    ++articles_read_;
    return ReadResult::kArticle;
  }
}

// Parses line_ (line `line`) with nlohmann into *a, or reports why it is no article.
ReadResult ArticleReader::NextJsonlSlow(size_t line, Article* a, InputError* error) {
  json value;
  try {
    value = ParseArticleLine(line_);
  } catch (const json::exception& e) {
    return Fail(line, ShortenJsonError(e.what(), kMaxMessage), error);
  }
  if (!value.is_object()) {
    return Fail(line, std::string("expected a JSON object, got ") + value.type_name(), error);
  }
  std::string message;
  if (!GetString(value, "id", true, &a->id, &message) ||
      !GetString(value, "text", true, &a->text, &message) ||
      !GetString(value, "date", false, &a->date, &message) ||
      !GetString(value, "title", false, &a->title, &message) ||
      !GetString(value, "source", false, &a->source, &message) ||
      !GetString(value, "url", false, &a->url, &message)) {
    return Fail(line, message, error);
  }
  return ReadResult::kArticle;
}

ReadResult ArticleReader::ReadText(Article* article, InputError* error) {
  const size_t limit = options_.max_text_bytes;
  std::string text;
  for (;;) {
    if (pending_pos_ == pending_.size() && !ReadMore()) break;
    const size_t avail = pending_.size() - pending_pos_;
    if (text.size() + avail > AddSaturating(limit, kBom.size())) {
      // Stop reading: the rest of the input is never stored or scanned.
      pending_pos_ = pending_.size();
      at_eof_ = true;
      return Fail(0,
                  "input is longer than the limit of " + std::to_string(limit) +
                      " bytes for a plain-text article; skipped",
                  error);
    }
    text.append(pending_, pending_pos_, avail);
    pending_pos_ = pending_.size();
  }
  const size_t bom = std::string_view(text).substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  if (text.size() - bom > limit) {
    return Fail(0,
                "input is longer than the limit of " + std::to_string(limit) +
                    " bytes for a plain-text article; skipped",
                error);
  }
  if (StartsWithUtf16Bom(text)) return Fail(0, kUtf16Message, error);
  if (text.size() >= 2 && text[0] == '\x1F' && text[1] == '\x8B') {
    return Fail(0, "binary input: gzip-compressed data (decompress it first)", error);
  }
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    return Fail(LineOfOffset(text, nul),
                "binary input: NUL byte at byte offset " + std::to_string(nul), error);
  }
  if (size_t bad; !IsValidUtf8(text, &bad)) {
    return Fail(LineOfOffset(text, bad), "invalid UTF-8 at byte offset " + std::to_string(bad),
                error);
  }
  text.erase(0, bom);
  if (std::all_of(text.begin(), text.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
      })) {
    return Fail(0, "empty input", error);
  }
  if (!options_.date.empty() && !IsValidDate(options_.date)) {
    return Fail(0, "the date \"" + options_.date + "\" is not a date YYYY-MM-DD", error);
  }
  Article a;
  a.id = options_.text_id;
  if (a.id.empty()) {
    const size_t slash = file_name_.find_last_of('/');
    a.id = slash == std::string::npos ? file_name_ : file_name_.substr(slash + 1);
    if (a.id.empty() || a.id == "-") a.id = "stdin";
  }
  a.date = options_.date;
  a.text = std::move(text);
  a.origin = file_name_ + ":1";
  *article = std::move(a);
  ++articles_read_;
  return ReadResult::kArticle;
}

size_t ReadArticles(std::istream& in, const std::string& file_name,
                    const ArticleReaderOptions& options,
                    const std::function<bool(Article&&)>& on_article,
                    const std::function<bool(const InputError&)>& on_error) {
  ArticleReader reader(in, file_name, options);
  Article article;
  InputError error;
  for (;;) {
    switch (reader.Next(&article, &error)) {
      case ReadResult::kArticle:
        if (!on_article(std::move(article))) return reader.errors_reported();
        break;
      case ReadResult::kError:
        if (!on_error(error)) return reader.errors_reported();
        break;
      case ReadResult::kEnd:
        return reader.errors_reported();
    }
  }
}

}  // namespace tacitus
