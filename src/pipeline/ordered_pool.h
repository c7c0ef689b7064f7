// OrderedPool<T>: applies one function to the items handed to it, on a fixed set of worker
// threads and on the owner's thread while it waits for a result, and gives the items back
// in the order they were handed in, whatever order they were finished in.
//
//   OrderedPool<Batch> pool(1, [&](Batch& b) { CodeAll(b); });  // one worker + the owner
//   pool.Submit(std::move(first));  pool.Submit(std::move(second));
//   Batch b;  pool.Next(&b);        // `first`, coded, even if `second` finished earlier
//
// The threads start once and live until the pool is destroyed, so a stream of many small
// batches costs no thread creation. Submit() never blocks; the caller bounds memory by
// keeping at most so many items pending (pending()), taking the oldest with Next() before
// submitting more. Next() does not sleep while an item is waiting to be started: the owner
// works on it itself, so `workers` threads and the owner keep workers + 1 cores busy, and an
// owner that also reads input and writes output (the code command) needs no core of its
// own. With no workers at all Next() does every item itself. Submit, Next and pending must
// be called from one thread (the owner); `work` runs on the workers and the owner,
// concurrently for different items, and must not throw. The destructor finishes the items
// being worked on, drops those not started, and joins.
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
  OrderedPool(int workers, std::function<void(T&)> work) : work_(std::move(work)) {
    if (workers < 0) workers = 0;
    workers_.reserve(static_cast<size_t>(workers));
    for (int i = 0; i < workers; ++i) workers_.emplace_back([this] { Work(); });
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

  // Waits until the oldest pending item is done and moves it to *out, working meanwhile on
  // the oldest item not yet started, if any. Returns false, without waiting, when nothing
  // is pending.
  bool Next(T* out) {
    std::unique_lock<std::mutex> lock(mu_);
    if (slots_.empty()) return false;
    while (!slots_.front().done) {
      if (started_ < slots_.size()) {
        RunOne(lock);
      } else {
        done_cv_.wait(lock);
      }
    }
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

  // Takes the oldest slot not started, works on it without the lock, and marks it done.
  // `lock` holds mu_ on entry and on return.
  void RunOne(std::unique_lock<std::mutex>& lock) {
    // A deque keeps references to its elements valid across push_back and pop_front, and
    // the owner pops a slot only once it is done.
    Slot* slot = &slots_[started_++];
    lock.unlock();
    work_(slot->item);
    lock.lock();
    slot->done = true;
  }

  void Work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_cv_.wait(lock, [this] { return closing_ || started_ < slots_.size(); });
      if (closing_) return;
      RunOne(lock);
      // The owner waits only for the oldest slot; it works on any other it finds.
      done_cv_.notify_one();
    }
  }

  const std::function<void(T&)> work_;
  mutable std::mutex mu_;
  std::condition_variable work_cv_;  // an item was submitted, or the pool is closing
  std::condition_variable done_cv_;  // an item is done
  std::deque<Slot> slots_;           // pending items, oldest first
  size_t started_ = 0;               // slots_[0, started_) are taken by workers or the owner
  bool closing_ = false;
  std::vector<std::thread> workers_;  // last: started after everything they use
};

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_ORDERED_POOL_H_
