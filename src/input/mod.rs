//! Input: find recap files, read and decode them, and turn Markdown, HTML or plain text into
//! text with block structure (headings, paragraphs, list items) for the later stages.

mod decode;
mod discover;
pub mod jsonl;
mod markup;

pub use decode::{decode, Decoded};
pub use discover::{discover, discover_streamed, DiscoverOptions, Discovery, StreamedDiscovery};
pub(crate) use markup::emoji;
pub use markup::{parse_html, parse_markdown, parse_text};

use crate::error::Error;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::Mutex;

/// How a recap is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextFormat {
    /// Plain text, with list markers and short heading lines recognised.
    Text,
    /// CommonMark.
    Markdown,
    /// HTML page or fragment.
    Html,
}

impl TextFormat {
    /// The format suggested by a file extension (case-insensitive), if it is one recap reads.
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Self::Text),
            "md" | "markdown" | "mdown" | "mkd" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }

    /// The format's short name, as in `--input-format` and JSON Lines input.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }
}

/// The role of a block of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading; `level` 1 is the top.
    Heading {
        /// 1 to 6.
        level: u8,
    },
    /// A paragraph of running text.
    Paragraph,
    /// One item of a bullet or numbered list (the marker is not part of the span).
    ListItem {
        /// Numbered ("1.", "a)") rather than bulleted.
        ordered: bool,
    },
    /// A block quotation.
    Quote,
}

/// A block: a kind and a byte span of [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Byte offset of the block's first character.
    pub start: usize,
    /// Byte offset just past the block's last character.
    pub end: usize,
}

/// A recap ready for analysis: its text and block structure.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable identifier: the path relative to the folder it was found in, or the file name.
    pub id: String,
    /// The path as the user gave it (or `-` for standard input).
    pub path: String,
    /// The markup the text came from.
    pub format: TextFormat,
    /// Plain text; for Markdown and HTML, the rendered text with blocks separated by blank lines.
    pub text: String,
    /// Blocks in document order, spans into `text`, non-overlapping.
    pub blocks: Vec<Block>,
    /// Non-fatal problems met while reading (legacy encoding, replaced bytes).
    pub warnings: Vec<String>,
    /// The publication date the markup declares, as written: a Markdown front matter's
    /// `date:`, an HTML page's `<time datetime>` or `article:published_time`. Not text.
    pub published: Option<String>,
    /// The title the markup declares: a Markdown front matter's `title:`, an HTML page's
    /// `og:title` or `<title>`. Not text.
    pub declared_title: Option<String>,
}

impl Document {
    /// Builds a document from already-decoded text in `format`.
    pub fn from_text(id: String, path: String, format: TextFormat, raw: &str) -> Self {
        let (text, blocks) = match format {
            TextFormat::Text => parse_text(raw),
            TextFormat::Markdown => parse_markdown(raw),
            TextFormat::Html => parse_html(raw),
        };
        // Web page chrome copied with the recap is no part of it; its text stays (offsets
        // and the dateline do not change), but no stage reads its lines.
        let blocks = without_chrome(&text, blocks);
        Self {
            id,
            path,
            format,
            text,
            blocks,
            warnings: Vec::new(),
            published: markup::published(format, raw),
            declared_title: markup::declared_title(format, raw),
        }
    }

    /// The text of one block.
    pub fn block_text(&self, block: &Block) -> &str {
        &self.text[block.start..block.end]
    }
}

/// Phrases of web page chrome: footers, cookie and privacy links, share buttons, in the
/// corpus languages.
const CHROME_PHRASES: &[&str] = &[
    "all rights reserved",
    "cookie settings",
    "cookie policy",
    "cookie preferences",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms and conditions",
    "share this",
    "skip to content",
    "skip to main content",
    "back to top",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "tous droits réservés",
    "politique de confidentialité",
    "todos los derechos reservados",
    "política de privacidad",
    "alle rechte vorbehalten",
    "datenschutzerklärung",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "política de privacidade",
    "alle rechten voorbehouden",
    "privacyverklaring",
    // A mailing's header and footer.
    "unsubscribe",
    "update your preferences",
    "manage your preferences",
    "view this email in your browser",
    "view in browser",
    "view online",
    "you are receiving this email",
    "you received this email",
    "forward to a friend",
    "se désabonner",
    "se désinscrire",
    "newsletter abbestellen",
    "newsletter abmelden",
    "im browser ansehen",
    "darse de baja",
    "cancelar suscripción",
    "annulla iscrizione",
    "disiscriviti",
    "cancelar subscrição",
    "anular subscrição",
    "uitschrijven",
    "afmelden",
];

/// Names of the networks on share and follow buttons.
const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "instagram",
    "youtube",
    "whatsapp",
    "email",
    "e-mail",
    "print",
    "mastodon",
    "bluesky",
    "threads",
    "tiktok",
    "share",
    "partager",
    "teilen",
    "compartir",
    "condividi",
    "partilhar",
    "delen",
    "follow",
    "us",
    "on",
    "this",
    "via",
];

/// The blocks without their chrome lines: a block keeps each run of its other lines.
fn without_chrome(text: &str, blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let body = &text[b.start..b.end];
        // One pass over the lines: runs are pushed only once a chrome line ends one, so a
        // block without chrome pushes nothing here and is kept as it is.
        let mut chrome = false;
        let mut run: Option<(usize, usize)> = None;
        let mut at = b.start;
        for line in body.split_inclusive('\n') {
            let lead = line.len() - line.trim_start().len();
            let (start, end) = (at + lead, at + line.trim_end().len());
            at += line.len();
            if chrome_line(line) {
                chrome = true;
                if let Some((s, e)) = run.take() {
                    out.push(Block {
                        start: s,
                        end: e,
                        ..b
                    });
                }
            } else if !line.trim().is_empty() {
                run = Some((run.map_or(start, |(s, _)| s), end));
            }
        }
        if !chrome {
            out.push(b);
            continue;
        }
        if let Some((s, e)) = run {
            out.push(Block {
                start: s,
                end: e,
                ..b
            });
        }
    }
    out
}

/// Whether one line is web page chrome: a footer or link bar ("© 2024 … All rights
/// reserved. Privacy policy | Cookie settings"), share buttons ("Share this: Facebook
/// Twitter LinkedIn"), a breadcrumb ("Home > News > …"), a contact line of addresses.
fn chrome_line(text: &str) -> bool {
    // Chrome lines are short, and hold one of a few words or marks: most lines of a recap
    // cost one length comparison or one pass over their bytes, without allocating.
    text.len() <= 240 && might_be_chrome(text) && chrome_line_checked(text)
}

/// First words (ASCII, case-insensitive, by prefix) of chrome lines without a mark.
const CHROME_OPENERS: &[&str] = &[
    "all",
    "tous",
    "todos",
    "alle",
    "tutti",
    "copyright",
    "cookie",
    "privac",
    "terms",
    "share",
    "skip",
    "back",
    "subscribe",
    "sign",
    "follow",
    "facebook",
    "twitter",
    "linkedin",
    "instagram",
    "youtube",
    "whatsapp",
    "home",
    "accueil",
    "inicio",
    "startseite",
    "contact",
    "contat",
    "kontakt",
    "email",
    "e-mail",
    "politique",
    "pol",
    "datenschutz",
    "partager",
    "compartir",
    "teilen",
    "condividi",
    "partilhar",
    "delen",
    "unsub",
    "update",
    "manage",
    "view",
    "you",
    "forward",
    "newsletter",
    "darse",
    "cancelar",
    "anular",
    "annulla",
    "disiscr",
    "uitschrijven",
    "afmelden",
];

/// Whether a line may be chrome: it holds a mark of footers, breadcrumbs and addresses ("|",
/// ">", "@", "©", "»", "›", "www.") or opens with a word chrome opens with. One pass over
/// its bytes, without allocating: this runs for most lines of every recap.
fn might_be_chrome(text: &str) -> bool {
    let b = text.as_bytes();
    // "©" is C2 A9, "»" C2 BB, "›" E2 80 BA: their last bytes suffice.
    // "·" is C2 B7; a post's tags open with "#"; a page's number is a short line ("Page 2
    // of 3", "Seite 4").
    let trimmed = text.trim();
    let opens = |w: &str| {
        trimmed.len() >= w.len() && trimmed.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
    };
    if memchr::memchr3(b'|', b'>', b'@', b).is_some()
        || trimmed.len() <= 24
            && ["page", "seite", "pagina", "página"]
                .iter()
                .any(|w| opens(w))
        || memchr::memchr3(0xA9, 0xBB, 0xBA, b).is_some()
        || memchr::memchr(0xB7, b).is_some()
        || trimmed.starts_with('#')
        || memchr::memmem::find(b, b"www.").is_some()
    {
        return true;
    }
    let first = text
        .trim_start()
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    CHROME_OPENERS.iter().any(|t| {
        first.len() >= t.len() && first.as_bytes()[..t.len()].eq_ignore_ascii_case(t.as_bytes())
    })
}

/// The full test, for the few lines [`might_be_chrome`] lets through.
fn chrome_line_checked(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() || words.len() > 25 {
        return false;
    }
    let lower = text.to_lowercase();
    let breadcrumb = ["home", "accueil", "inicio", "startseite", "início"]
        .iter()
        .any(|h| {
            lower.strip_prefix(h).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with(['>', '›', '»', '/', '|'])
            })
        });
    let social = words
        .iter()
        .filter(|w| SOCIAL.contains(&w.as_str()))
        .count();
    let contact = words.len() <= 8
        && (text.contains('@') || text.contains("www.") || text.contains("://"))
        && matches!(
            words[0].as_str(),
            "contact" | "kontakt" | "contacto" | "contatto" | "contato" | "email" | "e-mail"
        );
    // "Like · Comment · Repost · Send", "1,234 reactions · 56 comments": a social post's
    // buttons and counts.
    let engagement = words.len() >= 2
        && words.iter().any(|w| ENGAGEMENT.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| ENGAGEMENT.contains(&w.as_str()) || w.bytes().all(|c| c.is_ascii_digit()));
    // "#SmartCities #UrbanInnovation #Leadership": a post's tags, no phrase of its text.
    let tags = {
        let mut items = text.split_whitespace();
        items.clone().count() >= 2 && items.all(|t| t.len() > 1 && t.starts_with('#'))
    };
    // "Page 2 of 3", "Seite 4 von 12": a page's number, from a PDF or a print.
    let page_number = matches!(words[0].as_str(), "page" | "seite" | "pagina" | "página")
        && words[1..].iter().enumerate().all(|(k, w)| {
            if k % 2 == 0 {
                w.bytes().all(|c| c.is_ascii_digit())
            } else {
                matches!(w.as_str(), "of" | "sur" | "von" | "de" | "di" | "van")
            }
        })
        && matches!(words.len(), 2 | 4);
    breadcrumb
        || contact
        || page_number
        || engagement
        || tags
        || CHROME_PHRASES.iter().any(|p| lower.contains(p))
        || (social >= 3 && social == words.len())
}

/// Words of a social post's buttons and counts.
const ENGAGEMENT: &[&str] = &[
    "like",
    "likes",
    "comment",
    "comments",
    "repost",
    "reposts",
    "share",
    "shares",
    "send",
    "reaction",
    "reactions",
    "reply",
    "replies",
    "retweet",
    "retweets",
    "view",
    "views",
];

/// Where a recap comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// One input to analyse, before it is read.
#[derive(Debug, Clone)]
pub struct Source {
    /// Identifier used in every output table.
    pub id: String,
    /// The path shown to users.
    pub path: String,
    /// Where to read it from.
    pub origin: Origin,
    /// The format, when known from the extension or the user's `--input-format`.
    pub format: Option<TextFormat>,
}

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    /// Read and decoded.
    Ok(Document),
    /// Deliberately not analysed (empty, binary), with the reason.
    Skipped(String),
    /// Could not be read or decoded.
    Failed(Error),
}

/// Reads, decodes and parses one source.
pub fn load(source: &Source) -> Outcome {
    use std::io::Read;
    let bytes = match &source.origin {
        Origin::File(p) => match std::fs::read(p) {
            Ok(b) => b,
            Err(e) => return Outcome::Failed(Error::io(e, p)),
        },
        Origin::Stdin => {
            let mut buf = Vec::new();
            if let Err(e) = stdin_reader().read_to_end(&mut buf) {
                return Outcome::Failed(Error::io(e, "-"));
            }
            buf
        }
    };
    load_bytes(source, &bytes)
}

/// White space that [`stdin_is_jsonl`] had to consume to find the first non-blank byte; given
/// back first by [`stdin_reader`].
static STDIN_PREFIX: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Peeks at standard input: true when its first non-blank byte is `{` (JSON Lines). Nothing is
/// lost: what was looked at is read again through [`stdin_reader`].
pub fn stdin_is_jsonl() -> std::io::Result<bool> {
    let mut stdin = std::io::stdin().lock();
    let mut prefix = STDIN_PREFIX.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let buf = stdin.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        let seen = if prefix.is_empty() {
            jsonl::looks_like_jsonl(buf)
        } else {
            jsonl::looks_like_jsonl(&[prefix.as_slice(), buf].concat())
        };
        match seen {
            Some(answer) => return Ok(answer),
            None => {
                // Only white space so far: keep it and look further.
                let n = buf.len();
                prefix.extend_from_slice(buf);
                stdin.consume(n);
            }
        }
    }
}

/// Standard input, starting with whatever [`stdin_is_jsonl`] consumed while peeking.
pub fn stdin_reader() -> impl BufRead + Send {
    use std::io::Read;
    let prefix = std::mem::take(&mut *STDIN_PREFIX.lock().unwrap_or_else(|e| e.into_inner()));
    std::io::Cursor::new(prefix).chain(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
}

/// Decodes and parses bytes already read for `source`.
pub fn load_bytes(source: &Source, bytes: &[u8]) -> Outcome {
    let decoded = match decode(bytes) {
        Ok(Decoded::Empty) => return Outcome::Skipped("empty file".into()),
        Ok(Decoded::Binary(why)) => return Outcome::Skipped(format!("binary file ({why})")),
        Ok(Decoded::Text { text, warning }) => (text, warning),
        Err(e) => return Outcome::Failed(e.with_path(&source.path)),
    };
    let (text, warning) = decoded;
    let format = source.format.unwrap_or_else(|| sniff_format(&text));
    let mut doc = Document::from_text(source.id.clone(), source.path.clone(), format, &text);
    doc.warnings.extend(warning);
    if doc.text.trim().is_empty() {
        return Outcome::Skipped("no text after removing markup".into());
    }
    Outcome::Ok(doc)
}

/// White space collapsed to single spaces: a declared title here, takeaway texts later.
pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Guesses the markup of text whose extension said nothing (standard input, unknown names).
pub fn sniff_format(text: &str) -> TextFormat {
    let head: String = text
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    let head = head.trim_start();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.contains("<p>")
    {
        TextFormat::Html
    } else if head
        .lines()
        .any(|l| l.starts_with("# ") || l.starts_with("## "))
    {
        TextFormat::Markdown
    } else {
        TextFormat::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn source(format: Option<TextFormat>) -> Source {
        Source {
            id: "x".into(),
            path: "dir/x".into(),
            origin: Origin::File(PathBuf::from("/nonexistent/recap/dir/x.txt")),
            format,
        }
    }

    #[test]
    fn web_page_chrome_lines_are_left_out_of_the_blocks() {
        let raw =
            "Home > News > Heat\n\nCities share solutions on heat\nPublished 14 June 2024\n\n\
                   Share this: Facebook Twitter LinkedIn\n\nThe forum met in Ghent.\n\n\
                   Contact: press@eurocities.eu | www.eurocities.eu\n\
                   © Eurocities 2024. All rights reserved. Privacy policy | Cookie settings\n";
        let doc = Document::from_text("x".into(), "x".into(), TextFormat::Text, raw);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| doc.block_text(b)).collect();
        assert_eq!(
            texts,
            [
                "Cities share solutions on heat\nPublished 14 June 2024",
                "The forum met in Ghent."
            ]
        );
        // A line that merely shares a word with chrome stays.
        assert!(!chrome_line("Cities share on average 40% of their data."));
        // A social post's buttons, counts and tags.
        assert!(chrome_line("Like · Comment · Repost · Send"));
        assert!(chrome_line("1,234 reactions · 56 comments"));
        assert!(chrome_line("#SmartCities #UrbanInnovation #Leadership"));
        assert!(!chrome_line("#1 priority: housing"));
        assert!(!chrome_line("Comments from the floor · 20 minutes"));
        // A mailing's header and footer, and a page's number.
        assert!(chrome_line("View this email in your browser"));
        assert!(chrome_line("Unsubscribe | Update your preferences"));
        assert!(chrome_line("Page 2 of 3"));
        assert!(chrome_line("Página 4"));
        assert!(!chrome_line("Page 2 of the report lists the members."));
        assert!(!chrome_line("You are all welcome to the next meeting."));
    }

    #[test]
    fn missing_file_fails_with_the_os_error() {
        match load(&source(None)) {
            Outcome::Failed(e) => {
                assert_eq!(e.kind(), ErrorKind::Io);
                assert!(e.message().contains("No such file or directory"), "{e}");
            }
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn load_bytes_outcomes() {
        let src = source(Some(TextFormat::Text));
        assert!(matches!(load_bytes(&src, b""), Outcome::Skipped(w) if w == "empty file"));
        assert!(
            matches!(load_bytes(&src, b"%PDF-1.4"), Outcome::Skipped(w) if w == "binary file (PDF document)")
        );
        assert!(
            matches!(load_bytes(&src, b"\x81\x9d\x8f"), Outcome::Failed(e) if e.kind() == ErrorKind::Decode)
        );
        match load_bytes(&src, b"Caf\xe9 Lab\r\n\r\n- one\r\n- two\r\n") {
            Outcome::Ok(doc) => {
                assert_eq!(doc.warnings, ["not valid UTF-8; decoded as Windows-1252"]);
                let texts: Vec<&str> = doc.blocks.iter().map(|b| doc.block_text(b)).collect();
                assert_eq!(texts, ["Café Lab", "one", "two"]);
            }
            other => panic!("expected a document, got {other:?}"),
        }
    }

    #[test]
    fn format_sniffed_when_unknown() {
        assert_eq!(sniff_format("<!DOCTYPE html><p>x</p>"), TextFormat::Html);
        assert_eq!(sniff_format("# Title\n\ntext"), TextFormat::Markdown);
        assert_eq!(sniff_format("28 September 2020\n\nText."), TextFormat::Text);
        match load_bytes(
            &source(None),
            b"<html><body><p>Hello &amp; bye</p></body></html>",
        ) {
            Outcome::Ok(doc) => {
                assert_eq!(doc.format, TextFormat::Html);
                assert_eq!(doc.text, "Hello & bye");
            }
            other => panic!("expected a document, got {other:?}"),
        }
    }
}
