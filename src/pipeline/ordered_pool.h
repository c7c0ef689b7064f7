// OrderedPool<T>: a fixed set of worker threads that apply one function to the items
// handed to them, and give the items back in the order they were handed in, whatever
// order the workers finish them in.
//
//   OrderedPool<Batch> pool(2, [&](Batch& b) { CodeAll(b); });
//   pool.Submit(std::move(first));  pool.Submit(std::move(second));
//   Batch b;  pool.Next(&b);        // `first`, coded, even if `second` finished earlier
//
// The threads start once and live until the pool is destroyed, so a stream of many small
// batches costs no thread creation. Submit() never blocks; the caller bounds memory by
// keeping at most so many items pending (pending()), taking the oldest with Next() before
// submitting more. Submit, Next and pending must be called from one thread (the owner);
// `work` runs on the workers, concurrently for different items, and must not throw. The
// destructor finishes the items being worked on, drops those not started, and joins.
#ifndef TACITUS_PIPELINE_ORDERED_POOL_H_
#define TACITUS_PIPELINE_ORDERED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace tacitus {

template <typename T>
class OrderedPool {
 public:
  OrderedPool(int threads, std::function<void(T&)> work) : work_(std::move(work)) {
    if (threads < 1) threads = 1;
    workers_.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  void Submit(T item) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      slots_.push_back(Slot{std::move(item), false});
    }
    work_cv_.notify_one();
  }

  // Items submitted and not yet taken back by Next().
  size_t pending() const {
    std::lock_guard<std::mutex> lock(mu_);
    return slots_.size();
  }

  // Waits until the oldest pending item is done and moves it to *out. Returns false,
  // without waiting, when nothing is pending.
  bool Next(T* out) {
    std::unique_lock<std::mutex> lock(mu_);
    if (slots_.empty()) return false;
    done_cv_.wait(lock, [this] { return slots_.front().done; });
    *out = std::move(slots_.front().item);
    slots_.pop_front();
    --started_;
    return true;
  }

 private:
  struct Slot {
    T item;
    bool done;
  };

  void Work() {
    for (;;) {
      Slot* slot;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return closing_ || started_ < slots_.size(); });
        if (closing_) return;
        // A deque keeps references to its elements valid across push_back and pop_front,
        // and the owner pops a slot only once it is done.
        slot = &slots_[started_++];
      }
      work_(slot->item);
      {
        std::lock_guard<std::mutex> lock(mu_);
        slot->done = true;
      }
      done_cv_.notify_one();
    }
  }

  const std::function<void(T&)> work_;
  mutable std::mutex mu_;
  std::condition_variable work_cv_;  // an item was submitted, or the pool is closing
  std::condition_variable done_cv_;  // an item is done
  std::deque<Slot> slots_;           // pending items, oldest first
  size_t started_ = 0;               // slots_[0, started_) are taken by workers
  bool closing_ = false;
  std::vector<std::thread> workers_;  // last: started after everything they use
};

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_ORDERED_POOL_H_
