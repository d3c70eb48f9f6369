#!/usr/bin/env python3
"""The comparison table of compare-peers.sh, from the files it left in OUTDIR.

Usage: table.py OUTDIR --folder DIR [--results FILE]

Reads, for each tool T in recap, spacy, yake: T.report.json (its recap-shaped report),
T.eval.json (`recap eval --format json` of it), T.test.measure.json and T.bench.measure.json
(measure.py), plus words.json, recap-allcores.bench.measure.json and recap.startup.measure.json.
Prints the Markdown table and notes on stdout, and writes them with the date and machine to
--results. A column is "–" when the tool predicted nothing of that kind (a measured 0 is shown
when it predicted something and none of it matched).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

TOOLS = [("recap", "recap"), ("spacy", "spaCy en_core_web_sm"), ("yake", "YAKE")]
QUALITY = ["city F1", "country F1", "person F1", "organisation F1", "role F1",
           "person–role F1", "takeaway recall", "takeaway precision",
           "quote speaker accuracy", "theme recall@10"]


def size_label(nbytes):
    """~1 MB, ~2.5 MB, ~100 kB."""
    if nbytes >= 950_000:
        x = round(nbytes / 1e6, 1)
        return f"~{x:g} MB"
    return f"~{round(nbytes / 1e3):d} kB"
DASH = "–"


def load(outdir, name):
    with open(os.path.join(outdir, name), encoding="utf-8") as f:
        return json.load(f)


def produced(report):
    """What kinds of prediction a report holds at all."""
    kinds = set()
    for d in report["documents"]:
        for e in d.get("entities", []):
            kinds.add(e["type"])
            if e["type"] == "person" and e.get("role"):
                kinds.add("person_role")
        for t in d.get("takeaways", []):
            kinds.add("quote" if t.get("kind") == "quote" else "takeaway")
        if d.get("themes"):
            kinds.add("theme")
    return kinds


def f(x):
    return f"{x:.3f}"


def quality_cells(kinds, ev):
    """The ten score columns of one tool."""
    m = ev["metrics"]

    def cell(kind, value):
        return f(value) if kind in kinds else DASH

    return [
        cell("city", m["city"]["f1"]),
        cell("country", m["country"]["f1"]),
        cell("person", m["person"]["f1"]),
        cell("organisation", m["organisation"]["f1"]),
        cell("role", m["role"]["f1"]),
        cell("person_role", m["person_role"]["f1"]),
        cell("takeaway", m["takeaway"]["recall"]),
        cell("takeaway", m["takeaway"]["precision"]),
        quote_cell(kinds, ev),
        cell("theme", ev["theme_recall_at_10"]),
    ]


def quote_cell(kinds, ev):
    """Speaker accuracy over the matched gold quotes, with the counts behind it."""
    if "quote" not in kinds:
        return DASH
    q = ev["quote_speakers"]
    if not q["matched"]:
        return "n/a (0 quotes matched)"
    return f"{f(ev['quote_speaker_accuracy'])} ({q['correct']}/{q['matched']})"


def rate(words, seconds):
    if not seconds or seconds <= 0:
        return DASH
    return f"{words / seconds:,.0f}".replace(",", " ")


def mb(kb):
    return f"{kb / 1024:.0f}"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.lower().startswith(("model name", "hardware", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    try:
        out = subprocess.run(["sysctl", "-n", "machdep.cpu.brand_string"], capture_output=True,
                             text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def analysis_seconds(tool, measure):
    """recap: the whole process (start-up included); peers: their analysis phase only."""
    if tool == "recap":
        return measure["wall_s"]
    return measure["phases"]["analysis_s"]


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--folder", required=True)
    ap.add_argument("--results")
    args = ap.parse_args(argv)
    o = args.outdir
    words = load(o, "words.json")
    big = size_label(words["bench"]["bytes"])
    columns = QUALITY + ["words/s (test files)", f"words/s ({big})",
                         f"peak RSS MB (test / {big})"]
    rows, versions = [], {}
    for tool, label in TOOLS:
        rep = load(o, f"{tool}.report.json")
        ev = load(o, f"{tool}.eval.json")
        test = load(o, f"{tool}.test.measure.json")
        bench = load(o, f"{tool}.bench.measure.json")
        versions[tool] = rep.get("recap_version", "?")
        kinds = produced(rep)

        cells = quality_cells(kinds, ev) + [
            rate(words["test"]["words"], analysis_seconds(tool, test)),
            rate(words["bench"]["words"], analysis_seconds(tool, bench)),
            f"{mb(test['peak_rss_kb'])} / {mb(bench['peak_rss_kb'])}",
        ]
        rows.append((label, cells, test, bench, ev))

    lines = ["| tool | " + " | ".join(columns) + " |",
             "|---|" + "|".join("---:" for _ in columns) + "|"]
    for label, cells, *_ in rows:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)

    # The quality columns again, scored on the English recaps only (when compare-peers.sh made
    # that gold folder).
    if all(os.path.exists(os.path.join(o, f"{t}.eval-en.json")) for t, _ in TOOLS):
        en_rows = []
        for tool, label in TOOLS:
            ev = load(o, f"{tool}.eval-en.json")
            kinds = produced(load(o, f"{tool}.report.json"))
            en_rows.append((label, quality_cells(kinds, ev), ev))
        n_en = en_rows[0][2]["gold_documents"]
        q = QUALITY
        table += (f"\n\nEnglish recaps only ({n_en} of {rows[0][4]['gold_documents']}, by the "
                  "language recap detects; en_core_web_sm is an English model):\n\n")
        table += "\n".join(["| tool | " + " | ".join(q) + " |",
                            "|---|" + "|".join("---:" for _ in q) + "|"]
                           + [f"| {label} | " + " | ".join(c) + " |" for label, c, _ in en_rows])

    t, b = words["test"], words["bench"]
    sp_test = load(o, "spacy.test.measure.json")["phases"]
    yk_test = load(o, "yake.test.measure.json")["phases"]
    allcores = load(o, "recap-allcores.bench.measure.json")
    startup = load(o, "recap.startup.measure.json")
    rec_bench = load(o, "recap.bench.measure.json")
    ev_docs = rows[0][4]
    notes = [
        f"- Scored by `recap eval --gold {args.folder} --report <tool>.report.json` "
        f"({ev_docs['gold_documents']} gold documents); F1 and takeaway figures are micro-averaged "
        "(DESIGN.md §4). \"–\": the tool predicts nothing of that kind.",
        f"- Test files: {t['documents']} recaps, {t['words']} words, {t['bytes']} bytes. "
        f"{big} input: the same recaps copied {b['copies']} times into one folder "
        f"({b['documents']} files, {b['words']} words, {b['bytes']} bytes). Words = "
        "whitespace-separated tokens of the plain text (scripts/peers/text_of.py), the same count "
        "for every tool.",
        "- words/s: one thread for every tool (recap with `-j 1`; spaCy `nlp.pipe`, one process; "
        "YAKE one process); the fastest of "
        f"{rows[0][2]['runs']} runs (test) / {rows[0][3]['runs']} runs ({big}). recap: wall time "
        "of the whole process (start-up, reading and writing JSON included). spaCy and YAKE: "
        "their analysis phase only (reading files, markup removal, analysis, building the "
        "report), without interpreter start-up and model load.",
        f"- Start-up / load, reported apart: recap process on a one-line file "
        f"{startup['wall_s'] * 1000:.0f} ms; spaCy import + model load "
        f"{sp_test['load_s']:.2f} s; YAKE import {yk_test['load_s']:.2f} s.",
        f"- recap on all {os.cpu_count()} cores (default `-j`), {big} input: "
        f"{rate(b['words'], allcores['wall_s'])} words/s, peak RSS {mb(allcores['peak_rss_kb'])} MB "
        f"(one thread: {rate(b['words'], rec_bench['wall_s'])} words/s).",
        f"- Peak RSS: maximum resident set size of the whole process "
        f"({rows[0][2]['rss_source']}), Python interpreter and model included for the peers.",
        "- spaCy: en_core_web_sm on every recap, English or not; GPE -> country when the name is in "
        "data/lexicons/countries.tsv, else city; PERSON -> person (surname-only names merged into "
        "the one full name that contains them); ORG -> organisation; no roles, takeaways or quotes; "
        "themes = the 10 most frequent noun chunks (stop-word-trimmed, lemma-grouped, chunks inside "
        "named entities left out).",
        "- YAKE: top-10 keyphrases (n=3, default settings) as themes, with the language recap "
        "detected for each document; no entities, takeaways or quotes.",
        "- The peers read text from scripts/peers/text_of.py, which approximates recap's Markdown/"
        "HTML reader; plain-text recaps are read as they are.",
    ]
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    machine = (f"nproc {os.environ.get('PEERS_NPROC', os.cpu_count())}, {platform.machine()}, "
               f"{cpu_model()}")
    if os.environ.get("PEERS_LOADAVG"):
        machine += (f"; load average {os.environ['PEERS_LOADAVG']} when the run started (timings"
                    " are the fastest of several runs, but other work on the machine slows them)")
    header = [
        "# recap vs spaCy vs YAKE",
        "",
        f"Measured {now} by scripts/compare-peers.sh on `{args.folder}`.",
        f"Machine: {machine}.",
        f"Versions: recap {versions['recap']}; {versions['spacy']}; {versions['yake']}.",
        "",
    ]
    text = "\n".join(header) + "\n" + table + "\n\n" + "\n".join(notes) + "\n"
    sys.stdout.write(table + "\n\n" + "\n".join(notes) + "\n")
    if args.results:
        with open(args.results, "w", encoding="utf-8") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
