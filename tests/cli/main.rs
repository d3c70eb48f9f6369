//! CLI tests: the real `recap` binary on the bundled corpus and on fixtures.

mod analyze;
mod bad_inputs;
mod determinism;
mod eval;
mod merge;
mod shards;
mod util;
