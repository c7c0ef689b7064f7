// RunInOrder: several threads read items from one source, work on them side by side, and
// write them in the order they were read, whatever order they finish in.
//
//   RunInOrder<Batch>(2, 8,
//       [&](Batch* b) { return ReadBatch(b); },   // false: the input has ended
//       [&](Batch& b) { CodeAll(b); },            // side by side, on different items
//       [&](Batch& b) { return WriteAll(b); });   // in reading order; false: stop
//
// Every thread, the caller's too, takes turns at `read`, runs `work` on what it read, and,
// when it has finished the oldest item not yet written, writes that item and every
// finished one after it. No thread sits between reading and writing, so none sleeps and
// wakes once an item, and a thread that gets less of a core (another busy process beside
// it) takes fewer items. At most `window` items are read and not yet written at once: a
// thread does not read while the window is full, which bounds memory.
//
// `read` runs on one thread at a time and `write` on one thread at a time, each under a
// lock of its own; `read` may take a lock that `write` also takes (to flush what was
// written, say) but must not wait for some item to be written. `work` runs concurrently on
// different items. None of the three may throw.
// `read` is given an item already written (or a new one) to fill, so an item's buffers can
// be reused. After `write` returns false, or `read` does, nothing more is read; items read
// before a failed `write` are not written. Returns when every thread has stopped. When the
// system cannot start as many threads as asked, the run goes on with those it could.
#ifndef TACITUS_PIPELINE_ORDERED_RUN_H_
#define TACITUS_PIPELINE_ORDERED_RUN_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace tacitus {

template <typename T>
void RunInOrder(int threads, size_t window, const std::function<bool(T*)>& read,
                const std::function<void(T&)>& work, const std::function<bool(T&)>& write) {
  struct Slot {
    T item;
    bool done = false;
  };
  if (window < 1) window = 1;
  std::mutex read_mu;                 // held while reading
  std::mutex window_mu;               // guards all below, and is held while writing
  std::condition_variable window_cv;  // the window lost its oldest item, or the run stopped
  std::deque<Slot> slots;             // read and not yet written, oldest first; a deque keeps
                                      // references valid across push_back and pop_front
  std::vector<T> spare;               // written items, to be read into again
  bool input_ended = false;           // read returned false
  bool stopped = false;               // write returned false
  auto run = [&] {
    for (;;) {
      Slot* slot;
      {
        std::lock_guard<std::mutex> reading(read_mu);
        T item{};
        {
          std::unique_lock<std::mutex> lock(window_mu);
          window_cv.wait(lock, [&] { return input_ended || stopped || slots.size() < window; });
          if (input_ended || stopped) return;
          if (!spare.empty()) {
            item = std::move(spare.back());
            spare.pop_back();
          }
        }
        const bool got = read(&item);
        std::lock_guard<std::mutex> lock(window_mu);
        if (!got) {
          input_ended = true;  // the items in the window are written by those working on them
          window_cv.notify_all();
          return;
        }
        slot = &slots.emplace_back(Slot{std::move(item), false});
      }
      work(slot->item);
      std::lock_guard<std::mutex> lock(window_mu);
      slot->done = true;
      const size_t before = slots.size();
      while (!stopped && !slots.empty() && slots.front().done) {
        if (!write(slots.front().item)) {
          stopped = true;
          break;
        }
        spare.push_back(std::move(slots.front().item));
        slots.pop_front();
      }
      if (stopped || slots.size() < before) window_cv.notify_all();
    }
  };
  std::vector<std::thread> others;
  for (int i = 1; i < threads; ++i) {
    try {
      others.emplace_back(run);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the ones started share the work
    }
  }
  run();
  for (std::thread& t : others) t.join();
}

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_ORDERED_RUN_H_
