// WordList: a short list of words, such as a pattern element's alternatives, kept in one
// heap block with room for each word's id; a pointer in size, and no allocation when empty.
//
//   WordList w = {"meet", "met"};   -> w.size() == 2, w[1] == "met", w.ids() empty
//   w.SetIds(ids);                  -> w.ids() == ids (one per word, in order)
//
// A pattern element was a std::vector<std::string> and a std::vector<uint32_t> of ids: two
// blocks and 48 bytes in the element, and a 32-byte std::string for every word. The built-in
// dictionaries hold some 30,000 elements, read at every start, where fresh heap pages cost
// more than anything else (doc/benchmarks.md, tenth round).
//
// Words are read as std::string_view, valid until the list changes. Adding a word forgets the
// ids (they are Dictionary::Finish()'s, and a changed list needs it again). Copies are deep.
// Not thread-safe to change; safe to read from several threads.
#ifndef TACITUS_DICT_WORD_LIST_H_
#define TACITUS_DICT_WORD_LIST_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {

class WordList {
 public:
  // Reads the words as std::string_view.
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    Iterator() = default;
    Iterator(const WordList* list, size_t i) : list_(list), i_(i) {}
    std::string_view operator*() const { return (*list_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const Iterator& o) const { return i_ == o.i_; }

   private:
    const WordList* list_ = nullptr;
    size_t i_ = 0;
  };

  using value_type = std::string_view;
  using iterator = Iterator;
  using const_iterator = Iterator;

  WordList() = default;
  WordList(std::initializer_list<std::string_view> words) { Assign(words.begin(), words.end()); }
  // Implicit: the loaders build their lists as vectors.
  WordList(const std::vector<std::string>& words) {  // NOLINT(google-explicit-constructor)
    Assign(words.begin(), words.end());
  }
  WordList(const WordList& other);
  WordList(WordList&& other) noexcept = default;
  WordList& operator=(const WordList& other);
  WordList& operator=(WordList&& other) noexcept = default;
  WordList& operator=(std::initializer_list<std::string_view> words) {
    Assign(words.begin(), words.end());
    return *this;
  }

  // Replaces the words (and forgets the ids) with those of [first, last), anything that
  // converts to std::string_view.
  template <typename It>
  void Assign(It first, It last);
  // Replaces the words (and forgets the ids) with n words of `chars` bytes in all, which
  // fill(ends, out) writes: word i's end (the bytes of words 0..i) into ends[i], every
  // word's bytes one after the other into out. For readers of other layouts (the start-up
  // cache), without a list of views first.
  template <typename Fill>
  void Build(size_t n, size_t chars, Fill fill);

  size_t size() const { return block_ ? block_[0] : 0; }
  bool empty() const { return block_ == nullptr; }
  std::string_view operator[](size_t i) const {
    const uint32_t n = block_[0];
    const uint32_t begin = i == 0 ? 0 : block_[kHeader + i - 1];
    return std::string_view(Chars(n) + begin, block_[kHeader + i] - begin);
  }
  std::string_view front() const { return (*this)[0]; }
  std::string_view back() const { return (*this)[size() - 1]; }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

  void push_back(std::string_view word);
  void clear() { block_.reset(); }

  // The words' ids as SetIds gave them, one per word; empty when none were given since the
  // words last changed.
  std::span<const uint32_t> ids() const {
    if (!block_ || block_[1] == 0) return {};
    return {block_.get() + kHeader + block_[0], block_[0]};
  }
  // `ids` must have one id per word.
  void SetIds(std::span<const uint32_t> ids);
  void ClearIds() {
    if (block_) block_[1] = 0;
  }

  // The same words in the same order (ids are not compared).
  friend bool operator==(const WordList& a, const WordList& b);

 private:
  // block_: [0] the number of words n; [1] whether the ids are set; then n word ends (byte
  // offsets into the characters, cumulative), n ids, and the characters.
  static constexpr size_t kHeader = 2;
  static size_t BlockWords(size_t n, size_t chars) { return kHeader + 2 * n + (chars + 3) / 4; }
  size_t CharCount() const { return block_ ? block_[kHeader + block_[0] - 1] : 0; }
  const char* Chars(uint32_t n) const {
    return reinterpret_cast<const char*>(block_.get() + kHeader + 2 * n);
  }
  char* Chars(uint32_t n) { return reinterpret_cast<char*>(block_.get() + kHeader + 2 * n); }
  // A block for n > 0 words of `chars` bytes in all, its header set and ids cleared.
  void Allocate(size_t n, size_t chars);

  std::unique_ptr<uint32_t[]> block_;
};

template <typename Fill>
void WordList::Build(size_t n, size_t chars, Fill fill) {
  if (n == 0) {
    block_.reset();
    return;
  }
  Allocate(n, chars);
  fill(block_.get() + kHeader, Chars(static_cast<uint32_t>(n)));
}

template <typename It>
void WordList::Assign(It first, It last) {
  size_t n = 0, chars = 0;
  for (It it = first; it != last; ++it) {
    ++n;
    chars += std::string_view(*it).size();
  }
  Build(n, chars, [&](uint32_t* ends, char* out) {
    uint32_t end = 0;
    for (It it = first; it != last; ++it) {
      const std::string_view w(*it);
      std::memcpy(out + end, w.data(), w.size());
      end += static_cast<uint32_t>(w.size());
      *ends++ = end;
    }
  });
}

}  // namespace tacitus

#endif  // TACITUS_DICT_WORD_LIST_H_
