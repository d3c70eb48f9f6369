//! Lexicons: gazetteers and word lists, compiled once and shared read-only.
