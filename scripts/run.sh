#!/usr/bin/env bash
# The quick start's main job: set up, build, code the bundled example articles and show
# the events (all of them, as JSONL, in build/examples.events.jsonl).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/tacitus code --stats examples/articles.jsonl | tee build/examples.events.jsonl |
  python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    row = (e["article"], e["date"], e["source"]["code"], e["target"]["code"], e["code"],
           e["verb"]["text"], e["rule"]["where"])
    print("{:<24} {}  {:<10} {:<10} {:<5} {:<12} {}".format(*row))
'
