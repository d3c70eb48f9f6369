//! The `recap` binary: parse the command line, run, map the outcome to an exit code.

use clap::Parser;
use recap::cli::{self, args::Cli};
use recap::ErrorKind;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`recap ... | head`) is not a failure.
        Err(e) if recap::output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("recap: error: {e}");
            ExitCode::from(match e.kind() {
                ErrorKind::Config => cli::EXIT_USAGE,
                _ => cli::EXIT_INPUT_ERRORS,
            })
        }
    }
}
