// ParallelFor: runs f(0) ... f(n-1) on `threads` threads (the caller's among them) and
// returns when all are done. Items are handed out one at a time from an atomic counter,
// so uneven work balances itself. With threads <= 1 it is a plain loop. f must be safe
// to call concurrently for different indices.
#ifndef TACITUS_PIPELINE_PARALLEL_H_
#define TACITUS_PIPELINE_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace tacitus {

inline void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& f) {
  if (threads <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) f(i);
  };
  std::vector<std::thread> pool;
  size_t extra = std::min<size_t>(static_cast<size_t>(threads) - 1, n - 1);
  pool.reserve(extra);
  for (size_t t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_PARALLEL_H_
