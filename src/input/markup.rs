//! Markup to blocks: plain text lines, Markdown events and HTML elements become one text with
//! heading, paragraph, list-item and quote spans.
//!
//! Plain text keeps the original text, so block offsets point into what the user wrote.
//! Markdown and HTML are rendered: each block's text, trimmed, joined by blank lines.
//! Every parser returns blocks in order, non-overlapping, non-empty, with no white space at
//! either end, and holding at least one letter or digit (pure decoration is dropped).

use super::{Block, BlockKind};

/// Plain text: keeps the text as it is (offsets point into the original) and finds blocks.
///
/// Blank lines separate chunks. In a chunk, lines starting with a bullet or a number marker
/// are list items (indented lines that follow are joined to them), other runs of lines are
/// paragraphs. A chunk of one short line without closing punctuation is a heading (level 1
/// when it is the first block), as are `# Title` lines and lines underlined with `===`/`---`.
pub fn parse_text(raw: &str) -> (String, Vec<Block>) {
    let lines = split_lines(raw);
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if is_blank(raw, lines[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < lines.len() && !is_blank(raw, lines[j]) {
            j += 1;
        }
        chunks.push(&lines[i..j]);
        i = j;
    }
    let mut blocks = Vec::new();
    for (c, chunk) in chunks.iter().enumerate() {
        if let [line] = chunk {
            let prev = c.checked_sub(1).map(|p| chunks[p]);
            if let Some(start) = lone_numbered_heading(raw, *line, prev, chunks.get(c + 1).copied())
            {
                push_line_heading(&mut blocks, start, trim_span(raw, line.0, line.1).1);
                continue;
            }
        }
        text_chunk(raw, chunk, &mut blocks);
    }
    (unwrapped(raw, &blocks), blocks)
}

/// Shortest line, in characters, that a soft wrap may end.
const WRAP_MIN_CHARS: usize = 40;
/// Longest line, in characters, of a hard-wrapped text: longer lines are paragraphs of
/// their own, and their text is not wrapped.
const WRAP_MAX_WIDTH: usize = 120;
/// How much shorter than the text's longest line a wrapped line may be: the next word did
/// not fit.
const WRAP_SLACK: usize = 25;

/// Whether most longer words of a line are capitalised, as in a title ("Urban Freight Forum:
/// Day Two Summary Report"), which ends its line even in wrapped text.
fn title_cased(line: &str) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for w in line.split_whitespace() {
        let mut chars = w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars();
        if let Some(first) = chars.next() {
            if first.is_alphabetic() && chars.count() >= 3 {
                words += 1;
                capitalised += usize::from(first.is_uppercase());
            }
        }
    }
    words >= 2 && capitalised * 3 >= words * 2
}

/// The text with the soft wraps of its paragraphs and list items turned into spaces.
///
/// Mail, text saved from PDFs and fixed-width editors break running text into lines of about
/// the same width; a name broken over two of them ("Natalia\nGkiaouri") is one name. A text
/// is wrapped when no line of its paragraphs is longer than `WRAP_MAX_WIDTH`, and a line
/// break in it is soft when the line it ends comes within `WRAP_SLACK` characters of that
/// width, so a short title, label or address line keeps its break. Byte for byte, so offsets
/// do not move.
fn unwrapped(raw: &str, blocks: &[Block]) -> String {
    let len = |line: &str| line.trim().chars().count();
    let running = |b: &&Block| !matches!(b.kind, BlockKind::Heading { .. });
    let mut width = 0;
    for b in blocks.iter().filter(running) {
        for line in raw[b.start..b.end].lines() {
            width = width.max(len(line));
            if width > WRAP_MAX_WIDTH {
                return raw.to_string();
            }
        }
    }
    let mut soft = Vec::new();
    for b in blocks.iter().filter(running) {
        let mut at = b.start;
        for line in raw[b.start..b.end].split_inclusive('\n') {
            let end = at + line.len();
            let chars = len(line);
            // Only a block's first line can be its title: further down, a line dense with
            // names ("… Medellín (Colombia). Mayor Christian") is running text.
            if line.ends_with('\n')
                && chars >= WRAP_MIN_CHARS
                && chars + WRAP_SLACK >= width
                && !(at == b.start && title_cased(line))
            {
                soft.extend(at + line.trim_end_matches(['\n', '\r']).len()..end);
            }
            at = end;
        }
    }
    if soft.is_empty() {
        return raw.to_string();
    }
    let mut bytes = raw.as_bytes().to_vec();
    for i in soft {
        bytes[i] = b' ';
    }
    // Only ASCII line-break bytes were replaced, by an ASCII space.
    String::from_utf8(bytes).expect("replacing ASCII bytes keeps UTF-8")
}

/// Byte ranges of lines, without their `\n`, `\r\n` or `\r` ending.
fn split_lines(raw: &str) -> Vec<(usize, usize)> {
    let bytes = raw.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push((start, i));
                i += 1;
                start = i;
            }
            b'\r' => {
                lines.push((start, i));
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push((start, bytes.len()));
    }
    lines
}

fn is_blank(raw: &str, (s, e): (usize, usize)) -> bool {
    raw[s..e].trim().is_empty()
}

/// The span of `raw[s..e]` without white space at either end.
fn trim_span(raw: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &raw[s..e];
    let start = s + (t.len() - t.trim_start().len());
    (start, start + t.trim().len())
}

fn has_alnum(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// What one non-blank line of plain text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    /// A list item; `start` is where its text begins.
    Item {
        start: usize,
        ordered: bool,
        indent: usize,
    },
    /// A `#` heading; the span of its text.
    Hash { level: u8, start: usize, end: usize },
    /// `===` or `---` (underline or rule), or another line without a letter or digit.
    Rule { underline: Option<char> },
    /// Running text.
    Text { indent: usize },
}

fn classify(raw: &str, (s, e): (usize, usize)) -> Line {
    let line = &raw[s..e];
    let body = line.trim_start();
    let indent: usize = line[..line.len() - body.len()]
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let body_start = s + (line.len() - body.len());
    let trimmed = body.trim_end();
    if !has_alnum(trimmed) {
        let underline = ['=', '-']
            .into_iter()
            .find(|&u| trimmed.len() >= 2 && trimmed.chars().all(|c| c == u));
        return Line::Rule { underline };
    }
    if let Some((level, start, end)) = hash_heading(trimmed) {
        return Line::Hash {
            level,
            start: body_start + start,
            end: body_start + end,
        };
    }
    if let Some((offset, ordered)) = list_marker(trimmed) {
        return Line::Item {
            start: body_start + offset,
            ordered,
            indent,
        };
    }
    Line::Text { indent }
}

/// `## Title ##` -> (2, span of "Title") within `s`.
fn hash_heading(s: &str) -> Option<(u8, usize, usize)> {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &s[hashes..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let mut content = rest.trim();
    // A closing run of hashes counts only after white space ("C#" keeps its hash).
    let stripped = content.trim_end_matches('#');
    if stripped.len() < content.len() && stripped.ends_with(char::is_whitespace) {
        content = stripped.trim_end();
    }
    if !has_alnum(content) {
        return None;
    }
    let start = hashes + (rest.len() - rest.trim_start().len());
    Some((hashes as u8, start, start + content.len()))
}

/// Bullets that need white space after them (they also occur inside running text).
const SPACED_BULLETS: &[char] = &['-', '*', '+', '·', '–', '—'];
/// Bullets that are never running text, so "•item" counts too.
const SYMBOL_BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '✗', '❖', '→',
    // emoji that posts on social media use as bullets
    '🔹', '🔸', '🔷', '🔶', '✅', '👉', '📌', '💡', '➡', '⭐', '🟢', '🔵',
];

/// Length of any other pictograph and the white space after it ("📍 The maps lie", "🌱 Soil
/// first"): posts use far more emoji as bullets than a list could hold; spaced, as an emoji
/// glued to a word is no marker.
fn pictograph_marker(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if !emoji(first) {
        return None;
    }
    let len = with_selector(s, first.len_utf8());
    s[len..].starts_with(char::is_whitespace).then_some(len)
}

/// Whether `c` is an emoji or a dingbat (the symbols and pictographs blocks).
pub(crate) fn emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

/// `len`, the length of an emoji at the start of `s`, with the variation selector that may
/// follow it ("➡️", "☀️").
fn with_selector(s: &str, len: usize) -> usize {
    len + s[len..]
        .strip_prefix('\u{fe0f}')
        .map_or(0, |_| '\u{fe0f}'.len_utf8())
}

/// Length of a keycap number ("1️⃣", "3⃣", "🔟"), which posts use as numbered bullets.
fn keycap_marker(s: &str) -> Option<usize> {
    if let Some(rest) = s.strip_prefix('🔟') {
        return Some(s.len() - rest.len());
    }
    let rest = s.strip_prefix(|c: char| c.is_ascii_digit())?;
    let rest = rest.strip_prefix('\u{fe0f}').unwrap_or(rest);
    let rest = rest.strip_prefix('\u{20e3}')?;
    Some(s.len() - rest.len())
}

/// Finds a list marker at the start of `s` (already left-trimmed); returns the offset of the
/// item's text and whether the marker is a number.
fn list_marker(s: &str) -> Option<(usize, bool)> {
    let first = s.chars().next()?;
    let (after, ordered) = if SPACED_BULLETS.contains(&first) {
        let rest = &s[first.len_utf8()..];
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        (first.len_utf8(), false)
    } else if SYMBOL_BULLETS.contains(&first) {
        (with_selector(s, first.len_utf8()), false)
    } else if let Some(len) = keycap_marker(s) {
        (len, true)
    } else if let Some(len) = pictograph_marker(s) {
        (len, false)
    } else {
        let len = number_marker(s)?;
        if !s[len..].starts_with(char::is_whitespace) {
            return None;
        }
        (len, true)
    };
    let rest = &s[after..];
    let content = rest.trim_start();
    if !has_alnum(content) {
        return None;
    }
    Some((after + rest.len() - content.len(), ordered))
}

/// Length of a number marker: "12.", "3)", "(4)", "a)", "b.", "(c)", "iv.", "(ix)", "B)".
fn number_marker(s: &str) -> Option<usize> {
    let (open, inner) = match s.strip_prefix('(') {
        Some(rest) => (1, rest),
        None => (0, s),
    };
    let label_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let label = &inner[..label_len];
    let close = inner[label_len..].chars().next()?;
    let closes = if open == 1 {
        close == ')'
    } else {
        close == '.' || close == ')'
    };
    if label.is_empty() || !closes {
        return None;
    }
    let dot = close == '.';
    let ok = if label.bytes().all(|b| b.is_ascii_digit()) {
        // "28. September 2020" is a date, not item 28.
        label.len() <= 3 && !(dot && starts_with_month(&inner[label_len + 1..]))
    } else if label.bytes().all(|b| b.is_ascii_lowercase()) {
        label.len() == 1 || is_roman(label)
    } else if label.bytes().all(|b| b.is_ascii_uppercase()) {
        // "A. Smith" and "I. M. Pei" are initials: capitals need a parenthesis.
        !dot && (label.len() == 1 || is_roman(&label.to_ascii_lowercase()))
    } else {
        false
    };
    ok.then_some(open + label_len + 1)
}

fn is_roman(label: &str) -> bool {
    const ONES: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    const TENS: [&str; 4] = ["", "x", "xx", "xxx"];
    (1..40).any(|n| format!("{}{}", TENS[n / 10], ONES[n % 10]) == label)
}

/// Whether `s` starts with a month name or its abbreviation as a whole word ("September",
/// "Sept.", "März"), not a word that only begins like one ("Market", "Decisions", "Mais").
fn starts_with_month(s: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "mär",
        "apr",
        "may",
        "mai",
        "maj",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "okt",
        "nov",
        "dec",
        "dez",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januar",
        "jänner",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "dezembro",
        "gennaio",
        "febbraio",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "settembre",
        "ottobre",
        "dicembre",
        "januari",
        "februari",
        "maart",
        "augustus",
    ];
    let s = s.trim_start();
    let word = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    MONTHS.contains(&word.to_lowercase().as_str())
}

/// Characters that end a sentence or a lead-in, so the line is not a heading.
fn ends_like_sentence(s: &str, closing: &[char]) -> bool {
    let s = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_']);
    s.ends_with(closing)
}

/// A line short enough and unpunctuated enough to be a heading.
fn heading_like(s: &str) -> bool {
    s.split_whitespace().count() <= 12 && !ends_like_sentence(s, &['.', ':', ';', ',', '!', '…'])
}

/// A line of its own read as a heading: the document's title when it comes first.
fn push_line_heading(blocks: &mut Vec<Block>, start: usize, end: usize) {
    let level = if blocks.is_empty() { 1 } else { 2 };
    blocks.push(Block {
        kind: BlockKind::Heading { level },
        start,
        end,
    });
}

/// Blocks of one chunk (lines between blank lines).
fn text_chunk(raw: &str, lines: &[(usize, usize)], blocks: &mut Vec<Block>) {
    let kinds: Vec<Line> = lines.iter().map(|&l| classify(raw, l)).collect();
    if let ([(s, e)], [Line::Text { .. }]) = (lines, kinds.as_slice()) {
        let (start, end) = trim_span(raw, *s, *e);
        if heading_like(&raw[start..end]) {
            push_line_heading(blocks, start, end);
            return;
        }
    }
    if line_list(raw, lines, &kinds, blocks) {
        return;
    }
    let mut open: Option<Open> = None;
    let mut k = 0;
    while k < lines.len() {
        let (s, e) = lines[k];
        let (ts, te) = trim_span(raw, s, e);
        match kinds[k] {
            Line::Text { indent } => {
                if let Some(Line::Rule { underline: Some(u) }) = kinds.get(k + 1) {
                    if heading_like(&raw[ts..te]) {
                        close(open.take(), blocks);
                        let first = blocks.is_empty();
                        let level = if *u == '=' || first { 1 } else { 2 };
                        blocks.push(Block {
                            kind: BlockKind::Heading { level },
                            start: ts,
                            end: te,
                        });
                        k += 2;
                        continue;
                    }
                }
                open = Some(match open {
                    Some(Open::Item {
                        kind,
                        start,
                        indent: item_indent,
                        ..
                    }) if indent > 0 && indent >= item_indent => Open::Item {
                        kind,
                        start,
                        end: te,
                        indent: item_indent,
                    },
                    Some(Open::Para {
                        start,
                        last_ends_paragraph,
                        ..
                    }) if !last_ends_paragraph => Open::Para {
                        start,
                        end: te,
                        last_ends_paragraph: ends_paragraph(&raw[ts..te]),
                    },
                    other => {
                        close(other, blocks);
                        Open::Para {
                            start: ts,
                            end: te,
                            last_ends_paragraph: ends_paragraph(&raw[ts..te]),
                        }
                    }
                });
            }
            // "6. Actions agreed" over bullets or a paragraph: a numbered section heading.
            Line::Item {
                start,
                ordered: true,
                ..
            } if k == 0 && numbered_heading(raw, lines, &kinds[1..], start, te) => {
                close(open.take(), blocks);
                blocks.push(Block {
                    kind: BlockKind::Heading { level: 2 },
                    start,
                    end: te,
                });
            }
            Line::Item {
                start,
                ordered,
                indent,
            } => {
                close(open.take(), blocks);
                open = Some(Open::Item {
                    kind: BlockKind::ListItem { ordered },
                    start,
                    end: te,
                    indent,
                });
            }
            Line::Hash { level, start, end } => {
                close(open.take(), blocks);
                blocks.push(Block {
                    kind: BlockKind::Heading { level },
                    start,
                    end,
                });
            }
            Line::Rule { .. } => close(open.take(), blocks),
        }
        k += 1;
    }
    close(open, blocks);
}

/// The number of a line's "12." or "3)" marker and where the item's text starts, when the
/// line is such an item.
fn numbered_item(raw: &str, (s, e): (usize, usize)) -> Option<(u32, usize)> {
    let t = raw[s..e].trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match classify(raw, (s, e)) {
        Line::Item {
            ordered: true,
            start,
            ..
        } if digits > 0 => Some((t[..digits].parse().ok()?, start)),
        _ => None,
    }
}

/// Where the text of a numbered line standing alone between blank lines starts, when it is a
/// section heading of minutes ("1. Welcome and apologies", then its paragraph): short and
/// unpunctuated, text follows, and no neighbour continues its numbering, as the items of a
/// list spaced by blank lines do.
fn lone_numbered_heading(
    raw: &str,
    line: (usize, usize),
    prev: Option<&[(usize, usize)]>,
    next: Option<&[(usize, usize)]>,
) -> Option<usize> {
    let (n, start) = numbered_item(raw, line)?;
    let text = raw[start..line.1].trim_end();
    let number = |l: Option<&(usize, usize)>| l.and_then(|&l| numbered_item(raw, l)).map(|x| x.0);
    (heading_like(text)
        && text.chars().next().is_some_and(char::is_uppercase)
        && number(next?.first()) != Some(n + 1)
        && !(n > 1 && number(prev.and_then(<[_]>::last)) == Some(n - 1)))
    .then_some(start)
}

/// Whether a numbered first line of a chunk, text `start..end`, is a section heading: short,
/// with no sentence punctuation, and followed by bullets, by items lettered under its number
/// ("8. Actions", then "a) …"), or by a paragraph that starts with a capital, not by the next
/// number or by its own continuation. `kinds` are those of the lines after the first.
fn numbered_heading(
    raw: &str,
    lines: &[(usize, usize)],
    kinds: &[Line],
    start: usize,
    end: usize,
) -> bool {
    let Some((&(s, e), next)) = lines.get(1).zip(kinds.first()) else {
        return false;
    };
    heading_like(&raw[start..end])
        && match next {
            Line::Item { ordered, .. } => {
                !ordered
                    || numbered_item(raw, lines[0]).is_some()
                        && numbered_item(raw, (s, e)).is_none()
            }
            Line::Text { indent: 0 } => raw[s..e]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
            _ => false,
        }
}

/// "Present:\nCllr Morag Flett, Orkney Islands Council\nDr Euan Sinclair, …": lines that
/// each start with a capital and end with no sentence mark, after an optional lead-in ending
/// in a colon, are the entries of a list written without markers. Pushes the blocks and
/// returns true when the chunk is one; hard-wrapped prose ends its last line with a mark.
fn line_list(raw: &str, lines: &[(usize, usize)], kinds: &[Line], blocks: &mut Vec<Block>) -> bool {
    let span = |k: usize| trim_span(raw, lines[k].0, lines[k].1);
    let lead = usize::from(
        !lines.is_empty() && matches!(kinds[0], Line::Text { .. }) && {
            let (s, e) = span(0);
            raw[s..e].ends_with(':')
        },
    );
    let entries = lead..lines.len();
    let entry = |k: usize| {
        let (s, e) = span(k);
        let t = &raw[s..e];
        matches!(kinds[k], Line::Text { indent: 0 })
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.split_whitespace().count() <= 24
            && !ends_like_sentence(t, &['.', '!', '?', ';', ',', '…'])
            // A colon ends a lead-in, which would start another list.
            && !t.ends_with(':')
    };
    if entries.len() < 3 || !entries.clone().all(entry) {
        return false;
    }
    if lead == 1 {
        let (start, end) = span(0);
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            start,
            end,
        });
    }
    for k in entries {
        let (start, end) = span(k);
        blocks.push(Block {
            kind: BlockKind::ListItem { ordered: false },
            start,
            end,
        });
    }
    true
}

/// A paragraph or list item still collecting lines.
enum Open {
    Para {
        start: usize,
        end: usize,
        /// The last line was a whole unwrapped paragraph (long, ends a sentence).
        last_ends_paragraph: bool,
    },
    Item {
        kind: BlockKind,
        start: usize,
        end: usize,
        indent: usize,
    },
}

/// Text pasted without blank lines often holds one paragraph per (long) line.
fn ends_paragraph(line: &str) -> bool {
    line.chars().count() > 100 && ends_like_sentence(line, &['.', '!', '?', '…'])
}

fn close(open: Option<Open>, blocks: &mut Vec<Block>) {
    let (kind, start, end) = match open {
        Some(Open::Para { start, end, .. }) => (BlockKind::Paragraph, start, end),
        Some(Open::Item {
            kind, start, end, ..
        }) => (kind, start, end),
        None => return,
    };
    blocks.push(Block { kind, start, end });
}

/// Whether lines of a paragraph start with list markers: one symbol bullet ("•") is enough,
/// other markers ("-", "1.") must come at least twice.
fn has_list_lines(s: &str) -> bool {
    let mut marked = 0;
    for line in s.lines() {
        let line = line.trim_start();
        if list_marker(line).is_some() {
            if line.starts_with(SYMBOL_BULLETS) {
                return true;
            }
            marked += 1;
        }
    }
    marked >= 2
}

/// Whether every line of a paragraph opens with a short label and a colon ("Venue: …",
/// "**Datum:** …"): a block of fields, not running text.
fn label_lines(s: &str) -> bool {
    let label = |line: &str| {
        line.split_once(':').is_some_and(|(label, _)| {
            let words = label.split_whitespace().count();
            (1..=4).contains(&words) && label.chars().all(|c| c.is_alphabetic() || c == ' ')
        })
    };
    // Most lines, not all: a memo's header line ("Minutes · Skills Team, Darlington Borough
    // Council") may stand above its "Date:" and "Venue:" lines.
    let (mut labels, mut lines) = (0, 0);
    for line in s.lines() {
        lines += 1;
        labels += usize::from(label(line));
    }
    labels >= 2 && labels * 2 > lines
}

/// Rendered text with blocks, shared by the Markdown and HTML paths.
#[derive(Default)]
struct Sink {
    text: String,
    blocks: Vec<Block>,
}

impl Sink {
    /// Appends one block (trimmed; dropped when it holds no letter or digit).
    fn emit(&mut self, kind: BlockKind, s: &str) {
        let t = s.trim();
        if !has_alnum(t) {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(t);
        self.blocks.push(Block {
            kind,
            start,
            end: self.text.len(),
        });
    }

    /// Appends preformatted text, one block per run of non-blank lines.
    fn emit_chunks(&mut self, kind: BlockKind, s: &str) {
        let mut chunk: Vec<&str> = Vec::new();
        for line in s.split('\n').chain([""]) {
            if line.trim().is_empty() {
                if !chunk.is_empty() {
                    self.emit_lines(kind, &chunk.join("\n"), false);
                    chunk.clear();
                }
            } else {
                chunk.push(line.trim_end());
            }
        }
    }

    /// Appends a paragraph or quote, unless its lines are really a list typed by hand
    /// ("Takeaways:" then "• one", "• two" on the next lines): then, as in plain text, each
    /// marked line becomes a list item. `join` turns the lines of other blocks back into one.
    fn emit_lines(&mut self, kind: BlockKind, lines: &str, join: bool) {
        if !matches!(kind, BlockKind::Paragraph | BlockKind::Quote) || !has_list_lines(lines) {
            self.emit(kind, lines);
            return;
        }
        let (text, blocks) = parse_text(lines);
        for b in blocks {
            let k = match b.kind {
                BlockKind::ListItem { .. } => b.kind,
                _ => kind,
            };
            let s = &text[b.start..b.end];
            if join {
                self.emit(k, &s.lines().map(str::trim).collect::<Vec<_>>().join(" "));
            } else {
                self.emit(k, s);
            }
        }
    }

    fn finish(self) -> (String, Vec<Block>) {
        (self.text, self.blocks)
    }
}

/// Markdown: the rendered text, blocks separated by blank lines.
///
/// Headings, paragraphs, list items (a nested list's items are blocks of their own; the
/// paragraphs of a loose item are one block), quotes (one block per paragraph), table rows
/// (cells joined by " | "), code blocks (as paragraphs, split at blank lines). Emphasis is
/// dropped, links keep their text, images their alt text, HTML is reduced to its text, and
/// front matter is dropped.
pub fn parse_markdown(raw: &str) -> (String, Vec<Block>) {
    use pulldown_cmark::{Options, Parser};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut md = Markdown::default();
    for event in Parser::new_ext(raw, options) {
        md.event(event);
    }
    md.flush();
    md.sink.finish()
}

/// A container the Markdown walk is inside.
#[derive(Clone, Copy)]
enum Container {
    Item { ordered: bool },
    Quote,
}

#[derive(Default)]
struct Markdown {
    sink: Sink,
    /// Text of the block being collected, and its kind once it has one.
    buf: String,
    kind: Option<BlockKind>,
    containers: Vec<Container>,
    /// Ordered flags of the open lists.
    lists: Vec<bool>,
    /// Inside front matter.
    metadata: bool,
    code: Option<String>,
    html: Option<String>,
    /// Cells seen in the current table row.
    cells: usize,
    /// Where soft line breaks (rendered as spaces) are in `buf`.
    soft_breaks: Vec<usize>,
}

impl Markdown {
    fn event(&mut self, event: pulldown_cmark::Event<'_>) {
        use pulldown_cmark::{Event, Tag, TagEnd};
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => match self.containers.last() {
                    Some(Container::Item { ordered }) => {
                        let ordered = *ordered;
                        if self.kind.is_none() {
                            self.kind = Some(BlockKind::ListItem { ordered });
                        } else if !self.buf.trim().is_empty() {
                            self.buf.push('\n');
                        }
                    }
                    _ => self.begin(self.default_kind()),
                },
                Tag::Heading { level, .. } => self.begin(BlockKind::Heading { level: level as u8 }),
                Tag::BlockQuote(_) => {
                    self.flush();
                    self.containers.push(Container::Quote);
                }
                Tag::List(start) => {
                    self.flush();
                    self.lists.push(start.is_some());
                }
                Tag::Item => {
                    let ordered = self.lists.last().copied().unwrap_or(false);
                    self.begin(BlockKind::ListItem { ordered });
                    self.containers.push(Container::Item { ordered });
                }
                Tag::CodeBlock(_) => {
                    self.flush();
                    self.code = Some(String::new());
                }
                Tag::HtmlBlock => {
                    self.flush();
                    self.html = Some(String::new());
                }
                Tag::TableHead | Tag::TableRow => {
                    self.begin(BlockKind::Paragraph);
                    self.cells = 0;
                }
                Tag::TableCell => {
                    if self.cells > 0 {
                        self.buf.push_str(" | ");
                    }
                    self.cells += 1;
                }
                Tag::MetadataBlock(_) => {
                    self.flush();
                    self.metadata = true;
                }
                Tag::Table(_) | Tag::FootnoteDefinition(_) | Tag::DefinitionList => self.flush(),
                Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                    self.begin(BlockKind::Paragraph)
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph
                    if !matches!(self.containers.last(), Some(Container::Item { .. })) =>
                {
                    self.flush()
                }
                TagEnd::BlockQuote(_) => {
                    self.flush();
                    self.containers.pop();
                }
                TagEnd::Item => {
                    self.flush();
                    self.containers.pop();
                }
                TagEnd::List(_) => {
                    self.flush();
                    self.lists.pop();
                }
                TagEnd::CodeBlock => {
                    if let Some(code) = self.code.take() {
                        self.sink.emit_chunks(BlockKind::Paragraph, &code);
                    }
                }
                TagEnd::HtmlBlock => {
                    if let Some(html) = self.html.take() {
                        let (text, blocks) = parse_html(&html);
                        for b in blocks {
                            self.sink.emit(b.kind, &text[b.start..b.end]);
                        }
                    }
                }
                TagEnd::MetadataBlock(_) => self.metadata = false,
                TagEnd::Heading(_)
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::Table
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => self.flush(),
                _ => {}
            },
            Event::Text(t) => {
                // Front matter is dropped (`inline` ignores it).
                if let Some(code) = &mut self.code {
                    code.push_str(&t);
                } else if let Some(html) = &mut self.html {
                    html.push_str(&t);
                } else {
                    self.inline(&t);
                }
            }
            Event::Html(t) => match &mut self.html {
                Some(html) => html.push_str(&t),
                None => self.inline_html(&t),
            },
            Event::InlineHtml(t) => self.inline_html(&t),
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.inline(&t),
            Event::SoftBreak => {
                if !self.metadata {
                    self.soft_breaks.push(self.buf.len());
                }
                self.inline(" ");
            }
            Event::HardBreak => self.inline("\n"),
            Event::Rule => self.flush(),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    /// The kind of text met outside any explicit block.
    fn default_kind(&self) -> BlockKind {
        match self.containers.last() {
            Some(Container::Item { ordered }) => BlockKind::ListItem { ordered: *ordered },
            Some(Container::Quote) => BlockKind::Quote,
            None => BlockKind::Paragraph,
        }
    }

    fn begin(&mut self, kind: BlockKind) {
        self.flush();
        self.kind = Some(kind);
    }

    fn inline(&mut self, s: &str) {
        if self.metadata {
            return;
        }
        if self.kind.is_none() {
            self.kind = Some(self.default_kind());
        }
        self.buf
            .extend(s.chars().map(|c| if c == '\u{A0}' { ' ' } else { c }));
    }

    /// Inline tags are dropped, except that `<br>` breaks the line.
    fn inline_html(&mut self, tag: &str) {
        let name = tag
            .trim_start_matches('<')
            .trim_start()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if name.eq_ignore_ascii_case("br") {
            self.inline("\n");
        }
    }

    fn flush(&mut self) {
        if let Some(kind) = self.kind.take() {
            if self.soft_breaks.is_empty() {
                self.sink.emit(kind, &self.buf);
            } else {
                // Look at the paragraph's source lines: they may be a list typed by hand.
                let mut lines = self.buf.clone().into_bytes();
                for &at in &self.soft_breaks {
                    lines[at] = b'\n';
                }
                let lines = String::from_utf8(lines).expect("an ASCII space replaced by a newline");
                if has_list_lines(&lines) {
                    self.sink.emit_lines(kind, &lines, true);
                } else if label_lines(&lines) {
                    // "Venue: …\nDate: …": each line is a field; the line ends keep names of
                    // one from running into the next label ("Toronto Date").
                    self.sink.emit(kind, &lines);
                } else {
                    self.sink.emit(kind, &self.buf);
                }
            }
        }
        self.buf.clear();
        self.soft_breaks.clear();
    }
}

/// The lines of a Markdown document's YAML front matter ("---" up to "---" or "..."); none
/// when it opens with none.
fn front_matter(raw: &str) -> impl Iterator<Item = &str> {
    let body = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let rest = body
        .strip_prefix("---")
        .map(|r| r.trim_start_matches([' ', '\t']))
        .and_then(|r| r.strip_prefix("\r\n").or_else(|| r.strip_prefix('\n')))
        .unwrap_or("");
    rest.lines()
        .take_while(|l| !matches!(l.trim_end(), "---" | "..."))
}

/// The publication date a document's markup declares, as written (`meta::date` reads it when
/// the text names no date): a Markdown front matter's `date:` line; an HTML page's
/// `article:published_time`, `datePublished` or first `<time datetime>`. Plain text has none.
pub fn published(format: super::TextFormat, raw: &str) -> Option<String> {
    let value = |after: &str| -> Option<String> {
        let v = after
            .trim_start_matches([' ', '\t', ':', '=', '"', '\''])
            .split(['"', '\'', '\n', '\r', '<', '>'])
            .next()?
            .trim();
        (!v.is_empty()).then(|| v.chars().take(40).collect())
    };
    match format {
        super::TextFormat::Text => None,
        super::TextFormat::Markdown => {
            front_matter(raw).find_map(|l| value(l.strip_prefix("date")?))
        }
        super::TextFormat::Html => {
            // Only the few markers, found by substring: no second parse of the page.
            for marker in ["article:published_time", "\"datePublished\""] {
                if let Some(at) = raw.find(marker) {
                    let tail = &raw[at + marker.len()..];
                    let tail = tail.find("content=").map_or(tail, |c| &tail[c + 8..]);
                    if let Some(v) = value(tail) {
                        return Some(v);
                    }
                }
            }
            let at = raw.find("<time")?;
            let tag = &raw[at..raw[at..].find('>').map_or(raw.len(), |e| at + e)];
            value(&tag[tag.find("datetime")? + 8..])
        }
    }
}

/// The title a document's markup declares (`meta::title` takes it when the text has no
/// level-1 heading): a Markdown front matter's `title:` line; an HTML page's `og:title` or
/// `<title>`, without the site's name after " | ". Plain text has none.
pub fn declared_title(format: super::TextFormat, raw: &str) -> Option<String> {
    let clean = |v: &str| -> Option<String> {
        // Character references ("&amp;", "&#8211;") decoded as the page's parser decodes them.
        let v: String = if v.contains('&') {
            scraper::Html::parse_fragment(v)
                .root_element()
                .text()
                .collect()
        } else {
            v.to_string()
        };
        let v = v.split(" | ").next().unwrap_or("").trim();
        let v = v.trim_matches(['"', '\'']).trim();
        (!v.is_empty()).then(|| v.chars().take(200).collect())
    };
    match format {
        super::TextFormat::Text => None,
        super::TextFormat::Markdown => {
            front_matter(raw).find_map(|l| clean(l.strip_prefix("title:")?))
        }
        super::TextFormat::Html => {
            // Found by substring, as `published` is: no second parse of the page.
            if let Some(at) = raw.find("property=\"og:title\"") {
                let tail = &raw[at..];
                let tag_end = tail.find('>').unwrap_or(tail.len());
                if let Some(c) = tail[..tag_end].find("content=\"") {
                    let v = &tail[c + 9..tag_end];
                    if let Some(t) = v.split('"').next().and_then(clean) {
                        return Some(t);
                    }
                }
            }
            let at = raw.find("<title")?;
            let open = at + raw[at..].find('>')? + 1;
            let close = open + raw[open..].find("</title>")?;
            clean(&super::squash(&raw[open..close]))
        }
    }
}

/// HTML: visible text of the content, blocks separated by blank lines.
///
/// Site chrome (navigation, header, footer, asides, forms, scripts) is skipped; when the page
/// has a `<main>` or `<article>` holding most of its text, only that is read. Headings,
/// paragraphs (also text runs in `<div>`s and table cells), list items (each `<li>`'s own text;
/// nested items are blocks of their own) and quotes become blocks; white space is collapsed,
/// `<br>` breaks the line (two break the paragraph), entities are decoded and NBSP is a space.
pub fn parse_html(raw: &str) -> (String, Vec<Block>) {
    use scraper::{ElementRef, Html};
    let doc = Html::parse_document(raw);
    let html = doc.root_element();
    let elements = || html.descendent_elements();
    let body = elements()
        .find(|e| e.value().name() == "body")
        .unwrap_or(html);
    let all = HtmlWalk::extract(&[body]);
    // "<li class="comment"><article class="comment-body">": a comment is no content.
    let read = |e: &ElementRef<'_>| {
        !in_chrome(e)
            && !e
                .ancestors()
                .chain(std::iter::once(**e))
                .any(|a| a.value().as_element().is_some_and(chrome_marked))
    };
    let content: Vec<ElementRef<'_>> =
        match elements().find(|e| e.value().name() == "main" && read(e)) {
            Some(main) => vec![main],
            None => elements()
                .filter(|e| e.value().name() == "article" && read(e))
                .filter(|e| !e.ancestors().any(|a| is_element(a.value(), "article")))
                .collect(),
        };
    if !content.is_empty() {
        // "<header><h1>…</h1><p>Cape Town, South Africa · 22 August</p></header><article>":
        // the page's title and dateline often stand in a header before the content.
        let mut content = content;
        let holds =
            |root: &ElementRef<'_>, e: &ElementRef<'_>| e.ancestors().any(|a| a.id() == root.id());
        let is_h1 = |e: &ElementRef<'_>| e.value().name() == "h1";
        let titled = content
            .iter()
            .any(|c| c.descendent_elements().any(|e| is_h1(&e)));
        if let Some(h1) = elements().find(is_h1).filter(|_| !titled) {
            let header = h1
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "header");
            let chrome = h1
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() != "header" && SKIPPED.contains(&a.value().name()));
            if let Some(header) = header.filter(|h| !chrome && !content.iter().any(|c| holds(c, h)))
            {
                content.insert(0, header);
            }
        }
        let main = HtmlWalk::extract(&content);
        // A <main> or <article> that is only a sliver of the page (a teaser, a card) is not
        // the content: then read the whole body.
        if !main.blocks.is_empty() && main.text.len() * 4 >= all.text.len() {
            return main.finish();
        }
    }
    all.finish()
}

fn is_element(node: &scraper::Node, name: &str) -> bool {
    node.as_element().is_some_and(|e| e.name() == name)
}

/// Whether an element's class or id marks it as a page's chrome inside the content: share
/// buttons, related posts, comments, breadcrumbs, tag and category links, an author box, a
/// sidebar or a newsletter form ("sharedaddy", "jp-relatedposts", "comments-area",
/// "cat-links"). CMS templates put these inside `<article>`, where the tag names alone do not
/// tell them from the text; their words ("Twitter", "LinkedIn", a related post's title) would
/// become themes, takeaways and bodies. A class that also says it holds the content
/// ("site-content has-sidebar") is read, as are a CMS's taxonomy classes on the article
/// itself ("category-social-inclusion", "tag-comments").
fn chrome_marked(e: &scraper::node::Element) -> bool {
    let names = || e.id().into_iter().chain(e.classes());
    let mut marked = false;
    for name in names() {
        let name = name.to_ascii_lowercase();
        if CHROME_CLASSES.contains(&name.as_str()) {
            return true;
        }
        if TAXONOMY_PREFIXES.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        for part in name.split(['-', '_']) {
            if CONTENT_PARTS.contains(&part) {
                return false;
            }
            marked |= CHROME_PARTS.contains(&part);
        }
    }
    marked
}

/// Whole class names of chrome whose words alone say too little ("skip", "links", "box").
const CHROME_CLASSES: &[&str] = &[
    "skip-link",
    "screen-reader-text",
    "sr-only",
    "visually-hidden",
    "cat-links",
    "tags-links",
    "tag-links",
    "post-tags",
    "entry-tags",
    "post-categories",
    "entry-categories",
    "author-box",
    "author-bio",
    "about-author",
    "nav-links",
    "post-navigation",
];

/// Words of class names (split at "-" and "_") that mark chrome.
const CHROME_PARTS: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "sharedaddy",
    "addtoany",
    "social",
    "related",
    "relatedposts",
    "yarpp",
    "comment",
    "comments",
    "disqus",
    "respond",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "widget",
    "newsletter",
    "subscribe",
    "pagination",
    "pager",
    "advert",
    "advertisement",
    "sponsor",
    "sponsored",
    "popup",
    "modal",
];

/// Words of class names that say the element holds the content.
const CONTENT_PARTS: &[&str] = &[
    "article",
    "body",
    "column",
    "container",
    "content",
    "layout",
    "main",
    "page",
    "wrapper",
];

/// Prefixes of the classes a CMS gives a post for its categories and tags.
const TAXONOMY_PREFIXES: &[&str] = &["category-", "tag-", "postid-", "format-", "single-"];

/// Elements that are never content.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "nav", "footer", "header",
    "aside", "form", "iframe", "button", "select", "textarea", "object", "embed", "canvas",
    "video", "audio", "dialog", "menu",
];

fn in_chrome(e: &scraper::ElementRef<'_>) -> bool {
    e.ancestors().any(|a| {
        a.value()
            .as_element()
            .is_some_and(|p| SKIPPED.contains(&p.name()))
    })
}

/// Elements after which text starts a new block.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "footer", "hgroup", "figure", "address",
    "details", "fieldset", "center", "body", "html", "search",
];
/// Block elements that always close the block before them, even inside a list item.
const HARD_BLOCKS: &[&str] = &[
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "dt",
    "dd",
    "caption",
    "figcaption",
    "summary",
    "legend",
    "hr",
];

#[derive(Default)]
struct HtmlWalk {
    sink: Sink,
    buf: String,
    /// Kinds of the open heading, list-item and quote elements.
    kinds: Vec<BlockKind>,
    /// Depth of `<pre>` elements.
    pre: usize,
    /// Depth of `<article>`/`<main>` elements.
    content: usize,
    /// Inside a table row: its cells are one block, like a line of a list of people.
    row: bool,
    /// Bytes of text under the root being walked.
    root_len: usize,
}

/// Bytes of text under an element.
fn text_len(e: scraper::ElementRef<'_>) -> usize {
    e.text().map(str::len).sum()
}

impl HtmlWalk {
    /// Starts a table cell: a separator after the row's text so far. Commas, as a writer
    /// would join the cells of "Name | Role | Organisation" in a sentence.
    fn cell(&mut self) {
        let kept = self.buf.trim_end().len();
        self.buf.truncate(kept);
        if kept > 0 {
            if self.buf.ends_with(['.', '!', '?', ':', ';', ',']) {
                self.buf.push(' ');
            } else {
                self.buf.push_str(", ");
            }
        }
    }

    /// Walks the subtrees in document order, without recursion (pages can nest deeply).
    fn extract(roots: &[scraper::ElementRef<'_>]) -> Sink {
        let mut walk = HtmlWalk::default();
        for root in roots {
            walk.root_len = text_len(*root);
            let top = **root;
            let mut node = top;
            'walk: loop {
                // Enter the node; descend only into elements that are read.
                // A header given as a root is read (see `parse_html`).
                let title_header = node.id() == top.id()
                    && top
                        .value()
                        .as_element()
                        .is_some_and(|e| e.name() == "header");
                let entered = match scraper::ElementRef::wrap(node) {
                    Some(e) if title_header || !walk.skip(e) => {
                        walk.open(e);
                        true
                    }
                    Some(_) => false,
                    None => {
                        if let Some(t) = node.value().as_text() {
                            walk.text(t);
                        }
                        false
                    }
                };
                if entered {
                    if let Some(child) = node.first_child() {
                        node = child;
                        continue;
                    }
                    walk.close(node.value());
                }
                // Move on to the next sibling, leaving finished parents on the way up.
                loop {
                    if node.id() == top.id() {
                        break 'walk;
                    }
                    if let Some(next) = node.next_sibling() {
                        node = next;
                        continue 'walk;
                    }
                    match node.parent() {
                        Some(parent) => {
                            node = parent;
                            walk.close(node.value());
                        }
                        None => break 'walk,
                    }
                }
            }
            walk.flush();
        }
        walk.sink
    }

    fn skip(&self, node: scraper::ElementRef<'_>) -> bool {
        let e = node.value();
        let name = e.name();
        if name == "header" && self.content > 0 {
            // An article's own header often holds its title.
            return !node.descendent_elements().any(|d| d.value().name() == "h1");
        }
        // A quote's own footer names who said it ("<blockquote>…<footer>— Ana Lima</footer>").
        let quote_footer = name == "footer"
            && node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|p| matches!(p.name(), "blockquote" | "figure"))
            });
        if (SKIPPED.contains(&name) && !quote_footer) || e.attr("hidden").is_some() {
            return true;
        }
        if e.attr("aria-hidden") == Some("true") {
            return true;
        }
        // ARIA landmarks of site chrome, and cookie banners.
        if e.attr("role").is_some_and(|r| {
            [
                "navigation",
                "banner",
                "contentinfo",
                "complementary",
                "search",
                "dialog",
            ]
            .contains(&r.trim().to_ascii_lowercase().as_str())
        }) {
            return true;
        }
        if e.id()
            .into_iter()
            .chain(e.classes())
            .any(|c| c.to_ascii_lowercase().contains("cookie"))
        {
            return true;
        }
        // A page whose text all stands in a "newsletter" or "related" box is that text.
        if chrome_marked(e) && text_len(node) * 2 < self.root_len {
            return true;
        }
        e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        })
    }

    fn open(&mut self, node: scraper::ElementRef<'_>) {
        let name = node.value().name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = name.as_bytes()[1] - b'0';
                self.kinds.push(BlockKind::Heading { level });
            }
            "li" => {
                self.flush();
                let ordered = node.parent().is_some_and(|p| is_element(p.value(), "ol"));
                self.kinds.push(BlockKind::ListItem { ordered });
            }
            "blockquote" => {
                self.flush();
                self.kinds.push(BlockKind::Quote);
            }
            "br" => self.line_break(),
            // Browsers show <q> with quotation marks; the text keeps them, as readers see them.
            "q" => self.buf.push('“'),
            "pre" => {
                self.block_boundary();
                self.pre += 1;
            }
            "tr" => {
                self.flush();
                self.row = true;
            }
            "td" | "th" if self.row => self.cell(),
            _ => {
                if name == "article" || name == "main" {
                    self.content += 1;
                }
                if HARD_BLOCKS.contains(&name) {
                    self.flush();
                } else if BLOCKS.contains(&name) {
                    self.block_boundary();
                }
            }
        }
    }

    fn close(&mut self, node: &scraper::Node) {
        let Some(e) = node.as_element() else { return };
        let name = e.name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "blockquote" => {
                self.flush();
                self.kinds.pop();
            }
            "q" => self.buf.push('”'),
            "pre" => {
                self.pre = self.pre.saturating_sub(1);
                self.block_boundary();
            }
            "tr" => {
                self.flush();
                self.row = false;
            }
            "td" | "th" if self.row => {}
            _ => {
                if name == "article" || name == "main" {
                    self.content = self.content.saturating_sub(1);
                }
                if HARD_BLOCKS.contains(&name) {
                    self.flush();
                } else if BLOCKS.contains(&name) {
                    self.block_boundary();
                }
            }
        }
    }

    /// Ends the block, except inside a list item, whose paragraphs stay one item.
    fn block_boundary(&mut self) {
        if matches!(self.kinds.last(), Some(BlockKind::ListItem { .. })) {
            let kept = self.buf.trim_end().len();
            if kept > 0 {
                self.buf.truncate(kept);
                self.buf.push('\n');
            }
        } else {
            self.flush();
        }
    }

    fn line_break(&mut self) {
        let kept = self.buf.trim_end_matches([' ', '\t']).len();
        self.buf.truncate(kept);
        if self.buf.ends_with('\n') {
            // <br><br> separates paragraphs.
            self.flush();
        } else if !self.buf.trim().is_empty() {
            self.buf.push('\n');
        }
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            match c {
                '\u{AD}' | '\u{200B}' | '\u{FEFF}' => {}
                '\u{A0}' if self.pre > 0 => self.buf.push(' '),
                c if self.pre > 0 => self.buf.push(c),
                c if c.is_whitespace() => {
                    if !self.buf.is_empty() && !self.buf.ends_with([' ', '\n']) {
                        self.buf.push(' ');
                    }
                }
                c => self.buf.push(c),
            }
        }
    }

    fn flush(&mut self) {
        let kind = match self.kinds.last() {
            Some(k) => *k,
            None => BlockKind::Paragraph,
        };
        self.sink.emit_chunks(kind, &self.buf);
        self.buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../tests/data/input/seed_recap.txt");

    /// Checks the span invariants and returns (kind, text) pairs.
    fn check(text: &str, blocks: &[Block]) -> Vec<(BlockKind, String)> {
        let mut last_end = 0;
        for (i, b) in blocks.iter().enumerate() {
            assert!(b.start < b.end, "empty block {i}: {b:?}");
            assert!(b.end <= text.len(), "block {i} past the end: {b:?}");
            assert!(b.start >= last_end, "block {i} overlaps: {b:?}");
            assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            let s = &text[b.start..b.end];
            assert_eq!(s, s.trim(), "block {i} not trimmed");
            last_end = b.end;
        }
        blocks
            .iter()
            .map(|b| (b.kind, text[b.start..b.end].to_string()))
            .collect()
    }

    fn text_blocks(raw: &str) -> Vec<(BlockKind, String)> {
        let (text, blocks) = parse_text(raw);
        // Offsets point into the original: only soft wraps may have become spaces.
        assert_eq!(text.len(), raw.len());
        for (t, r) in text.bytes().zip(raw.bytes()) {
            assert!(t == r || (t == b' ' && matches!(r, b'\n' | b'\r')));
        }
        check(&text, &blocks)
    }

    #[test]
    fn soft_wraps_of_running_text_become_spaces() {
        let raw = "Urban Freight Forum: Day Two Summary Report\n\
                   Rotterdam hosted the second day of the forum, opened by\n\
                   Natalia Gkiaouri, policy assistant at the European\r\n\
                   Commission, who spoke about freight.\n\n\
                   Present: Anna Smith\n\
                   Venue: Town Hall\n";
        let blocks = text_blocks(raw);
        assert_eq!(
            blocks[0].1,
            "Urban Freight Forum: Day Two Summary Report\n\
             Rotterdam hosted the second day of the forum, opened by \
             Natalia Gkiaouri, policy assistant at the European  \
             Commission, who spoke about freight."
        );
        // Short label lines keep their breaks.
        assert_eq!(blocks[1].1, "Present: Anna Smith\nVenue: Town Hall");
        // Below a block's first line, a line dense with names is running text.
        let names = "Rotterdam hosted the second day of the freight forum, opened by the\n\
                     Mayor of Nice and by Aarhus (Denmark) and Medellín (Colombia). Mayor\n\
                     Christian Estrosi spoke about freight in the port areas of the region.\n";
        assert!(parse_text(names).0.contains("Mayor Christian Estrosi"));
        // A text whose paragraphs are long lines is not wrapped: its breaks stay.
        let long = format!(
            "{}\nBy Anna Smith\n\n{}\n",
            "Coming home: ".repeat(5),
            "word ".repeat(40)
        );
        assert_eq!(parse_text(&long).0, long);
    }

    fn md_blocks(raw: &str) -> Vec<(BlockKind, String)> {
        let (text, blocks) = parse_markdown(raw);
        let out = check(&text, &blocks);
        let joined: Vec<&str> = out.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(text, joined.join("\n\n"));
        out
    }

    fn html_blocks(raw: &str) -> Vec<(BlockKind, String)> {
        let (text, blocks) = parse_html(raw);
        let out = check(&text, &blocks);
        let joined: Vec<&str> = out.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(text, joined.join("\n\n"));
        out
    }

    const P: BlockKind = BlockKind::Paragraph;
    const Q: BlockKind = BlockKind::Quote;
    const UL: BlockKind = BlockKind::ListItem { ordered: false };
    const OL: BlockKind = BlockKind::ListItem { ordered: true };
    const H1: BlockKind = BlockKind::Heading { level: 1 };
    const H2: BlockKind = BlockKind::Heading { level: 2 };

    fn owned(v: &[(BlockKind, &str)]) -> Vec<(BlockKind, String)> {
        v.iter().map(|(k, s)| (*k, s.to_string())).collect()
    }

    #[test]
    fn seed_recap() {
        let blocks = text_blocks(SEED);
        assert_eq!(blocks[0], (H1, "28 September 2020".into()));
        assert_eq!(blocks[1].0, P);
        assert!(blocks[1].1.starts_with("Yesterday, ICC City Lab"));
        assert_eq!(blocks[2].0, P, "lead-in ending with ':' stays a paragraph");
        assert!(blocks[2].1.ends_with("the advisory service coordinator:"));
        let items: Vec<&str> = blocks
            .iter()
            .filter(|(k, _)| *k == UL)
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(
            items,
            [
                "importance of citizen participation",
                "the relevance of moving from strategy to action",
                "importance of collaboration",
                "learnings related to advanced and digital technologies",
            ]
        );
        assert_eq!(
            &blocks[3..7].iter().map(|b| b.0).collect::<Vec<_>>(),
            &[UL; 4]
        );
        assert_eq!(blocks.len(), 11);
        assert!(blocks[7..].iter().all(|(k, _)| *k == P));
    }

    #[test]
    fn seed_recap_with_crlf() {
        let crlf = SEED.replace('\n', "\r\n");
        let a: Vec<_> = text_blocks(SEED);
        let b: Vec<_> = text_blocks(&crlf);
        assert_eq!(a, b);
        let cr = SEED.replace('\n', "\r");
        assert_eq!(a, text_blocks(&cr));
    }

    #[test]
    fn lead_in_and_list_in_one_chunk() {
        let raw = "Key points:\n- first point\n- second point\n  wrapped onward\nAfter the list.\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (P, "Key points:"),
                (UL, "first point"),
                (UL, "second point\n  wrapped onward"),
                (P, "After the list."),
            ])
        );
    }

    #[test]
    fn numbered_markers() {
        let raw = "Agenda\n\n1. one\n2) two\n(3) three\na) four\nb. five\niv) six\n(B) seven\n\n\
                   A. Smith spoke.\n\nI. M. Pei built it.\n\n28. September 2020 was sunny.\n\n\
                   Next steps\n1. Start small.\n2. Market dialogue first.\n3. Decisions need data.";
        let b = text_blocks(raw);
        assert_eq!(
            b,
            owned(&[
                (H1, "Agenda"),
                (OL, "one"),
                (OL, "two"),
                (OL, "three"),
                (OL, "four"),
                (OL, "five"),
                (OL, "six"),
                (OL, "seven"),
                (P, "A. Smith spoke."),
                (P, "I. M. Pei built it."),
                (P, "28. September 2020 was sunny."),
                // Items that only begin like a month ("Mar", "Dec") are items.
                (P, "Next steps"),
                (OL, "Start small."),
                (OL, "Market dialogue first."),
                (OL, "Decisions need data."),
            ])
        );
    }

    #[test]
    fn bullet_markers() {
        let raw = "Lead\n• a\n◦ b\n▪ c\n‣ d\n· e\n* f\n+ g\n– h\n— i\n✓ j\n✔ k\n→ l\n•m\n-n\n";
        let b = text_blocks(raw);
        let items: Vec<&str> = b
            .iter()
            .filter(|x| x.0 == UL)
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(
            items,
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"]
        );
        assert_eq!(b.last().unwrap(), &(P, "-n".to_string()));
    }

    #[test]
    fn emoji_bullets_and_keycap_numbers() {
        let raw = "My 3 takeaways 👇\n1️⃣ Open data matters.\n2⃣ Buses are a network.\n🔟 Ten.\n\n\
                   Highlights\n🔹 a walking tour\n➡️ a panel\n\n12 buses ran.\n";
        let b = text_blocks(raw);
        let ordered: Vec<&str> = b
            .iter()
            .filter(|x| x.0 == OL)
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(
            ordered,
            ["Open data matters.", "Buses are a network.", "Ten."]
        );
        let bullets: Vec<&str> = b
            .iter()
            .filter(|x| x.0 == UL)
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(bullets, ["a walking tour", "a panel"]);
        assert_eq!(b.last().unwrap(), &(P, "12 buses ran.".to_string()));
    }

    #[test]
    fn any_spaced_pictograph_is_a_bullet() {
        let raw = "What stuck with me:\n📍 The maps lie.\n🌱 Soil first.\n☀️ Shade matters.\n\n                   We met 🚶 twice.\n🎉wow\n";
        let b = text_blocks(raw);
        let bullets: Vec<&str> = b
            .iter()
            .filter(|x| x.0 == UL)
            .map(|x| x.1.as_str())
            .collect();
        assert_eq!(bullets, ["The maps lie.", "Soil first.", "Shade matters."]);
        assert!(
            b.iter().any(|x| x.0 == P && x.1.starts_with("We met")),
            "{b:?}"
        );
    }

    #[test]
    fn text_headings() {
        let raw =
            "Title\n=====\n\n# Hash heading #\n\nSection two\n-----------\nBody text here.\n\n\
                   A short line.\n\nLater heading\n\n---\n\n* * *\n\nWhat next?\n\nLead-in:\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (H1, "Title"),
                (H1, "Hash heading"),
                (H2, "Section two"),
                (P, "Body text here."),
                (P, "A short line."),
                (H2, "Later heading"),
                (H2, "What next?"),
                (P, "Lead-in:"),
            ])
        );
    }

    #[test]
    fn numbered_lines_alone_are_minutes_headings_unless_the_numbering_runs_on() {
        let raw = "1. Welcome and apologies\n\nThe Chair opened.\n\n6. Agreed actions\n\n\
                   1) Repeat the audit.\n2) Draft a leaflet.\n\n7. Any other business\n\n\
                   None.\n\n1. Better data\n\n2. More money\n\nThe day ended.\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (H1, "Welcome and apologies"),
                (P, "The Chair opened."),
                (H2, "Agreed actions"),
                (OL, "Repeat the audit."),
                (OL, "Draft a leaflet."),
                (H2, "Any other business"),
                (P, "None."),
                // Items spaced by blank lines stay items, the last one too.
                (OL, "Better data"),
                (OL, "More money"),
                (P, "The day ended."),
            ])
        );
    }

    #[test]
    fn lines_of_names_are_a_list_without_markers() {
        let raw = "Present:\nCllr Morag Flett, Orkney Islands Council (Chair)\nDr Euan \
                   Sinclair, University of the Highlands and Islands\nSiân Pritchard, Isle of \
                   Anglesey County Council\n\nThe forum met in Kirkwall.\nIt discussed erosion \
                   and the funding\nof defences.\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (P, "Present:"),
                (UL, "Cllr Morag Flett, Orkney Islands Council (Chair)"),
                (UL, "Dr Euan Sinclair, University of the Highlands and Islands"),
                (UL, "Siân Pritchard, Isle of Anglesey County Council"),
                (P, "The forum met in Kirkwall.\nIt discussed erosion and the funding\nof defences."),
            ])
        );
    }

    #[test]
    fn numbered_section_headings_in_text() {
        let raw = "5. Funding\nThe forum noted the schemes.\n\n6. Actions agreed\n- Adopt one \
                   method.\n- Invite Tórshavn.\n\n1. Partners will run a pilot\nin three \
                   cities.\n2. Second item\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (H2, "Funding"),
                (P, "The forum noted the schemes."),
                (H2, "Actions agreed"),
                (UL, "Adopt one method."),
                (UL, "Invite Tórshavn."),
                // A lower-case line goes on the item's sentence: no heading.
                (OL, "Partners will run a pilot"),
                (P, "in three cities."),
                (OL, "Second item"),
            ])
        );
        // Items lettered under the number: "8. Actions", then "a) …".
        let raw = "8. Actions\na) Secretary to set up a register.\nb) Chair to write.\n";
        assert_eq!(
            text_blocks(raw),
            owned(&[
                (H2, "Actions"),
                (OL, "Secretary to set up a register."),
                (OL, "Chair to write."),
            ])
        );
    }

    #[test]
    fn unwrapped_paragraphs_split_at_long_lines() {
        let long = "This sentence is long enough to be a whole paragraph pasted on a single line, as web pages often are.";
        let raw = format!("{long}\n{long}\nshort wrapped\nline");
        assert_eq!(
            text_blocks(&raw),
            vec![
                (P, long.to_string()),
                (P, long.to_string()),
                (P, "short wrapped\nline".into())
            ]
        );
        // Hard-wrapped text (short lines) stays one paragraph.
        let wrapped = "First sentence ends here.\nSecond sentence wraps\nonto this line.";
        assert_eq!(text_blocks(wrapped), owned(&[(P, wrapped)]));
    }

    #[test]
    fn markdown_structure() {
        let raw = "---\ntitle: Day 3\ndate: 2020-09-28\n---\n\n# City Lab *day 3*\n\n\
                   Natalia **Gkiaouri** opened [the day](https://x.eu) with `code`.\nSoft break.  \nHard break.\n\n\
                   ## Takeaways\n\n- importance of _citizen participation_\n- nested:\n  1. first\n  2. second\n\n\
                   > Reach out to them.\n>\n> Second quote paragraph.\n\n\
                   | City | Country |\n|------|---------|\n| Aarhus | Denmark |\n\n\
                   ![Mentor cities map](map.png)\n\n```\ncode line\n\nmore code\n```\n\n\
                   <div class=\"note\">\n<p>Inline &amp; HTML</p>\n</div>\n\n***\n";
        assert_eq!(
            md_blocks(raw),
            owned(&[
                (H1, "City Lab day 3"),
                (
                    P,
                    "Natalia Gkiaouri opened the day with code. Soft break.\nHard break."
                ),
                (H2, "Takeaways"),
                (UL, "importance of citizen participation"),
                (UL, "nested:"),
                (OL, "first"),
                (OL, "second"),
                (Q, "Reach out to them."),
                (Q, "Second quote paragraph."),
                (P, "City | Country"),
                (P, "Aarhus | Denmark"),
                (P, "Mentor cities map"),
                (P, "code line"),
                (P, "more code"),
                (P, "Inline & HTML"),
            ])
        );
    }

    #[test]
    fn markdown_loose_list_gives_one_block_per_item() {
        let raw =
            "1. First item.\n\n   Its second paragraph.\n\n2. Second item.\n\n\n* tight\n* list\n";
        assert_eq!(
            md_blocks(raw),
            owned(&[
                (OL, "First item.\nIts second paragraph."),
                (OL, "Second item."),
                (UL, "tight"),
                (UL, "list"),
            ])
        );
    }

    #[test]
    fn hand_typed_bullets_in_markdown_and_html_paragraphs() {
        let md =
            "Main takeaways, from\nthe first days:\n  • importance of citizen participation\n  \
                  • importance of collaboration\n\nA plain\nparagraph with - a dash.\n";
        let expect = owned(&[
            (P, "Main takeaways, from the first days:"),
            (UL, "importance of citizen participation"),
            (UL, "importance of collaboration"),
        ]);
        let mut with_para = expect.clone();
        with_para.push((P, "A plain paragraph with - a dash.".into()));
        assert_eq!(md_blocks(md), with_para);
        let html = "<p>Main takeaways, from the first days:<br>• importance of citizen \
                    participation<br>• importance of collaboration</p>";
        assert_eq!(html_blocks(html), expect);
        let numbered = "<p>Steps<br>1) plan<br>2) act</p><p>Only 1) once<br>here</p>";
        assert_eq!(
            html_blocks(numbered),
            owned(&[
                (P, "Steps"),
                (OL, "plan"),
                (OL, "act"),
                (P, "Only 1) once\nhere")
            ])
        );
    }

    #[test]
    fn html_page() {
        let raw = r#"<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav><header><h1>Site name</h1></header>
<main>
  <h1>Day&nbsp;3 recap</h1>
  <p>Natalia   Gkiaouri
     opened the day &amp; welcomed
     <b>everyone</b>. It&rsquo;s done.<br>New line</p>
  <script>var x = "no";</script>
  <div>Loose div text <span>inline</span><p>inner para</p>tail</div>
  <ul><li>importance of citizen participation</li>
      <li>parent item<ul><li>child item</li></ul></li></ul>
  <ol><li><p>ordered one</p></li><li>ordered two</li></ol>
  <blockquote><p>Reach out.</p><p>Second.</p></blockquote>
  <table><tr><td>Aarhus</td><td>Denmark</td></tr></table>
  <aside>Related stories</aside>
  <form><button>Subscribe</button></form>
</main>
<footer>© 2020</footer></body></html>"#;
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (H1, "Day 3 recap"),
                (
                    P,
                    "Natalia Gkiaouri opened the day & welcomed everyone. It\u{2019}s done.\nNew line"
                ),
                (P, "Loose div text inline"),
                (P, "inner para"),
                (P, "tail"),
                (UL, "importance of citizen participation"),
                (UL, "parent item"),
                (UL, "child item"),
                (OL, "ordered one"),
                (OL, "ordered two"),
                (Q, "Reach out."),
                (Q, "Second."),
                (P, "Aarhus, Denmark"),
            ])
        );
    }

    #[test]
    fn html_without_main_reads_body_and_skips_chrome() {
        let raw = "<body><header><h1>Brand</h1></header><nav>Menu</nav><h2>Title</h2>\
                   <p>Body&nbsp;text</p>Text<br><br>After break<footer>Contact</footer>\
                   <div class=\"Cookie-Banner\">We use cookies</div><div role=\"navigation\">Menu</div>\
                   <p hidden>Hidden</p><p style=\"display: none\">Invisible</p></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (H2, "Title"),
                (P, "Body text"),
                (P, "Text"),
                (P, "After break")
            ])
        );
    }

    #[test]
    fn markdown_field_lines_keep_their_line_ends() {
        let raw = "**Venue:** Harbourfront Centre, Toronto\n**Date:** 22 April 2025\n\n\
                   Tom Lee of\nAcme spoke.\n";
        assert_eq!(
            md_blocks(raw),
            owned(&[
                (
                    P,
                    "Venue: Harbourfront Centre, Toronto\nDate: 22 April 2025"
                ),
                (P, "Tom Lee of Acme spoke."),
            ])
        );
        // A header line above the fields keeps its end too.
        let raw = "**Minutes** · Skills Team, Darlington Borough Council\n**Date:** 20 March\n\
                   **Venue:** Town Hall\n";
        assert_eq!(
            md_blocks(raw),
            owned(&[(
                P,
                "Minutes · Skills Team, Darlington Borough Council\nDate: 20 March\nVenue: Town Hall"
            )])
        );
    }

    #[test]
    fn html_cms_chrome_inside_the_article_is_not_read() {
        let raw = "<body><div class=\"site-content has-sidebar\">\
                   <article class=\"post tag-social-inclusion category-news\">\
                   <h1>Forum recap</h1><div class=\"entry-meta\">by Ana Lima \
                   <span class=\"cat-links\">in Circular Economy, Events</span></div>\
                   <p>Delegates met in Ghent to talk about repair and reuse.</p>\
                   <div class=\"sharedaddy\"><h3>Share this:</h3><ul><li>Twitter</li>\
                   <li>LinkedIn</li></ul></div><div class=\"jp-relatedposts\"><h3>Related</h3>\
                   <ul><li>Call for cities: join the Repair Network</li></ul></div></article>\
                   <div id=\"comments\" class=\"comments-area\"><ol><li class=\"comment\">\
                   <article class=\"comment-body\"><p>Great summary, thanks!</p></article>\
                   </li></ol></div><div class=\"widget-area\"><p>Subscribe</p></div></div></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (H1, "Forum recap"),
                (P, "by Ana Lima"),
                (P, "Delegates met in Ghent to talk about repair and reuse."),
            ])
        );
        // A box that holds most of the page is the page: a recap sent as a newsletter.
        let raw = "<body><div class=\"newsletter\"><p>Delegates met in Ghent.</p>\
                   <p>They talked about repair.</p></div></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (P, "Delegates met in Ghent."),
                (P, "They talked about repair.")
            ])
        );
    }

    #[test]
    fn html_quote_footer_is_its_attribution_not_chrome() {
        let raw = "<body><main><p>Closing.</p><blockquote><p>\u{ab}Uma conversa.\u{bb}</p>\
                   <footer>\u{2014} Celeste Matsinhe, Embaixadora</footer></blockquote>\
                   <footer>Contact us</footer></main></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (P, "Closing."),
                (Q, "\u{ab}Uma conversa.\u{bb}"),
                (Q, "\u{2014} Celeste Matsinhe, Embaixadora"),
            ])
        );
    }

    #[test]
    fn html_article_header_with_h1_kept() {
        let raw =
            "<body><article><header><h1>Recap</h1><p>By Jo</p></header><p>Text of the recap.</p>\
                   </article><article><p>Second article.</p></article></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (H1, "Recap"),
                (P, "By Jo"),
                (P, "Text of the recap."),
                (P, "Second article.")
            ])
        );
    }

    #[test]
    fn html_title_header_before_the_article_is_read() {
        let raw = "<body><header><p>Event report</p><h1>Smart locks</h1><p>Cape Town, South \
                   Africa &middot; 22 August</p></header><article><p>Text.</p></article></body>";
        assert_eq!(
            html_blocks(raw),
            owned(&[
                (P, "Event report"),
                (H1, "Smart locks"),
                (P, "Cape Town, South Africa \u{b7} 22 August"),
                (P, "Text.")
            ])
        );
        // A site's header is not, when the article has its own title.
        let raw = "<body><header><h1>Site</h1></header><article><h1>Recap</h1><p>Text.</p>\
                   </article></body>";
        assert_eq!(html_blocks(raw), owned(&[(H1, "Recap"), (P, "Text.")]));
    }

    #[test]
    fn html_small_article_teaser_is_not_the_content() {
        let body = "Long body paragraph of the page. ".repeat(20);
        let raw = format!("<body><p>{body}</p><article><p>Teaser</p></article></body>");
        let b = html_blocks(&raw);
        assert_eq!(b.len(), 2);
        assert_eq!(b[1], (P, "Teaser".to_string()));
    }

    #[test]
    fn html_q_elements_keep_their_quotation_marks() {
        let b = html_blocks("<p><q>We must act now</q>, the mayor said.</p>");
        assert_eq!(b, owned(&[(P, "“We must act now”, the mayor said.")]));
    }

    #[test]
    fn html_pre_keeps_lines() {
        let raw = "<pre>line one\n  line two\n\nline three</pre>";
        assert_eq!(
            html_blocks(raw),
            owned(&[(P, "line one\n  line two"), (P, "line three")])
        );
    }

    #[test]
    fn empty_and_decoration_only_inputs() {
        assert!(text_blocks("").is_empty());
        assert!(text_blocks("\n\r\n  \n").is_empty());
        assert!(text_blocks("***\n---\n").is_empty());
        assert!(md_blocks("").is_empty());
        assert!(md_blocks("---\n\n***\n").is_empty());
        assert!(html_blocks("").is_empty());
        assert!(html_blocks("<script>x()</script>").is_empty());
    }

    /// A tiny deterministic generator (xorshift), so the property test needs no crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 16) as usize
        }
    }

    const PIECES: &[&str] = &[
        "• ",
        "- ",
        "* ",
        "1. ",
        "2) ",
        "(a) ",
        "iv. ",
        "→",
        "—",
        "– ",
        "#",
        "## ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "  ",
        "\t",
        "word ",
        "Word.",
        "city:",
        "é",
        "日本語",
        "🎉",
        "\u{A0}",
        "\u{2028}",
        "\u{AD}",
        "ǅ",
        "<p>",
        "</p>",
        "<li>",
        "<ul>",
        "</ul>",
        "<ol>",
        "<br>",
        "<b>",
        "&amp;",
        "&nbsp;",
        "&rsquo;",
        "<script>",
        "</script>",
        "<main>",
        "<article>",
        "<!--",
        "-->",
        "<pre>",
        "</pre>",
        "**",
        "_",
        "`",
        "```",
        "[link](http://x)",
        "![alt](y.png)",
        "| a | b |\n|---|---|\n",
        "---\n",
        "===\n",
        "> ",
        "<header><h1>",
        "</h1>",
        "<td>",
        "ii)",
        "28. ",
        "<",
        ">",
        "&",
        "\\",
    ];

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep text{}",
            "<div><ul><li>".repeat(1000),
            "</li></ul></div>".repeat(1000)
        );
        assert_eq!(html_blocks(&html), owned(&[(UL, "deep text")]));
        let md = format!("{}deep", "> - ".repeat(100));
        let b = md_blocks(&md);
        assert_eq!(b.last().map(|x| x.1.as_str()), Some("deep"));
    }

    #[test]
    fn parsers_never_panic_and_spans_are_valid() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..400 {
            let n = rng.next() % 40;
            let s: String = (0..n).map(|_| PIECES[rng.next() % PIECES.len()]).collect();
            let (t, b) = parse_text(&s);
            check(&t, &b);
            let (t, b) = parse_markdown(&s);
            check(&t, &b);
            let (t, b) = parse_html(&s);
            check(&t, &b);
        }
    }
}
