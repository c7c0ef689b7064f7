// JsonPreview walks the value with its own stack (dump() recurses once per level) and
// writes at most limit + 1 bytes of any string, so its cost is bounded by the limit, not
// by the value.
#include "base/json_message.h"

#include <string_view>
#include <utility>
#include <vector>

namespace tacitus {

using nlohmann::json;

namespace {

// The largest cut <= n that does not split a UTF-8 sequence of s.
size_t Utf8Boundary(std::string_view s, size_t n) {
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

std::string TruncateUtf8(std::string s, size_t n) {
  if (s.size() <= n) return s;
  s.resize(Utf8Boundary(s, n));
  return s + "...";
}

std::string JsonPreview(const json& value, size_t limit) {
  auto write_string = [limit](const std::string& s, std::string* out) {
    *out += json(s.substr(0, limit + 1)).dump(-1, ' ', false, json::error_handler_t::replace);
  };
  struct Level {
    const json* container;
    json::const_iterator next;
  };
  std::string out;
  std::vector<Level> stack;
  const json* v = &value;
  while (out.size() <= limit) {
    if (v != nullptr) {
      if (v->is_structured()) {
        out += v->is_array() ? '[' : '{';
        stack.push_back({v, v->cbegin()});
      } else if (v->is_string()) {
        write_string(v->get_ref<const std::string&>(), &out);
      } else {
        out += v->dump();
      }
      v = nullptr;
    }
    if (stack.empty()) break;
    Level& top = stack.back();
    if (top.next == top.container->cend()) {
      out += top.container->is_array() ? ']' : '}';
      stack.pop_back();
      continue;
    }
    if (top.next != top.container->cbegin()) out += ',';
    if (top.container->is_object()) {
      write_string(top.next.key(), &out);
      out += ':';
    }
    v = &*top.next;
    ++top.next;
  }
  return out;
}

std::string QuoteJson(const json& value) {
  return TruncateUtf8(JsonPreview(value, kMaxQuotedJson), kMaxQuotedJson);
}

// nlohmann says "[json.exception.parse_error.101] parse error at line 1, column 21: syntax
// error while parsing value - unexpected '}'; expected '[', '{', or a literal". The line is
// known to the caller, so this keeps "malformed JSON at column 21: unexpected '}'; expected
// ...", and cuts the "last read: '...'" echo, which can be a whole long string.
std::string ShortenJsonError(const std::string& what, size_t max_message) {
  std::string s = what;
  if (s.rfind("[json.exception.", 0) == 0) {
    const size_t close = s.find("] ");
    if (close != std::string::npos) s.erase(0, close + 2);
  }
  std::string where;
  const std::string at_line = "parse error at line 1, ";
  if (s.rfind(at_line, 0) == 0) {
    s.erase(0, at_line.size());
    const size_t colon = s.find(": ");
    if (colon != std::string::npos) {
      where = " at " + s.substr(0, colon);  // "column 21"
      s.erase(0, colon + 2);
    }
  }
  if (s.rfind("syntax error while parsing ", 0) == 0) {
    const size_t dash = s.find(" - ");
    if (dash != std::string::npos) s.erase(0, dash + 3);
  }
  const std::string last_read = "last read: '";
  const size_t lr = s.find(last_read);
  if (lr != std::string::npos) {
    const size_t begin = lr + last_read.size();
    // The echo may itself hold quotes; it ends before "; expected ..." or at the last quote.
    size_t end = s.rfind("'; expected ");
    if (end == std::string::npos || end < begin) end = s.rfind('\'');
    if (end != std::string::npos && end >= begin && end - begin > kMaxQuotedJson) {
      const size_t cut = begin + Utf8Boundary(std::string_view(s).substr(begin), kMaxQuotedJson);
      s.replace(cut, end - cut, "...");
    }
  }
  return "malformed JSON" + where + ": " + TruncateUtf8(std::move(s), max_message);
}

}  // namespace tacitus
