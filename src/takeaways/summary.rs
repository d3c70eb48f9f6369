//! Summary sentences for a recap that states no takeaways: a TextRank-like centrality ranking
//! over the similarity of sentences' content-word stems, personalised towards sentences that
//! carry the document's top themes.
//!
//! Everything is computed over vectors in sentence order and sorted sets, so the ranking does
//! not depend on hash order; ties go to the earlier sentence.

use super::{squash, Takeaway, TakeawayKind, SUMMARY_MAX_SCORE};
use crate::input::{BlockKind, Document};
use crate::segment::{fold_into, Segmented, TokenKind};
use crate::themes::Theme;
use rustc_hash::FxHashMap;

/// Damping factor of the random walk.
const DAMPING: f64 = 0.85;
/// Power iterations (the walk converges well before on recap-sized graphs).
const ITERATIONS: usize = 60;
/// Shortest and longest sentence, in words, that can be a summary sentence.
const MIN_WORDS: usize = 8;
const MAX_WORDS: usize = 60;
/// Themes that weigh on the ranking.
const TOP_THEMES: usize = 10;

/// Appends up to `n` summary sentences of `doc` to `out`.
pub(super) fn extract(
    doc: &Document,
    seg: &Segmented,
    themes: &[Theme],
    n: usize,
    out: &mut Vec<Takeaway>,
) {
    // Candidates: sentences of running text, neither too short (datelines, bylines) nor
    // holding speech (quotes are their own takeaways).
    // Each candidate's distinct stems as sorted ids of `stem_ids`: comparing sentences is then
    // a merge of integers, and no word or stem is allocated per token (each word is folded
    // into one buffer, each distinct stem stored once per document).
    let mut cands: Vec<(usize, Vec<u32>)> = Vec::new();
    let mut stem_ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut buf = String::new();
    for (si, s) in seg.sentences.iter().enumerate() {
        if !matches!(doc.blocks[s.block].kind, BlockKind::Paragraph) {
            continue;
        }
        let text = &doc.text[s.start..s.end];
        // Titles and datelines end without a full stop.
        if text.contains(['"', '“', '”', '«', '»', '„'])
            || !text.trim_end().ends_with(['.', '!', '?'])
        {
            continue;
        }
        let words = seg.tokens[s.tokens.clone()]
            .iter()
            .filter(|t| t.kind == TokenKind::Word);
        let n = words.clone().count();
        if !(MIN_WORDS..=MAX_WORDS).contains(&n) {
            continue;
        }
        let mut stems: Vec<u32> = Vec::with_capacity(n);
        for t in words {
            buf.clear();
            fold_into(&doc.text[t.start..t.end], &mut buf);
            let w = buf.as_str();
            let long = if w.is_ascii() {
                w.len() > 1
            } else {
                w.chars().count() > 1
            };
            if !long || seg.lang.is_stop_word(w) {
                continue;
            }
            stems.push(crate::segment::with_stem(seg.lang, w, |st| {
                if let Some(&id) = stem_ids.get(st) {
                    return id;
                }
                let id = stem_ids.len() as u32;
                stem_ids.insert(st.into(), id);
                id
            }));
        }
        stems.sort_unstable();
        stems.dedup();
        if stems.len() >= 2 {
            cands.push((si, stems));
        }
    }
    let ranks = rank(&cands, &stem_ids, themes);
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by(|&a, &b| ranks[b].total_cmp(&ranks[a]).then(a.cmp(&b)));
    let best = order
        .first()
        .map_or(1.0, |&i| ranks[i])
        .max(f64::MIN_POSITIVE);
    for &i in order.iter().take(n) {
        let s = &seg.sentences[cands[i].0];
        out.push(Takeaway {
            text: squash(&doc.text[s.start..s.end]),
            kind: TakeawayKind::Summary,
            speaker: None,
            sentence: cands[i].0,
            score: ((SUMMARY_MAX_SCORE * ranks[i] / best) * 1000.0).round() / 1000.0,
        });
    }
}

/// TextRank scores of the candidates: a random walk over the sentence-similarity graph that
/// restarts at sentences in proportion to the top themes they carry.
fn rank(
    cands: &[(usize, Vec<u32>)],
    stem_ids: &FxHashMap<Box<str>, u32>,
    themes: &[Theme],
) -> Vec<f64> {
    let n = cands.len();
    if n == 0 {
        return Vec::new();
    }
    // Similarity of TextRank (Mihalcea & Tarau 2004): overlap over the log of the lengths.
    // Stems as sorted ids, so that counting shared stems is a merge of integers.
    let sets: Vec<&[u32]> = cands.iter().map(|(_, stems)| stems.as_slice()).collect();
    let mut w = vec![vec![0.0f64; n]; n];
    for i in 0..n {
        for j in (i + 1)..n {
            let common = count_common(sets[i], sets[j]);
            if common > 0 {
                let norm = (cands[i].1.len() as f64).ln() + (cands[j].1.len() as f64).ln();
                let sim = common as f64 / norm.max(1.0);
                w[i][j] = sim;
                w[j][i] = sim;
            }
        }
    }
    // Restart weights: 1, plus the scores of the top themes whose stems the sentence holds.
    let theme_stems: Vec<(Vec<&str>, f64)> = themes
        .iter()
        .take(TOP_THEMES)
        .map(|t| (t.key.split(' ').collect(), t.score.max(0.0)))
        .collect();
    let mut p: Vec<f64> = cands
        .iter()
        .map(|(_, stems)| {
            1.0 + theme_stems
                .iter()
                .filter(|(key, _)| {
                    !key.is_empty()
                        && key.iter().all(|k| {
                            stem_ids
                                .get(*k)
                                .is_some_and(|id| stems.binary_search(id).is_ok())
                        })
                })
                .map(|(_, s)| s)
                .sum::<f64>()
        })
        .collect();
    let total: f64 = p.iter().sum();
    p.iter_mut().for_each(|x| *x /= total);
    let out_weight: Vec<f64> = w.iter().map(|row| row.iter().sum()).collect();
    // For each sentence, the sentences linked to it and their transition weights, in order: the
    // terms of the walk that are zero (most of them) add nothing to the sums.
    let links: Vec<Vec<(usize, f64)>> = (0..n)
        .map(|i| {
            (0..n)
                .filter(|&j| out_weight[j] > 0.0 && w[j][i] != 0.0)
                .map(|j| (j, w[j][i] / out_weight[j]))
                .collect()
        })
        .collect();
    let mut r = p.clone();
    for _ in 0..ITERATIONS {
        // Sentences that share no word with any other hand their rank back to the restart.
        let dangling: f64 = (0..n).filter(|&j| out_weight[j] == 0.0).map(|j| r[j]).sum();
        let next: Vec<f64> = (0..n)
            .map(|i| {
                let walk: f64 = links[i].iter().map(|&(j, q)| q * r[j]).sum();
                (1.0 - DAMPING) * p[i] + DAMPING * (walk + dangling * p[i])
            })
            .collect();
        r = next;
    }
    r
}

/// How many ids two sorted, duplicate-free lists share.
fn count_common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::super::test_util::doc;
    use super::*;
    use crate::segment::Lang;

    fn theme(key: &str, score: f64) -> Theme {
        Theme {
            key: key.into(),
            label: key.into(),
            count: 1,
            score,
            forms: Vec::new(),
        }
    }

    const RECAP: &str = "Mayors from across the region met in Victoria for two days of talks.\n\n\
        The mayors discussed housing costs, transit funding and climate adaptation in their cities.\n\n\
        Housing costs dominated the first day, as mayors compared rent controls and housing funds.\n\n\
        The weather was sunny and the harbour walk was very pleasant for all the guests.\n\n\
        Transit funding dominated the second day, with mayors asking for stable transit budgets.\n";

    fn summary(themes: &[Theme], n: usize) -> Vec<Takeaway> {
        let (d, s) = doc(RECAP, Lang::En);
        let mut out = Vec::new();
        extract(&d, &s, themes, n, &mut out);
        out
    }

    #[test]
    fn central_sentences_rank_first_and_off_topic_ones_last() {
        let out = summary(&[], 5);
        assert_eq!(out.len(), 5);
        // The sentences that share most with the others (housing, transit, mayors) lead.
        assert!(out[0].text.contains("housing"), "{out:?}");
        assert!(
            out[..3]
                .iter()
                .any(|t| t.text.starts_with("The mayors discussed")),
            "{out:?}"
        );
        assert!(out[4].text.starts_with("The weather was sunny"), "{out:?}");
        assert_eq!(out[0].score, SUMMARY_MAX_SCORE);
        assert!(out
            .iter()
            .all(|t| t.kind == TakeawayKind::Summary && t.score <= 0.5));
    }

    #[test]
    fn themes_pull_the_ranking_and_results_are_deterministic() {
        let transit = [theme("fund transit", 1.0)];
        let a = summary(&transit, 2);
        assert!(
            a.iter()
                .any(|t| t.text.starts_with("Transit funding dominated")),
            "{a:?}"
        );
        for _ in 0..5 {
            assert_eq!(summary(&transit, 2), a);
        }
        assert_eq!(summary(&[], 0), Vec::new());
    }

    #[test]
    fn french_and_german_summaries() {
        let (d, s) = doc(
            "Les maires ont débattu du logement et des transports pendant deux jours.\n\n\
             Le logement abordable reste la priorité des maires et des villes moyennes.\n\n\
             Il faisait beau et le déjeuner était excellent pour tout le monde ici.\n",
            Lang::Fr,
        );
        let mut out = Vec::new();
        extract(&d, &s, &[], 1, &mut out);
        assert_eq!(out.len(), 1);
        assert!(!out[0].text.starts_with("Il faisait beau"), "{out:?}");
        let (d, s) = doc(
            "Die Bürgermeister sprachen zwei Tage über Wohnungen und Verkehr in den Städten.\n\n\
             Bezahlbare Wohnungen bleiben für die Bürgermeister der Städte das wichtigste Thema.\n\n\
             Das Wetter war schön und das Mittagessen war für alle Gäste sehr gut.\n",
            Lang::De,
        );
        let mut out = Vec::new();
        extract(&d, &s, &[], 1, &mut out);
        assert!(!out[0].text.starts_with("Das Wetter"), "{out:?}");
    }
}
