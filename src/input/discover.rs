//! Paths to sources: files, folders walked recursively in sorted order, `-` for standard input.

use super::{Origin, Source, TextFormat};
use crate::error::{Error, ErrorKind, Result};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// How to walk folders.
#[derive(Debug, Clone, Default)]
pub struct DiscoverOptions {
    /// Globs of further files to read in walked folders, whatever their extension. A glob
    /// without `/` matches a file name at any depth; one with `/` matches the path relative to
    /// the walked folder.
    pub include: Vec<String>,
    /// Globs that exclude files (and whole folders) in walked folders; they win over `include`.
    pub exclude: Vec<String>,
    /// Also read hidden files and folders.
    pub hidden: bool,
    /// Do not honour .gitignore and .ignore files.
    pub no_ignore: bool,
    /// Force the markup of every input.
    pub input_format: Option<TextFormat>,
}

/// The sources found, in a stable order, and notes for the user.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// Every input to analyse, sorted by id; paths that do not exist are included, so that
    /// they get a row with an error.
    pub sources: Vec<Source>,
    /// Messages for stderr, e.g. how many files were passed over for their extension.
    pub notes: Vec<String>,
}

/// A source before its id is settled.
struct Found {
    /// The id it gets when no other source claims the same one.
    short: String,
    /// The id it gets otherwise: the short id prefixed with where it was found.
    long: String,
    path: String,
    origin: Origin,
    format: Option<TextFormat>,
}

/// Expands the command-line paths into sources.
///
/// Files named explicitly are always read (whatever their extension, and even when they do not
/// exist, so that the failure is reported). Folders are walked honouring `.gitignore`/`.ignore`
/// (also outside a Git repository) and skipping hidden entries, unless told otherwise. Fails
/// only on an invalid glob.
pub fn discover(paths: &[String], opts: &DiscoverOptions) -> Result<Discovery> {
    let include = glob_set(&opts.include, "--include")?;
    let exclude = glob_set(&opts.exclude, "--exclude")?;
    let mut found = Vec::new();
    let mut notes = Vec::new();
    let mut seen = HashSet::new();
    for given in paths {
        if given == "-" {
            if seen.insert(PathBuf::from("-")) {
                found.push(Found {
                    short: "-".into(),
                    long: "-".into(),
                    path: "-".into(),
                    origin: Origin::Stdin,
                    format: opts.input_format,
                });
            }
            continue;
        }
        let path = Path::new(given);
        if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            let walk = Walk {
                root: given,
                opts,
                include: &include,
                exclude: &exclude,
            };
            walk.run(&mut found, &mut notes, &mut seen);
            continue;
        }
        if !seen.insert(dedup_key(path)) {
            continue;
        }
        let short = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| given.clone());
        found.push(Found {
            short,
            long: given.clone(),
            path: given.clone(),
            origin: Origin::File(path.to_path_buf()),
            format: opts.input_format.or_else(|| format_of(path)),
        });
    }
    Ok(Discovery {
        sources: assign_ids(found),
        notes,
    })
}

/// The sources of one folder, handed out as a second walk finds them instead of listed: see
/// [`discover_streamed`].
#[derive(Debug)]
pub struct StreamedDiscovery {
    root: String,
    opts: DiscoverOptions,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    /// How many sources the first walk found.
    pub count: usize,
    /// Messages for stderr, as [`Discovery::notes`].
    pub notes: Vec<String>,
}

/// [`discover`] without the list, for the common case of a single folder: memory then does
/// not grow with the number of files (a list of 300,000 sources took 200 MB).
///
/// Returns `None`, and the caller uses [`discover`], unless `paths` is one folder whose walk
/// meets no symbolic link (so that no file is reached twice and needs the set of files seen)
/// and no error (which would need a row placed among the files), and whose files come in the
/// order of their ids. The walk sorts each folder's entries so that they do (a folder's name
/// sorts as if it ended in `/`, like the ids of the files in it); this first walk checks it,
/// holding only the last id, and counts the files. [`StreamedDiscovery::for_each`] then walks
/// again and hands out exactly the sources, ids and order that `discover` gives. Fails only on
/// an invalid glob.
pub fn discover_streamed(
    paths: &[String],
    opts: &DiscoverOptions,
) -> Result<Option<StreamedDiscovery>> {
    let [root] = paths else {
        return Ok(None);
    };
    if root == "-" || !std::fs::metadata(root).is_ok_and(|m| m.is_dir()) {
        return Ok(None);
    }
    let mut d = StreamedDiscovery {
        root: root.clone(),
        opts: opts.clone(),
        include: glob_set(&opts.include, "--include")?,
        exclude: glob_set(&opts.exclude, "--exclude")?,
        count: 0,
        notes: Vec::new(),
    };
    let mut last: Option<String> = None;
    let mut count = 0;
    let mut other = BTreeMap::new();
    let in_order = d.walk().in_id_order(&mut other, &mut |_, id| {
        if last.as_ref().is_some_and(|l| l.as_str() >= id.as_str()) {
            return false;
        }
        last = Some(id);
        count += 1;
        true
    });
    if !in_order {
        return Ok(None);
    }
    d.count = count;
    if !other.is_empty() {
        d.notes.push(other_note(root, &other));
    }
    Ok(Some(d))
}

impl StreamedDiscovery {
    fn walk(&self) -> Walk<'_> {
        Walk {
            root: &self.root,
            opts: &self.opts,
            include: &self.include,
            exclude: &self.exclude,
        }
    }

    /// Walks the folder again and lists its sources, as [`discover`] would.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut sources = Vec::with_capacity(self.count);
        self.for_each(&mut |s| {
            sources.push(s);
            Ok(())
        })?;
        Ok(sources)
    }

    /// Walks the folder again and hands each source to `each`, sorted by id, as [`discover`]
    /// lists them. Stops at the first error `each` returns. (Should the folder change between
    /// the two walks, this gives what the second walk finds.)
    pub fn for_each(&self, each: &mut dyn FnMut(Source) -> Result<()>) -> Result<()> {
        let walk = self.walk();
        let mut failed = None;
        walk.in_id_order(&mut BTreeMap::new(), &mut |path, id| {
            let source = Source {
                id,
                path: path.display().to_string(),
                origin: Origin::File(path.to_path_buf()),
                format: self.opts.input_format.or_else(|| format_of(path)),
            };
            match each(source) {
                Ok(()) => true,
                Err(e) => {
                    failed = Some(e);
                    false
                }
            }
        });
        failed.map_or(Ok(()), Err)
    }
}

/// The order of ids for entries of one folder: by name, but a folder's name compares as if it
/// ended in `/`, since the ids of its files do ("a.txt" before "a/b.txt", "a-b/x" before
/// "a/x"). Whether an entry is a folder matters only when one name begins the other, so only
/// then is it looked up.
fn id_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    fn name(p: &Path) -> &[u8] {
        p.file_name().map_or(&[], |n| n.as_encoded_bytes())
    }
    let (na, nb) = (name(a), name(b));
    if !na.starts_with(nb) && !nb.starts_with(na) {
        return na.cmp(nb);
    }
    let key = |p: &Path, n: &[u8]| {
        let mut k = n.to_vec();
        if p.is_dir() {
            k.push(b'/');
        }
        k
    };
    key(a, na).cmp(&key(b, nb))
}

/// One folder to walk.
struct Walk<'a> {
    root: &'a str,
    opts: &'a DiscoverOptions,
    include: &'a Option<GlobSet>,
    exclude: &'a Option<GlobSet>,
}

impl Walk<'_> {
    /// The walker, sorted by file name within each folder.
    fn builder(&self) -> ignore::WalkBuilder {
        let mut builder = self.unsorted_builder();
        builder.sort_by_file_name(|a, b| a.cmp(b));
        builder
    }

    fn unsorted_builder(&self) -> ignore::WalkBuilder {
        let root = Path::new(self.root);
        let honour = !self.opts.no_ignore;
        let mut builder = ignore::WalkBuilder::new(root);
        builder
            .hidden(!self.opts.hidden)
            .ignore(honour)
            .git_ignore(honour)
            .git_global(honour)
            .git_exclude(honour)
            .parents(honour)
            // Users expect a .gitignore to apply in any folder, not only inside a repository.
            .require_git(false)
            // Symlinks are followed; the walker reports loops as errors instead of cycling.
            .follow_links(true);
        if let Some(exclude) = self.exclude.clone() {
            let root = root.to_path_buf();
            builder.filter_entry(move |e| {
                e.depth() == 0 || !exclude.is_match(relative(&root, e.path()))
            });
        }
        builder
    }

    /// Whether a file the walker found is read: by its extension, or matched by `--include`.
    /// Counts the others by extension in `other`.
    fn wanted(&self, path: &Path, other: &mut BTreeMap<String, usize>) -> bool {
        let by_extension = format_of(path).is_some();
        let included = self
            .include
            .as_ref()
            .is_some_and(|g| g.is_match(relative(Path::new(self.root), path)));
        if !by_extension && !included {
            let ext = match path.extension() {
                Some(e) => format!(".{}", e.to_string_lossy().to_lowercase()),
                None => "no extension".into(),
            };
            *other.entry(ext).or_default() += 1;
            return false;
        }
        true
    }

    /// Walks in id order (see [`id_order`]) and calls `visit` with each wanted file and its id
    /// until it returns false. Returns false as soon as the walk meets anything that
    /// [`discover_streamed`] cannot hand out as it goes: an error or a symbolic link.
    fn in_id_order(
        &self,
        other: &mut BTreeMap<String, usize>,
        visit: &mut dyn FnMut(&Path, String) -> bool,
    ) -> bool {
        let root = Path::new(self.root);
        let mut builder = self.unsorted_builder();
        builder.sort_by_file_path(id_order);
        for result in builder.build() {
            let Ok(entry) = result else {
                return false;
            };
            if entry.error().is_some() || entry.path_is_symlink() {
                return false;
            }
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            if self.wanted(path, other) && !visit(path, relative(root, path)) {
                return false;
            }
        }
        true
    }

    fn run(&self, found: &mut Vec<Found>, notes: &mut Vec<String>, seen: &mut HashSet<PathBuf>) {
        let mut other: BTreeMap<String, usize> = BTreeMap::new();
        for result in self.builder().build() {
            let entry = match result {
                Ok(entry) => entry,
                Err(err) => {
                    match failed_path(&err) {
                        Some((path, why)) => {
                            notes.push(format!("{}: {why}", path.display()));
                            if seen.insert(dedup_key(path)) {
                                found.push(self.found(path));
                            }
                        }
                        None => notes.push(err.to_string()),
                    }
                    continue;
                }
            };
            if let Some(err) = entry.error() {
                notes.push(err.to_string());
            }
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            if !self.wanted(path, &mut other) {
                continue;
            }
            if seen.insert(dedup_key(path)) {
                found.push(self.found(path));
            }
        }
        if !other.is_empty() {
            notes.push(other_note(self.root, &other));
        }
    }

    fn found(&self, path: &Path) -> Found {
        let rel = relative(Path::new(self.root), path);
        let long = format!("{}/{}", self.root.trim_end_matches(['/', '\\']), rel);
        Found {
            short: rel,
            long,
            path: path.display().to_string(),
            origin: Origin::File(path.to_path_buf()),
            format: self.opts.input_format.or_else(|| format_of(path)),
        }
    }
}

/// "corpora: 31 files with other extensions not read (.json: 30, .py: 1); use --include ..."
fn other_note(root: &str, other: &BTreeMap<String, usize>) -> String {
    let total: usize = other.values().sum();
    let mut counts: Vec<(&String, &usize)> = other.iter().collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let list = counts
        .iter()
        .map(|(ext, n)| format!("{ext}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let what = if total == 1 {
        "file with another extension"
    } else {
        "files with other extensions"
    };
    format!("{root}: {total} {what} not read ({list}); use --include to add them")
}

/// The path of an entry the walker could not read and the OS error, so that it gets an error
/// row; `None` for loops and ignore-file problems, which are only worth a note.
fn failed_path(err: &ignore::Error) -> Option<(&Path, String)> {
    match err {
        ignore::Error::WithPath { path, err } => io_error(err).map(|e| (path.as_path(), e)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            failed_path(err)
        }
        _ => None,
    }
}

/// The OS's own words for an I/O error buried in `err` ("Permission denied (os error 13)").
fn io_error(err: &ignore::Error) -> Option<String> {
    match err {
        ignore::Error::Io(e) => Some(os_error(e).unwrap_or_else(|| e.to_string())),
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => io_error(err),
        _ => None,
    }
}

/// The OS error at the bottom of a chain of wrapped errors, without the wrappers' paths.
fn os_error(e: &std::io::Error) -> Option<String> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(code) = err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.raw_os_error())
        {
            return Some(std::io::Error::from_raw_os_error(code).to_string());
        }
        cur = match err.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static)),
            None => err.source(),
        };
    }
    None
}

/// `path` relative to `root`, with `/` separators.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn format_of(path: &Path) -> Option<TextFormat> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(TextFormat::from_extension)
}

/// The same file reached twice (given twice, or by two spellings) has one key.
fn dedup_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Compiles globs; a glob without `/` also matches at any depth.
fn glob_set(globs: &[String], flag: &str) -> Result<Option<GlobSet>> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in globs {
        let mut forms = vec![pattern.clone()];
        if !pattern.contains('/') {
            forms.push(format!("**/{pattern}"));
        }
        for form in forms {
            let glob = GlobBuilder::new(&form)
                .literal_separator(true)
                .build()
                .map_err(|e| {
                    Error::new(
                        ErrorKind::Config,
                        format!("invalid {flag} glob `{pattern}`: {}", e.kind()),
                    )
                })?;
            builder.add(glob);
        }
    }
    let set = builder
        .build()
        .map_err(|e| Error::new(ErrorKind::Config, format!("invalid {flag} globs: {e}")))?;
    Ok(Some(set))
}

/// Gives every source a unique id: the short one unless another source claims it too.
fn assign_ids(found: Vec<Found>) -> Vec<Source> {
    let mut claims: HashMap<&str, usize> = HashMap::new();
    for f in &found {
        *claims.entry(f.short.as_str()).or_default() += 1;
    }
    let ids: Vec<String> = found
        .iter()
        .map(|f| {
            if claims[f.short.as_str()] > 1 {
                f.long.clone()
            } else {
                f.short.clone()
            }
        })
        .collect();
    let mut used: HashSet<String> = HashSet::new();
    let mut sources: Vec<Source> = found
        .into_iter()
        .zip(ids)
        .map(|(f, id)| {
            let mut unique = id.clone();
            let mut n = 2;
            while !used.insert(unique.clone()) {
                unique = format!("{id}#{n}");
                n += 1;
            }
            Source {
                id: unique,
                path: f.path,
                origin: f.origin,
                format: f.format,
            }
        })
        .collect();
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    sources
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            let p = dir.path().join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(&p, "text").unwrap();
        }
        dir
    }

    fn s(p: &Path) -> String {
        p.display().to_string()
    }

    fn ids(d: &Discovery) -> Vec<&str> {
        d.sources.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn walks_sorted_with_relative_ids() {
        let dir = tree(&["b.txt", "a.md", "sub/c.html", "sub/a.txt", "z/y.markdown"]);
        let d = discover(&[s(dir.path())], &DiscoverOptions::default()).unwrap();
        assert_eq!(
            ids(&d),
            ["a.md", "b.txt", "sub/a.txt", "sub/c.html", "z/y.markdown"]
        );
        let c = &d.sources[3];
        assert_eq!(c.format, Some(TextFormat::Html));
        assert_eq!(c.origin, Origin::File(dir.path().join("sub/c.html")));
        assert_eq!(c.path, s(&dir.path().join("sub/c.html")));
        assert!(d.notes.is_empty(), "{:?}", d.notes);
    }

    type Row = (String, String, Origin, Option<TextFormat>);

    fn rows(sources: &[Source]) -> Vec<Row> {
        let row = |s: &Source| (s.id.clone(), s.path.clone(), s.origin.clone(), s.format);
        sources.iter().map(row).collect()
    }

    fn streamed(paths: &[String], opts: &DiscoverOptions) -> Option<Vec<Row>> {
        discover_streamed(paths, opts)
            .unwrap()
            .map(|d| rows(&d.sources().unwrap()))
    }

    #[test]
    fn streamed_walk_gives_the_listed_sources_in_id_order() {
        let dir = tree(&[
            "a.txt",
            "a/b.txt",
            "a/x.md",
            "a-b/x.txt",
            "a b.txt",
            "a0.txt",
            "ab/c/d.html",
            "ab.txt",
            "b/a.txt",
            "b.md",
            "notes.json",
            "Z.txt",
            "é.txt",
        ]);
        let root = vec![s(dir.path())];
        let opts = DiscoverOptions::default();
        let listed = discover(&root, &opts).unwrap();
        let d = discover_streamed(&root, &opts)
            .unwrap()
            .expect("streamable");
        assert_eq!(d.count, listed.sources.len());
        assert_eq!(d.notes, listed.notes);
        let mut handed = Vec::new();
        d.for_each(&mut |src| {
            handed.push(src);
            Ok(())
        })
        .unwrap();
        assert_eq!(rows(&handed), rows(&listed.sources));
        let opts = DiscoverOptions {
            include: vec!["*.json".into()],
            exclude: vec!["a".into()],
            ..Default::default()
        };
        assert_eq!(
            streamed(&root, &opts),
            Some(rows(&discover(&root, &opts).unwrap().sources))
        );
    }

    #[test]
    fn streamed_walk_only_for_one_plain_folder() {
        let dir = tree(&["a.txt", "sub/b.txt"]);
        let opts = DiscoverOptions::default();
        let two = vec![s(dir.path()), s(&dir.path().join("sub"))];
        assert!(discover_streamed(&two, &opts).unwrap().is_none());
        let file = vec![s(&dir.path().join("a.txt"))];
        assert!(discover_streamed(&file, &opts).unwrap().is_none());
        assert!(discover_streamed(&["-".to_string()], &opts)
            .unwrap()
            .is_none());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("sub"), dir.path().join("link")).unwrap();
            let root = vec![s(dir.path())];
            assert!(discover_streamed(&root, &opts).unwrap().is_none());
        }
    }

    #[test]
    fn hidden_skipped_unless_asked() {
        let dir = tree(&["a.txt", ".hidden.txt", ".git-like/b.txt"]);
        let root = vec![s(dir.path())];
        let d = discover(&root, &DiscoverOptions::default()).unwrap();
        assert_eq!(ids(&d), ["a.txt"]);
        let opts = DiscoverOptions {
            hidden: true,
            ..Default::default()
        };
        let d = discover(&root, &opts).unwrap();
        assert_eq!(ids(&d), [".git-like/b.txt", ".hidden.txt", "a.txt"]);
    }

    #[test]
    fn gitignore_honoured_outside_a_repository() {
        let dir = tree(&["keep.txt", "drafts/old.txt", "skip.md", "x.txt"]);
        fs::write(dir.path().join(".gitignore"), "drafts/\nskip.md\n").unwrap();
        fs::write(dir.path().join(".ignore"), "x.txt\n").unwrap();
        let root = vec![s(dir.path())];
        let d = discover(&root, &DiscoverOptions::default()).unwrap();
        assert_eq!(ids(&d), ["keep.txt"]);
        let opts = DiscoverOptions {
            no_ignore: true,
            ..Default::default()
        };
        let d = discover(&root, &opts).unwrap();
        assert_eq!(ids(&d), ["drafts/old.txt", "keep.txt", "skip.md", "x.txt"]);
    }

    #[test]
    fn include_adds_and_exclude_removes() {
        let dir = tree(&[
            "a.txt",
            "data/b.json",
            "c.json",
            "drafts/d.txt",
            "e.txt",
            "f.py",
        ]);
        let opts = DiscoverOptions {
            include: vec!["*.json".into()],
            exclude: vec!["drafts".into(), "**/e.txt".into()],
            ..Default::default()
        };
        let d = discover(&[s(dir.path())], &opts).unwrap();
        assert_eq!(ids(&d), ["a.txt", "c.json", "data/b.json"]);
        assert_eq!(d.sources[1].format, None, "sniffed later");
        assert_eq!(d.notes.len(), 1);
        assert!(d.notes[0].ends_with(
            ": 1 file with another extension not read (.py: 1); use --include to add them"
        ));

        // A glob with a slash is anchored at the walked folder.
        let opts = DiscoverOptions {
            include: vec!["data/*.json".into()],
            ..Default::default()
        };
        let d = discover(&[s(dir.path())], &opts).unwrap();
        assert_eq!(ids(&d), ["a.txt", "data/b.json", "drafts/d.txt", "e.txt"]);
    }

    #[test]
    fn other_extensions_counted_in_one_note() {
        let dir = tree(&["a.txt", "x.json", "y/z.json", "w.JSON", "run.py", "LICENSE"]);
        let d = discover(&[s(dir.path())], &DiscoverOptions::default()).unwrap();
        assert_eq!(ids(&d), ["a.txt"]);
        assert_eq!(
            d.notes,
            [format!(
                "{}: 5 files with other extensions not read (.json: 3, .py: 1, no extension: 1); use --include to add them",
                s(dir.path())
            )]
        );
    }

    #[test]
    fn invalid_glob_is_a_config_error() {
        let opts = DiscoverOptions {
            include: vec!["[unclosed".into()],
            ..Default::default()
        };
        let err = discover(&["x".into()], &opts).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config);
        assert!(err.message().contains("[unclosed"), "{}", err.message());
    }

    #[test]
    fn explicit_files_missing_paths_duplicates_and_stdin() {
        let dir = tree(&["one/day.txt", "two/day.txt", "notes.json"]);
        let one = s(&dir.path().join("one/day.txt"));
        let two = s(&dir.path().join("two/day.txt"));
        let json = s(&dir.path().join("notes.json"));
        let missing = s(&dir.path().join("missing.md"));
        let dotted = s(&dir.path().join("one/../one/day.txt"));
        let opts = DiscoverOptions::default();
        let paths = [
            one.clone(),
            two.clone(),
            json,
            missing.clone(),
            dotted,
            "-".into(),
            "-".into(),
        ];
        let d = discover(&paths, &opts).unwrap();
        // Two files named day.txt keep their paths as ids; the rest use the file name.
        let mut expect = vec![
            "-".to_string(),
            "missing.md".into(),
            "notes.json".into(),
            one,
            two,
        ];
        expect.sort();
        assert_eq!(ids(&d), expect);
        let stdin = &d.sources[0];
        assert_eq!((stdin.path.as_str(), &stdin.origin), ("-", &Origin::Stdin));
        let miss = d.sources.iter().find(|s| s.id == "missing.md").unwrap();
        assert_eq!(miss.origin, Origin::File(PathBuf::from(&missing)));
        assert_eq!(miss.format, Some(TextFormat::Markdown));
        let json = d.sources.iter().find(|s| s.id == "notes.json").unwrap();
        assert_eq!(json.format, None);
    }

    #[test]
    fn input_format_forces_every_source() {
        let dir = tree(&["a.txt"]);
        let opts = DiscoverOptions {
            input_format: Some(TextFormat::Html),
            ..Default::default()
        };
        let d = discover(&[s(dir.path()), "-".into()], &opts).unwrap();
        assert!(d.sources.iter().all(|s| s.format == Some(TextFormat::Html)));
    }

    #[test]
    fn same_relative_id_from_two_roots_is_prefixed() {
        let dir = tree(&["en/day.txt", "fr/day.txt", "fr/only.txt"]);
        let en = format!("{}/", s(&dir.path().join("en")));
        let fr = s(&dir.path().join("fr"));
        let d = discover(
            &[en.clone(), fr.clone(), en.clone()],
            &DiscoverOptions::default(),
        )
        .unwrap();
        let en_day = format!("{}/day.txt", en.trim_end_matches('/'));
        let fr_day = format!("{fr}/day.txt");
        let mut expect = vec![en_day.as_str(), fr_day.as_str(), "only.txt"];
        expect.sort();
        assert_eq!(ids(&d), expect);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_do_not_hang() {
        let dir = tree(&["a/x.txt"]);
        std::os::unix::fs::symlink(dir.path(), dir.path().join("a/loop")).unwrap();
        let d = discover(&[s(dir.path())], &DiscoverOptions::default()).unwrap();
        assert_eq!(ids(&d), ["a/x.txt"]);
        assert!(d.notes.iter().any(|n| n.contains("loop")), "{:?}", d.notes);
    }

    #[cfg(unix)]
    #[test]
    fn broken_symlink_gets_a_note_and_a_source() {
        let dir = tree(&["a.txt"]);
        std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), dir.path().join("dead.txt"))
            .unwrap();
        let d = discover(&[s(dir.path())], &DiscoverOptions::default()).unwrap();
        assert_eq!(ids(&d), ["a.txt", "dead.txt"]);
        assert_eq!(d.sources[1].format, Some(TextFormat::Text));
        assert_eq!(d.notes.len(), 1, "{:?}", d.notes);
        let dead = s(&dir.path().join("dead.txt"));
        assert_eq!(
            d.notes[0],
            format!("{dead}: No such file or directory (os error 2)")
        );
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_folder_gets_a_note_and_a_source() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tree(&["a.txt", "locked/b.txt"]);
        let locked = dir.path().join("locked");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read_dir(&locked).is_ok() {
            // Running as root: permissions are not enforced.
            fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
            return;
        }
        let d = discover(&[s(dir.path())], &DiscoverOptions::default()).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(ids(&d), ["a.txt", "locked"]);
        assert_eq!(d.notes.len(), 1, "{:?}", d.notes);
        assert!(d.notes[0].contains("ermission denied"), "{:?}", d.notes);
    }
}
