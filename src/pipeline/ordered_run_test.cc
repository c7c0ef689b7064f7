#include "pipeline/ordered_run.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace tacitus {
namespace {

// Work whose length varies with the item, so that later items often finish first.
void Spin(std::vector<int>& item) {
  int rounds = (item[0] * 7919) % 5000;
  volatile int sink = 0;
  for (int i = 0; i < rounds; ++i) sink = sink + i;
  item.push_back(item[0] * 2);
}

TEST(RunInOrderTest, WritesEveryItemOnceInReadingOrder) {
  for (int threads : {1, 2, 4}) {
    const int kItems = 2000;
    int next = 0;
    std::vector<int> written;
    RunInOrder<std::vector<int>>(
        threads, 8,
        [&](std::vector<int>* item) {
          if (next == kItems) return false;
          item->assign(1, next++);  // a reused item comes back with its old contents
          return true;
        },
        Spin,
        [&](std::vector<int>& item) {
          EXPECT_EQ(item.size(), 2u);
          EXPECT_EQ(item[1], item[0] * 2);
          written.push_back(item[0]);
          return true;
        });
    ASSERT_EQ(written.size(), static_cast<size_t>(kItems)) << threads;
    for (int i = 0; i < kItems; ++i) ASSERT_EQ(written[static_cast<size_t>(i)], i) << threads;
  }
}

TEST(RunInOrderTest, KeepsAtMostTheWindowReadAndNotWritten) {
  for (size_t window : {1u, 3u, 8u}) {
    int next = 0, outstanding = 0, most = 0;  // read under one lock, written under another
    std::mutex mu;
    RunInOrder<std::vector<int>>(
        3, window,
        [&](std::vector<int>* item) {
          if (next == 500) return false;
          item->assign(1, next++);
          std::lock_guard<std::mutex> lock(mu);
          most = std::max(most, ++outstanding);
          return true;
        },
        Spin,
        [&](std::vector<int>&) {
          std::lock_guard<std::mutex> lock(mu);
          --outstanding;
          return true;
        });
    EXPECT_LE(most, static_cast<int>(window));
    EXPECT_EQ(outstanding, 0);
  }
}

TEST(RunInOrderTest, StopsReadingAndWritingWhenAWriteFails) {
  for (int threads : {1, 2, 4}) {
    std::atomic<int> next{0};
    std::vector<int> written;
    RunInOrder<std::vector<int>>(
        threads, 4,
        [&](std::vector<int>* item) {
          item->assign(1, next++);  // an endless input: only the failed write ends the run
          return true;
        },
        Spin,
        [&](std::vector<int>& item) {
          if (item[0] == 100) return false;
          written.push_back(item[0]);
          return true;
        });
    ASSERT_EQ(written.size(), 100u) << threads;
    EXPECT_EQ(written.back(), 99);
    EXPECT_LE(next.load(), 100 + 4) << "read on past the window after the failed write";
  }
}

TEST(RunInOrderTest, WorksOnItemsSideBySide) {
  // Each item's work waits until two threads are working at once; run by one thread at a
  // time, it would give up after ten seconds and fail.
  std::mutex mu;
  std::condition_variable cv;
  int working = 0;
  bool met = false;
  std::set<std::thread::id> ids;
  int next = 0;
  RunInOrder<int>(
      2, 4,
      [&](int* item) {
        if (next == 2) return false;
        *item = next++;
        return true;
      },
      [&](int&) {
        std::unique_lock<std::mutex> lock(mu);
        ids.insert(std::this_thread::get_id());
        if (++working == 2) met = true;
        cv.notify_all();
        cv.wait_for(lock, std::chrono::seconds(10), [&] { return met; });
      },
      [](int&) { return true; });
  EXPECT_TRUE(met) << "the two items were not worked on at the same time";
  EXPECT_EQ(ids.size(), 2u);
}

TEST(RunInOrderTest, AnEmptyInputWritesNothing) {
  int writes = 0;
  RunInOrder<int>(
      2, 4, [](int*) { return false; }, [](int&) {},
      [&](int&) {
        ++writes;
        return true;
      });
  EXPECT_EQ(writes, 0);
}

}  // namespace
}  // namespace tacitus
