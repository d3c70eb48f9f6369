#!/usr/bin/env python3
"""Make the large timing input of compare-peers.sh and count words.

Usage: bench_input.py FOLDER BENCH_DIR TARGET_BYTES

Copies the recaps of FOLDER (not the gold files) into BENCH_DIR/copyNN/ as many times as it
takes to reach TARGET_BYTES of recap files (at least once), so that every tool reads ordinary
recap-sized documents, only more of them. Prints JSON: documents, words (whitespace tokens of the
plain text, scripts/peers/text_of.py) and bytes of FOLDER ("test") and of BENCH_DIR ("bench",
with "copies").
"""

import json
import math
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from text_of import recap_files, text_of, word_count  # noqa: E402


def stats(files):
    return {
        "documents": len(files),
        "words": sum(word_count(text_of(p)) for _, p in files),
        "bytes": sum(os.path.getsize(p) for _, p in files),
    }


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, bench, target = argv[0], argv[1], int(argv[2])
    files = recap_files([folder])
    if not files:
        print(f"bench_input.py: no recaps in {folder}", file=sys.stderr)
        return 1
    test = stats(files)
    copies = max(1, math.ceil(target / max(1, test["bytes"])))
    if os.path.isdir(bench):
        shutil.rmtree(bench)
    width = len(str(copies))
    for k in range(1, copies + 1):
        for doc_id, path in files:
            dest = os.path.join(bench, f"copy{k:0{width}d}", doc_id)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copyfile(path, dest)
    big = {
        "documents": test["documents"] * copies,
        "words": test["words"] * copies,
        "bytes": test["bytes"] * copies,
        "copies": copies,
    }
    json.dump({"test": test, "bench": big}, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
