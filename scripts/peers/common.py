"""Shared pieces of the peer runners: reading recaps, the recap-shaped JSON report, timing."""

import json
import os
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from text_of import recap_files, text_of, word_count  # noqa: E402

__all__ = ["recap_files", "text_of", "word_count", "fold", "document", "report",
           "write_json", "Timer", "note"]


def note(msg):
    print(msg, file=sys.stderr, flush=True)


def fold(s):
    """Lower case without diacritics (for lookups, not for output)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def document(doc_id, path, language, words, sentences, entities, themes, takeaways=()):
    """One document of a recap JSON report (src/output/wire.rs DocumentOut)."""
    return {
        "id": doc_id,
        "path": path,
        "status": "ok",
        "error": None,
        "title": None,
        "date": None,
        "language": language,
        "words": words,
        "sentences": sentences,
        "entities": entities,
        "themes": themes,
        "takeaways": list(takeaways),
    }


def report(version, documents):
    """A whole recap JSON report (wire.rs Report); corpus aggregates are left empty."""
    documents = sorted(documents, key=lambda d: d["id"])
    return {
        "schema_version": 1,
        "recap_version": version,
        "documents": documents,
        "corpus": {
            "documents": len(documents),
            "words": sum(d["words"] for d in documents),
            "skipped": 0,
            "errors": 0,
            "themes": [],
            "entities": [],
        },
    }


def write_json(obj, path):
    if path in (None, "-"):
        json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, path)


class Timer:
    """Wall-clock phases, written as JSON for compare-peers.sh."""

    def __init__(self):
        self.t0 = time.perf_counter()
        self.phases = {}

    def lap(self, name):
        now = time.perf_counter()
        self.phases[name] = round(now - self.t0, 6)
        self.t0 = now

    def write(self, path, **extra):
        if path:
            write_json({**self.phases, **extra}, path)
