//! Floors: minimum scores a CI run must reach (`recap eval --min city=0.9,theme_recall=0.7`).

use super::EvalResult;
use crate::error::{Error, ErrorKind, Result};

/// The metric names a floor can name. Entity and pair names compare F1; the others compare the
/// figure their name says (`takeaway` is the takeaway F1, `quote_speaker` the strict accuracy,
/// `theme_recall` recall@10).
pub const FLOOR_METRICS: &[&str] = &[
    "city",
    "country",
    "person",
    "person_lenient",
    "organisation",
    "role",
    "person_role",
    "person_affiliation",
    "city_country",
    "takeaway_recall",
    "takeaway_precision",
    "takeaway",
    "quote_recall",
    "quote_speaker",
    "theme_recall",
];

/// The figure a floor compares, and how it is called in messages.
fn figure(result: &EvalResult, metric: &str) -> Option<(&'static str, f64)> {
    let m = &result.metrics;
    Some(match metric {
        "city" => ("F1", m.city.f1),
        "country" => ("F1", m.country.f1),
        "person" => ("F1", m.person.f1),
        "person_lenient" => ("F1", m.person_lenient.f1),
        "organisation" => ("F1", m.organisation.f1),
        "role" => ("F1", m.role.f1),
        "person_role" => ("F1", m.person_role.f1),
        "person_affiliation" => ("F1", m.person_affiliation.f1),
        "city_country" => ("F1", m.city_country.f1),
        "takeaway_recall" => ("recall", m.takeaway.recall),
        "takeaway_precision" => ("precision", m.takeaway.precision),
        "takeaway" => ("F1", m.takeaway.f1),
        "quote_recall" => ("recall", m.quote.recall),
        "quote_speaker" => ("accuracy", result.quote_speaker_accuracy),
        "theme_recall" => ("recall@10", result.theme_recall_at_10),
        _ => return None,
    })
}

/// Parses a floor list such as `city=0.9,person=0.85,theme_recall=0.7` (spaces and empty items
/// allowed; an empty spec gives no floors).
///
/// # Errors
/// [`ErrorKind::Config`] on an item without `=`, an unknown metric name (the message lists the
/// valid names) or a value that is not a number between 0 and 1.
pub fn parse_floors(spec: &str) -> Result<Vec<(String, f64)>> {
    let mut floors = Vec::new();
    for item in spec.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let Some((name, value)) = item.split_once('=') else {
            return Err(Error::new(
                ErrorKind::Config,
                format!("floor {item:?} is not METRIC=VALUE (e.g. city=0.9)"),
            ));
        };
        let name = name.trim();
        if !FLOOR_METRICS.contains(&name) {
            return Err(Error::new(
                ErrorKind::Config,
                format!(
                    "unknown metric {name:?} in floor {item:?}; valid metrics: {}",
                    FLOOR_METRICS.join(", ")
                ),
            ));
        }
        let value: f64 = match value.trim().parse() {
            Ok(v) if (0.0..=1.0).contains(&v) => v,
            _ => {
                return Err(Error::new(
                    ErrorKind::Config,
                    format!(
                        "floor {item:?}: {:?} is not a number between 0 and 1",
                        value.trim()
                    ),
                ))
            }
        };
        floors.push((name.to_string(), value));
    }
    Ok(floors)
}

/// One message per floor that `result` does not reach, in the floors' order
/// (`city F1 0.812 < floor 0.900`); empty when all are reached. A floor naming an unknown
/// metric fails with a message saying so.
pub fn check_floors(result: &EvalResult, floors: &[(String, f64)]) -> Vec<String> {
    floors
        .iter()
        .filter_map(|(name, floor)| match figure(result, name) {
            Some((_, value)) if value >= *floor => None,
            Some((what, value)) => Some(format!("{name} {what} {value:.3} < floor {floor:.3}")),
            None => Some(format!("unknown metric {name:?} (floor {floor:.3})")),
        })
        .collect()
}
