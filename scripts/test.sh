#!/usr/bin/env bash
# The quick start's test command: set up, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh -DTACITUS_WERROR=ON
# Every test, the peers' suites (label `peers`, each failing below its 90% bar) included; they
# skip with a message when ../shared is absent.
ctest --test-dir build --output-on-failure -j"$(nproc)"
