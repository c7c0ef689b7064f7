#include "output/event_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "dict/cameo.h"
#include "text/eight_bytes.h"
#include "text/normalizer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tacitus {
namespace {

// A line is written through a cursor into a buffer kept by each thread, then appended to
// the caller's string in one copy: a field costs one bounds check and a copy, not
// std::string's bookkeeping for every piece. Keys are written with their commas as
// literals, in the order nlohmann's dump() (sorted keys) gives them.
class LineWriter {
 public:
  LineWriter() : buf_(Buffer()), p_(buf_.data()), end_(buf_.data() + buf_.size()) {}

  std::string_view Text() const { return {buf_.data(), static_cast<size_t>(p_ - buf_.data())}; }

  // A literal (keys, punctuation): its size is known, so the copy compiles to moves.
  template <size_t N>
  void Put(const char (&s)[N]) {
    Room(N - 1);
    std::memcpy(p_, s, N - 1);
    p_ += N - 1;
  }

  template <typename T>
  void Int(T v) {
    Room(24);
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
  }

  // A number as nlohmann's dump() writes it ("1.0", "-2.0", "3.4"). The event codes'
  // Goldstein values are a few dozen, so each thread keeps the text of those it met in a
  // small table instead of building a JSON value for every event.
  void Goldstein(double v);

  // A JSON string exactly as nlohmann::json::dump(-1, ' ', false, replace) writes it: the
  // escapes it uses, other control characters as \u00xx, UTF-8 as is. Invalid UTF-8 (rare)
  // goes through nlohmann itself for its replacement characters.
  // Returns whether s was written as it is (no byte escaped, no byte of UTF-8).
  bool String(std::string_view s);
  // A string known to need no escape and to be ASCII (a part of one String() wrote as
  // it is), between its quotes.
  void PlainString(std::string_view s) {
    Room(s.size() + 2);
    *p_++ = '"';
    // An empty part (a code without a country) may have no data at all, which memcpy must
    // not be given.
    if (!s.empty()) std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
    *p_++ = '"';
  }

  // A member: `key` is its literal, with the comma before it and the colon.
  template <size_t N>
  bool Field(const char (&key)[N], std::string_view value) {
    Put(key);
    return String(value);
  }
  // A [begin,end] member; `key` ends with the '['.
  template <size_t N>
  void Span(const char (&key)[N], uint32_t begin, uint32_t end) {
    Put(key);
    Int(begin);
    Put(",");
    Int(end);
    Put("]");
  }

 private:
  static std::string& Buffer() {
    thread_local std::string buffer(4096, '\0');
    return buffer;
  }
  void Room(size_t n) {
    if (n > static_cast<size_t>(end_ - p_)) [[unlikely]]
      Grow(n);
  }
  // Out of line, so that Room and the writers that call it stay small enough to inline.
  [[gnu::noinline]] void Grow(size_t n) {
    const size_t used = static_cast<size_t>(p_ - buf_.data());
    buf_.resize(std::max(2 * buf_.size(), used + n));
    p_ = buf_.data() + used;
    end_ = buf_.data() + buf_.size();
  }
  // Copies s to `to` if no byte of it needs an escape, or'ing its bytes into *seen; false,
  // with `to` partly written, if one does.
  static bool CopyPlain(std::string_view s, char* to, uint64_t* seen);
  // The rest of String(s) from its opening quote at `start`, out of line so that the common
  // case saves few registers: s escaped byte by byte, or (copied as it is, with bytes of
  // UTF-8) checked for valid UTF-8.
  [[gnu::noinline]] void Escaped(std::string_view s, char* start);
  [[gnu::noinline]] void CheckUtf8(std::string_view s, char* start);
  void Raw(std::string_view s) {
    Room(s.size());
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }

  std::string& buf_;
  char* p_;
  char* end_;
};

void LineWriter::Goldstein(double v) {
  struct Memo {
    bool used = false;
    uint64_t bits = 0;
    uint8_t size = 0;
    char text[30];
  };
  thread_local std::array<Memo, 64> memo;
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);  // bits, not ==: -0.0 prints otherwise than 0.0
  Memo& m = memo[(bits * 0x9E3779B97F4A7C15u) >> 58];
  if (!m.used || m.bits != bits) {
    const std::string text = nlohmann::json(v).dump();
    if (text.size() > sizeof m.text) {
      Raw(text);
      return;
    }
    m.used = true;
    m.bits = bits;
    m.size = static_cast<uint8_t>(text.size());
    std::memcpy(m.text, text.data(), text.size());
  }
  Raw(std::string_view(m.text, m.size));
}

// Most strings (codes, spans of English news, rule locations) have no byte to escape: they
// are copied eight bytes at a time while each word is tested for a quote, a backslash or a
// control character, the last few bytes as one word that overlaps the one before; bytes of
// UTF-8 are copied as they come, and the string is checked for valid UTF-8 only if it has
// one. A string with a byte to escape is written again a byte at a time.
// Whether some byte of w is a control character (< 0x20), '"' or '\\' (text/eight_bytes.h's
// tests, each exact whatever the other bytes).
[[gnu::always_inline]] inline bool NeedsEscape(uint64_t w) {
  return HasByteBelow(w, 0x20) || HasByte(w, '"') || HasByte(w, '\\');
}

bool LineWriter::CopyPlain(std::string_view s, char* to, uint64_t* seen) {
  const char* q = s.data();
  const size_t n = s.size();
  uint64_t w;
#if defined(__SSE2__)
  // Sixteen bytes a step (SSE2 is part of x86-64): the long strings, the evidence above
  // all, cost a third of what they do by words of eight.
  if (n >= 16) {
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i control = _mm_set1_epi8(0x1f);
    __m128i any = _mm_setzero_si128();
    auto copy = [&](size_t i) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + i));
      // A byte below 0x20 is its own minimum with 0x1f (unsigned).
      const __m128i bad =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                       _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
      if (_mm_movemask_epi8(bad) != 0) return false;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), v);
      any = _mm_or_si128(any, v);
      return true;
    };
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
      if (!copy(i)) return false;
    if (i < n && !copy(n - 16)) return false;
    if (_mm_movemask_epi8(any) != 0) *seen |= kEightHighBits;
    return true;
  }
#endif
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::memcpy(&w, q + i, 8);
      if (NeedsEscape(w)) return false;
      std::memcpy(to + i, &w, 8);
      *seen |= w;
    }
    if (i < n) {
      std::memcpy(&w, q + n - 8, 8);
      if (NeedsEscape(w)) return false;
      std::memcpy(to + n - 8, &w, 8);
      *seen |= w;
    }
    return true;
  }
  if (n >= 4) {  // two four-byte halves, overlapping when n < 8
    uint32_t a, b;
    std::memcpy(&a, q, 4);
    std::memcpy(&b, q + n - 4, 4);
    w = a | static_cast<uint64_t>(b) << 32;
    if (NeedsEscape(w)) return false;
    std::memcpy(to, &a, 4);
    std::memcpy(to + n - 4, &b, 4);
    *seen |= w;
    return true;
  }
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(q[i]);
    if (c < 0x20 || c == '"' || c == '\\') return false;
    to[i] = static_cast<char>(c);
    *seen |= c;
  }
  return true;
}

bool LineWriter::String(std::string_view s) {
  Room(6 * s.size() + 2);  // an escape is at most six bytes for one
  char* const start = p_;
  *p_++ = '"';
  uint64_t seen = 0;  // the bytes copied, or'ed: their high bits tell of UTF-8
  if (!CopyPlain(s, p_, &seen)) [[unlikely]] {
    Escaped(s, start);
    return false;
  }
  p_ += s.size();
  *p_++ = '"';
  if (seen & kEightHighBits) [[unlikely]] {
    CheckUtf8(s, start);
    return false;
  }
  return true;
}

void LineWriter::Escaped(std::string_view s, char* start) {
  p_ = start + 1;
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t seen = 0;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    seen |= c;
    if (c >= 0x20 && c != '"' && c != '\\') {
      *p_++ = ch;
      continue;
    }
    *p_++ = '\\';
    switch (c) {
      case '"':
        *p_++ = '"';
        break;
      case '\\':
        *p_++ = '\\';
        break;
      case '\b':
        *p_++ = 'b';
        break;
      case '\f':
        *p_++ = 'f';
        break;
      case '\n':
        *p_++ = 'n';
        break;
      case '\r':
        *p_++ = 'r';
        break;
      case '\t':
        *p_++ = 't';
        break;
      default:
        std::memcpy(p_, "u00", 3);
        p_[3] = kHex[c >> 4];
        p_[4] = kHex[c & 15];
        p_ += 5;
    }
  }
  *p_++ = '"';
  if (seen & kEightHighBits) CheckUtf8(s, start);
}

void LineWriter::CheckUtf8(std::string_view s, char* start) {
  if (IsValidUtf8(s, nullptr)) return;
  p_ = start;
  Raw(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The members of every object in nlohmann's (sorted) key order; `key` is the member's
// literal with its leading comma and colon.
template <size_t N>
void PutActor(LineWriter& w, const char (&key)[N], const EventActor& a) {
  w.Put(key);
  // The country and the role are parts of the code: written as it is, so are they.
  const bool plain_code = w.Field("{\"code\":", a.code);
  w.Put(",\"country\":");
  plain_code ? w.PlainString(a.Country()) : void(w.String(a.Country()));
  if (!a.entry.empty()) w.Field(",\"entry\":", a.entry);
  w.Put(",\"role\":");
  plain_code ? w.PlainString(a.Role()) : void(w.String(a.Role()));
  w.Span(",\"span\":[", a.begin, a.end);
  w.Field(",\"text\":", a.text);
  if (!a.via.empty()) w.Field(",\"via\":", a.via);
  w.Put("}");
}

nlohmann::json ActorJson(const EventActor& a) {
  nlohmann::json j;
  j["code"] = a.code;
  j["country"] = a.Country();
  j["role"] = a.Role();
  j["text"] = a.text;
  j["span"] = {a.begin, a.end};
  if (!a.via.empty()) j["via"] = a.via;
  if (!a.entry.empty()) j["entry"] = a.entry;
  return j;
}

}  // namespace

nlohmann::json EventToJson(const Event& e, const ArticleMeta& article) {
  nlohmann::json j;
  j["article"] = article.id;
  j["sentence"] = e.sentence;
  j["date"] = e.date;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["code"] = e.code;
  const CameoCode* c = CameoTable::BuiltIn().Find(e.code);
  j["root"] = c ? c->root : e.code.substr(0, 2);
  j["quad_class"] = c ? c->quad_class : 0;
  j["goldstein"] = c ? c->goldstein : 0.0;
  if (c && !c->plover_event.empty()) {
    nlohmann::json p;
    p["event"] = c->plover_event;
    if (!c->plover_mode.empty()) p["mode"] = c->plover_mode;
    if (!c->plover_context.empty()) p["context"] = c->plover_context;
    j["plover"] = p;
  }
  j["verb"] = {{"text", e.verb_text}, {"span", {e.verb_begin, e.verb_end}}};
  j["evidence"] = e.evidence;
  j["evidence_span"] = {e.sentence_begin, e.sentence_end};
  j["rule"] = {{"entry", e.pattern}, {"where", e.rule_where}};
  if (e.negated) j["negated"] = true;
  if (!e.quote.empty()) j["quote"] = e.quote;
  if (!e.attribution.text.empty()) j["attribution"] = ActorJson(e.attribution);
  return j;
}

namespace {

// CameoTable::BuiltIn().Find(code), remembered by each thread for the codes it met (a few
// dozen): the table's look-up builds a string and hashes it.
const CameoCode* FindCameo(std::string_view code) {
  if (code.empty() || code.size() > 7) return CameoTable::BuiltIn().Find(code);
  struct Memo {
    uint64_t key = 0;  // the code's bytes and its size; 0: unused (a size is never 0)
    const CameoCode* found = nullptr;
  };
  thread_local std::array<Memo, 64> memo;
  uint64_t key = code.size();
  std::memcpy(reinterpret_cast<char*>(&key) + 1, code.data(), code.size());
  Memo& m = memo[(key * 0x9E3779B97F4A7C15u) >> 58];
  if (m.key != key) {
    m.key = key;
    m.found = CameoTable::BuiltIn().Find(code);
  }
  return m.found;
}

}  // namespace

void AppendEventJsonLine(const Event& e, const ArticleMeta& article, std::string* out) {
  // Written directly (the same bytes as EventToJson(...).dump(), which the tests check):
  // building the DOM cost about a hundred allocations per event.
  const CameoCode* c = FindCameo(e.code);
  LineWriter w;
  w.Field("{\"article\":", article.id);
  if (!e.attribution.text.empty()) PutActor(w, ",\"attribution\":", e.attribution);
  w.Field(",\"code\":", e.code);
  w.Field(",\"date\":", e.date);
  w.Field(",\"evidence\":", e.evidence);
  w.Span(",\"evidence_span\":[", e.sentence_begin, e.sentence_end);
  w.Put(",\"goldstein\":");
  w.Goldstein(c ? c->goldstein : 0.0);
  if (e.negated) w.Put(",\"negated\":true");
  if (c && !c->plover_event.empty()) {
    w.Put(",\"plover\":{");
    if (!c->plover_context.empty()) {
      w.Field("\"context\":", c->plover_context);
      w.Put(",");
    }
    w.Field("\"event\":", c->plover_event);
    if (!c->plover_mode.empty()) w.Field(",\"mode\":", c->plover_mode);
    w.Put("}");
  }
  w.Put(",\"quad_class\":");
  w.Int(c ? c->quad_class : 0);
  if (!e.quote.empty()) w.Field(",\"quote\":", e.quote);
  w.Field(",\"root\":", c ? std::string_view(c->root) : std::string_view(e.code).substr(0, 2));
  w.Field(",\"rule\":{\"entry\":", e.pattern);
  w.Field(",\"where\":", e.rule_where);
  w.Put("},\"sentence\":");
  w.Int(e.sentence);
  PutActor(w, ",\"source\":", e.source);
  PutActor(w, ",\"target\":", e.target);
  w.Span(",\"verb\":{\"span\":[", e.verb_begin, e.verb_end);
  w.Field(",\"text\":", e.verb_text);
  w.Put("}}");
  out->append(w.Text());
}

std::string EventToJsonLine(const Event& e, const ArticleMeta& article) {
  std::string out;
  AppendEventJsonLine(e, article, &out);
  return out;
}

nlohmann::json QuoteToJson(const Quote& q, const ArticleMeta& article) {
  nlohmann::json j;
  j["article"] = article.id;
  j["sentence"] = q.sentence;
  j["text"] = q.text;
  j["span"] = {q.begin, q.end};
  if (!q.speaker.text.empty()) j["speaker"] = ActorJson(q.speaker);
  else j["speaker"] = nullptr;
  if (!q.verb_text.empty()) j["verb"] = {{"text", q.verb_text}, {"span", {q.verb_begin, q.verb_end}}};
  return j;
}

std::string QuoteToJsonLine(const Quote& q, const ArticleMeta& article) {
  return QuoteToJson(q, article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string TsvHeader() { return "date\tsource\ttarget\tcode\tids\tsource_name\turl"; }

std::string EventToTsvLine(const Event& e, const ArticleMeta& article) {
  std::string date = e.date;
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  return date + "\t" + e.source.code + "\t" + e.target.code + "\t" + e.code + "\t" +
         clean(article.id) + "-" + std::to_string(e.sentence) + "\t" + clean(article.source) +
         "\t" + clean(article.url);
}

}  // namespace tacitus
