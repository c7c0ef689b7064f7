#include "dict/dict_text.h"

#include <algorithm>

#include "base/ascii.h"

namespace tacitus {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiUpper(c);
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string_view Last(std::string_view s) { return s.empty() ? s : s.substr(s.size() - 1); }

std::string LineError(std::string_view file_name, uint32_t line_no, std::string_view line,
                      std::string_view at, std::string_view message) {
  size_t col = 0;
  if (at.data() >= line.data() && at.data() <= line.data() + line.size())
    col = static_cast<size_t>(at.data() - line.data());
  std::string out(file_name);
  out += ":" + std::to_string(line_no) + ": ";
  out += message;
  out += "\n    ";
  out += line;
  out += "\n    " + std::string(col, ' ') + "^";
  return out;
}

void StemList::Add(std::string word) {
  if (word.empty() || word == "_") return;
  words_.push_back(word);
  if (word.back() == '_') {
    word.pop_back();
    whole_.insert(std::move(word));
    return;
  }
  auto at = std::lower_bound(stem_lengths_.begin(), stem_lengths_.end(), word.size());
  if (at == stem_lengths_.end() || *at != word.size()) stem_lengths_.insert(at, word.size());
  stems_.insert(std::move(word));
}

bool StemList::Has(std::string_view lower) const {
  if (whole_.count(lower) > 0) return true;
  for (size_t n : stem_lengths_) {
    if (n > lower.size()) break;
    if (stems_.count(lower.substr(0, n)) > 0) return true;
  }
  return false;
}

}  // namespace tacitus
