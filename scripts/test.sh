#!/usr/bin/env bash
# The quick start's test command: set up, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh -DTACITUS_WERROR=ON
# The peers' suites (label `peers`) are below their 90% bar and run only on request:
#   ctest --test-dir build -L peers --output-on-failure
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE peers
