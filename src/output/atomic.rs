//! Atomic file writes: a temporary file in the target's folder, written and flushed, then
//! renamed over the target, so that readers see the old file or the new one, never half.

use super::path_error;
use crate::error::Result;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes `path` atomically: `f` writes into a temporary file in the same folder, which then
/// replaces `path` by a rename. When `f` or the rename fails, the temporary file is removed and
/// `path` is left as it was. An existing target keeps its permissions; a new one gets the usual
/// permissions for new files (0666 minus the umask on Unix). The data is not synced to disk.
///
/// Errors from `f` come back as they are (with `path` attached when they have no path); I/O
/// errors are [`ErrorKind::Io`](crate::ErrorKind::Io) errors on `path`.
pub fn write_atomic(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let file = AtomicFile::create(path)?;
    {
        let mut w = BufWriter::new(file.as_file());
        f(&mut w).map_err(|e| match e.path() {
            Some(_) => e,
            None => e.with_path(path),
        })?;
        w.flush().map_err(|e| path_error(e, path))?;
    }
    file.commit()
}

/// A file being written atomically (see [`write_atomic`]): a temporary file beside the target
/// until [`AtomicFile::commit`] renames it; dropped without a commit, it is removed. A target
/// that exists and is no regular file (`/dev/null`, a FIFO, a terminal) is written directly:
/// a rename would replace the device itself with a regular file.
pub struct AtomicFile {
    inner: Inner,
    path: PathBuf,
}

enum Inner {
    Temp(tempfile::NamedTempFile),
    Direct(std::fs::File),
}

impl AtomicFile {
    /// Creates the temporary file for `path`, with the permissions `path` has if it exists.
    pub fn create(path: &Path) -> Result<Self> {
        let meta = std::fs::metadata(path).ok();
        if meta.as_ref().is_some_and(|m| !m.is_file()) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| path_error(e, path))?;
            return Ok(Self {
                inner: Inner::Direct(file),
                path: path.to_path_buf(),
            });
        }
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
        let tmp = builder.tempfile_in(dir).map_err(|e| path_error(e, path))?;
        if let Some(meta) = meta {
            tmp.as_file()
                .set_permissions(meta.permissions())
                .map_err(|e| path_error(e, path))?;
        }
        Ok(Self {
            inner: Inner::Temp(tmp),
            path: path.to_path_buf(),
        })
    }

    /// The file to write to (buffer it).
    pub fn as_file(&self) -> &std::fs::File {
        match &self.inner {
            Inner::Temp(tmp) => tmp.as_file(),
            Inner::Direct(file) => file,
        }
    }

    /// The target path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the temporary file over the target (a target written directly is done).
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        if let Inner::Temp(tmp) = self.inner {
            tmp.persist(&path).map_err(|e| path_error(e.error, &path))?;
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.inner {
            Inner::Temp(tmp) => tmp.write(buf),
            Inner::Direct(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.inner {
            Inner::Temp(tmp) => tmp.flush(),
            Inner::Direct(file) => file.flush(),
        }
    }
}
