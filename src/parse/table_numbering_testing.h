// Test helper shared by word_cache_test.cc and tagger_test.cc: a WordNumbering by a table of
// words, as the coder's is by its dictionary (Dictionary::WordId): a word of the table has
// its number, any other kNoWordId. It counts its calls (not thread-safe, then).
//
//   TableNumbering numbering({{"talks", 1}, {"talk", 2}});
//   numbering.Number("talk") == 2, numbering.Number("gas") == kNoWordId
#ifndef TACITUS_PARSE_TABLE_NUMBERING_TESTING_H_
#define TACITUS_PARSE_TABLE_NUMBERING_TESTING_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "parse/word_numbering.h"
#include "text/token.h"

namespace tacitus {

class TableNumbering : public WordNumbering {
 public:
  using Table = std::map<std::string, uint32_t, std::less<>>;
  explicit TableNumbering(Table numbers) : numbers_(std::move(numbers)) {}
  uint32_t Number(std::string_view w) const override {
    ++calls_;
    auto it = numbers_.find(w);
    return it == numbers_.end() ? kNoWordId : it->second;
  }
  size_t calls() const { return calls_; }

 private:
  Table numbers_;
  mutable size_t calls_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_PARSE_TABLE_NUMBERING_TESTING_H_
