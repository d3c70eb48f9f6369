#!/usr/bin/env python3
"""Fits the theme ranker's weights and estimates its recall@10 by cross-validation.

Input: the JSON Lines written by the `theme_features` example (tools/themes/features.rs):
every theme candidate of every recap with its features and the gold themes its label matches.

    cargo run --profile fast --example theme_features -- corpora/dev > /tmp/dev.jsonl
    python3 tools/themes/fit.py /tmp/dev.jsonl                 # CV report
    python3 tools/themes/fit.py /tmp/dev.jsonl --write src/themes/weights.rs

The ranking is simulated exactly as recap does it (src/themes/score.rs): absorbed candidates
left out, best score first (ties: higher count, then key), near-duplicates of a kept theme
skipped, the first 10 matched one-to-one against the gold themes, best overlap first, as
`recap eval` matches them. The figure reported is recall@10 with k-fold cross-validation
grouped by document: each document is ranked by weights fitted without it.

With `--trees N`, the logistic model's logit is the start of N small regression trees
fitted by LightGBM's lambdarank objective (a listwise ranker, grouped by document) on the
same features; recap adds their leaves to the logit (src/themes/score.rs), and the
simulation here walks the trees as recap does (`tree_sum`), not through LightGBM.

Needs numpy and scikit-learn (a venv: python3 -m venv /tmp/v && /tmp/v/bin/pip install
numpy scikit-learn), and lightgbm for `--trees`.
"""

import argparse
import json
import math
import sys
from collections import defaultdict
from fractions import Fraction

import numpy as np
from sklearn.linear_model import LogisticRegression

AT = 10
LABEL = "y"
ASCENT = 0
# Keep equal to score.rs DIVERSITY.
DIVERSITY = 0.5
# The feature recomputed from the training documents' gold themes (see `prior_table`).
PRIOR = "prior"
# The features of the label's first and last word endings, recomputed likewise (see
# `ending_table`), in the order of the `ends` each candidate carries.
ENDINGS = ("first_ending", "last_ending")
# Smoothing of the prior: pseudo-documents at the base rate.
PRIOR_SMOOTHING = 4.0
# Lambdarank trees on top of the logistic logit (`--trees`): number, leaves per tree,
# learning rate, fewest candidates per leaf. 0 trees: the linear model alone.
TREES = dict(n=0, leaves=4, rate=0.05, min_leaf=50)


def load(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        names = json.loads(f.readline())["features"]
        for line in f:
            d = json.loads(line)
            cands = d["candidates"]
            d["X"] = np.array([c["x"] for c in cands], dtype=float).reshape(len(cands), len(names))
            d["stems"] = [c["key"].split(" ") for c in cands]
            d["ends"] = [c.get("ends", ["", ""]) for c in cands]
            d["count"] = [round(math.exp(c["x"][names.index("log_count")])) for c in cands]
            d["absorbed"] = np.array([c["absorbed"] for c in cands], dtype=bool)
            d["y"] = np.array([1 if c["matches"] else 0 for c in cands])
            # The cleanest candidates for each gold theme: the highest overlap with it.
            best = {}
            for c in cands:
                for g, num, den in c["matches"]:
                    best[g] = max(best.get(g, 0), num / den)
            d["y_best"] = np.array(
                [1 if any(num / den >= best[g] for g, num, den in c["matches"]) else 0 for c in cands]
            )
            docs.append(d)
    return names, docs


def log_odds(per_doc, smoothing):
    """From each document's keys with a candidate and keys with a matching candidate, the share
    of documents with the key where it matched, smoothed by `smoothing` pseudo-documents at the
    base rate and given as log-odds above that rate (rounded as written)."""
    pos, tot = defaultdict(int), defaultdict(int)
    for seen, good in per_doc:
        for k in seen:
            tot[k] += 1
        for k in good:
            pos[k] += 1
    base = sum(pos.values()) / max(1, sum(tot.values()))
    logit = lambda p: math.log(p / (1 - p))
    return {
        k: round(logit((pos.get(k, 0) + smoothing * base) / (n + smoothing)) - logit(base), 3)
        for k, n in tot.items()
    }


def prior_table(docs, smoothing=PRIOR_SMOOTHING):
    """Keyphraseness of each (language, stem), after KEA: of the training documents with a
    candidate holding the stem, the share where such a candidate matches a gold theme,
    smoothed towards the base rate and given as log-odds above it."""

    def keys(d):
        seen, good = set(), set()
        for stems, y in zip(d["stems"], d["y"]):
            for s in stems:
                seen.add((d["lang"], s))
                if y:
                    good.add((d["lang"], s))
        return seen, good

    return log_odds(map(keys, docs), smoothing)


def ending_table(docs, smoothing=PRIOR_SMOOTHING):
    """The same for the endings of a ranked (not absorbed) candidate's first and last words:
    (language, place, ending) → log-odds above the base rate of that place. Endings carry over
    to unseen words: a phrase ending in a verb form ("management starts", "oliveiras ocupam")
    counts against it in any recap."""

    def keys(d, place):
        seen, good = set(), set()
        for ends, y, absorbed in zip(d["ends"], d["y"], d["absorbed"]):
            if not absorbed:
                seen.add((d["lang"], place, ends[place]))
                if y:
                    good.add((d["lang"], place, ends[place]))
        return seen, good

    table = {}
    for place in range(len(ENDINGS)):
        table.update(log_odds((keys(d, place) for d in docs), smoothing))
    return table


def priors(docs):
    """Both learned tables from these documents' gold themes: stems, and word endings."""
    return prior_table(docs), ending_table(docs)


def set_prior(names, docs, tables):
    """Sets each candidate's prior feature (the mean over its stems, 0 for unseen ones) and
    its endings' features (0 for an unseen ending)."""
    stems, endings = tables
    j = names.index(PRIOR)
    places = [(p, names.index(n)) for p, n in enumerate(ENDINGS) if n in names]
    for d in docs:
        for i, st in enumerate(d["stems"]):
            d["X"][i, j] = sum(stems.get((d["lang"], s), 0.0) for s in st) / max(1, len(st))
            for p, jp in places:
                d["X"][i, jp] = endings.get((d["lang"], p, d["ends"][i][p]), 0.0)


def out_of_fold_prior(names, docs, k):
    """Each document's prior from the other folds only, so that training sees the feature as
    an unseen document would."""
    parts = folds(docs, k)
    for f, part in enumerate(parts):
        set_prior(names, part, priors([d for g, p in enumerate(parts) if g != f for d in p]))


def near_duplicate(a, b):
    shared = sum(1 for s in a if s in b)
    return shared > 0 and shared * 2 >= len(a) + len(b) - shared


def redundancy(kept_stems, stems):
    """The share of `stems` that the most similar kept stem list holds (score.rs)."""
    most = max((sum(1 for s in stems if s in k) for k in kept_stems), default=0)
    return most / max(len(stems), 1)


def top(d, scores):
    """Indices of the first AT themes recap would list with these scores: greedily, the best
    score less DIVERSITY times its redundancy with the themes kept, near-duplicates skipped."""
    order = [i for i in range(len(scores)) if not d["absorbed"][i]]
    order.sort(key=lambda i: (-scores[i], -d["count"][i], d["candidates"][i]["key"]))
    out = [False] * len(order)
    kept = []
    while len(kept) < AT:
        best = None
        for j, i in enumerate(order):
            if best is not None and scores[i] <= best[1]:
                break
            if out[j]:
                continue
            if any(near_duplicate(d["stems"][k], d["stems"][i]) for k in kept):
                out[j] = True
                continue
            adjusted = scores[i] - DIVERSITY * redundancy([d["stems"][k] for k in kept], d["stems"][i])
            if best is None or adjusted > best[1]:
                best = (j, adjusted)
        if best is None:
            break
        out[best[0]] = True
        kept.append(order[best[0]])
    return kept


def matched(d, kept):
    """Gold themes matched one-to-one by the kept candidates, as recap eval matches them."""
    pairs = []
    for p, i in enumerate(kept):
        for g, num, den in d["candidates"][i]["matches"]:
            pairs.append((-Fraction(num, den), g, p))
    pairs.sort()
    gold_used, pred_used, n = set(), set(), 0
    for _, g, p in pairs:
        if g not in gold_used and p not in pred_used:
            gold_used.add(g)
            pred_used.add(p)
            n += 1
    return n


def evaluate(docs, scores_of):
    """(matched gold, gold, predictions, per-language [matched, gold])."""
    tp = gold = pred = 0
    per_lang = defaultdict(lambda: [0, 0])
    for d in docs:
        kept = top(d, scores_of(d))
        m = matched(d, kept)
        tp += m
        gold += len(d["gold"])
        pred += len(kept)
        per_lang[d["lang"]][0] += m
        per_lang[d["lang"]][1] += len(d["gold"])
    return tp, gold, pred, dict(per_lang)


def design(names, d, use):
    return d["X"][:, [names.index(n) for n in use]]


def fit(names, docs, use, c, mode):
    """Weights (on raw features) and intercept of a logistic model."""
    X = np.vstack([design(names, d, use)[~d["absorbed"]] for d in docs])
    y = np.concatenate([d[LABEL][~d["absorbed"]] for d in docs])
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    if mode == "pointwise":
        model = LogisticRegression(C=c, max_iter=5000)
        model.fit((X - mu) / sd, y)
        w = model.coef_[0] / sd
        return w, float(model.intercept_[0] - (w * mu).sum())
    # Pairwise: within a document, each matching candidate against each other candidate.
    diffs = []
    for d in docs:
        Z = (design(names, d, use)[~d["absorbed"]] - mu) / sd
        yy = d["y"][~d["absorbed"]]
        pos, neg = Z[yy == 1], Z[yy == 0]
        if len(pos) == 0 or len(neg) == 0:
            continue
        # Each document weighs the same whatever its number of candidates.
        dd = (pos[:, None, :] - neg[None, :, :]).reshape(-1, Z.shape[1])
        weight = np.full(len(dd), 1.0 / len(dd))
        diffs.append((dd, weight))
    D = np.vstack([a for a, _ in diffs])
    W = np.concatenate([b for _, b in diffs])
    D2 = np.vstack([D, -D])
    y2 = np.concatenate([np.ones(len(D)), np.zeros(len(D))])
    W2 = np.concatenate([W, W]) * len(docs)
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    model.fit(D2, y2, sample_weight=W2)
    w = model.coef_[0] / sd
    return w, 0.0


def recall(names, docs, use, w, b):
    return evaluate(docs, lambda d: design(names, d, use) @ w + b)[0]


def fit_trees(names, docs, use, w, b):
    """Lambdarank trees started from the logistic logit, on the ranked candidates of each
    document as one group. Each tree as (splits, leaves): a split is (column of `use`,
    threshold, left, right), a child >= 0 a split of the same tree, < 0 the leaf ~child;
    a tree without splits is its one leaf. Deterministic (one thread, fixed seed)."""
    if TREES["n"] == 0:
        return []
    import lightgbm as lgb

    Xs, ys, groups = [], [], []
    for d in docs:
        m = ~d["absorbed"]
        if m.any():
            Xs.append(design(names, d, use)[m])
            ys.append(d[LABEL][m])
            groups.append(int(m.sum()))
    X = np.vstack(Xs)
    params = dict(
        objective="lambdarank", lambdarank_truncation_level=30, num_leaves=TREES["leaves"],
        learning_rate=TREES["rate"], min_data_in_leaf=TREES["min_leaf"], verbosity=-1,
        num_threads=1, seed=1, deterministic=True, force_row_wise=True,
    )
    data = lgb.Dataset(X, np.concatenate(ys), group=groups, init_score=X @ w + b)
    model = lgb.train(params, data, num_boost_round=TREES["n"])
    trees = []
    for info in model.dump_model()["tree_info"]:
        splits, leaves = [], []

        def walk(node):
            if "leaf_value" in node:
                leaves.append(float(node["leaf_value"]))
                return ~(len(leaves) - 1)
            assert node["decision_type"] == "<=" and node["missing_type"] in ("None", "NaN"), node
            i = len(splits)
            splits.append(None)
            left, right = walk(node["left_child"]), walk(node["right_child"])
            splits[i] = (int(node["split_feature"]), float(node["threshold"]), left, right)
            return i

        walk(info["tree_structure"])
        trees.append((splits, leaves))
    # The walk here is the one recap does: it must give LightGBM's own sums.
    got = tree_sum(trees, X, np.zeros(len(X)))
    want = model.predict(X, raw_score=True)
    assert np.allclose(got, want, rtol=0, atol=1e-9), np.abs(got - want).max()
    return trees


def tree_sum(trees, X, z):
    """`z` plus each tree's leaf for each row of X, added tree by tree as recap adds them."""
    z = np.array(z, dtype=float)
    for splits, leaves in trees:
        if not splits:
            z += leaves[0]
            continue
        node = np.zeros(len(X), dtype=int)
        leaf = np.full(len(X), -1)
        todo = np.arange(len(X))
        while len(todo):
            f = np.array([splits[n][0] for n in node[todo]])
            t = np.array([splits[n][1] for n in node[todo]])
            go_left = X[todo, f] <= t
            child = np.where(go_left, [splits[n][2] for n in node[todo]], [splits[n][3] for n in node[todo]])
            done = child < 0
            leaf[todo[done]] = ~child[done]
            node[todo[~done]] = child[~done]
            todo = todo[~done]
        z += np.array(leaves)[leaf]
    return z


def scorer(names, use, w, b, trees):
    """A document's candidate scores as recap computes them: the logit, then the trees."""
    return lambda d: tree_sum(trees, design(names, d, use), design(names, d, use) @ w + b)


def ascend(names, docs, use, w, passes):
    """Coordinate ascent on the training documents' matched gold themes (recall@10 itself),
    from the logistic weights: each weight in turn is scaled or nudged by a step of its
    feature's standard deviation, and a change is kept when it matches strictly more."""
    X = np.vstack([design(names, d, use)[~d["absorbed"]] for d in docs])
    sd = X.std(0)
    sd[sd == 0] = 1
    w = w.copy()
    best = recall(names, docs, use, w, 0.0)
    for _ in range(passes):
        improved = False
        for j in range(len(use)):
            for step in (-0.5, -0.2, 0.2, 0.5):
                trial = w.copy()
                trial[j] += step / sd[j]
                r = recall(names, docs, use, trial, 0.0)
                if r > best:
                    best, w, improved = r, trial, True
        if not improved:
            break
    return w


def folds(docs, k):
    """Documents into k folds, round robin over their sorted ids (deterministic)."""
    ids = sorted(d["doc"] for d in docs)
    which = {doc: i % k for i, doc in enumerate(ids)}
    return [[d for d in docs if which[d["doc"]] == f] for f in range(k)]


def cross_validate(names, docs, use, c, mode, k):
    parts = folds(docs, k)
    tp = gold = pred = 0
    per_lang = defaultdict(lambda: [0, 0])
    for f in range(k):
        train = [d for g, p in enumerate(parts) if g != f for d in p]
        if PRIOR in names:
            out_of_fold_prior(names, train, k)
            set_prior(names, parts[f], priors(train))
        w, b = fit(names, train, use, c, mode)
        if ASCENT:
            w = ascend(names, train, use, w, ASCENT)
        trees = fit_trees(names, train, use, w, b)
        r = evaluate(parts[f], scorer(names, use, w, b, trees))
        tp, gold, pred = tp + r[0], gold + r[1], pred + r[2]
        for lang, (m, n) in r[3].items():
            per_lang[lang][0] += m
            per_lang[lang][1] += n
    return tp, gold, pred, dict(per_lang)


def show(label, r):
    tp, gold, pred, per_lang = r
    langs = " ".join(f"{l}={m / n:.3f}({m}/{n})" for l, (m, n) in sorted(per_lang.items()))
    print(f"{label}: recall@10 {tp / gold:.4f} ({tp}/{gold}) precision@10 {tp / pred:.4f}  {langs}")


def main():
    global LABEL, ASCENT, DIVERSITY
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--mode", default="pointwise", choices=["pointwise", "pairwise"])
    ap.add_argument("--drop", default="", help="features to leave out, comma-separated")
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--write", help="write the full-data weights to this Rust file")
    ap.add_argument("--ascent", type=int, default=0, help="passes of coordinate ascent")
    ap.add_argument("--label", default="y", choices=["y", "y_best"])
    ap.add_argument("--diversity", type=float, default=DIVERSITY,
                    help="logit penalty per share of stems held by a kept theme (score.rs DIVERSITY)")
    ap.add_argument("--trees", type=int, default=0,
                    help="lambdarank trees on top of the logistic logit (needs lightgbm)")
    ap.add_argument("--leaves", type=int, default=TREES["leaves"], help="leaves per tree")
    ap.add_argument("--rate", type=float, default=TREES["rate"], help="trees' learning rate")
    ap.add_argument("--min-leaf", type=int, default=TREES["min_leaf"],
                    help="fewest candidates per leaf")
    ap.add_argument("--write-prior", help="write the stems' prior (TSV) to this file")
    ap.add_argument("--write-endings", help="write the word endings' prior (TSV) to this file")
    args = ap.parse_args()
    DIVERSITY = args.diversity
    TREES.update(n=args.trees, leaves=args.leaves, rate=args.rate, min_leaf=args.min_leaf)
    LABEL = args.label
    ASCENT = args.ascent
    names, docs = load(args.data)
    drop = set(filter(None, args.drop.split(",")))
    use = [n for n in names if n not in drop]
    base = names.index("base")
    show("current ranking", evaluate(docs, lambda d: d["X"][:, base]))
    if args.sweep:
        for mode in ["pointwise", "pairwise"]:
            for c in [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]:
                show(f"CV {mode} C={c}", cross_validate(names, docs, use, c, mode, args.folds))
        return
    cv = cross_validate(names, docs, use, args.c, args.mode, args.folds)
    show(f"CV {args.folds}-fold {args.mode} C={args.c}", cv)
    if PRIOR in names:
        out_of_fold_prior(names, docs, args.folds)
    w, b = fit(names, docs, use, args.c, args.mode)
    if PRIOR in names:
        # What recap computes: the prior of every document of corpora/dev.
        tables = priors(docs)
        set_prior(names, docs, tables)
        if args.write_prior:
            write_prior(args.write_prior, tables[0], len(docs))
        if args.write_endings:
            write_endings(args.write_endings, tables[1], len(docs))
    if ASCENT:
        w = ascend(names, docs, use, w, ASCENT)
    # Fitted, as the linear weights, on the out-of-fold prior: set it back for the trees.
    if PRIOR in names and TREES["n"]:
        out_of_fold_prior(names, docs, args.folds)
    trees = fit_trees(names, docs, use, w, b)
    if PRIOR in names:
        set_prior(names, docs, priors(docs))
    full = evaluate(docs, scorer(names, use, w, b, trees))
    show("full fit (training documents)", full)
    X = np.vstack([design(names, d, use)[~d["absorbed"]] for d in docs])
    sd = X.std(0)
    print("weights (raw; x std = effect of one standard deviation):")
    for n, wi, s in sorted(zip(use, w, sd), key=lambda t: -abs(t[1] * t[2])):
        print(f"  {n:16} {wi:+.4f}  {wi * s:+.3f}")
    print(f"  intercept        {b:+.4f}")
    if trees:
        print(f"  {len(trees)} trees, {sum(len(t[1]) for t in trees)} leaves")
    if args.write:
        write(args, names, use, w, b, trees, cv, full, len(docs))


def write_prior(path, table, n_docs):
    """The prior as sorted TSV: language, stem, log-odds above the base rate."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# Theme prior of word stems, from the gold themes of the {n_docs} recaps in corpora/dev.\n")
        f.write("# Generated by tools/themes/fit.py --write-prior; do not edit by hand.\n")
        for (lang, stem), v in sorted(table.items()):
            f.write(f"{lang}\t{stem}\t{v}\n")


def write_endings(path, table, n_docs):
    """The endings' prior as sorted TSV: language, place (first or last word), ending,
    log-odds above the base rate."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# Theme prior of label word endings, from the gold themes of the {n_docs} recaps in corpora/dev.\n")
        f.write("# Generated by tools/themes/fit.py --write-endings; do not edit by hand.\n")
        for (lang, place, end), v in sorted(table.items()):
            if end:
                f.write(f"{lang}\t{('first', 'last')[place]}\t{end}\t{v}\n")


def figures(r):
    tp, gold, pred, per_lang = r
    langs = ", ".join(f"{l} {m / n:.3f}" for l, (m, n) in sorted(per_lang.items()))
    return f"{tp / gold:.4f} ({tp} of {gold}; precision@10 {tp / pred:.4f}; {langs})"


def write(args, names, use, w, b, trees, cv, full, n_docs):
    """The weights as a Rust file: every feature of `names` in order, 0 for those left out;
    then the trees, their splits and leaves each in one flat list."""
    weight = dict(zip(use, w))
    extra = f" --drop {args.drop}" if args.drop else ""
    ascent = f" --ascent {args.ascent}" if args.ascent else ""
    if trees:
        extra += (f"; {args.trees} lambdarank trees of {args.leaves} leaves, rate {args.rate},"
                  f" at least {args.min_leaf} candidates a leaf")
    lines = [
        "//! Weights of the learned theme ranker (see `features` for what each feature is).",
        "//!",
        "//! Generated by `tools/themes/fit.py` (logistic regression, "
        f"{args.mode}, C={args.c}{ascent}{extra})",
        f"//! from the theme candidates of the {n_docs} recaps in corpora/dev, as written by",
        "//! `cargo run --profile fast --example theme_features -- corpora/dev`. Do not edit by hand:",
        "//! regenerate with `python3 tools/themes/fit.py FEATURES.jsonl --write src/themes/weights.rs`.",
        "//!",
        f"//! Recall@10 on corpora/dev, {args.folds}-fold cross-validation grouped by document:",
        f"//! {figures(cv)}.",
        "//! With these weights (fitted on all of corpora/dev, so a training fit):",
        f"//! {figures(full)}.",
        "",
        "/// Added to the weighted sum of the features.",
        f"pub(crate) const INTERCEPT: f64 = {b!r};",
        "",
        "/// Weight of each feature, in the order of `features::NAMES`.",
        "pub(crate) const WEIGHTS: [(&str, f64); super::features::COUNT] = [",
    ]
    for n in names:
        lines.append(f'    ("{n}", {float(weight.get(n, 0.0))!r}),')
    lines.append("];")
    # The trees as code, one line each: nested comparisons with constants are a few
    # instructions a tree, where walking the same trees as data took about 40.
    def expr(splits, leaves, node):
        if node < 0:
            return f"{{ {float(leaves[~node])!r} }}"
        f, t, l, r = splits[node]
        left, right = expr(splits, leaves, l), expr(splits, leaves, r)
        left = left if l < 0 else f"{{ {left} }}"
        return f"if x[{names.index(use[f])}] <= {float(t)!r} {left} else {right}"

    lines += [
        "",
        f"/// `z` plus the leaf of each of the {len(trees)} ranking trees that `x` reaches, tree by tree",
        "/// (see `score::trees`): `x[i]` is feature `features::NAMES[i]`.",
        "#[rustfmt::skip]",
        "pub(crate) fn trees(x: &[f64; super::features::COUNT], mut z: f64) -> f64 {",
    ]
    for tree_splits, tree_leaves in trees:
        body = expr(tree_splits, tree_leaves, 0 if tree_splits else -1)
        lines.append(f"    z += {body};" if tree_splits else f"    z += {body[2:-2]};")
    lines += ["    z", "}"]
    with open(args.write, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
