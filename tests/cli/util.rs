//! Helpers: run the binary, make temporary folders, read output back.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `recap` command run from the repository root, with a clean environment for messages.
pub fn recap() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_recap"));
    c.current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    c
}

/// Runs and returns the output.
pub fn run(args: &[&str]) -> Output {
    recap().args(args).output().expect("recap runs")
}

/// Runs, checks the exit code, and returns stdout as text.
pub fn stdout_of(args: &[&str], code: i32) -> String {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "recap {args:?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Copies the recaps (not gold files) of a corpus folder into `dest`, flat, optionally renamed.
pub fn copy_recaps(from: &Path, dest: &Path, rename: impl Fn(&str) -> String) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(from).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            continue;
        }
        std::fs::copy(&p, dest.join(rename(&name))).unwrap();
        n += 1;
    }
    n
}
