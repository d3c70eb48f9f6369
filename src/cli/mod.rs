//! Command line: clap definitions and the glue that turns them into library calls.
