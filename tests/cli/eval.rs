//! `recap eval`: scores, JSON output and floors.

use crate::util::{run, stdout_of};

#[test]
fn eval_reports_every_figure_as_json() {
    let text = stdout_of(&["eval", "--gold", "corpora/test", "--format", "json"], 0);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let s = v.to_string();
    for key in [
        "city",
        "country",
        "person",
        "organisation",
        "role",
        "person_role",
        "city_country",
        "takeaway",
        "quote",
        "theme",
    ] {
        assert!(s.contains(key), "eval JSON lacks {key}");
    }
}

#[test]
fn an_impossible_floor_exits_3() {
    let out = run(&[
        "eval",
        "--gold",
        "corpora/test",
        "--min",
        "theme_recall=1.0",
    ]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["eval", "--gold", "corpora/test", "--min", "planet=0.5"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Issue 3: the held-out scores may not fall. Floors are the scores measured when they were
/// last raised, minus a margin of about 0.03 for rounding across platforms; raise them when
/// the tool improves.
#[test]
fn held_out_scores_do_not_regress() {
    let floors = "city=0.95,country=0.93,person=0.93,organisation=0.77,role=0.79,\
                  person_role=0.79,city_country=0.89,takeaway_recall=0.97,\
                  takeaway_precision=0.84,quote_speaker=0.85,theme_recall=0.52";
    let out = run(&["eval", "--gold", "corpora/test", "--min", floors]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a held-out score fell below its floor:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
