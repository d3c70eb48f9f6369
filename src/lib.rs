//! recap turns event recaps into data: entities (cities, countries, people, roles,
//! organisations and who holds which role where), themes with their frequencies, and takeaways.
//!
//! The pipeline is a chain of modules with plain data between them: [`input`] (files to
//! [`input::Document`]), [`segment`] (sentences, tokens, language), [`entities`], [`themes`],
//! [`takeaways`], [`analyze`] (one document to a [`analyze::DocumentReport`]), [`corpus`]
//! (mergeable aggregates) and [`output`] (wire types and writers). The `recap` binary is a thin
//! layer over [`cli`].
//!
//! ```
//! use recap::analyze::Analyzer;
//! use recap::input::{Document, TextFormat};
//!
//! let text = "Natalia Gkiaouri, policy assistant at the European Commission's DG GROW, \
//!             opened the day with mentor cities Aarhus (Denmark) and Nice (France).";
//! let doc = Document::from_text("day3".into(), "day3.txt".into(), TextFormat::Text, text);
//! let report = Analyzer::default().analyze(&doc);
//! let natalia = report.entities.iter().find(|e| e.name == "Natalia Gkiaouri").unwrap();
//! assert_eq!(natalia.role.as_deref(), Some("policy assistant"));
//! assert_eq!(natalia.affiliation.as_deref(), Some("DG GROW"));
//! let nice = report.entities.iter().find(|e| e.name == "Nice").unwrap();
//! assert_eq!(nice.country.as_deref(), Some("France"));
//! ```
#![deny(missing_docs)]

pub mod analyze;
pub mod cli;
pub mod corpus;
pub mod entities;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod meta;
pub mod output;
pub mod segment;
pub mod takeaways;
pub mod themes;

pub use error::{Error, ErrorKind, Result};
