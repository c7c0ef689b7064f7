#!/usr/bin/env bash
# The sanitizer test run: builds every target but the benchmarks with ASan and UBSan into
# build-asan/ and runs the test suite there, as scripts/test.sh does (the peers' suites, label
# `peers`, included). Any sanitizer report fails the run (UBSan does not
# recover, ASan aborts on the first error, LeakSanitizer reports at exit).
# Usage: scripts/sanitize.sh [extra cmake args]   (CXX=clang++ to use clang instead of gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${TACITUS_ASAN_BUILD:-build-asan}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="${CXX:-g++}" \
  -DTACITUS_SANITIZE=ON -DTACITUS_BENCH=OFF "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
