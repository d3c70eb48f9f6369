//! The `recap` binary: parse the command line, run, map the outcome to an exit code.

use clap::Parser;
use recap::cli::{self, args::Cli};
use recap::ErrorKind;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the analysis allocates many small strings per
/// document (tokens, lookup keys, report fields), and glibc's malloc and free were a sixth of
/// all instructions of a run (callgrind; see BENCHMARKS.md). The binary only: the library
/// leaves the choice to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Panics inside one document's analysis are caught and reported as that document's
    // error row; keep the default hook's backtrace out of the user's terminal.
    std::panic::set_hook(Box::new(|info| {
        if std::env::var_os("RECAP_BACKTRACE").is_some() {
            eprintln!(
                "recap: panic: {info}\n{}",
                std::backtrace::Backtrace::force_capture()
            );
        }
    }));
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
