//! recap turns event recaps into data: entities, themes and takeaways.
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
