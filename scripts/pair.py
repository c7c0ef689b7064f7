#!/usr/bin/env python3
"""Times two commands against each other as whole processes.

The two run in turn (A B A B ...), each under `sh -c`, and the kernel's own accounting of
each finished run is read with wait4 (what /usr/bin/time reads, at microsecond precision):
wall seconds, CPU seconds (user + system) and peak resident memory. Printed: each command's
medians and the median of the pair-by-pair ratios A/B. Taking the ratio within each pair
keeps a comparison sound when the machine's speed drifts from minute to minute.

  scripts/pair.py [-n RUNS] [-w WARMUP] 'COMMAND A' 'COMMAND B'
  scripts/pair.py -n 21 \\
    "TACITUS_CACHE_DIR=/tmp/c1 build-bench/tacitus code --threads 1 corpus.jsonl > /dev/null" \\
    "TACITUS_CACHE_DIR=/tmp/c1 build-bench/tacitus code --threads 2 corpus.jsonl > /dev/null"

A command may set variables and redirect its output; what it prints is otherwise thrown
away. A ratio under 1 says A took less than B. A command that fails stops the comparison.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    """Runs one command; returns (wall s, cpu s, peak MiB) or raises on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if proc.returncode != 0:
        raise RuntimeError(f"exit status {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(
        description="Time two commands in turn and print medians and pair-by-pair ratios.")
    parser.add_argument("-n", "--runs", type=int, default=11, help="counted pairs (default 11)")
    parser.add_argument("-w", "--warmup", type=int, default=1,
                        help="uncounted runs of each first (default 1)")
    parser.add_argument("a", metavar="COMMAND_A")
    parser.add_argument("b", metavar="COMMAND_B")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("-n must be at least 1 and -w at least 0")

    figures = {"A": [], "B": []}
    for i in range(args.warmup + args.runs):
        for label, command in (("A", args.a), ("B", args.b)):
            try:
                result = run_once(command)
            except (OSError, RuntimeError) as e:
                sys.exit(f"scripts/pair.py: command {label} failed ({e}): {command}")
            if i >= args.warmup:
                figures[label].append(result)

    def med(label, k):
        return statistics.median(r[k] for r in figures[label])

    print(f"{args.runs} pairs, medians")
    for label in ("A", "B"):
        print(f"{label}  wall {med(label, 0):.3f} s  cpu {med(label, 1):.3f} s  "
              f"peak {med(label, 2):.1f} MiB")
    wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(figures["A"], figures["B"]))
    cpu_ratio = statistics.median(a[1] / b[1] if b[1] > 0 else float("nan")
                                  for a, b in zip(figures["A"], figures["B"]))
    print(f"A/B pair by pair  wall {wall_ratio:.4f}  cpu {cpu_ratio:.4f}")


if __name__ == "__main__":
    main()
