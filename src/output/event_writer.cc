#include "output/event_writer.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "dict/cameo.h"
#include "text/normalizer.h"

namespace tacitus {
namespace {

// Appends a JSON string exactly as nlohmann::json::dump(-1, ' ', false, replace) writes
// it: the escapes it uses, other control characters as \u00xx, UTF-8 as is. Invalid UTF-8
// (rare) goes through nlohmann itself for its replacement characters.
//
// Most strings (codes, spans of English news, rule locations) are printable ASCII with no
// quote or backslash: those are found eight bytes at a time and copied whole.
bool IsPlainAscii(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
  // Whether some byte of v is zero (exact, whatever the other bytes).
  auto has_zero = [](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // A byte >= 0x80, or < 0x20 (w - 0x20.. borrows into its high bit), or '"' or '\\'.
    if ((w & kHigh) || ((w - 0x20 * kOnes) & ~w & kHigh) || has_zero(w ^ ('"' * kOnes)) ||
        has_zero(w ^ ('\\' * kOnes))) {
      return false;
    }
  }
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  }
  return true;
}

void AppendJsonString(std::string& out, std::string_view s) {
  if (IsPlainAscii(s)) {
    out += '"';
    out.append(s);
    out += '"';
    return;
  }
  if (!IsValidUtf8(s, nullptr)) {
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

template <typename Int>
void AppendInt(std::string& out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// Appends `"key":` (keys are plain ASCII) after a comma unless it opens the object, in
// one append.
template <size_t N>
void Key(std::string& out, const char (&key)[N]) {
  char buf[N + 3];
  size_t n = 0;
  if (out.back() != '{') buf[n++] = ',';
  buf[n++] = '"';
  std::memcpy(buf + n, key, N - 1);
  n += N - 1;
  buf[n++] = '"';
  buf[n++] = ':';
  out.append(buf, n);
}

// Appends a number as nlohmann's dump() writes it ("1.0", "-2.0", "3.4"). The event
// codes' Goldstein values are a few dozen, so each thread keeps the text of those it met
// in a small table instead of building a JSON value for every event.
void AppendGoldstein(std::string& out, double v) {
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
      out += text;
      return;
    }
    m.used = true;
    m.bits = bits;
    m.size = static_cast<uint8_t>(text.size());
    std::memcpy(m.text, text.data(), text.size());
  }
  out.append(m.text, m.size);
}

template <size_t N>
void AppendSpan(std::string& out, const char (&key)[N], uint32_t begin, uint32_t end) {
  Key(out, key);
  out += '[';
  AppendInt(out, begin);
  out += ',';
  AppendInt(out, end);
  out += ']';
}

// The members of every object in nlohmann's (sorted) key order.
template <size_t N>
void AppendActor(std::string& out, const char (&key)[N], const EventActor& a) {
  Key(out, key);
  out += '{';
  Key(out, "code");
  AppendJsonString(out, a.code);
  Key(out, "country");
  AppendJsonString(out, a.Country());
  if (!a.entry.empty()) {
    Key(out, "entry");
    AppendJsonString(out, a.entry);
  }
  Key(out, "role");
  AppendJsonString(out, a.Role());
  AppendSpan(out, "span", a.begin, a.end);
  Key(out, "text");
  AppendJsonString(out, a.text);
  if (!a.via.empty()) {
    Key(out, "via");
    AppendJsonString(out, a.via);
  }
  out += '}';
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

std::string EventToJsonLine(const Event& e, const ArticleMeta& article) {
  // Written directly (the same bytes as EventToJson(...).dump(), which the tests check):
  // building the DOM cost about a hundred allocations per event.
  const CameoCode* c = CameoTable::BuiltIn().Find(e.code);
  std::string out;
  // A line is about 600 bytes besides its evidence and quote: one allocation, no regrowth.
  out.reserve(1024 + e.evidence.size() + e.quote.size());
  out += '{';
  Key(out, "article");
  AppendJsonString(out, article.id);
  if (!e.attribution.text.empty()) AppendActor(out, "attribution", e.attribution);
  Key(out, "code");
  AppendJsonString(out, e.code);
  Key(out, "date");
  AppendJsonString(out, e.date);
  Key(out, "evidence");
  AppendJsonString(out, e.evidence);
  AppendSpan(out, "evidence_span", e.sentence_begin, e.sentence_end);
  Key(out, "goldstein");
  AppendGoldstein(out, c ? c->goldstein : 0.0);
  if (e.negated) {
    Key(out, "negated");
    out += "true";
  }
  if (c && !c->plover_event.empty()) {
    Key(out, "plover");
    out += '{';
    if (!c->plover_context.empty()) {
      Key(out, "context");
      AppendJsonString(out, c->plover_context);
    }
    Key(out, "event");
    AppendJsonString(out, c->plover_event);
    if (!c->plover_mode.empty()) {
      Key(out, "mode");
      AppendJsonString(out, c->plover_mode);
    }
    out += '}';
  }
  Key(out, "quad_class");
  AppendInt(out, c ? c->quad_class : 0);
  if (!e.quote.empty()) {
    Key(out, "quote");
    AppendJsonString(out, e.quote);
  }
  Key(out, "root");
  AppendJsonString(out, c ? std::string_view(c->root) : std::string_view(e.code).substr(0, 2));
  Key(out, "rule");
  out += '{';
  Key(out, "entry");
  AppendJsonString(out, e.pattern);
  Key(out, "where");
  AppendJsonString(out, e.rule_where);
  out += '}';
  Key(out, "sentence");
  AppendInt(out, e.sentence);
  AppendActor(out, "source", e.source);
  AppendActor(out, "target", e.target);
  Key(out, "verb");
  out += '{';
  AppendSpan(out, "span", e.verb_begin, e.verb_end);
  Key(out, "text");
  AppendJsonString(out, e.verb_text);
  out += "}}";
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
