#!/usr/bin/env bash
# The quick start's main job: set up, build, code the bundled example articles and show
# the events.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/tacitus code --stats examples/articles.jsonl | tee build/examples.events.jsonl |
  python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    print(f"{e[\"article\"]:<24} {e[\"date\"]}  {e[\"source\"][\"code\"]:<10} {e[\"target\"][\"code\"]:<10} {e[\"code\"]:<5} {e[\"verb\"][\"text\"]:<12} {e[\"rule\"][\"where\"]}")
'
