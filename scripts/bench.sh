#!/usr/bin/env bash
# Whole-process benchmark of `tacitus code` (issue 5; doc/benchmarks.md explains the figures).
#
#   scripts/bench.sh                       # build build-bench (Release), build the corpus, time
#   RUNS=9 scripts/bench.sh                # more runs per figure (median quoted)
#   TABARI_CMD='...' PETRARCH_CMD='...' scripts/bench.sh   # time other coders on the same text
#   PGO=1 scripts/bench.sh                 # profile-guided build (below), then time it
#
# The corpus is built at run time in a temporary directory from ../shared (never copied into
# the project): the 76 <Sentence> records of PETRARCH-2's GigaWord sample replicated to
# 50,008 records (GIGAWORD_COPIES=658), as JSONL articles of 10 records each dated as in the
# sample, plus the gold dev texts replicated GOLD_COPIES times (default 100). Each figure is
# the median of RUNS runs (default 5) after one warm-up run: peak resident memory and CPU time
# from GNU time (/usr/bin/time -v), wall clock from bash 5's $EPOCHREALTIME around it (GNU
# time's own is in centiseconds). Start-up is coding an empty input.
#
# Other coders: TABARI_CMD and PETRARCH_CMD are shell commands run with `sh -c` in the corpus
# directory, with these variables exported: GIGAWORD_JSONL, GIGAWORD_XML (PETRARCH-2's
# <Sentences> format, the sample's parses kept), GIGAWORD_TABARI (TABARI's text records:
# "YYMMDD id" line, sentence, blank line) and GIGAWORD_RECORDS. They are compared with
# Tacitus coding gigaword.jsonl, the same 50,008 records without the gold texts.
#
# PGO=1 builds in two stages (GCC): an instrumented binary in BUILD_DIR-gen
# (-DTACITUS_PGO=generate) codes bench/training/training.jsonl, which is not the benchmark
# text, with one thread and with two; then BUILD_DIR (default build-pgo) is rebuilt from
# scratch with -DTACITUS_PGO=use and that profile, and measured as usual.
#
# Environment: RUNS, GIGAWORD_COPIES, GOLD_COPIES, TACITUS_SHARED_DIR (default ../shared),
# BUILD_DIR (default build-bench, build-pgo with PGO=1), SKIP_BUILD=1 to use the existing
# binary, KEEP=1 to keep the temporary directory, PGO=1. Needs cmake, g++, python3 and GNU
# time (Debian's `time` package).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C  # '.' decimals for $EPOCHREALTIME, awk and sort -g

RUNS=${RUNS:-5}
GIGAWORD_COPIES=${GIGAWORD_COPIES:-658}
GOLD_COPIES=${GOLD_COPIES:-100}
SHARED=${TACITUS_SHARED_DIR:-../shared}
PGO=${PGO:-0}
if [ "$PGO" = 1 ]; then BUILD_DIR=${BUILD_DIR:-build-pgo}; else BUILD_DIR=${BUILD_DIR:-build-bench}; fi
TIME=/usr/bin/time

die() { echo "bench.sh: $*" >&2; exit 2; }

[ -x "$TIME" ] && "$TIME" -v true >/dev/null 2>&1 ||
  die "$TIME (GNU time) is missing: install Debian's package with 'apt-get install time'"
command -v python3 >/dev/null || die "python3 is missing: apt-get install python3"
GIGAWORD_SRC=$SHARED/peers/petrarch2/GigaWord.sample.PETR.xml
GOLD_SRC=$SHARED/gold/dev.jsonl
[ -r "$GIGAWORD_SRC" ] ||
  die "skipped: cannot read $GIGAWORD_SRC (set TACITUS_SHARED_DIR to the shared folder)"
[ -r "$GOLD_SRC" ] || { echo "bench.sh: no $GOLD_SRC: the corpus has no gold texts" >&2; GOLD_COPIES=0; }

# pgo_train: builds the instrumented binary in BUILD_DIR-gen and runs it on the training
# corpus; its profile is left in BUILD_DIR-gen/pgo-profile. The start-up cache is built by a
# first run on empty input whose counts are then thrown away, so the profile has the
# ordinary start-up (cache loaded) and no cache building.
pgo_train() {
  local gen=$BUILD_DIR-gen training=bench/training/training.jsonl
  local profile tmp
  profile=$(realpath -m "$gen/pgo-profile")
  echo "bench.sh: PGO stage 1: instrumented build in $gen, trained on $training" >&2
  cmake -S . -B "$gen" -DCMAKE_BUILD_TYPE=Release -DTACITUS_BENCH=OFF -DTACITUS_PGO=generate \
    -DTACITUS_PGO_DIR="$profile" >/dev/null
  cmake --build "$gen" --target tacitus -j"$(nproc)" >/dev/null
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/tacitus-pgo.XXXXXX")
  : >"$tmp/empty.jsonl"
  TACITUS_CACHE_DIR=$tmp/cache "$gen/tacitus" code --threads 1 "$tmp/empty.jsonl" >/dev/null
  rm -rf "$profile"
  local threads
  for threads in 1 2; do
    TACITUS_CACHE_DIR=$tmp/cache "$gen/tacitus" code --threads "$threads" "$training" >/dev/null
  done
  rm -rf "$tmp"
  PGO_PROFILE=$profile
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  if [ "$PGO" = 1 ]; then
    pgo_train
    echo "bench.sh: PGO stage 2: building $BUILD_DIR (Release, -DTACITUS_PGO=use)" >&2
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DTACITUS_BENCH=ON -DTACITUS_PGO=use \
      -DTACITUS_PGO_DIR="$PGO_PROFILE" >/dev/null
    # From scratch: the objects depend on the profile, which the build does not track.
    cmake --build "$BUILD_DIR" --target tacitus -j"$(nproc)" --clean-first >/dev/null
  else
    echo "bench.sh: building $BUILD_DIR (Release)" >&2
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DTACITUS_BENCH=ON -DTACITUS_PGO= >/dev/null
    cmake --build "$BUILD_DIR" --target tacitus -j"$(nproc)" >/dev/null
  fi
fi
TACITUS=$(realpath "$BUILD_DIR/tacitus")
[ -x "$TACITUS" ] || die "no $TACITUS: build it first (or drop SKIP_BUILD)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tacitus-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "bench.sh: keeping $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi

# --- The corpus -------------------------------------------------------------------------
python3 - "$GIGAWORD_SRC" "$GOLD_SRC" "$GIGAWORD_COPIES" "$GOLD_COPIES" "$WORK" <<'PY'
import json, re, sys, html
gigaword, gold, copies, gold_copies, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
xml = open(gigaword, encoding="utf-8").read()
records = []  # (date "YYYY-MM-DD", id, text, whole <Sentence> element)
for m in re.finditer(r'<Sentence\b([^>]*)>(.*?)</Sentence>', xml, re.S):
    attrs, body = m.group(1), m.group(2)
    date = re.search(r'date\s*=\s*"(\d{8})"', attrs)
    rid = re.search(r'id\s*=\s*"([^"]*)"', attrs)
    text = re.search(r'<Text>(.*?)</Text>', body, re.S)
    d = date.group(1) if date else "20080806"
    records.append((f"{d[:4]}-{d[4:6]}-{d[6:]}", rid.group(1) if rid else f"s{len(records)}",
                    " ".join(html.unescape(text.group(1) if text else "").split()), m.group(0)))
golds = []
if gold_copies:
    with open(gold, encoding="utf-8") as f:
        golds = [json.loads(l) for l in f if l.strip()]
stream = [r for _ in range(copies) for r in records]
n_sentences = sum(1 for r in stream if r[2])
per_article = 10
with open(f"{out}/gigaword.jsonl", "w", encoding="utf-8") as g, \
     open(f"{out}/corpus.jsonl", "w", encoding="utf-8") as c:
    for a in range(0, len(stream), per_article):
        group = stream[a:a + per_article]
        # One record a line: a line break always ends a sentence, whatever its punctuation.
        line = json.dumps({"id": f"gigaword-{a // per_article}", "date": group[0][0],
                           "source": "AFP", "text": "\n".join(r[2] for r in group if r[2])},
                          ensure_ascii=False) + "\n"
        g.write(line)
        c.write(line)
    for k in range(gold_copies):
        for j in golds:
            c.write(json.dumps({"id": f"{j['id']}-{k}", "date": j.get("date"),
                                "text": j["text"]}, ensure_ascii=False) + "\n")
with open(f"{out}/gigaword.petr.xml", "w", encoding="utf-8") as x:
    x.write("<Sentences>\n")
    for k, r in enumerate(stream):
        x.write(re.sub(r'id\s*=\s*"([^"]*)"', lambda m: f'id ="{m.group(1)}-{k}"', r[3], count=1) + "\n")
    x.write("</Sentences>\n")
with open(f"{out}/gigaword.tabari.txt", "w", encoding="utf-8") as t:
    for k, r in enumerate(stream):
        if r[2]:
            t.write(f"{r[0][2:4]}{r[0][5:7]}{r[0][8:10]} {r[1]}-{k}\n{r[2]}\n\n")
with open(f"{out}/corpus.meta", "w") as m:
    m.write(f"RECORDS={len(stream)}\nGIGAWORD_SENTENCES={n_sentences}\n"
            f"SAMPLE_RECORDS={len(records)}\nSAMPLE_SENTENCES={sum(1 for r in records if r[2])}\n"
            f"GOLD_ARTICLES={len(golds) * gold_copies}\n")
PY
# shellcheck disable=SC1091
. "$WORK/corpus.meta"
: >"$WORK/empty.jsonl"
CORPUS=$WORK/corpus.jsonl
CORPUS_BYTES=$(stat -c %s "$CORPUS")

# --- Measuring ----------------------------------------------------------------------------
median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
rss_kb() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
cpu_seconds() { awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"; }

# measure NAME CMD...: one warm-up, then RUNS runs; stdout of the last run kept as NAME.out,
# stderr as NAME.err. Sets WALL (median s), WALL_MIN, WALL_MAX, CPU (median user+sys s),
# RSS (median kB), RC (exit status of the last run).
measure() {
  local name=$1; shift
  local i walls=() rsss=() cpus=()
  for ((i = 0; i <= RUNS; ++i)); do
    RC=0
    local t0=$EPOCHREALTIME
    "$TIME" -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || RC=$?
    local t1=$EPOCHREALTIME
    [ "$i" = 0 ] && continue
    # GNU time prints the wall clock in centiseconds; bash's clock has microseconds.
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')")
    rsss+=("$(rss_kb "$WORK/$name.time")")
    cpus+=("$(cpu_seconds "$WORK/$name.time")")
  done
  WALL=$(printf '%s\n' "${walls[@]}" | median)
  WALL_MIN=$(printf '%s\n' "${walls[@]}" | sort -g | head -1)
  WALL_MAX=$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)
  RSS=$(printf '%s\n' "${rsss[@]}" | median)
  CPU=$(printf '%s\n' "${cpus[@]}" | median)
}

# "tacitus code: A articles, S sentences, E events, X bad inputs" from --stats.
stat_field() { sed -n "s/^tacitus code: .* \([0-9][0-9]*\) $1.*/\1/p" "$2" | tail -1; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s > 0 ? n / s : 0)}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1e6}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }  # GNU time's "kbytes" are KiB

report() {  # report LABEL NAME: the figures of the run `measure` just made
  local sentences events
  sentences=$(stat_field sentences "$WORK/$2.err")
  events=$(stat_field events "$WORK/$2.err")
  printf '%-18s %7.3f s (%.3f-%.3f) cpu %6.3f s  %7s sent/s  %5s MB/s  %6s events/s  %5s MiB peak RSS  exit %s\n' \
    "$1" "$WALL" "$WALL_MIN" "$WALL_MAX" "$CPU" "$(rate "$sentences" "$WALL")" \
    "$(awk -v b="$CORPUS_BYTES" -v s="$WALL" 'BEGIN {printf "%.1f", b / 1e6 / s}')" \
    "$(rate "$events" "$WALL")" "$(mib "$RSS")" "$RC"
}

echo "Tacitus whole-process benchmark: $(nproc) cores, $(uname -m), $RUNS runs each (median, min-max)"
echo "corpus: $RECORDS GigaWord records ($SAMPLE_RECORDS-record sample x $GIGAWORD_COPIES, $GIGAWORD_SENTENCES non-empty sentences) + $GOLD_ARTICLES gold articles; $(mb "$CORPUS_BYTES") MB JSONL"

measure startup "$TACITUS" code --stats "$WORK/empty.jsonl"
printf '%-18s %7.3f s (%.3f-%.3f) cpu %6.3f s  %5s MiB peak RSS (loads the dictionaries, codes nothing)\n' \
  "start-up" "$WALL" "$WALL_MIN" "$WALL_MAX" "$CPU" "$(mib "$RSS")"

ONE_THREAD=()
if "$TACITUS" code --help 2>&1 | grep -q -- '--threads'; then
  ONE_THREAD=(--threads 1)
  measure t1 "$TACITUS" code --stats --threads 1 "$CORPUS"
  report "code --threads 1" t1
  T1_WALL=$WALL T1_CPU=$CPU
  echo "  $(stat_field sentences "$WORK/t1.err") sentences, $(stat_field events "$WORK/t1.err") events as counted by --stats"
  measure t2 "$TACITUS" code --stats --threads 2 "$CORPUS"
  report "code --threads 2" t2
  echo "  speed-up 2 threads / 1: $(awk -v a="$T1_WALL" -v b="$WALL" 'BEGIN {printf "%.2fx", a / b}');" \
       "output identical: $(cmp -s "$WORK/t1.out" "$WORK/t2.out" && echo yes || echo NO)"
  # The same from standard input, as a streaming filter reads it (Hadoop Streaming, Spark's
  # pipe, GNU parallel --pipe): it should cost what reading the file does.
  measure stdin sh -c 'exec "$0" code --stats --threads 1 < "$1"' "$TACITUS" "$CORPUS"
  report "code --threads 1 <" stdin
  echo "  from stdin / from the file: $(awk -v a="$WALL" -v b="$T1_WALL" 'BEGIN {printf "%.2f", a / b}');" \
       "output identical: $(cmp -s "$WORK/t1.out" "$WORK/stdin.out" && echo yes || echo NO)"
  # Two one-thread processes at once, sharing nothing, each writing its own file as the
  # one-thread run does: when each takes more CPU than one alone, the two cores slow each
  # other down (shared caches, memory bandwidth, or two hardware threads of one core),
  # whatever Tacitus's threads do.
  measure pair sh -c '"$0" code --threads 1 "$1" >"$2.a" & "$0" code --threads 1 "$1" >"$2.b"; wait' \
    "$TACITUS" "$CORPUS" "$WORK/pair"
  printf '%-18s %7.3f s (%.3f-%.3f) cpu %6.3f s a process (%.3f s alone): %s CPU a sentence when both cores code\n' \
    "2 processes x 1" "$WALL" "$WALL_MIN" "$WALL_MAX" "$(awk -v c="$CPU" 'BEGIN {print c / 2}')" "$T1_CPU" \
    "$(awk -v c="$CPU" -v a="$T1_CPU" 'BEGIN {printf "%+.0f%%", (c / 2 / a - 1) * 100}')"
else
  measure t1 "$TACITUS" code --stats "$CORPUS"
  report "code (1 thread)" t1
  echo "  $(stat_field sentences "$WORK/t1.err") sentences, $(stat_field events "$WORK/t1.err") events as counted by --stats"
  echo "  note: this tacitus has no --threads option; only one thread measured"
fi

if [ -n "${TABARI_CMD:-}${PETRARCH_CMD:-}" ]; then
  export GIGAWORD_JSONL=$WORK/gigaword.jsonl GIGAWORD_XML=$WORK/gigaword.petr.xml
  export GIGAWORD_TABARI=$WORK/gigaword.tabari.txt GIGAWORD_RECORDS=$RECORDS
  echo "peers, on the GigaWord records only ($RECORDS records; records/s = $RECORDS / wall):"
  measure tg "$TACITUS" code "${ONE_THREAD[@]}" "$GIGAWORD_JSONL"
  TG_WALL=$WALL
  printf '  %-12s %8.3f s  %9s records/s  %6s MiB peak RSS\n' tacitus "$WALL" "$(rate "$RECORDS" "$WALL")" "$(mib "$RSS")"
  for peer in TABARI PETRARCH; do
    var=${peer}_CMD
    [ -n "${!var:-}" ] || continue
    (cd "$WORK" && measure "peer_$peer" sh -c "${!var}" &&
      printf '  %-12s %8.3f s  %9s records/s  %6s MiB peak RSS  exit %s  wall ratio %s/tacitus %sx\n' \
        "$peer" "$WALL" "$(rate "$RECORDS" "$WALL")" "$(mib "$RSS")" "$RC" "$peer" \
        "$(awk -v p="$WALL" -v t="$TG_WALL" 'BEGIN {printf "%.2f", p / t}')")
  done
fi
