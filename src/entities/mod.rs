//! Entities: cities, countries, people, roles and organisations, with the relations between
//! them (who holds which role where, which city is in which country).

use std::fmt;

/// The kinds of entity recap recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A city, town or municipality.
    City,
    /// A sovereign state.
    Country,
    /// A named person.
    Person,
    /// A company, public body, university, NGO, network, programme.
    Organisation,
    /// A job title or function.
    Role,
}

impl EntityKind {
    /// Every kind, in output order.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::City,
        EntityKind::Country,
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Role,
    ];

    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::Country => "country",
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Role => "role",
        }
    }

    /// Parses a type name (also accepts `organization` and plurals).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().trim_end_matches('s') {
            "city" | "citie" => Some(Self::City),
            "country" | "countrie" => Some(Self::Country),
            "person" | "people" => Some(Self::Person),
            "organisation" | "organization" | "org" => Some(Self::Organisation),
            "role" => Some(Self::Role),
            _ => None,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One mention of an entity: a byte span of the document text and its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// Index of the sentence.
    pub sentence: usize,
}

/// An entity of one document, with its mentions and relations.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Canonical name: the fullest form the text uses.
    pub name: String,
    /// Mentions in document order.
    pub mentions: Vec<Mention>,
    /// For cities: the country the text links the city to ("Aarhus (Denmark)").
    pub country: Option<String>,
    /// For cities: the country of the gazetteer entry the name was matched to.
    pub gazetteer_country: Option<String>,
    /// For people: the main role.
    pub role: Option<String>,
    /// For people: where the role is held.
    pub affiliation: Option<String>,
}

impl Entity {
    /// A new entity without relations.
    pub fn new(kind: EntityKind, name: impl Into<String>) -> Self {
        Self {
            kind,
            name: name.into(),
            mentions: Vec::new(),
            country: None,
            gazetteer_country: None,
            role: None,
            affiliation: None,
        }
    }
}

mod recognise;
mod roles;
mod spans;

pub use recognise::recognise;

pub use spans::{is_acronym, strip_possessive};
