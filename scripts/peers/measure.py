#!/usr/bin/env python3
"""Run a command N times; record its wall time and peak RSS as JSON (for compare-peers.sh).

Usage: measure.py --out M.json [--repeat N] [--stdout FILE] [--timing FILE] -- CMD ARG...

* wall time: time.perf_counter around the process (start-up included), the fastest run kept;
* peak RSS: "Maximum resident set size" of `/usr/bin/time -v` (GNU time), the largest run kept;
  without /usr/bin/time, the ru_maxrss of the finished child from getrusage (the same kernel
  figure), noted as such;
* --timing FILE: a phase-timing JSON the command itself writes (run_spacy.py, run_yake.py);
  the one of the run with the shortest "analysis_s" is kept in the output as "phases";
* --stdout FILE: the command's standard output goes there (else to /dev/null).
A failing run stops everything with its exit code and its stderr shown.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def gnu_time_ok():
    if not os.access(GNU_TIME, os.X_OK):
        return False
    r = subprocess.run([GNU_TIME, "-v", "true"], capture_output=True, text=True)
    return r.returncode == 0 and "Maximum resident set size" in r.stderr


def run_once(cmd, stdout_path, use_gnu):
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    full = [GNU_TIME, "-v", "-o", time_file] + cmd if use_gnu else cmd
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        proc = subprocess.run(full, stdout=out, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    finally:
        if stdout_path:
            out.close()
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.stderr.write(f"measure.py: command failed (exit {proc.returncode}): {' '.join(cmd)}\n")
        sys.exit(proc.returncode or 1)
    rss_kb = None
    if use_gnu:
        with open(time_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "Maximum resident set size" in line:
                    rss_kb = int(line.rsplit(":", 1)[1])
    os.unlink(time_file)
    if rss_kb is None:
        # ru_maxrss of children is the max over all finished children; it only shows this run
        # when it is the largest so far, which is what a max over runs needs anyway.
        rss_kb = max(after, before)
    return wall, rss_kb


def main(argv):
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    i = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--stdout")
    ap.add_argument("--timing")
    args = ap.parse_args(argv[:i])
    cmd = argv[i + 1:]
    use_gnu = gnu_time_ok()
    walls, rss, phases = [], [], None
    for _ in range(max(1, args.repeat)):
        wall, kb = run_once(cmd, args.stdout, use_gnu)
        walls.append(wall)
        rss.append(kb)
        if args.timing:
            with open(args.timing, encoding="utf-8") as f:
                p = json.load(f)
            if phases is None or p.get("analysis_s", 1e9) < phases.get("analysis_s", 1e9):
                phases = p
    result = {
        "command": cmd,
        "runs": len(walls),
        "wall_s": round(min(walls), 6),
        "wall_s_all": [round(w, 6) for w in walls],
        "peak_rss_kb": max(rss),
        "rss_source": "/usr/bin/time -v" if use_gnu else "getrusage(RUSAGE_CHILDREN)",
    }
    if phases is not None:
        result["phases"] = phases
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
