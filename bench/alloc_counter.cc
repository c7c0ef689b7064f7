// The replaceable global allocation functions, counting per thread. A thread_local
// counter costs no synchronization, so the 2-thread coder benchmark is not slowed by it.
#include "bench/alloc_counter.h"

#include <cstdlib>
#include <new>

namespace tacitus::bench {
namespace {
thread_local uint64_t allocations = 0;
}  // namespace

uint64_t ThreadAllocations() { return allocations; }

}  // namespace tacitus::bench

void* operator new(std::size_t size) {
  ++tacitus::bench::allocations;
  if (size == 0) size = 1;
  if (void* p = std::malloc(size)) return p;
  throw std::bad_alloc();
}

void* operator new[](std::size_t size) { return ::operator new(size); }

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
