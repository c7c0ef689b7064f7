#include "pipeline/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
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

TEST(OrderedPoolTest, GivesItemsBackInSubmissionOrder) {
  for (int threads : {1, 2, 4}) {
    OrderedPool<std::vector<int>> pool(threads, Spin);
    std::vector<int> seen;
    int next = 0;
    const int kItems = 2000;
    std::vector<int> item;
    while (next < kItems || pool.pending() > 0) {
      // Keep up to 8 pending, as the code command does.
      while (next < kItems && pool.pending() < 8) pool.Submit({next++});
      ASSERT_TRUE(pool.Next(&item));
      ASSERT_EQ(item.size(), 2u);
      EXPECT_EQ(item[1], item[0] * 2);
      seen.push_back(item[0]);
    }
    ASSERT_EQ(seen.size(), static_cast<size_t>(kItems));
    for (int i = 0; i < kItems; ++i) ASSERT_EQ(seen[static_cast<size_t>(i)], i) << threads;
    EXPECT_FALSE(pool.Next(&item));
  }
}

TEST(OrderedPoolTest, WorkersDoTheWorkWhileTheOwnerSubmits) {
  std::mutex mu;
  std::set<std::thread::id> ids;
  OrderedPool<int> pool(2, [&](int&) {
    std::lock_guard<std::mutex> lock(mu);
    ids.insert(std::this_thread::get_id());
  });
  pool.Submit(0);
  // Wait for a worker to take the item before asking for it back, so that the owner
  // finds nothing left to start.
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (!ids.empty()) break;
    }
    std::this_thread::yield();
  }
  int item;
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(ids.count(std::this_thread::get_id()), 0u) << "work ran on the owner's thread";
}

TEST(OrderedPoolTest, WithoutWorkersTheOwnerDoesTheWork) {
  std::vector<std::thread::id> ids;
  OrderedPool<int> pool(0, [&](int& i) {
    ids.push_back(std::this_thread::get_id());
    i *= 3;
  });
  for (int i = 1; i <= 5; ++i) pool.Submit(i);
  int item;
  for (int i = 1; i <= 5; ++i) {
    ASSERT_TRUE(pool.Next(&item));
    EXPECT_EQ(item, 3 * i);
  }
  EXPECT_FALSE(pool.Next(&item));
  ASSERT_EQ(ids.size(), 5u);
  for (const std::thread::id& id : ids) EXPECT_EQ(id, std::this_thread::get_id());
}

// The first item cannot finish until the second has been worked on. The one worker
// takes the first, so the second is done only if the owner works on it while waiting
// in Next(): an owner that only waited would never see the first item done.
TEST(OrderedPoolTest, TheOwnerWorksOnLaterItemsWhileTheOldestIsUnfinished) {
  std::promise<void> second_done;
  std::shared_future<void> second_done_seen = second_done.get_future().share();
  std::atomic<bool> first_started{false}, first_released{false};
  std::thread::id second_ran_on;
  OrderedPool<int> pool(1, [&](int& i) {
    if (i == 1) {
      first_started = true;
      first_released = second_done_seen.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    } else {
      second_ran_on = std::this_thread::get_id();
      second_done.set_value();
    }
  });
  pool.Submit(1);
  // Let the worker take the first item before the second is submitted.
  while (!first_started) std::this_thread::yield();
  pool.Submit(2);
  int item;
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(item, 1);
  EXPECT_TRUE(first_released) << "the owner did not work on the second item while waiting";
  EXPECT_EQ(second_ran_on, std::this_thread::get_id());
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(item, 2);
}

}  // namespace
}  // namespace tacitus
