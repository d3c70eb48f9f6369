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
