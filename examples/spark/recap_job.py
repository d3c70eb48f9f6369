#!/usr/bin/env python3
"""recap on Apache Spark: recap is the map step, `recap merge` the reduce step (issue 6).

Reads one or more folders of recaps, turns each file into a JSON Lines record
{"id", "text", "format", "path"} with the same id and path as `recap analyze FOLDER...` gives
it, pipes every partition through `recap analyze --input-format jsonl --format jsonl -` with
RDD.pipe, saves the output lines of each partition as a part file, and merges the parts with
`recap merge`. Because merging is exact (integer sums), the result is byte for byte that of one
`recap analyze` run over the same folders.

    spark-submit examples/spark/recap_job.py --recap target/release/recap \
        --out out/spark --partitions 4 corpora/dev corpora/test

On a cluster, --recap must name a binary present on every executor (ship it with
`--files target/release/recap` and pass `--recap ./recap`), and --out should be on shared
storage; see README.md beside this file.
"""

import argparse
import glob
import json
import os
import shlex
import subprocess
import sys

from pyspark.sql import SparkSession

# The extensions `recap analyze` reads from folders, and the format each one means.
FORMATS = {
    "txt": "txt", "text": "txt",
    "md": "md", "markdown": "md", "mdown": "md", "mkd": "md",
    "html": "html", "htm": "html", "xhtml": "html",
}


def list_recaps(roots):
    """(id, path, format) of every recap under the roots, with recap's ids: the path relative
    to its root, or root/relative when two roots hold the same relative path."""
    found = []
    for root in roots:
        for dirpath, dirnames, files in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in sorted(files):
                ext = f.rsplit(".", 1)[-1].lower() if "." in f else ""
                if f.startswith(".") or ext not in FORMATS:
                    continue
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                long = root.rstrip("/") + "/" + rel
                found.append((rel, long, path, FORMATS[ext]))
    claims = {}
    for rel, *_ in found:
        claims[rel] = claims.get(rel, 0) + 1
    return sorted(
        (rel if claims[rel] == 1 else long, path, fmt) for rel, long, path, fmt in found
    )


def to_record(item):
    """One recap file as a JSON Lines record (runs on the executors)."""
    rid, path, fmt = item
    with open(path, "rb") as fh:
        data = fh.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # recap decodes legacy encodings itself; here UTF-8 is assumed (bad bytes replaced).
    text = data.decode("utf-8", errors="replace")
    return json.dumps({"id": rid, "path": path, "format": fmt, "text": text}, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--recap", default="target/release/recap", help="path to the recap binary")
    ap.add_argument("--out", default="out/spark", help="folder for the parts and the result")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--top", default="0", help="corpus themes to list (0 = all)")
    args = ap.parse_args()

    recap = os.path.abspath(args.recap) if os.path.exists(args.recap) else args.recap
    spark = SparkSession.builder.appName("recap").getOrCreate()
    sc = spark.sparkContext

    items = list_recaps(args.folders)
    parts_dir = os.path.abspath(os.path.join(args.out, "parts"))
    if os.path.exists(parts_dir):
        for f in glob.glob(os.path.join(parts_dir, "*")) + glob.glob(os.path.join(parts_dir, ".*")):
            os.remove(f)
        os.rmdir(parts_dir)
    # Map: one recap process per partition, JSON Lines in and out; -j 1 because Spark already
    # runs one task per core. checkCode=False: exit 1 only means some records became error rows.
    command = shlex.join([recap, "analyze", "--input-format", "jsonl", "--format", "jsonl",
                          "-q", "-j", "1", "-"])
    (sc.parallelize(items, args.partitions)
       .map(to_record)
       .pipe(command, checkCode=False)
       .saveAsTextFile("file://" + parts_dir))
    spark.stop()

    # Reduce: merge the parts (in any order: merging is associative and commutative).
    parts = sorted(glob.glob(os.path.join(parts_dir, "part-*")))
    result = os.path.join(args.out, "merged.json")
    subprocess.run([recap, "merge", "--top", args.top, "-o", result, *parts], check=True)
    print(f"recap_job: {len(items)} recaps, {len(parts)} parts, merged into {result}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
