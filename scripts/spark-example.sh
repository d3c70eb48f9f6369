#!/usr/bin/env bash
# Runs examples/spark/recap_job.py in Spark local mode on corpora/ and checks that the merged
# result is byte for byte that of one `recap analyze` run (issue 6).
#
#   scripts/spark-example.sh [--partitions N]
#
# Needs python3 and Java 17 or later (`java -version`); installs pyspark into .venv-spark/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
partitions=4
[ "${1:-}" = "--partitions" ] && partitions="$2"

java -version 2>&1 | head -n 1 >&2 || { echo "spark-example: Java is required" >&2; exit 2; }
if [ ! -x .venv-spark/bin/python ] || ! .venv-spark/bin/python -c 'import pyspark' 2>/dev/null; then
  python3 -m venv .venv-spark
  .venv-spark/bin/pip install --quiet pyspark
fi
cargo build --release --quiet
recap=target/release/recap
out=out/spark
mkdir -p "$out"

export PYSPARK_PYTHON="$repo/.venv-spark/bin/python"
.venv-spark/bin/python examples/spark/recap_job.py --recap "$recap" --out "$out" \
  --partitions "$partitions" corpora/dev corpora/test 2> >(grep -v -E '^(WARN|Setting default log level|To adjust logging|Using Spark|[0-9/ :]+ (WARN|INFO))' >&2)

"$recap" analyze -q --top 0 corpora/dev corpora/test >"$out/single.json"
if cmp -s "$out/single.json" "$out/merged.json"; then
  echo "spark-example: OK: merged Spark result ($partitions partitions) equals one recap run, byte for byte"
else
  echo "spark-example: FAILED: $out/merged.json differs from $out/single.json" >&2
  diff "$out/single.json" "$out/merged.json" | head -n 20 >&2
  exit 1
fi
