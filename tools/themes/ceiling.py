#!/usr/bin/env python3
"""How many gold themes recap's candidates could match at best, and why the others cannot.

Input: the JSON Lines of the `theme_features` example written with `--tokens`:

    cargo run --profile fast --example theme_features -- corpora/dev --tokens > /tmp/dev-tok.jsonl
    python3 tools/themes/ceiling.py /tmp/dev-tok.jsonl [--examples 4]

Oracle: the largest one-to-one matching between a document's gold themes and its candidates
(at most 10 of them), with the candidates recap ranks (absorbed ones out) and with all of
them. Each gold theme no candidate matches gets one cause, found from the document's tokens
as `recap eval` stems them:
- `phrase, candidate too long`: its words stand together in the text (stop words between
  them allowed) and a candidate holds all its stems, but with too many others;
- `phrase, split`: its words stand together, but candidates hold only parts of it (a stop
  word, entity, number or name of recap's candidate rules cuts the phrase);
- `phrase, no candidate`: its words stand together, but no candidate holds half of it;
- `words near, other wording`: all its stems occur within 12 tokens, not as one phrase;
- `words apart`: all its stems occur in the text, never within 12 tokens of each other;
- `words missing`: some of its stems are nowhere in the text (the analyst's own wording).
"""

import argparse
import json
from collections import Counter, defaultdict

AT = 10
WINDOW = 12


def max_matching(edges, n_gold):
    """Size of a largest bipartite matching (Kuhn's algorithm); edges: gold -> candidates."""
    owner = {}

    def augment(g, seen):
        for c in edges[g]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = g
                return True
        return False

    return sum(1 for g in range(n_gold) if augment(g, set()))


def jaccard(a, b):
    shared = len(a & b)
    return shared / len(a | b) if a or b else 0.0


def phrase_in(tokens, gold):
    """Whether the gold stems stand together: a run of tokens starting and ending with one of
    them, holding all of them, and nothing else but stop words (at most 3)."""
    n = len(tokens)
    for i, (_, s) in enumerate(tokens):
        if s not in gold:
            continue
        have, stops = set(), 0
        for j in range(i, min(n, i + len(gold) + 4)):
            t = tokens[j][1]
            if t is None:
                stops += 1
                if stops > 3:
                    break
                continue
            if t not in gold:
                break
            have.add(t)
            if have == gold:
                return " ".join(w for w, _ in tokens[i : j + 1])
    return None


def near(tokens, gold):
    """A window of WINDOW tokens holding all the gold stems, as text, or None."""
    pos = defaultdict(list)
    for i, (_, s) in enumerate(tokens):
        if s in gold:
            pos[s].append(i)
    if set(pos) != gold:
        return None
    for i, (_, s) in enumerate(tokens):
        if s in gold and all(any(i <= p < i + WINDOW for p in pos[g]) for g in gold):
            return " ".join(w for w, _ in tokens[i : i + WINDOW])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--examples", type=int, default=4)
    args = ap.parse_args()
    total = ranked = every = 0
    causes = Counter()
    examples = defaultdict(list)
    for line in open(args.data, encoding="utf-8"):
        d = json.loads(line)
        if "doc" not in d:
            continue
        gold = d["gold"]
        total += len(gold)
        cands = d["candidates"]
        edges_ranked = [[] for _ in gold]
        edges_all = [[] for _ in gold]
        for i, c in enumerate(cands):
            for g, _, _ in c["matches"]:
                edges_all[g].append(i)
                if not c["absorbed"]:
                    edges_ranked[g].append(i)
        ranked += min(AT, max_matching(edges_ranked, len(gold)))
        every += min(AT, max_matching(edges_all, len(gold)))
        tokens = d["tokens"]
        stems = set(s for _, s in tokens if s)
        labels = [set(s) for s in d["label_stems"]]
        for g, theme in enumerate(gold):
            if edges_all[g]:
                continue
            gs = set(d["gold_stems"][g])
            best = max(range(len(cands)), key=lambda i: jaccard(gs, labels[i]), default=None)
            best_label = f"{cands[best]['label']!r} {jaccard(gs, labels[best]):.2f}" if best is not None else "-"
            where = phrase_in(tokens, gs) if gs else None
            if not gs:
                cause = "no content word"
            elif where:
                if any(gs <= l for l in labels):
                    cause = "phrase, candidate too long"
                    best_label = min((cands[i]["label"] for i, l in enumerate(labels) if gs <= l), key=len)
                elif any(2 * len(gs & l) >= len(gs) for l in labels):
                    cause = "phrase, split"
                else:
                    cause = "phrase, no candidate"
            elif not gs <= stems:
                cause = "words missing"
                where = "missing: " + " ".join(sorted(gs - stems))
            else:
                where = near(tokens, gs)
                cause = "words near, other wording" if where else "words apart"
            causes[cause] += 1
            examples[cause].append(f"{d['doc']} [{d['lang']}] {theme!r}: text {where!r}; best candidate {best_label}")
    print(f"gold themes: {total}")
    print(f"oracle@10, ranked candidates (absorbed out): {ranked} ({ranked / total:.4f})")
    print(f"oracle@10, every candidate (absorbed in):    {every} ({every / total:.4f})")
    print(f"matched by no candidate: {total - every}")
    for cause, n in causes.most_common():
        print(f"  {cause:28} {n:4} ({n / total:.3f} of gold)")
        for e in examples[cause][: args.examples]:
            print(f"      {e}")


if __name__ == "__main__":
    main()
