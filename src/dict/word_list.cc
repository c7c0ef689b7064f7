#include "dict/word_list.h"

#include <algorithm>

#include "base/status.h"

namespace tacitus {

void WordList::Allocate(size_t n, size_t chars) {
  TACITUS_CHECK(n < (1u << 30) && chars < (1u << 31));
  const size_t words = BlockWords(n, chars);
  // Not value-initialized: the ends and characters are written next. The ids are cleared
  // and the last word zeroed, so that a copy never reads bytes nobody wrote.
  block_.reset(new uint32_t[words]);
  block_[0] = static_cast<uint32_t>(n);
  block_[1] = 0;
  std::fill_n(block_.get() + kHeader + n, n, 0u);
  block_[words - 1] = 0;
}

WordList::WordList(const WordList& other) { *this = other; }

WordList& WordList::operator=(const WordList& other) {
  if (this == &other) return *this;
  if (!other.block_) {
    block_.reset();
    return *this;
  }
  const size_t words = BlockWords(other.size(), other.CharCount());
  block_.reset(new uint32_t[words]);
  std::memcpy(block_.get(), other.block_.get(), words * sizeof(uint32_t));
  return *this;
}

void WordList::push_back(std::string_view word) {
  const size_t n = size(), chars = CharCount();
  std::unique_ptr<uint32_t[]> old = std::move(block_);
  Allocate(n + 1, chars + word.size());
  if (n != 0) {
    std::copy_n(old.get() + kHeader, n, block_.get() + kHeader);
    std::memcpy(Chars(static_cast<uint32_t>(n + 1)),
                reinterpret_cast<const char*>(old.get() + kHeader + 2 * n), chars);
  }
  std::memcpy(Chars(static_cast<uint32_t>(n + 1)) + chars, word.data(), word.size());
  block_[kHeader + n] = static_cast<uint32_t>(chars + word.size());
}

void WordList::SetIds(std::span<const uint32_t> ids) {
  TACITUS_CHECK(ids.size() == size());
  if (!block_) return;
  std::copy(ids.begin(), ids.end(), block_.get() + kHeader + block_[0]);
  block_[1] = 1;
}

bool operator==(const WordList& a, const WordList& b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n == 0) return true;
  // The ends and then the characters, which the last end counts.
  return std::equal(a.block_.get() + WordList::kHeader, a.block_.get() + WordList::kHeader + n,
                    b.block_.get() + WordList::kHeader) &&
         std::memcmp(a.Chars(static_cast<uint32_t>(n)), b.Chars(static_cast<uint32_t>(n)),
                     a.CharCount()) == 0;
}

}  // namespace tacitus
