#!/usr/bin/env python3
"""Plain text of a recap file, for the peer tools (spaCy, YAKE) in compare-peers.sh.

recap's JSON report does not carry the text it analysed, so the peers get their text from this
module instead. It APPROXIMATES recap's reader (src/input/): it is not the same code, and the
texts can differ in details (whitespace, which HTML boilerplate is dropped, rare Markdown syntax).
What it does:

* decoding: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else Windows-1252;
* .txt (and unknown extensions): the text as it is;
* .md: heading, list, quote and table markers, emphasis, code ticks, link and image syntax,
  inline HTML tags and backslash escapes are removed; headings, list items and paragraphs become
  blocks separated by blank lines;
* .md: front matter is dropped; table rows become one block, cells joined by " | ";
* .html: the visible text of the page (html.parser from the standard library), without the
  elements recap skips (head, script, style, nav, header, footer, aside, form, ...), hidden
  elements, ARIA chrome landmarks and cookie banners; when a <main> (else the <article>s) holds
  at least a quarter of the text, only that; block elements (p, li, h1-h6, div, tr, ...) become blocks separated by blank lines, character references are
  decoded and whitespace runs inside a block collapsed.

Words are counted the same way for every tool: whitespace-separated tokens of this text.

Usage: text_of.py FILE...          prints the text of each file
       text_of.py --words PATH...  prints "words<TAB>id" per recap and the total
Python 3 standard library only.
"""

import html.parser
import os
import re
import sys

# The extensions recap reads (TextFormat::from_extension).
TEXT_EXTS = {"txt", "text"}
MD_EXTS = {"md", "markdown", "mdown", "mkd"}
HTML_EXTS = {"html", "htm", "xhtml"}
RECAP_EXTS = TEXT_EXTS | MD_EXTS | HTML_EXTS

WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def decode(raw):
    """Bytes to str, roughly as recap's decoder does."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def ext_of(path):
    return os.path.splitext(path)[1].lstrip(".").lower()


# ------------------------------------------------------------------------------------ Markdown

MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
MD_HRULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
MD_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
MD_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S")
MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EM_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
MD_EM_UNDER = re.compile(r"(?<![A-Za-z0-9])_(?=\S)(.+?)(?<=\S)_(?![A-Za-z0-9])")
MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
MD_CODE = re.compile(r"`+([^`]*)`+")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'])")


def md_inline(line):
    line = MD_IMAGE.sub(r"\1", line)
    line = MD_LINK.sub(r"\1", line)
    line = MD_REF_LINK.sub(r"\1", line)
    line = MD_AUTOLINK.sub(r"\1", line)
    line = MD_CODE.sub(r"\1", line)
    line = MD_TAG.sub("", line)
    for _ in range(2):
        line = MD_STRONG.sub(r"\2", line)
        line = MD_EM_STAR.sub(r"\1", line)
        line = MD_EM_UNDER.sub(r"\1", line)
        line = MD_STRIKE.sub(r"\1", line)
    line = MD_ESCAPE.sub(r"\1", line)
    return html.unescape(line)


def strip_markdown(src):
    blocks, para = [], []
    in_fence = False

    def flush():
        if para:
            blocks.append("\n".join(para))
            para.clear()

    lines = src.splitlines()
    if lines and lines[0].strip() == "---":  # front matter
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                lines = lines[i + 1:]
                break
    for raw in lines:
        if MD_FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            para.append(raw.rstrip())
            continue
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if MD_HRULE.match(line) or MD_REF_DEF.match(line):
            flush()
            continue
        if MD_SETEXT.match(line) and para:
            flush()  # the paragraph above was a heading
            continue
        if MD_TABLE_SEP.match(line) and "|" in line:
            continue
        line = MD_QUOTE.sub("", line)
        if MD_HEADING.match(line):
            flush()
            text = md_inline(MD_HEADING.sub("", line).rstrip("# ").strip())
            if text:
                blocks.append(text)
            continue
        if MD_LIST.match(line):
            flush()
            para.append(md_inline(MD_LIST.sub("", line, count=1).strip()))
            continue
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            flush()
            blocks.append(md_inline(" | ".join(c for c in cells if c)))
            continue
        para.append(md_inline(line.strip()))
    flush()
    return "\n\n".join(b for b in blocks if b.strip())


# ---------------------------------------------------------------------------------------- HTML

# recap's SKIPPED list (src/input/markup.rs): elements that are never content.
HTML_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "nav", "footer",
             "header", "aside", "form", "iframe", "button", "select", "textarea", "object",
             "embed", "canvas", "video", "audio", "dialog", "menu"}
HTML_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
HTML_BLOCK = {"address", "article", "blockquote", "body", "caption", "center", "dd", "details",
              "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
              "h4", "h5", "h6", "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
              "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
HTML_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
             "source", "track", "wbr"}


def _is_chrome(tag, attrs):
    """Site chrome recap skips: the SKIPPED elements, hidden ones, ARIA chrome landmarks, cookie
    banners (id or class containing "cookie") and display:none."""
    if tag in HTML_SKIP:
        return True
    a = {k: (v or "") for k, v in attrs}
    if "hidden" in a or a.get("aria-hidden") == "true":
        return True
    if a.get("role", "").strip().lower() in HTML_CHROME_ROLES:
        return True
    if "cookie" in (a.get("id", "") + " " + a.get("class", "")).lower():
        return True
    return "display:none" in "".join(a.get("style", "").split()).lower()


class _Visible(html.parser.HTMLParser):
    """Blocks of visible text, each tagged with whether it lies in a <main> / an <article>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur = [], []  # blocks: (text, in_main, in_article)
        self.skip = []  # open elements of a skipped subtree
        self.main = self.article = 0

    def flush(self):
        text = WS.sub(" ", "".join(self.cur))
        lines = [ln.strip() for ln in text.split("\n")]
        text = " ".join(ln for ln in lines if ln)
        if text:
            self.blocks.append((text, self.main > 0, self.article > 0))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag not in HTML_VOID:
                self.skip.append(tag)  # nested inside a skipped element
            return
        if tag not in HTML_VOID and _is_chrome(tag, attrs):
            self.skip.append(tag)
            return
        if tag in HTML_BLOCK:
            self.flush()
        elif tag == "br":
            self.cur.append(" ")
        if tag == "main":
            self.main += 1
        elif tag == "article":
            self.article += 1

    def handle_startendtag(self, tag, attrs):
        if self.skip:
            return
        if tag in HTML_BLOCK:
            self.flush()
        elif tag == "br":
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in HTML_BLOCK:
            self.flush()
        if tag == "main" and self.main:
            self.main -= 1
        elif tag == "article" and self.article:
            self.article -= 1

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def strip_html(src):
    p = _Visible()
    p.feed(src)
    p.close()
    p.flush()
    every = [b[0] for b in p.blocks]
    # Like recap: when a <main> (else the <article>s) holds at least a quarter of the page's
    # text, only that is read.
    total = len("\n\n".join(every))
    for i in (1, 2):
        part = [b[0] for b in p.blocks if b[i]]
        if part:
            if len("\n\n".join(part)) * 4 >= total:
                return "\n\n".join(part)
            break
    return "\n\n".join(every)


# ------------------------------------------------------------------------------------- public

def text_of(path):
    """The plain text of one recap file."""
    with open(path, "rb") as f:
        src = decode(f.read())
    ext = ext_of(path)
    if ext in MD_EXTS:
        return strip_markdown(src)
    if ext in HTML_EXTS:
        return strip_html(src)
    return src


def word_count(text):
    """Whitespace-separated tokens: the one word count every tool is measured with."""
    return len(text.split())


def recap_files(paths):
    """(id, path) of the recaps under PATHs, as recap finds them: folders walked recursively in
    sorted order, hidden entries skipped, only the extensions recap reads; id = path relative to
    the folder given (a file given directly: its name)."""
    out = []
    for root in paths:
        if os.path.isfile(root):
            out.append((os.path.basename(root), root))
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if name.startswith(".") or ext_of(name) not in RECAP_EXTS:
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                found.append((rel, full))
        out.extend(sorted(found))
    return out


def main(argv):
    if argv and argv[0] == "--words":
        total = 0
        for doc_id, path in recap_files(argv[1:]):
            n = word_count(text_of(path))
            total += n
            print(f"{n}\t{doc_id}")
        print(f"{total}\ttotal")
        return 0
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for path in argv:
        sys.stdout.write(text_of(path))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
