// Small string helpers shared by the dictionary readers (loader.cc for Tacitus's own
// format, tabari_reader.cc and petrarch_reader.cc for the peers'): ASCII trimming and case
// mapping, and the line loop that numbers lines as an editor does.
//
//   ForEachLine("a\r\nb", f)  calls f("a", 1), f("b", 2)
//   Trim("  x y \t") == "x y"     Upper("ask_for") == "ASK_FOR"
//   StemList{"goat", "evil_"}.Has("goats") == true, .Has("evils") == false
//
// Case mapping and trimming are ASCII only (dictionary keywords, codes and peer words);
// bytes above 0x7F pass through unchanged. Pure functions; thread-safe.
#ifndef TACITUS_DICT_DICT_TEXT_H_
#define TACITUS_DICT_DICT_TEXT_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

namespace tacitus {

// s without leading and trailing ASCII white space.
std::string_view Trim(std::string_view s);

std::string Upper(std::string_view s);
std::string Lower(std::string_view s);

bool StartsWith(std::string_view s, std::string_view prefix);

// The last character, where a caret shows something missing at the end of a line.
std::string_view Last(std::string_view s);

// A load error as ninja writes one: "file:12: message", then the line and a caret under
// `at`, a view into `line` (column 0 if it is not one), each indented four spaces.
std::string LineError(std::string_view file_name, uint32_t line_no, std::string_view line,
                      std::string_view at, std::string_view message);

// Peer words as TABARI writes them in lists: a word with a final `_` is that whole word, any
// other is a stem that every word beginning with it matches. Has() costs a hash look-up per
// stem length in the list, not a scan of the list.
class StemList {
 public:
  StemList() = default;
  StemList(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Add(std::string(w));
  }
  // Adds a lowercase word as written; an empty word or a lone `_` is ignored.
  void Add(std::string word);
  // Whether the lowercase word `lower` is a listed whole word or begins with a listed stem.
  bool Has(std::string_view lower) const;
  // The words as added, in order.
  const std::vector<std::string>& words() const { return words_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::vector<std::string> words_;
  Set whole_, stems_;
  std::vector<size_t> stem_lengths_;  // ascending, each once
};

// Calls f(line, line_no) for each line of text, numbered from 1, without its '\n' and
// without one '\r' before it. A final line without '\n' counts; an empty text has no lines.
// If f returns bool, false stops the loop.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if constexpr (std::is_same_v<std::invoke_result_t<F&, std::string_view, uint32_t>, bool>) {
      if (!f(line, line_no)) break;
    } else {
      f(line, line_no);
    }
  }
}

}  // namespace tacitus

#endif  // TACITUS_DICT_DICT_TEXT_H_
