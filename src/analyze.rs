//! Document -> DocumentReport: the whole per-document analysis, pure and safe to run in
//! parallel.

use crate::entities::Entity;
use crate::input::{Document, Outcome, Source};
use crate::lexicon::Lexicons;
use crate::segment::{segment, Lang};
use crate::takeaways::{Takeaway, TakeawayOptions};
use crate::themes::{Codebook, CodebookCount, Theme, ThemeOptions};

/// What became of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Analysed.
    Ok,
    /// Not analysed on purpose (empty, binary).
    Skipped,
    /// Could not be read or decoded.
    Error,
}

impl Status {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Skipped => "skipped",
            Self::Error => "error",
        }
    }
}

/// Everything recap found in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentReport {
    /// Identifier.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Outcome.
    pub status: Status,
    /// Why it was skipped or failed.
    pub error: Option<String>,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// First heading or line.
    pub title: Option<String>,
    /// ISO 8601 date.
    pub date: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Word tokens.
    pub words: u64,
    /// Sentences (list items and headings count as one each).
    pub sentences: u64,
    /// Entities sorted by kind then name.
    pub entities: Vec<Entity>,
    /// Themes, best first.
    pub themes: Vec<Theme>,
    /// Takeaways in document order.
    pub takeaways: Vec<Takeaway>,
    /// Codebook themes and their counts, in codebook order (empty without a codebook).
    pub codebook: Vec<CodebookCount>,
}

impl DocumentReport {
    /// An empty report for a source, with the given status.
    pub fn empty(source: &Source, status: Status, error: Option<String>) -> Self {
        Self {
            id: source.id.clone(),
            path: source.path.clone(),
            status,
            error,
            warnings: Vec::new(),
            title: None,
            date: None,
            language: None,
            words: 0,
            sentences: 0,
            entities: Vec::new(),
            themes: Vec::new(),
            takeaways: Vec::new(),
            codebook: Vec::new(),
        }
    }
}

/// Turns a load outcome into a report, analysing the document when there is one.
pub fn analyze_outcome(analyzer: &Analyzer, source: &Source, outcome: Outcome) -> DocumentReport {
    match outcome {
        // A bug met by one document must not end the whole run: it becomes that document's
        // error row, as a read error would.
        Outcome::Ok(doc) => {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyzer.analyze(&doc)))
            {
                Ok(report) => report,
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<String>()
                        .map(String::as_str)
                        .or_else(|| panic.downcast_ref::<&str>().copied())
                        .unwrap_or("unknown panic");
                    let what: String = what.chars().take(200).collect();
                    DocumentReport::empty(
                        source,
                        Status::Error,
                        Some(format!(
                            "internal error while analysing (please report it): {what}"
                        )),
                    )
                }
            }
        }
        Outcome::Skipped(why) => DocumentReport::empty(source, Status::Skipped, Some(why)),
        Outcome::Failed(err) => {
            DocumentReport::empty(source, Status::Error, Some(err.message().to_string()))
        }
    }
}

/// Resolved settings for the analysis (built from the command line, or by library users).
#[derive(Debug, Clone, Default)]
pub struct AnalyzerConfig {
    /// Force a language instead of detecting it.
    pub lang: Option<Lang>,
    /// Theme extraction settings.
    pub themes: ThemeOptions,
    /// User-defined themes counted in every document (`--codebook`).
    pub codebook: Option<std::sync::Arc<Codebook>>,
    /// Takeaway extraction settings (`--summary` sets the number of summary sentences).
    pub takeaways: TakeawayOptions,
    /// Entities from `--lexicon FILE`, which add to or override the built-in recognisers.
    pub user_lexicon: Vec<crate::lexicon::UserEntry>,
}

/// Analyses documents with a fixed configuration; cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: AnalyzerConfig,
    lexicons: &'static Lexicons,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new(AnalyzerConfig::default())
    }
}

impl Analyzer {
    /// An analyzer with the built-in lexicons.
    pub fn new(config: AnalyzerConfig) -> Self {
        warm_up_in_background();
        Self {
            config,
            lexicons: crate::lexicon::builtin(),
        }
    }

    /// Analyses one document.
    pub fn analyze(&self, doc: &Document) -> DocumentReport {
        let seg = segment(doc, self.config.lang);
        let mut entities = crate::entities::recognise(doc, &seg, self.lexicons);
        if !self.config.user_lexicon.is_empty() {
            crate::entities::apply_user_lexicon(
                &doc.text,
                |pos| seg.sentence_at(pos),
                &self.config.user_lexicon,
                &mut entities,
            );
        }
        let themes =
            crate::themes::extract(doc, &seg, &entities, self.lexicons, &self.config.themes);
        let takeaways = crate::takeaways::extract(
            doc,
            &seg,
            &entities,
            &themes,
            self.lexicons,
            &self.config.takeaways,
        );
        let codebook = self
            .config
            .codebook
            .as_ref()
            .map_or_else(Vec::new, |c| c.count(doc, &seg));
        DocumentReport {
            id: doc.id.clone(),
            path: doc.path.clone(),
            status: Status::Ok,
            error: None,
            warnings: doc.warnings.clone(),
            title: crate::meta::title(doc),
            date: crate::meta::date(doc),
            language: Some(seg.lang.code().to_string()),
            words: seg.word_count() as u64,
            sentences: seg.sentences.len() as u64,
            entities,
            themes,
            takeaways,
            codebook,
        }
    }
}

/// Builds the other tables made on first use (date regexes, language detector, stop words, the
/// theme prior, the villages' index) on a second thread, once per process, while the caller parses the lexicons:
/// start-up then costs the longer of the two rather than their sum.
fn warm_up_in_background() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let warm = || {
            let doc = Document::from_text(
                String::new(),
                String::new(),
                crate::input::TextFormat::Text,
                "Recap, 28 September 2020\n\nThe participants met in the city.",
            );
            let seg = segment(&doc, None);
            let _ = (crate::meta::title(&doc), crate::meta::date(&doc));
            let _ = seg.lang.is_stop_word("the");
            crate::themes::warm_up();
            // The villages' filter and row offsets: most recaps ask about one.
            let _ = crate::lexicon::village("");
        };
        // Without a thread (a restricted sandbox), the tables are built on first use instead.
        let _ = std::thread::Builder::new()
            .name("recap-warm-up".into())
            .spawn(warm);
    });
}

/// Loads and analyses every source in parallel (rayon), folding the reports into a corpus
/// aggregate. Reports come back in the order of `sources`; texts are dropped as soon as each
/// document is analysed. `on_done` is called once per finished source (for progress bars).
/// To keep memory flat on large corpora, use [`analyze_sources_into`].
pub fn analyze_sources(
    analyzer: &Analyzer,
    sources: &[Source],
    on_done: &(dyn Fn() + Sync),
) -> (Vec<DocumentReport>, crate::corpus::CorpusStats) {
    let mut reports = Vec::with_capacity(sources.len());
    let corpus = analyze_sources_into(analyzer, sources, None, on_done, &mut |r| {
        reports.push(r);
        Ok(())
    });
    (reports, corpus.expect("collecting never fails"))
}

/// How many sources [`analyze_sources_into`] analyses at a time: enough to keep every core
/// busy, few enough that only a few hundred texts and reports are held at once.
pub const CHUNK_SOURCES: usize = 256;

/// Like [`analyze_sources`], but hands each report to `sink` in the order of `sources` as soon
/// as its chunk of [`CHUNK_SOURCES`] is done, and keeps none: memory stays bounded by a chunk,
/// whatever the size of the corpus. Stops at the first error of `sink`. The analysis runs on
/// `pool` when given (the sink always runs on the calling thread), else on the current pool.
pub fn analyze_sources_into(
    analyzer: &Analyzer,
    sources: &[Source],
    pool: Option<&rayon::ThreadPool>,
    on_done: &(dyn Fn() + Sync),
    sink: &mut dyn FnMut(DocumentReport) -> crate::error::Result<()>,
) -> crate::error::Result<crate::corpus::CorpusStats> {
    let mut corpus = crate::corpus::CorpusStats::default();
    for chunk in sources.chunks(CHUNK_SOURCES) {
        analyze_chunk_into(analyzer, chunk, pool, on_done, &mut corpus, sink)?;
    }
    Ok(corpus)
}

/// One chunk of [`analyze_sources_into`]: analyses `chunk` in parallel, then adds each report
/// to `corpus` and hands it to `sink`, in the order of `chunk`. For callers that gather
/// sources as they are found (a folder walked without a list).
pub fn analyze_chunk_into(
    analyzer: &Analyzer,
    chunk: &[Source],
    pool: Option<&rayon::ThreadPool>,
    on_done: &(dyn Fn() + Sync),
    corpus: &mut crate::corpus::CorpusStats,
    sink: &mut dyn FnMut(DocumentReport) -> crate::error::Result<()>,
) -> crate::error::Result<()> {
    use rayon::prelude::*;
    let work = || -> Vec<DocumentReport> {
        chunk
            .par_iter()
            .map(|source| {
                let outcome = crate::input::load(source);
                let report = analyze_outcome(analyzer, source, outcome);
                on_done();
                report
            })
            .collect()
    };
    let reports = match pool {
        Some(pool) => pool.install(work),
        None => work(),
    };
    for r in reports {
        corpus.add_report(&r);
        sink(r)?;
    }
    Ok(())
}

/// Analyses JSON Lines records (`{"id", "text", "format"}`, see [`crate::input::jsonl`]) read
/// from `input`, `chunk` lines at a time: each chunk is parsed and analysed in parallel
/// (rayon), then dropped, so that at most `chunk` texts are held at once. Reports come back in
/// input order. `input_path` names the input in rows of malformed lines; `id_prefix` goes
/// before their `line N` id. Fails only when `input` cannot be read.
pub fn analyze_jsonl(
    analyzer: &Analyzer,
    input: impl std::io::BufRead,
    input_path: &str,
    id_prefix: &str,
    chunk: usize,
    on_done: &(dyn Fn() + Sync),
) -> crate::error::Result<(Vec<DocumentReport>, crate::corpus::CorpusStats)> {
    use crate::input::jsonl::{parse_record, JsonlChunks};
    use rayon::prelude::*;
    let mut reports = Vec::new();
    let mut corpus = crate::corpus::CorpusStats::default();
    for lines in JsonlChunks::new(input, chunk) {
        let lines = lines.map_err(|e| crate::error::Error::io(e, input_path))?;
        let done: Vec<DocumentReport> = lines
            .par_iter()
            .map(|line| {
                let record = parse_record(line, input_path, id_prefix);
                let source = Source {
                    id: record.id,
                    path: record.path,
                    origin: crate::input::Origin::Stdin,
                    format: None,
                };
                let report = analyze_outcome(analyzer, &source, record.outcome);
                on_done();
                report
            })
            .collect();
        for r in &done {
            corpus.add_report(r);
        }
        reports.extend(done);
    }
    Ok((reports, corpus))
}
