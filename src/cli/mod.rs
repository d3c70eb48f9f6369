//! Command line: clap definitions and the glue that turns them into library calls.
//!
//! Two steps from flags to work, as in ripgrep: [`args`] holds what was typed; this module
//! resolves it into library objects ([`AnalyzerConfig`], [`DiscoverOptions`]) and runs them.

pub mod args;

use crate::analyze::{analyze_sources, Analyzer, AnalyzerConfig, DocumentReport, Status};
use crate::corpus::CorpusStats;
use crate::error::{Error, ErrorKind, Result};
use crate::input::{discover, DiscoverOptions, TextFormat};
use crate::output::convert::document_out;
use crate::output::wire::{DocumentOut, Report};
use crate::output::{self, Format, TableKind, WriteOptions};
use crate::segment::{fold, Lang};
use args::{Cli, Command, CommonArgs, FormatArg, InputFormatArg, ProgressArg};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Exit code when every input was analysed.
pub const EXIT_OK: u8 = 0;
/// Exit code when some inputs could not be read or decoded.
pub const EXIT_INPUT_ERRORS: u8 = 1;
/// Exit code for usage errors.
pub const EXIT_USAGE: u8 = 2;
/// Exit code when an evaluation score falls below its floor.
pub const EXIT_BELOW_FLOOR: u8 = 3;

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Analyze(a) => {
            let format = a.common.format.map(to_format).unwrap_or(Format::Json);
            if matches!(format, Format::Json | Format::Jsonl) {
                // Written as the documents are analysed: memory stays flat (issue 6).
                let mut code = EXIT_OK;
                let mut write = |w: &mut dyn Write| {
                    code = analyze_streaming(&a.common, format, w)?;
                    Ok(())
                };
                match &a.common.output {
                    Some(file) => output::write_atomic(file, write)?,
                    None => emit(&mut write)?,
                }
                return Ok(code);
            }
            let opts = WriteOptions { bom: a.common.bom };
            match (&a.common.output, format) {
                (Some(dir), Format::Csv | Format::Tsv) if !looks_like_file(dir) => {
                    // Every table, streamed: memory stays flat (issue 6).
                    let prepared = prepare(&a.common)?;
                    let mut tables = output::TablesDir::create(dir, format, &opts)?;
                    let (corpus, code) = analyze_each(&a.common, prepared, &mut |r| {
                        tables.document(&document_out(&r))
                    })?;
                    let written = tables.commit(&corpus.finish(a.common.top))?;
                    note(
                        &a.common,
                        &format!("wrote {} tables to {}", written.len(), dir.display()),
                    );
                    Ok(code)
                }
                (_, Format::Csv | Format::Tsv) => {
                    if a.common.output.is_none() {
                        note(&a.common, "csv to standard output holds the documents table; use --output DIR for every table");
                    }
                    table_command(&a.common, TableKind::Documents, Some(format), &|_| {})
                }
                (output, _) => {
                    let (report, partial, code) = analyze(&a.common)?;
                    let write = |w: &mut dyn Write| {
                        output::write_report(&report, &partial, format, &opts, w)
                    };
                    match output {
                        Some(file) => output::write_atomic(file, write)?,
                        None => emit(write)?,
                    }
                    Ok(code)
                }
            }
        }
        Command::Themes(t) => {
            let table = if t.per_document {
                TableKind::DocumentThemes
            } else {
                TableKind::Themes
            };
            table_command(&t.common, table, None, &|_| {})
        }
        Command::Entities(e) => {
            let kinds = e
                .types
                .iter()
                .map(|t| {
                    crate::entities::EntityKind::parse(t).ok_or_else(|| {
                        Error::new(ErrorKind::Config, format!("unknown entity type {t:?} (expected city, country, person, organisation or role)"))
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let keep: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            table_command(&e.common, TableKind::Entities, None, &|d| {
                if !keep.is_empty() {
                    d.entities.retain(|x| keep.contains(&x.kind.as_str()));
                }
            })
        }
        Command::Takeaways(c) => table_command(&c, TableKind::Takeaways, None, &|_| {}),
        Command::Merge(m) => merge(&m),
        Command::Eval(e) => eval(&e),
        Command::Schema => {
            emit(|w| writeln!(w, "{}", output::json_schema()).map_err(|e| Error::io(e, "-")))?;
            Ok(EXIT_OK)
        }
    }
}

/// `--output out.json` is a file; `--output out/` or an existing folder is a folder.
fn looks_like_file(p: &Path) -> bool {
    !p.is_dir() && p.extension().is_some() && !p.to_string_lossy().ends_with('/')
}

fn to_format(f: FormatArg) -> Format {
    match f {
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => Format::Csv,
        FormatArg::Tsv => Format::Tsv,
        FormatArg::Md => Format::Md,
        FormatArg::Table => Format::Table,
    }
}

fn parse_lang(s: &str) -> Result<Option<Lang>> {
    if s.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    Lang::from_code(s).map(Some).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        Error::new(
            ErrorKind::Config,
            format!(
                "unknown language {s:?}; use auto or one of {}",
                known.join(", ")
            ),
        )
    })
}

/// A malformed file named by an option is a usage error (exit 2), like a malformed option.
fn as_usage(e: Error) -> Error {
    Error::new(ErrorKind::Config, e.to_string())
}

/// Resolves the shared flags into an analyzer configuration.
fn config(c: &CommonArgs) -> Result<AnalyzerConfig> {
    let mut config = AnalyzerConfig {
        lang: parse_lang(&c.lang)?,
        ..AnalyzerConfig::default()
    };
    config.takeaways.summary_sentences = c.summary;
    if let Some(path) = &c.lexicon {
        config.user_lexicon = crate::lexicon::load_user_lexicon(path).map_err(as_usage)?;
    }
    if let Some(path) = &c.stopwords {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(e, path))?;
        config.themes.extra_stop_words.extend(
            text.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty())
                .map(fold),
        );
    }
    if let Some(path) = &c.codebook {
        let codebook = crate::themes::Codebook::load(path).map_err(as_usage)?;
        config.codebook = Some(std::sync::Arc::new(codebook));
    }
    Ok(config)
}

fn thread_pool(threads: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        if n == 0 {
            return Err(Error::new(
                ErrorKind::Config,
                "--threads must be at least 1",
            ));
        }
        b = b.num_threads(n);
    }
    b.build()
        .map_err(|e| Error::new(ErrorKind::Config, e.to_string()))
}

/// What the inputs turned out to be.
enum Inputs {
    /// JSON Lines records (`--input-format jsonl`, or `{` first on standard input).
    Jsonl,
    /// Files found by discovery, sorted by id.
    Sources(Vec<crate::input::Source>),
    /// One folder, whose files are handed out in id order as it is walked (no list).
    Walk(crate::input::StreamedDiscovery),
}

/// Resolves the flags into an analyzer, a thread pool and the inputs (notes go to stderr).
fn prepare(c: &CommonArgs) -> Result<(Analyzer, rayon::ThreadPool, Inputs)> {
    let config = config(c)?;
    let input_format = match c.input_format {
        None if c.paths == ["-"] => {
            let jsonl = crate::input::stdin_is_jsonl().map_err(|e| Error::io(e, "-"))?;
            jsonl.then_some(InputFormatArg::Jsonl)
        }
        f => f,
    };
    let analyzer = Analyzer::new(config);
    let pool = thread_pool(c.threads)?;
    if input_format == Some(InputFormatArg::Jsonl) {
        return Ok((analyzer, pool, Inputs::Jsonl));
    }
    let opts = DiscoverOptions {
        include: c.include.clone(),
        exclude: c.exclude.clone(),
        hidden: c.hidden,
        no_ignore: c.no_ignore,
        input_format: input_format.map(|f| match f {
            InputFormatArg::Txt | InputFormatArg::Jsonl => TextFormat::Text,
            InputFormatArg::Md => TextFormat::Markdown,
            InputFormatArg::Html => TextFormat::Html,
        }),
    };
    if let Some(walk) = crate::input::discover_streamed(&c.paths, &opts)? {
        for n in &walk.notes {
            note(c, n);
        }
        return Ok((analyzer, pool, Inputs::Walk(walk)));
    }
    let found = discover(&c.paths, &opts)?;
    for n in &found.notes {
        note(c, n);
    }
    Ok((analyzer, pool, Inputs::Sources(found.sources)))
}

/// Discovers, analyses and aggregates; returns the wire report, the raw aggregate and the exit
/// code the inputs call for.
fn analyze(c: &CommonArgs) -> Result<(Report, CorpusStats, u8)> {
    let (analyzer, pool, inputs) = prepare(c)?;
    let listed = |sources: &[crate::input::Source]| {
        let bar = progress_bar(c, sources.len());
        let done = pool.install(|| analyze_sources(&analyzer, sources, &|| bar.inc(1)));
        bar.finish_and_clear();
        done
    };
    let (reports, corpus) = match inputs {
        Inputs::Jsonl => analyze_jsonl_inputs(c, &analyzer, &pool)?,
        Inputs::Sources(sources) => listed(&sources),
        // This path keeps every report anyway: the list of sources costs little beside them.
        Inputs::Walk(walk) => listed(&walk.sources()?),
    };
    let code = report_problems(&reports);
    let report = output::convert::to_report(&reports, &corpus, c.top);
    Ok((report, corpus, code))
}

/// `analyze` to JSON or JSON Lines, writing each document as soon as it is analysed and
/// keeping none; returns the exit code the inputs call for.
fn analyze_streaming(c: &CommonArgs, format: Format, out: &mut dyn Write) -> Result<u8> {
    let prepared = prepare(c)?;
    let mut stream = output::ReportStream::new(std::io::BufWriter::new(out), format)?;
    let (corpus, code) = analyze_each(c, prepared, &mut |r| stream.document(&document_out(&r)))?;
    stream.finish(&corpus, c.top)?;
    Ok(code)
}

/// Streams table `kind` in `format` (CSV, TSV or JSON Lines) to `out`, one document at a
/// time; `keep` filters each document's wire form first. Returns the exit code.
fn stream_table(
    c: &CommonArgs,
    kind: TableKind,
    format: Format,
    keep: &dyn Fn(&mut DocumentOut),
    out: &mut dyn Write,
) -> Result<u8> {
    let prepared = prepare(c)?;
    let opts = WriteOptions { bom: c.bom };
    let mut w = std::io::BufWriter::new(out);
    let mut stream = output::TableStream::new(vec![(kind, &mut w)], format, &opts)?;
    let (corpus, code) = analyze_each(c, prepared, &mut |r| {
        let mut doc = document_out(&r);
        keep(&mut doc);
        stream.document(&doc)
    })?;
    stream.finish(&corpus.finish(c.top))?;
    w.flush().map_err(|e| Error::io(e, "-"))?;
    Ok(code)
}

/// Analyses the inputs, handing each report to `sink` in id order and keeping none; returns
/// the corpus aggregate and the exit code the inputs call for.
fn analyze_each(
    c: &CommonArgs,
    (analyzer, pool, inputs): (Analyzer, rayon::ThreadPool, Inputs),
    sink: &mut dyn FnMut(DocumentReport) -> Result<()>,
) -> Result<(CorpusStats, u8)> {
    let mut code = EXIT_OK;
    let mut sink = |r: DocumentReport| {
        code = code.max(report_problem(&r));
        sink(r)
    };
    let corpus = match inputs {
        Inputs::Jsonl => {
            let (reports, corpus) = analyze_jsonl_inputs(c, &analyzer, &pool)?;
            for r in reports {
                sink(r)?;
            }
            corpus
        }
        Inputs::Sources(sources) => {
            let bar = progress_bar(c, sources.len());
            let corpus = crate::analyze::analyze_sources_into(
                &analyzer,
                &sources,
                Some(&pool),
                &|| bar.inc(1),
                &mut sink,
            )?;
            bar.finish_and_clear();
            corpus
        }
        Inputs::Walk(walk) => {
            use crate::analyze::{analyze_chunk_into, CHUNK_SOURCES};
            let bar = progress_bar(c, walk.count);
            let mut corpus = CorpusStats::default();
            let on_done = || bar.inc(1);
            let mut flush = |chunk: &mut Vec<crate::input::Source>| {
                let done = analyze_chunk_into(
                    &analyzer,
                    chunk,
                    Some(&pool),
                    &on_done,
                    &mut corpus,
                    &mut sink,
                );
                chunk.clear();
                done
            };
            let mut chunk = Vec::with_capacity(CHUNK_SOURCES);
            walk.for_each(&mut |source| {
                chunk.push(source);
                if chunk.len() < CHUNK_SOURCES {
                    return Ok(());
                }
                flush(&mut chunk)
            })?;
            flush(&mut chunk)?;
            bar.finish_and_clear();
            corpus
        }
    };
    Ok((corpus, code))
}

/// Analyses JSON Lines inputs (files, or `-` for standard input) in bounded chunks; reports
/// are sorted by id, as for files. A file that cannot be opened becomes an error row.
fn analyze_jsonl_inputs(
    c: &CommonArgs,
    analyzer: &Analyzer,
    pool: &rayon::ThreadPool,
) -> Result<(Vec<DocumentReport>, CorpusStats)> {
    use crate::analyze::analyze_jsonl;
    use crate::input::jsonl::DEFAULT_CHUNK_LINES;
    let bar = progress_bar(c, 0);
    let mut reports = Vec::new();
    let mut corpus = CorpusStats::default();
    for path in &c.paths {
        // With several inputs, rows of malformed lines say which input they come from.
        let prefix = if c.paths.len() > 1 {
            format!("{path} ")
        } else {
            String::new()
        };
        let tick = || bar.inc(1);
        let (mut r, s) = if path == "-" {
            let input = crate::input::stdin_reader();
            pool.install(|| {
                analyze_jsonl(analyzer, input, path, &prefix, DEFAULT_CHUNK_LINES, &tick)
            })?
        } else if Path::new(path).is_dir() {
            return Err(Error::new(
                ErrorKind::Config,
                format!("{path} is a folder; with --input-format jsonl give JSON Lines files or -"),
            ));
        } else {
            match std::fs::File::open(path) {
                Ok(f) => {
                    let input = std::io::BufReader::with_capacity(1 << 16, f);
                    pool.install(|| {
                        analyze_jsonl(analyzer, input, path, &prefix, DEFAULT_CHUNK_LINES, &tick)
                    })?
                }
                Err(e) => {
                    let source = crate::input::Source {
                        id: path.clone(),
                        path: path.clone(),
                        origin: crate::input::Origin::File(path.into()),
                        format: None,
                    };
                    let error = Error::io(e, path).message().to_string();
                    let row = DocumentReport::empty(&source, Status::Error, Some(error));
                    let mut s = CorpusStats::default();
                    s.add_report(&row);
                    (vec![row], s)
                }
            }
        };
        reports.append(&mut r);
        corpus += &s;
    }
    bar.finish_and_clear();
    reports.sort_by(|a, b| a.id.cmp(&b.id));
    Ok((reports, corpus))
}

/// Prints one line per input that was skipped or failed; returns the exit code.
fn report_problems(reports: &[DocumentReport]) -> u8 {
    reports.iter().map(report_problem).max().unwrap_or(EXIT_OK)
}

/// Prints the warnings of one report, or why it was skipped or failed; returns the exit code
/// it calls for.
fn report_problem(r: &DocumentReport) -> u8 {
    match r.status {
        Status::Ok => {
            for w in &r.warnings {
                eprintln!("recap: warning: {}: {w}", r.path);
            }
            EXIT_OK
        }
        Status::Skipped => {
            let why = r.error.as_deref().unwrap_or("skipped");
            eprintln!("recap: skipped {}: {why}", r.path);
            if why.starts_with("binary") {
                EXIT_INPUT_ERRORS
            } else {
                EXIT_OK
            }
        }
        Status::Error => {
            eprintln!(
                "recap: error: {}: {}",
                r.path,
                r.error.as_deref().unwrap_or("failed")
            );
            EXIT_INPUT_ERRORS
        }
    }
}

fn progress_bar(c: &CommonArgs, len: usize) -> indicatif::ProgressBar {
    let on_terminal = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none()
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let show = !c.quiet
        && match c.progress {
            ProgressArg::Always => true,
            ProgressArg::Never => false,
            ProgressArg::Auto => on_terminal && len > 20,
        };
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(len as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} recaps {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

fn note(c: &CommonArgs, msg: &str) {
    if !c.quiet {
        eprintln!("recap: {msg}");
    }
}

/// Writes to standard output through a buffer.
fn emit(f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    f(&mut w)?;
    w.flush().map_err(|e| Error::io(e, "-"))
}

/// Writes one table of the analysis, in `format` or the table commands' default (aligned
/// text on a terminal, CSV when piped); `keep` filters each document first. CSV, TSV and JSON
/// Lines are streamed; the other formats need every row first (their widths, or one array).
fn table_command(
    c: &CommonArgs,
    table: TableKind,
    format: Option<Format>,
    keep: &dyn Fn(&mut DocumentOut),
) -> Result<u8> {
    let format = format.or(c.format.map(to_format)).unwrap_or_else(|| {
        if c.output.is_none() && std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Csv
        }
    });
    let mut code = EXIT_OK;
    let mut write = |w: &mut dyn Write| -> Result<()> {
        if matches!(format, Format::Csv | Format::Tsv | Format::Jsonl) {
            code = stream_table(c, table, format, keep, w)?;
            return Ok(());
        }
        let (mut report, _, done) = analyze(c)?;
        code = done;
        report.documents.iter_mut().for_each(keep);
        output::write_table(&report, table, format, &WriteOptions { bom: c.bom }, w)
    };
    match &c.output {
        Some(file) => output::write_atomic(file, &mut write)?,
        None => emit(&mut write)?,
    }
    Ok(code)
}

fn merge(m: &args::MergeArgs) -> Result<u8> {
    let mut documents = Vec::new();
    let mut corpus = CorpusStats::default();
    for part in &m.parts {
        let (docs, partials) = output::read_part(part)?;
        documents.extend(docs);
        for p in &partials {
            corpus += p;
        }
    }
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = documents.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(Error::new(
            ErrorKind::Parse,
            format!("document {:?} appears in more than one part", w[0].id),
        ));
    }
    let report = Report {
        schema_version: output::wire::SCHEMA_VERSION,
        recap_version: env!("CARGO_PKG_VERSION").to_string(),
        documents,
        corpus: corpus.finish(m.top),
    };
    let format = to_format(m.format);
    let opts = WriteOptions { bom: m.bom };
    match (&m.output, format) {
        (Some(dir), Format::Csv | Format::Tsv) if !looks_like_file(dir) => {
            output::write_tables_dir(&report, dir, format, &opts)?;
        }
        (Some(file), _) => output::write_atomic(file, |w| {
            output::write_report(&report, &corpus, format, &opts, w)
        })?,
        (None, _) => emit(|w| output::write_report(&report, &corpus, format, &opts, w))?,
    }
    Ok(EXIT_OK)
}

fn eval(e: &args::EvalArgs) -> Result<u8> {
    let gold = crate::eval::load_gold_dir(&e.gold)?;
    let report = match &e.report {
        Some(path) => output::read_part(&path.to_string_lossy()).map(|(documents, _)| Report {
            schema_version: output::wire::SCHEMA_VERSION,
            recap_version: String::new(),
            documents,
            corpus: CorpusStats::default().finish(0),
        })?,
        None => {
            let paths = if e.paths.is_empty() {
                vec![e.gold.to_string_lossy().into_owned()]
            } else {
                e.paths.clone()
            };
            let common = CommonArgs {
                paths,
                format: None,
                output: None,
                top: 0,
                summary: 3,
                lang: e.lang.clone(),
                input_format: None,
                include: Vec::new(),
                exclude: Vec::new(),
                hidden: false,
                no_ignore: false,
                lexicon: None,
                stopwords: None,
                codebook: None,
                threads: e.threads,
                bom: false,
                progress: ProgressArg::Never,
                quiet: true,
            };
            analyze(&common)?.0
        }
    };
    let result = crate::eval::evaluate(&report, &gold);
    emit(|w| {
        let text = match e.format {
            FormatArg::Json => {
                serde_json::to_string_pretty(&result)
                    .map_err(|x| Error::new(ErrorKind::Io, x.to_string()))?
                    + "\n"
            }
            _ => crate::eval::render_table(&result),
        };
        w.write_all(text.as_bytes())
            .map_err(|x| Error::io(x, "-"))?;
        if e.explain {
            for id in gold.keys() {
                let t = crate::eval::explain(&report, &gold, id);
                w.write_all(t.as_bytes()).map_err(|x| Error::io(x, "-"))?;
            }
        }
        Ok(())
    })?;
    if let Some(spec) = &e.min {
        let floors = crate::eval::parse_floors(spec)?;
        let failures = crate::eval::check_floors(&result, &floors);
        if !failures.is_empty() {
            for f in &failures {
                eprintln!("recap: below floor: {f}");
            }
            return Ok(EXIT_BELOW_FLOOR);
        }
    }
    Ok(EXIT_OK)
}
