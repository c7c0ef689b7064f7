#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) into build-fuzz/ and runs each one for a
# bounded time. Fails if any target finds a crash, a sanitizer report, a leak, a timeout or an
# out-of-memory; the input that did it is written to fuzz/findings/<target>/ (git-ignored).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 60 seconds each, every target)
#   scripts/fuzz.sh 600 coder dict                 # ten minutes on two targets
#
# Seeds come from fuzz/corpus/<target>/ and fuzz/regressions/<target>/ (read only); what the
# fuzzer learns goes to build-fuzz/fuzz-corpus/<target>/, so later runs start from it.
# To turn a finding into a regression: minimize it (build-fuzz/fuzz/<target>_fuzzer
# -minimize_crash=1 -runs=10000 FILE), fix the bug, and add the file to
# fuzz/regressions/<target>/ with a name that says what it guards; ctest replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
all_targets=(text tagger lexicon date coder dict dict_cache tabari petrarch article_reader gold)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# Longest input per target: an article or a dictionary file of a few kilobytes reaches every
# branch; longer inputs only slow each run down. Huge inputs are the pathological tests' job.
declare -A max_len=(
  [text]=4096 [tagger]=4096 [lexicon]=2048 [date]=1024
  [coder]=8192 [dict]=4096 [dict_cache]=1024 [tabari]=4096 [petrarch]=4096 [article_reader]=4096 [gold]=4096
)

scripts/install-deps.sh  # clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes)
build=${TACITUS_FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
  -DTACITUS_FUZZ=ON -DTACITUS_SANITIZE=ON -DTACITUS_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/%/_fuzzer}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
summary=()
for t in "${targets[@]}"; do
  [ -n "${max_len[$t]:-}" ] || { echo "fuzz.sh: unknown target '$t'" >&2; exit 2; }
  work="$build/fuzz-corpus/$t"
  findings="fuzz/findings/$t"
  log="$build/fuzz-logs/$t.log"
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  seeds=("fuzz/corpus/$t")
  [ -d "fuzz/regressions/$t" ] && seeds+=("fuzz/regressions/$t")
  echo "== $t: ${seconds}s, max_len ${max_len[$t]}" >&2
  rc=0
  "$build/fuzz/${t}_fuzzer" -max_total_time="$seconds" -max_len="${max_len[$t]}" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "${seeds[@]}" >"$log" 2>&1 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $rc)"
    failed+=("$t")
    grep -E 'ERROR: |CHECK failed|runtime error|Test unit written' "$log" | head -5 >&2 || true
  fi
  summary+=("$(printf '%-15s %10s execs %8s/s %6s MB rss %6s edges  %s' "$t" "${execs:-?}" \
    "$(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))" "${rss:-?}" "${cov:-?}" "$result")")
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]} (inputs in fuzz/findings/, logs in $build/fuzz-logs/)" >&2
  exit 1
fi
