#!/usr/bin/env bash
# Installs what Tacitus needs on Debian 12 (as root) and builds it into build/.
# Usage: scripts/setup.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
packages=$(grep -v '^#' scripts/deps-debian.txt | tr '\n' ' ')
missing=$(dpkg-query -W -f='${Package} ${Status}\n' $packages 2>/dev/null | grep -v 'install ok installed' | cut -d' ' -f1 || true)
for p in $packages; do dpkg-query -W "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "${missing// /}" ]; then
  echo "setup: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq $missing >/dev/null
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build -j"$(nproc)"
