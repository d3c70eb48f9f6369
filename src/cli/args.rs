//! What was typed: clap definitions only.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn a folder of event recaps into data: themes, entities and takeaways.
#[derive(Debug, Parser)]
#[command(name = "recap", version, about, long_about = None, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Everything: JSON by default; with --format csv --output DIR, every table.
    Analyze(AnalyzeArgs),
    /// Theme frequencies (corpus; --per-document for one row per document and theme).
    Themes(ThemesArgs),
    /// Entity table (--type city,person,...).
    Entities(EntitiesArgs),
    /// Takeaway list.
    Takeaways(CommonArgs),
    /// Merge partial results written by `analyze --format jsonl` (or JSON) into one.
    Merge(MergeArgs),
    /// Precision, recall and F1 against gold annotations.
    Eval(EvalArgs),
    /// Print the JSON Schema of the JSON output.
    Schema,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// JSON.
    Json,
    /// JSON Lines.
    Jsonl,
    /// CSV (RFC 4180).
    Csv,
    /// Tab-separated values.
    Tsv,
    /// Markdown.
    Md,
    /// An aligned table on a terminal.
    Table,
}

/// When to show a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ProgressArg {
    /// On a terminal only.
    #[default]
    Auto,
    /// Always (on stderr).
    Always,
    /// Never.
    Never,
}

/// Input markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Plain text.
    Txt,
    /// Markdown.
    Md,
    /// HTML.
    Html,
    /// JSON Lines of `{"id", "text", "format"}` records, one recap per line (format: txt, md
    /// or html; txt when absent). Chosen by itself when the only PATH is `-` and standard
    /// input starts with `{`.
    Jsonl,
}

/// Options shared by the commands that analyse recaps.
#[derive(Debug, Args, Clone)]
pub struct CommonArgs {
    /// Files or folders to read (folders are walked recursively); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Output format [default: json for analyze; for tables: table on a terminal, csv when piped].
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,
    /// Write to this file (atomically) instead of standard output; for analyze with csv/tsv, a folder.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// How many corpus themes to list (0 = all).
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub top: usize,
    /// Up to N ranked summary sentences for recaps that state no takeaways (0 = none).
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub summary: usize,
    /// Language of the recaps: auto, or an ISO 639-1 code (en, fr, de, es, pt, it, nl, da, sv, no, fi).
    #[arg(long, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    /// Markup of every input, instead of guessing from the extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    /// Only read files matching this glob (repeatable); also adds files with other extensions.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Also read hidden files and folders.
    #[arg(long)]
    pub hidden: bool,
    /// Do not honour .gitignore and .ignore files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Extra or overriding entities: CSV with a header `type,name,aliases,country` (aliases
    /// separated by `|` or `;`).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Extra words to leave out of themes (one per line; adds to the built-in list).
    #[arg(long, value_name = "FILE")]
    pub stopwords: Option<PathBuf>,
    /// Themes of your own to count in every document: a TOML or CSV codebook of theme names
    /// and patterns such as `particip*` or `citizen* engag*` (see examples/codebook.toml).
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Start CSV/TSV output with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
    /// Progress bar on stderr.
    #[arg(long, value_enum, default_value_t = ProgressArg::Auto)]
    pub progress: ProgressArg,
    /// No progress bar and no notes on stderr (errors are still shown).
    #[arg(short, long)]
    pub quiet: bool,
}

/// `recap analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `recap themes`.
#[derive(Debug, Args)]
pub struct ThemesArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// One row per document and theme instead of corpus totals.
    #[arg(long)]
    pub per_document: bool,
}

/// `recap entities`.
#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only these types (comma-separated: city, country, person, organisation, role).
    #[arg(long = "type", value_delimiter = ',', value_name = "TYPES")]
    pub types: Vec<String>,
}

/// `recap merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Partial results (JSON Lines from `analyze --format jsonl`, or JSON reports); `-` for stdin.
    #[arg(required = true, value_name = "PART")]
    pub parts: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,
    /// Write here instead of standard output (a folder for csv/tsv).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// How many corpus themes to list (0 = all).
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub top: usize,
    /// Start CSV/TSV output with a UTF-8 byte order mark.
    #[arg(long)]
    pub bom: bool,
}

/// `recap eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of gold annotation files (*.json).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Recaps to analyse and score (default: the gold folder).
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// Score this JSON report (e.g. another tool's output converted) instead of analysing.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub report: Option<PathBuf>,
    /// table or json.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// Floors, e.g. city=0.9,person=0.85: exit 3 when a score falls below its floor.
    #[arg(long, value_name = "SPEC")]
    pub min: Option<String>,
    /// Print false positives and negatives of each document.
    #[arg(long)]
    pub explain: bool,
    /// Language of the recaps (auto or a code).
    #[arg(long, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    /// Worker threads.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
}
