#!/usr/bin/env bash
# Installs the Debian 12 packages of scripts/deps-debian.txt that are missing (as root; does
# nothing when all are there). Called by setup.sh, sanitize.sh and fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=$(grep -v '^#' scripts/deps-debian.txt | tr '\n' ' ')
missing=$(dpkg-query -W -f='${Package} ${Status}\n' $packages 2>/dev/null | grep -v 'install ok installed' | cut -d' ' -f1 || true)
for p in $packages; do dpkg-query -W "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "${missing// /}" ]; then
  echo "install-deps: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq $missing >/dev/null
fi
