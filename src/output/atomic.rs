//! Atomic file writes: a temporary file in the target's folder, written and flushed, then
//! renamed over the target, so that readers see the old file or the new one, never half.

use super::path_error;
use crate::error::Result;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes `path` atomically: `f` writes into a temporary file in the same folder, which then
/// replaces `path` by a rename. When `f` or the rename fails, the temporary file is removed and
/// `path` is left as it was. An existing target keeps its permissions; a new one gets the usual
/// permissions for new files (0666 minus the umask on Unix). The data is not synced to disk.
///
/// Errors from `f` come back as they are (with `path` attached when they have no path); I/O
/// errors are [`ErrorKind::Io`](crate::ErrorKind::Io) errors on `path`.
pub fn write_atomic(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".recap-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| path_error(e, path))?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(|e| path_error(e, path))?;
    }
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        f(&mut w).map_err(|e| match e.path() {
            Some(_) => e,
            None => e.with_path(path),
        })?;
        w.flush().map_err(|e| path_error(e, path))?;
    }
    tmp.persist(path).map_err(|e| path_error(e.error, path))?;
    Ok(())
}
