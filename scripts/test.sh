#!/usr/bin/env bash
# The quick start's test command: set up, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh -DTACITUS_WERROR=ON
ctest --test-dir build --output-on-failure -j"$(nproc)"
