#include "pipeline/ordered_pool.h"

#include <gtest/gtest.h>

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

TEST(OrderedPoolTest, GivesItemsBackInSubmissionOrder) {
  for (int workers : {0, 1, 2, 4}) {
    OrderedPool<std::vector<int>> pool(workers, Spin);
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
    for (int i = 0; i < kItems; ++i) ASSERT_EQ(seen[static_cast<size_t>(i)], i) << workers;
    EXPECT_FALSE(pool.Next(&item));
  }
}

TEST(OrderedPoolTest, WorkersTakeItemsWithoutTheOwner) {
  std::mutex mu;
  std::condition_variable cv;
  bool ran = false;
  std::thread::id ran_on;
  OrderedPool<int> pool(2, [&](int&) {
    std::lock_guard<std::mutex> lock(mu);
    ran = true;
    ran_on = std::this_thread::get_id();
    cv.notify_all();
  });
  pool.Submit(0);
  {
    // The owner is not in Next(), so only a worker can run the item.
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return ran; }));
  }
  int item;
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_NE(ran_on, std::this_thread::get_id());
}

TEST(OrderedPoolTest, OwnerWorksOnANewerItemWhileTheOldestIsNotDone) {
  // Item 0 holds the only worker until item 1 is done, so only the owner can do item 1,
  // from Next() while it waits for item 0.
  std::mutex mu;
  std::condition_variable cv;
  bool first_started = false, second_done = false;
  std::thread::id second_ran_on;
  OrderedPool<int> pool(1, [&](int& item) {
    std::unique_lock<std::mutex> lock(mu);
    if (item == 0) {
      first_started = true;
      cv.notify_all();
      // Bounded, so that a regression fails instead of hanging.
      EXPECT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return second_done; }));
    } else {
      second_done = true;
      second_ran_on = std::this_thread::get_id();
      cv.notify_all();
    }
    item += 100;
  });
  pool.Submit(0);
  {
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return first_started; }));
  }
  pool.Submit(1);
  int item = -1;
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(item, 100);
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(item, 101);
  EXPECT_EQ(second_ran_on, std::this_thread::get_id());
  EXPECT_FALSE(pool.Next(&item));
}

}  // namespace
}  // namespace tacitus
