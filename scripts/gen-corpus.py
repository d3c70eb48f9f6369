#!/usr/bin/env python3
"""Generate a large, varied recap corpus from corpora/ for throughput benchmarks (issue 6).

Not byte-identical copies: every generated recap starts from one recap of corpora/, keeps its
first block (title or date line), shuffles its other paragraphs, swaps about a third of them for
paragraphs of other recaps in the same format and language, renames the people of its gold file from a
fixed pool of names, and redraws every number. Everything is drawn from one seeded generator,
so the same seed and size give the same bytes. Python standard library only.

    python3 scripts/gen-corpus.py --size-mb 100 --seed 6 --out /tmp/recap-bench-100MB
"""

import argparse
import json
import os
import random
import re
import sys

GIVEN = (
    "Anna Ben Carla David Elena Farid Greta Hugo Ines Jonas Karin Luca Maja Nils Olga Pablo "
    "Quentin Rosa Sven Tanja Ugo Vera Walter Ximena Yusuf Zofia Amaia Bruno Chloé Dario Eva "
    "Filipe Hanna Ivan Julia Kofi Lena Marco Noor Oskar Paula Rui Sara Tomás Ulla Viktor "
    "Wanjiru Yara Zeynep Aurélie Björn Dorota Émile Ingrid Joaquín Léa Matthias Søren Zoë"
).split()
FAMILY = (
    "Almeida Berg Costa Dubois Eriksen Fischer García Hansen Ivanova Jensen Kowalski Laurent "
    "Müller Nowak Olsen Petrov Quinn Rossi Schmidt Torres Urban Vidal Weber Xu Yilmaz Zimmermann "
    "Andersson Bianchi Castro De Vries Esposito Ferreira Gómez Horvat Kaya Lindqvist Moreau "
    "Novák Okafor Pereira Richter Santos Svoboda Van Dijk Wagner Lehmann Fontaine Kariuki"
).split()
EXTENSIONS = (".txt", ".md", ".html")


def load_corpus(root):
    """Every recap under root with its gold people: (name, ext, text, people)."""
    recaps = []
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            stem, ext = os.path.splitext(f)
            if ext not in EXTENSIONS:
                continue
            path = os.path.join(dirpath, f)
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            people = []
            gold = os.path.join(dirpath, stem + ".json")
            if os.path.exists(gold):
                with open(gold, encoding="utf-8") as fh:
                    people = json.load(fh).get("entities", {}).get("person", [])
            recaps.append((stem, ext, text, people))
    return recaps


HTML_P = re.compile(r"<p\b[^>]*>.*?</p>", re.S)


# A few frequent function words per corpus language: enough to tell which language a recap is
# in, so that paragraphs are swapped only between recaps of one language (real recaps do not
# switch language from one paragraph to the next).
FUNCTION_WORDS = {
    "en": set("the and of to in is for with that on was were".split()),
    "fr": set("le la les des et du une est pour dans sur qui".split()),
    "es": set("el la los las del y una para con por que se".split()),
    "pt": set("o a os as do da dos das e um uma para com que".split()),
    "it": set("il la gli dei delle della e una per con che di".split()),
    "de": set("der die das und den dem ein eine mit für auf ist".split()),
    "nl": set("de het een en van voor met op zijn dat niet ook".split()),
}


def language(text):
    """The corpus language whose function words the text uses most."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    counts = {lang: sum(1 for w in words if w in fw) for lang, fw in FUNCTION_WORDS.items()}
    return max(sorted(counts), key=lambda lang: counts[lang])


def paragraphs(text, ext):
    """Paragraph units to shuffle: blank-line separated, or the <p> elements of a page."""
    if ext == ".html":
        return HTML_P.findall(text)
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def reshuffle_html(text, pool, rng):
    """Shuffles a page's <p> elements in place (the page around them is kept)."""
    paras = HTML_P.findall(text)
    rng.shuffle(paras)
    for i in range(len(paras)):
        if pool and rng.random() < 0.33:
            paras[i] = rng.choice(pool)
    it = iter(paras)
    return HTML_P.sub(lambda m: next(it), text)


def vary(text, people, rng):
    """Renames the people and redraws the digits of one recap."""
    mapping = {}
    for person in sorted(people, key=len, reverse=True):
        new = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        mapping[person] = new
        family = person.split()[-1]
        if len(family) > 3:
            mapping.setdefault(family, new.split()[-1])
    if mapping:
        pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    # Redraw digits, keeping the length of every number (dates stay date-shaped); markup
    # (tags, "utf-8") is left alone.
    pieces = re.split(r"(<[^>]*>)", text)
    for i in range(0, len(pieces), 2):
        pieces[i] = re.sub(r"\d", lambda m: str(rng.randrange(10)), pieces[i])
    return "".join(pieces)


def write(root, n, stem, ext, text):
    """Writes recap number n, 500 to a folder; returns its size in bytes."""
    folder = os.path.join(root, f"{n // 500:04d}")
    os.makedirs(folder, exist_ok=True)
    data = text.encode("utf-8")
    with open(os.path.join(folder, f"{n:07d}-{stem}{ext}"), "wb") as fh:
        fh.write(data)
    return len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100.0)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--out", required=True)
    ap.add_argument("--corpora", default=os.path.join(os.path.dirname(__file__), "..", "corpora"))
    args = ap.parse_args()

    rng = random.Random(args.seed)
    recaps = load_corpus(args.corpora)
    if not recaps:
        sys.exit("no recaps found under " + args.corpora)
    langs = [language(t) for (_, _, t, _) in recaps]
    pools = {}
    for (_, e, t, _), lang in zip(recaps, langs):
        paras = paragraphs(t, e) if e == ".html" else paragraphs(t, e)[1:]
        pools.setdefault((e, lang), []).extend(paras)
    target = int(args.size_mb * 1_000_000)
    written = 0
    n = 0
    os.makedirs(args.out, exist_ok=True)
    while written < target:
        stem, ext, text, people = recaps[n % len(recaps)]
        pool = pools[(ext, langs[n % len(recaps)])]
        if ext == ".html":
            out = vary(reshuffle_html(text, pool, rng), people, rng)
            written += write(args.out, n, stem, ext, out)
            n += 1
            continue
        paras = paragraphs(text, ext)
        head, body = paras[:1], paras[1:]
        rng.shuffle(body)
        for i in range(len(body)):
            if pool and rng.random() < 0.33:
                body[i] = rng.choice(pool)
        out = vary("\n\n".join(head + body), people, rng) + "\n"
        written += write(args.out, n, stem, ext, out)
        n += 1
    print(f"{n} recaps, {written} bytes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
