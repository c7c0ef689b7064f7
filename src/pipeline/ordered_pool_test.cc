#include "pipeline/ordered_pool.h"

#include <gtest/gtest.h>

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

TEST(OrderedPoolTest, RunsTheWorkOffTheOwnersThread) {
  std::mutex mu;
  std::set<std::thread::id> ids;
  OrderedPool<int> pool(2, [&](int&) {
    std::lock_guard<std::mutex> lock(mu);
    ids.insert(std::this_thread::get_id());
  });
  pool.Submit(0);
  int item;
  ASSERT_TRUE(pool.Next(&item));
  EXPECT_EQ(ids.count(std::this_thread::get_id()), 0u) << "work ran on the owner's thread";
}

}  // namespace
}  // namespace tacitus
