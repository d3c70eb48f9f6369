//! Tests of theme extraction and codebooks.

use super::*;
use crate::input::{Document, TextFormat};
use crate::segment::{segment, Lang};
use std::path::Path;

fn doc(text: &str) -> Document {
    Document::from_text("t".into(), "t.txt".into(), TextFormat::Text, text)
}

fn themes_of(text: &str, lang: Lang) -> Vec<Theme> {
    let d = doc(text);
    let seg = segment(&d, Some(lang));
    extract(
        &d,
        &seg,
        &[],
        crate::lexicon::builtin(),
        &ThemeOptions::default(),
    )
}

fn labels(themes: &[Theme]) -> Vec<&str> {
    themes.iter().map(|t| t.label.as_str()).collect()
}

fn find<'a>(themes: &'a [Theme], key: &str) -> Option<&'a Theme> {
    themes.iter().find(|t| t.key == key)
}

#[test]
fn plural_possessive_and_word_order_variants_are_one_theme() {
    let themes = themes_of(
        "The participation of citizens was discussed.\n\n\
         Citizens' participation grows when budgets are open.\n\n\
         Everyone wants more citizen participation.",
        Lang::En,
    );
    let t = find(&themes, "citizen particip").expect("citizen participation theme");
    assert_eq!(t.count, 3, "{themes:?}");
    assert_eq!(
        themes
            .iter()
            .filter(|t| t.key.contains("particip") && t.key.contains("citizen"))
            .count(),
        1,
        "{themes:?}"
    );
}

#[test]
fn hyphenated_and_open_forms_share_a_key() {
    let text = "Short-term rentals worry residents.\n\n\
                Officials want fewer short term rentals in old districts.";
    // The ranking may prefer the longer "fewer short term rentals"; the key is the
    // candidates' business.
    let themes = themes_of(text, Lang::En);
    assert!(themes.iter().any(|t| t.key.contains("rental short term")));
    let rows = features_of(text, Lang::En);
    let t = rows.iter().find(|r| r.0 == "rental short term").unwrap();
    assert_eq!(feature(t, "log_count"), 2f64.ln());
}

#[test]
fn sub_phrase_nearly_always_inside_merges_into_the_longer_theme() {
    let themes = themes_of(
        "Local energy communities were the focus.\n\n\
         Three local energy communities shared figures.\n\n\
         Funding for local energy communities remains scarce.",
        Lang::En,
    );
    assert!(
        find(&themes, "communiti energi local").is_some(),
        "{themes:?}"
    );
    assert!(find(&themes, "communiti energi").is_none(), "{themes:?}");
    assert!(find(&themes, "energi").is_none(), "{themes:?}");
}

#[test]
fn label_is_the_most_frequent_surface_form() {
    let themes = themes_of(
        "Participation of citizens matters.\n\n\
         The participation of citizens was high.\n\n\
         Citizen participation was the topic.",
        Lang::En,
    );
    let t = find(&themes, "citizen particip").expect("theme");
    assert_eq!(t.label, "participation of citizens");
    assert_eq!(
        t.forms,
        vec![
            ("participation of citizens".to_string(), 2),
            ("citizen participation".to_string(), 1)
        ]
    );
}

#[test]
fn near_duplicates_do_not_both_make_the_list() {
    let themes = themes_of(
        "Energy communities grow.\n\n\
         Local energy communities share power.\n\n\
         Energy communities need grid connections.",
        Lang::En,
    );
    let with_both = themes
        .iter()
        .filter(|t| t.key.contains("communiti") && t.key.contains("energi"))
        .count();
    assert_eq!(with_both, 1, "{:?}", labels(&themes));
    assert!(score::near_duplicate(
        &["communiti", "energi"],
        &["communiti", "energi", "local"]
    ));
    assert!(!score::near_duplicate(
        &["communiti", "energi"],
        &["energi", "transit", "local"]
    ));
    // A single word is no duplicate of a phrase of three words that holds it.
    assert!(score::near_duplicate(&["hous"], &["afford", "hous"]));
    assert!(!score::near_duplicate(
        &["hous"],
        &["hous", "limited-profit", "sector"]
    ));
}

#[test]
fn redundancy_is_the_share_of_stems_a_listed_theme_holds() {
    let housing: &[&str] = &["hous"];
    let costs: &[&str] = &["cost", "hous"];
    assert_eq!(score::redundancy(&[], &["cost", "hous"]), 0.0);
    assert_eq!(score::redundancy(&[housing], &["cost", "hous"]), 0.5);
    assert_eq!(
        score::redundancy(&[housing, costs], &["cost", "hous", "rent"]),
        2.0 / 3.0
    );
    assert_eq!(score::redundancy(&[costs], &["water"]), 0.0);
}

#[test]
fn listed_scores_never_rise_down_the_list() {
    // The diversity penalty reorders themes; the scores shown follow the order.
    let themes = themes_of(
        "Housing costs rose. Housing costs and housing supply were discussed.\n\n\
         Housing supply lags. Water quality and water supply matter.\n\n\
         Water quality tests, housing costs, public transport and bike lanes.",
        Lang::En,
    );
    assert!(themes.len() >= 3, "{:?}", labels(&themes));
    assert!(
        themes.windows(2).all(|w| w[0].score >= w[1].score),
        "{:?}",
        themes
            .iter()
            .map(|t| (&t.label, t.score))
            .collect::<Vec<_>>()
    );
}

#[test]
fn capitalised_event_names_verbs_and_numbers_stay_out() {
    let themes = themes_of(
        "Ten start-ups pitched at Baltic Founders Day in 2023.\n\n\
         We buy land early. Waste heat from server rooms feeds building heating.",
        Lang::En,
    );
    let all = labels(&themes).join(" | ");
    assert!(!all.contains("founders"), "{all}");
    assert!(!all.contains("buy"), "{all}");
    assert!(!all.contains("2023"), "{all}");
    assert!(all.contains("waste heat"), "{all}");
}

#[test]
fn sentence_adverbs_and_bare_comparatives_are_no_themes() {
    let themes = themes_of(
        "Meanwhile, the city discussed climate goals. The name moved from digital to the \
         broader intelligent. Meanwhile, climate goals stayed central.",
        Lang::En,
    );
    let all = labels(&themes).join(" | ");
    assert!(!all.contains("meanwhile"), "{all}");
    assert!(!all.split(" | ").any(|t| t == "broader"), "{all}");
    assert!(all.contains("climate goals"), "{all}");
}

#[test]
fn french_candidates_use_de_and_elisions() {
    let themes = themes_of(
        "L'adaptation au changement climatique était au cœur des échanges.\n\n\
         Les îlots de chaleur touchent les cours d'école.\n\n\
         La lutte contre les îlots de chaleur passe par la végétalisation des cours d'école.",
        Lang::Fr,
    );
    let l = labels(&themes);
    assert!(l.contains(&"îlots de chaleur"), "{l:?}");
    assert!(
        l.iter().any(|x| x.contains("adaptation au changement")),
        "{l:?}"
    );
    assert!(!l.iter().any(|x| x.starts_with("l'")), "{l:?}");
}

#[test]
fn german_candidates_are_nouns_with_adjectives() {
    let themes = themes_of(
        "Die digitale Verwaltung war das Thema.\n\n\
         Ohne Stadtplanung und ohne digitale Verwaltung geht es nicht, sagte sie.\n\n\
         Die Stadtplanung wurde gelobt.",
        Lang::De,
    );
    let l = labels(&themes);
    assert!(l.contains(&"digitale Verwaltung"), "{l:?}");
    assert!(l.contains(&"Stadtplanung"), "{l:?}");
    assert!(!l.iter().any(|x| x.contains("wurde")), "{l:?}");
}

#[test]
fn spanish_and_italian_candidates() {
    let es = themes_of(
        "La protección de datos personales preocupa a los municipios.\n\n\
         La inclusión digital y la protección de datos personales fueron clave.",
        Lang::Es,
    );
    let l = labels(&es);
    assert!(l.contains(&"protección de datos personales"), "{l:?}");
    assert!(l.contains(&"inclusión digital"), "{l:?}");
    let it = themes_of(
        "La rigenerazione urbana delle aree dismesse cambia i quartieri.\n\n\
         L'aumento degli affitti segue spesso la rigenerazione urbana.",
        Lang::It,
    );
    let l = labels(&it);
    // Which of the phrase and its longer form ranks first is the fitted weights' choice.
    assert!(
        l.iter().any(|x| x.starts_with("rigenerazione urbana")),
        "{l:?}"
    );
    assert!(l.contains(&"aumento degli affitti"), "{l:?}");
}

#[test]
fn extraction_is_deterministic() {
    let text = "Open data portals help. Data standards matter for open data.\n\n\
                City portals and user groups keep open data alive.";
    let first = themes_of(text, Lang::En);
    for _ in 0..5 {
        assert_eq!(themes_of(text, Lang::En), first);
    }
    assert!(first.windows(2).all(|w| w[0].score >= w[1].score));
}

const TOML_BOOK: &str = r#"
# A codebook.
[[theme]]
name = "citizen participation"
patterns = ["citizen* particip*", "co-creation"]

[[theme]]
name = "finance"
patterns = ["financ*", "fund"]
"#;

#[test]
fn codebook_toml_parses_and_counts() {
    let book = Codebook::from_toml(TOML_BOOK, Path::new("book.toml")).unwrap();
    assert_eq!(book.themes.len(), 2);
    assert_eq!(book.themes[0].name, "citizen participation");
    let d = doc(
        "Citizen participation and the participation of citizens grew.\n\n\
                 Co-creation needs funds and financing. Citizens' participation too.",
    );
    let seg = segment(&d, Some(Lang::En));
    let counts = book.count(&d, &seg);
    assert_eq!(
        counts,
        vec![
            CodebookCount {
                theme: "citizen participation".into(),
                count: 4
            },
            CodebookCount {
                theme: "finance".into(),
                count: 2
            },
        ]
    );
}

#[test]
fn codebook_csv_parses_merging_rows() {
    let csv = "theme,patterns\n\
               citizen participation,citizen* particip*; citizen* engag*\n\
               finance,financ*|invest*\n\
               citizen participation,co-creation\n";
    let book = Codebook::from_csv(csv, Path::new("book.csv")).unwrap();
    assert_eq!(book.themes.len(), 2);
    assert_eq!(
        book.themes[0].patterns,
        ["citizen* particip*", "citizen* engag*", "co-creation"]
    );
}

#[test]
fn codebook_errors_name_file_and_line() {
    let bad = "[[theme]]\nname = \"x\"\npatterns = [\"ok\", \"*\"]\n";
    let e = Codebook::from_toml(bad, Path::new("b.toml")).unwrap_err();
    assert_eq!(e.path(), Some(Path::new("b.toml")));
    assert!(e.message().starts_with("line 3:"), "{}", e.message());

    let syntax = "[[theme]]\nname = \"x\"\npatterns = [\"a\"\n";
    let e = Codebook::from_toml(syntax, Path::new("b.toml")).unwrap_err();
    assert!(e.message().starts_with("line "), "{}", e.message());

    let unknown = "[[theme]]\nname = \"x\"\npattern = [\"a\"]\n";
    assert!(Codebook::from_toml(unknown, Path::new("b.toml")).is_err());

    let csv = "theme,patterns\nok,fine*\nbroken,\n";
    let e = Codebook::from_csv(csv, Path::new("b.csv")).unwrap_err();
    assert_eq!(e.path(), Some(Path::new("b.csv")));
    assert!(e.message().starts_with("line 3:"), "{}", e.message());

    let e = Codebook::from_csv("name,words\na,b\n", Path::new("b.csv")).unwrap_err();
    assert!(e.message().contains("header"), "{}", e.message());
}

#[test]
fn example_codebook_parses() {
    let text = include_str!("../../examples/codebook.toml");
    let book = Codebook::from_toml(text, Path::new("examples/codebook.toml")).unwrap();
    assert!(book.themes.len() >= 3);
}

#[test]
fn a_long_compound_stays_a_theme_beside_the_phrases_holding_it() {
    let themes = themes_of(
        "Der akute Fachkräftemangel trifft die Verwaltung.\n\n\
         Gegen den Fachkräftemangel helfen moderne Gehaltsstrukturen.",
        Lang::De,
    );
    assert!(
        themes.iter().any(|t| t.label == "Fachkräftemangel"),
        "{:?}",
        labels(&themes)
    );
}

#[test]
fn a_phrase_after_a_topic_cue_weighs_more() {
    let themes = themes_of(
        "Solar roofs were cheap this year.\n\n\
         The afternoon workshop focused on heat pumps for old flats.",
        Lang::En,
    );
    let rank = |key: &str| themes.iter().position(|t| t.key == key);
    assert!(
        rank("heat pump") < rank("roof solar"),
        "{:?}",
        labels(&themes)
    );
}

/// A text's theme candidates with the default options, and its number of sentences.
fn found_in(text: &str, lang: Lang) -> (candidates::Found, usize) {
    let d = doc(text);
    let seg = segment(&d, Some(lang));
    let found = candidates::collect(
        &d,
        &seg,
        &[],
        crate::lexicon::builtin(),
        &ThemeOptions::default(),
    );
    (found, seg.sentences.len())
}

fn features_of(text: &str, lang: Lang) -> Vec<(String, features::Features)> {
    let (found, sentences) = found_in(text, lang);
    let f = features::compute(&found, lang, sentences.max(1));
    found
        .candidates
        .iter()
        .map(|c| found.key(c))
        .zip(f)
        .collect()
}

/// The row of the candidate keyed `key`; the keys found, if none is.
fn row_of<'a>(
    rows: &'a [(String, features::Features)],
    key: &str,
) -> &'a (String, features::Features) {
    rows.iter()
        .find(|r| r.0 == key)
        .unwrap_or_else(|| panic!("{key}: {:?}", rows.iter().map(|r| &r.0).collect::<Vec<_>>()))
}

fn feature(row: &(String, features::Features), name: &str) -> f64 {
    let i = features::NAMES.iter().position(|n| *n == name).unwrap();
    row.1.values[i]
}

#[test]
fn weights_name_the_features_in_order() {
    let names: Vec<&str> = weights::WEIGHTS.iter().map(|w| w.0).collect();
    assert_eq!(names, features::NAMES);
    assert!(weights::WEIGHTS.iter().all(|w| w.1.is_finite()));
    assert!(weights::INTERCEPT.is_finite());
}

#[test]
fn score_is_the_logistic_of_the_weighted_features_and_the_trees() {
    let zero = features::Features {
        values: [0.0; features::COUNT],
        absorbed: false,
    };
    let logistic = |z: f64| 1.0 / (1.0 + (-z).exp());
    let expected = logistic(weights::trees(&zero.values, weights::INTERCEPT));
    assert!((score::score(&zero) - expected).abs() < 1e-12);
    for (i, (name, w)) in weights::WEIGHTS.iter().enumerate() {
        let mut one = zero.clone();
        one.values[i] = 1.0;
        let expected = logistic(weights::trees(&one.values, weights::INTERCEPT + w));
        assert!((score::score(&one) - expected).abs() < 1e-12, "{name}");
    }
}

#[test]
fn features_see_title_lists_length_and_nesting() {
    let rows = features_of(
        "# Heat pumps in old flats\n\n\
         The workshop discussed grid connections and district heating.\n\n\
         - district heating networks need patient capital\n\
         - heating costs rose\n",
        Lang::En,
    );
    let row = |key: &str| row_of(&rows, key);
    let title = row("heat pump");
    assert_eq!(feature(title, "in_title"), 1.0);
    assert_eq!(feature(title, "in_heading"), 1.0);
    assert_eq!(feature(title, "in_list"), 0.0);
    assert_eq!(feature(title, "one_word"), 0.0);
    let district = row("district heat");
    assert_eq!(feature(district, "in_title"), 0.0);
    assert_eq!(feature(district, "in_list"), 1.0);
    assert_eq!(feature(district, "log_count"), 2f64.ln());
    assert_eq!(feature(district, "topic_cue"), 1.0);
    // "district heating networks" holds it: one longer candidate.
    assert_eq!(feature(district, "log_supers"), 1f64.ln_1p());
    assert_eq!(feature(row("district heat network"), "three_words"), 1.0);
    // "heat" occurs four times ("heat pumps", "heating" thrice), the phrase twice.
    let heat = row("heat");
    assert_eq!(feature(heat, "one_word"), 1.0);
    assert_eq!(feature(heat, "log_count"), 4f64.ln());
    assert_eq!(feature(district, "sub_ratio"), 0.5);
}

#[test]
fn the_base_feature_is_the_hand_made_score() {
    // One occurrence, two words, in the first sentence of one, nothing else: the score is
    // the YAKE-style word weight term alone.
    let rows = features_of("Patient capital.", Lang::En);
    let row = rows.iter().find(|r| r.0 == "capit patient").unwrap();
    let weight = feature(row, "weight");
    assert_eq!(feature(row, "base"), (1.0 + 0.1 * weight).ln());
}

#[test]
fn candidate_rows_rank_as_extract_does() {
    let text = "The workshop focused on heat pumps for old flats.\n\n\
                Heat pumps need grid connections; grid connections take months.";
    let d = doc(text);
    let (lang, rows) = candidate_rows(&d);
    assert_eq!(lang, Lang::En);
    let best = rows
        .iter()
        .filter(|r| !r.absorbed)
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .unwrap();
    let themes = themes_of(text, Lang::En);
    assert_eq!(themes[0].key, best.key, "{:?}", labels(&themes));
}

/// Every candidate's label, ranked or not.
fn candidate_labels(text: &str, lang: Lang) -> Vec<String> {
    let (found, _) = found_in(text, lang);
    found
        .candidates
        .iter()
        .map(|c| score::label(&found, c))
        .collect()
}

fn assert_no_label_with(labels: &[String], words: &[&str]) {
    for l in labels {
        for w in words {
            assert!(
                !l.split(' ').any(|x| x == *w),
                "{w:?} in candidate {l:?}: {labels:?}"
            );
        }
    }
}

#[test]
fn no_candidate_opens_or_ends_with_a_preposition_or_quantifier() {
    let en = candidate_labels(
        "Cities obtained knowledge regarding the expansion of the green economy.\n\n\
         Officials want fewer short term rentals and several pilot projects, \
         including data platforms towards climate neutrality despite budget cuts via grants.\n\n\
         Households receive a basic allowance per person.",
        Lang::En,
    );
    assert_no_label_with(
        &en,
        &[
            "regarding",
            "fewer",
            "several",
            "including",
            "towards",
            "despite",
            "via",
        ],
    );
    assert!(en.iter().any(|l| l == "short term rentals"), "{en:?}");
    assert!(en.iter().any(|l| l == "climate neutrality"), "{en:?}");
    let fr = candidate_labels(
        "Plusieurs communes concernant la gestion des déchets selon les besoins.",
        Lang::Fr,
    );
    assert_no_label_with(&fr, &["plusieurs", "concernant", "selon"]);
    let de = candidate_labels(
        "Mehrere Kommunen sprachen bezüglich Digitalisierung trotz Fachkräftemangel.",
        Lang::De,
    );
    assert_no_label_with(&de, &["mehrere", "bezüglich", "trotz"]);
    let nl = candidate_labels(
        "Meerdere gemeenten werken volgens plannen betreffende klimaatadaptatie.",
        Lang::Nl,
    );
    assert_no_label_with(&nl, &["meerdere", "volgens", "betreffende"]);
}

#[test]
fn a_past_tense_after_its_subject_is_a_verb_not_a_modifier() {
    let labels = candidate_labels(
        "Mentor-participant discussions covered advice on intelligent city journeys.\n\n\
         Participant cities discovered effective community building methods.\n\n\
         The talks covered actions and results.\n\n\
         The connected vehicles gave detailed insights.",
        Lang::En,
    );
    assert_no_label_with(&labels, &["covered", "discovered"]);
    for kept in [
        "effective community building methods",
        "connected vehicles",
        "detailed insights",
    ] {
        assert!(labels.iter().any(|l| l == kept), "{kept}: {labels:?}");
    }
}

#[test]
fn a_verb_after_a_plural_subject_and_base_verbs_stay_out() {
    let labels = candidate_labels(
        "Small cities need simpler planning rules.\n\n\
         They will learn how to mobilise local economies and overcome common challenges.\n\n\
         Topics ranging from energy poverty to housing finance were covered.\n\n\
         The local housing need is large.",
        Lang::En,
    );
    assert_no_label_with(&labels, &["need", "mobilise", "overcome", "ranging"]);
    for kept in [
        "simpler planning rules",
        "local economies",
        "energy poverty",
    ] {
        assert!(labels.iter().any(|l| l == kept), "{kept}: {labels:?}");
    }
    // Without a plural subject before it, "need" stays a noun.
    let labels = candidate_labels("The housing need assessment is due.", Lang::En);
    assert!(
        labels.iter().any(|l| l == "housing need assessment"),
        "{labels:?}"
    );
}

#[test]
fn a_phrase_ending_in_a_plain_adjective_is_a_fragment() {
    let labels = candidate_labels("The harbour hosts a green smart grid pilot.", Lang::En);
    assert!(!labels.iter().any(|l| l == "green smart"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "green smart grid"), "{labels:?}");
}

#[test]
fn romance_past_and_future_verbs_break_phrases() {
    let es = candidate_labels(
        "El sistema cometió errores graves en la gestión de datos.",
        Lang::Es,
    );
    assert_no_label_with(&es, &["cometió"]);
    assert!(es.iter().any(|l| l == "gestión de datos"), "{es:?}");
    let pt = candidate_labels(
        "Os parceiros observaram ensaios de sementeira direta.",
        Lang::Pt,
    );
    assert_no_label_with(&pt, &["observaram"]);
    assert!(
        pt.iter().any(|l| l == "ensaios de sementeira direta"),
        "{pt:?}"
    );
    // A participle after a noun is an adjective in Romance languages: kept.
    let fr = candidate_labels("Les capteurs connectés mesurent la chaleur.", Lang::Fr);
    assert!(fr.iter().any(|l| l == "capteurs connectés"), "{fr:?}");
}

#[test]
fn partitive_heads_do_not_open_a_theme() {
    let labels = candidate_labels(
        "Through a combination of tailored advice and discussion, cities learned.",
        Lang::En,
    );
    assert!(
        !labels.iter().any(|l| l.starts_with("combination of")),
        "{labels:?}"
    );
    assert!(labels.iter().any(|l| l == "tailored advice"), "{labels:?}");
}

#[test]
fn common_finite_verbs_end_runs_in_other_languages() {
    let nl = candidate_labels(
        "Open data werkt alleen als de grootste markt ligt bij gemeenten.",
        Lang::Nl,
    );
    assert_no_label_with(&nl, &["werkt", "ligt"]);
    assert!(nl.iter().any(|l| l == "open data"), "{nl:?}");
    // Dutch heads come last: an adjective cannot end a theme.
    let nl = candidate_labels(
        "Wij bespraken grensoverschrijdende evacuaties en een gezamenlijk protocol.",
        Lang::Nl,
    );
    assert_no_label_with(&nl, &["wij", "bespraken"]);
    assert!(!nl.iter().any(|l| l == "grensoverschrijdende"), "{nl:?}");
    assert!(!nl.iter().any(|l| l == "gezamenlijk"), "{nl:?}");
    for kept in ["grensoverschrijdende evacuaties", "gezamenlijk protocol"] {
        assert!(nl.iter().any(|l| l == kept), "{kept}: {nl:?}");
    }
    let it = candidate_labels(
        "Le assicurazioni agevolate resta aperto e i dispositivi digitali riduce i costi.",
        Lang::It,
    );
    assert_no_label_with(&it, &["resta", "riduce"]);
    assert!(it.iter().any(|l| l == "assicurazioni agevolate"), "{it:?}");
    let it = candidate_labels("Le cooperative condividono tecnici agronomi.", Lang::It);
    assert_no_label_with(&it, &["condividono"]);
    let es = candidate_labels(
        "La participación de los hogares vulnerables exige acompañamiento.",
        Lang::Es,
    );
    assert_no_label_with(&es, &["exige"]);
    // German: a lower-case verb is a verb; the capitalised infinitive is a noun.
    let de = candidate_labels(
        "In der Innenstadt arbeiten Studierende. Das Arbeiten im Homeoffice bleibt.",
        Lang::De,
    );
    assert_no_label_with(&de, &["arbeiten"]);
    assert!(de.iter().any(|l| l.contains("Arbeiten")), "{de:?}");
}

#[test]
fn english_participles_modify_nouns_and_infinitives_are_verbs() {
    let labels = candidate_labels(
        "Cities want integrated planning and reduced fares.\n\n\
         Shared services save money, and participants shared lessons.\n\n\
         The session showed how to handle online reviews.\n\n\
         Two startups are building route planning tools.\n\n\
         Access to finance matters.",
        Lang::En,
    );
    for kept in [
        "integrated planning",
        "reduced fares",
        "shared services",
        "online reviews",
        "route planning tools",
        "finance",
    ] {
        assert!(labels.iter().any(|l| l == kept), "{kept}: {labels:?}");
    }
    assert_no_label_with(&labels, &["handle", "building"]);
    assert!(!labels.iter().any(|l| l == "shared lessons"), "{labels:?}");
}

#[test]
fn prior_feature_is_the_mean_of_the_stems_priors() {
    let rows = features_of(
        "The meeting room was full. Procurement rules for heat networks were discussed.",
        Lang::En,
    );
    let value = |key: &str| feature(row_of(&rows, key), "prior");
    let of = |stem: &str| prior::of(Lang::En, stem);
    // Words that named gold themes in corpora/dev against words that never did.
    assert!(of("procur") > 0.5 && of("room") < -0.5);
    assert!(value("procur") > value("room"));
    let both = (of("heat") + of("network")) / 2.0;
    assert!((value("heat network") - both).abs() < 1e-12);
    assert_eq!(prior::of(Lang::En, "no-such-stem"), 0.0);
}

#[test]
fn ending_features_are_the_priors_of_the_labels_first_and_last_words() {
    let rows = features_of(
        "Procurement rules for heat networks were discussed. Waste collection came next.",
        Lang::En,
    );
    let row = |key: &str| row_of(&rows, key);
    let end = |place, word| prior::ending(Lang::En, place, word);
    let heat = row("heat network");
    assert_eq!(
        feature(heat, "first_ending"),
        end(prior::Place::First, "heat")
    );
    assert_eq!(
        feature(heat, "last_ending"),
        end(prior::Place::Last, "networks")
    );
    // Endings that end analysts' themes against endings that end a phrase cut mid-sentence.
    assert!(end(prior::Place::Last, "collection") > 1.0);
    assert!(end(prior::Place::Last, "alone") < 0.0);
    assert!(feature(row("collect wast"), "last_ending") > 1.0);
    assert_eq!(prior::ending(Lang::En, prior::Place::Last, "qqqqqq"), 0.0);
}

#[test]
fn the_label_form_is_the_labels_words() {
    // Two forms once each: the label is the first alphabetically, and so are its words.
    let (found, _) = found_in(
        "Heat networks were discussed. A heat network was then mapped.",
        Lang::En,
    );
    // The label is the first of the forms as themes list them (most frequent, then
    // alphabetical), which ranking builds by sorting every form.
    for c in &found.candidates {
        assert_eq!(
            found.form(score::label_form(&found, c)),
            score::forms(&found, c)[0].0
        );
    }
    let two = found.candidates.iter().find(|c| c.forms.len() == 2);
    assert!(two.is_some(), "no candidate with two forms");
}

#[test]
fn a_one_word_place_named_elsewhere_is_no_theme_where_it_opens_a_sentence() {
    let text =
        "Delegates from Athens and Nice met in Ghent to compare heat plans. Athens appointed \
                a heat officer. Nice has planted trees along the promenade. Heat plans save lives.";
    let d = doc(text);
    let seg = segment(&d, Some(Lang::En));
    let entities = crate::entities::recognise(&d, &seg, crate::lexicon::builtin());
    let themes = extract(
        &d,
        &seg,
        &entities,
        crate::lexicon::builtin(),
        &ThemeOptions::default(),
    );
    for place in ["athens", "nice"] {
        assert!(find(&themes, place).is_none(), "{:?}", labels(&themes));
    }
    assert!(
        find(&themes, "heat plan").is_some(),
        "{:?}",
        labels(&themes)
    );
}

#[test]
fn an_elided_connector_keeps_its_apostrophe_in_the_label() {
    let themes = themes_of(
        "Le plan d’action climat a été voté. Le plan d'action climat prévoit un million \
         d'arbres. Le plan d'action climat est ambitieux.",
        Lang::Fr,
    );
    assert!(
        labels(&themes).contains(&"plan d'action climat"),
        "{:?}",
        labels(&themes)
    );
}

#[test]
fn an_elided_article_after_a_connector_stays_in_the_label() {
    let themes = themes_of(
        "La qualité de l'eau a été au centre des débats. La qualité de l’eau reste un souci \
         pour la commune, et la qualité de l'eau sera suivie chaque mois.",
        Lang::Fr,
    );
    assert!(
        labels(&themes).contains(&"qualité de l'eau"),
        "{:?}",
        labels(&themes)
    );
}

#[test]
fn numbers_written_out_are_no_part_of_a_theme() {
    for (text, lang, number) in [
        (
            "Langs de route komen twaalf extra oplaadpunten. De oplaadpunten staan bij haltes.",
            Lang::Nl,
            "twaalf",
        ),
        (
            "Il comune ha aperto dodici nuovi orti urbani. Gli orti urbani sono pieni.",
            Lang::It,
            "dodici",
        ),
    ] {
        let themes = themes_of(text, lang);
        assert!(!themes.is_empty(), "{text}");
        assert!(
            themes.iter().all(|t| !t.label.contains(number)),
            "{:?}",
            labels(&themes)
        );
    }
}
