#!/usr/bin/env python3
"""YAKE as a peer of recap's themes: a recap-shaped JSON report for `recap eval`.

* text: scripts/peers/text_of.py (approximates recap's reader);
* language: the code recap reported for the same document id in --languages REPORT (recap's own
  JSON report of the same folder), mapped to YAKE's stop-word list names (cs -> cz); "en" when
  recap gives none or YAKE has no list for it. YAKE does not detect languages itself, so the time
  of that detection is recap's, not YAKE's;
* themes: YAKE's top 10 keyphrases with its default settings (n=3, dedup_lim=0.9, seqm,
  window 1), best first; count = case-insensitive occurrences of the phrase in the text,
  score = 1 / (1 + YAKE score) (YAKE: lower is better);
* entities, takeaways, quotes: none;
* words = whitespace tokens of the text (the same count for every tool); sentences: 0 (not
  computed).

Usage: run_yake.py [--out FILE] [--timing FILE] [--languages REPORT] PATH...
"""

import argparse
import json
import os
import re
import sys
import time
from importlib.metadata import version

T_START = time.perf_counter()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Timer, document, note, recap_files, report, text_of, word_count, write_json  # noqa: E402

TOP = 10
YAKE_CODES = {"cs": "cz"}  # ISO 639-1 -> YAKE's stop-word file name, where they differ


def languages_from(path):
    if not path:
        return {}
    with open(path, encoding="utf-8") as f:
        rep = json.load(f)
    return {d["id"]: d.get("language") for d in rep.get("documents", [])}


def yake_lang(code, available):
    code = YAKE_CODES.get(code or "en", code or "en")
    return code if code in available else "en"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", default="-")
    ap.add_argument("--timing")
    ap.add_argument("--languages", help="recap JSON report giving each document's language")
    args = ap.parse_args(argv)

    timer = Timer()
    timer.t0 = T_START
    import yake

    stop_dir = os.path.join(os.path.dirname(yake.__file__), "core", "StopwordsList")
    available = {f[len("stopwords_"):-len(".txt")] for f in os.listdir(stop_dir)
                 if f.startswith("stopwords_") and f.endswith(".txt")}
    langs = languages_from(args.languages)
    extractors = {}
    timer.lap("load_s")

    docs, used = [], {}
    for doc_id, path in recap_files(args.paths):
        text = text_of(path)
        lang = yake_lang(langs.get(doc_id), available)
        used[lang] = used.get(lang, 0) + 1
        if lang not in extractors:
            extractors[lang] = yake.KeywordExtractor(lan=lang, n=3, top=TOP)
        lower = text.lower()
        themes = []
        for phrase, score in extractors[lang].extract_keywords(text)[:TOP]:
            count = len(re.findall(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", lower))
            themes.append({"label": phrase, "key": phrase.lower(), "count": max(count, 1),
                           "score": round(1.0 / (1.0 + float(score)), 4)})
        docs.append(document(doc_id, path, langs.get(doc_id) or "en", word_count(text), 0,
                             [], themes))
    rep = report(f"yake {version('yake')}", docs)
    timer.lap("analysis_s")
    write_json(rep, args.out)
    timer.write(args.timing, documents=len(docs), words=sum(d["words"] for d in docs),
                languages=used)
    note(f"yake: {len(docs)} documents ({', '.join(f'{k} {v}' for k, v in sorted(used.items()))}),"
         f" analysis {timer.phases['analysis_s']:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
