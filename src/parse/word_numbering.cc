#include "parse/word_numbering.h"

#include <atomic>

namespace tacitus {

WordNumbering::WordNumbering() {
  static std::atomic<uint32_t> next_serial{1};
  serial_ = next_serial.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace tacitus
