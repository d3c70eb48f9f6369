#!/usr/bin/env python3
"""Validate recap gold annotation files (see /work/shared/ANNOTATION.md).

Usage:
    python3 scripts/check_gold.py [--strict] [FOLDER_OR_FILE ...]   (default: corpora/)

Every NAME.json under the given folders is checked against the recap beside it
(NAME.txt, NAME.md or NAME.html). Prints one line per problem, prefixed by the
gold file's path, and exits 1 if there is any problem; otherwise prints
"N gold files OK" and exits 0.

Checks:
  * JSON shape exactly: id, entities{city,country,person,organisation,role},
    person_roles[{person,role,affiliation}], city_countries[{city,country}],
    takeaways[], quotes[{speaker,text}], themes[]; no extra keys;
  * id equals the file stem, and a recap file with that stem exists;
  * every list holds unique items; person_roles has one entry per person;
  * every string (entity names, non-empty person_roles fields, city_countries,
    takeaways, quote text and non-empty speakers, themes) occurs in the text of
    the recap (Markdown/HTML markup removed, whitespace runs collapsed);
  * person_roles persons are in entities.person, non-empty roles in
    entities.role; city_countries cities/countries are in entities.city /
    entities.country; non-empty quote speakers are in entities.person;
  * 0-12 takeaways and 4-10 themes.
With --strict, also: non-empty person_roles affiliations are an entity
(organisation, city or country), and quote texts are not empty.

Python 3 standard library only.
"""

import html
import json
import os
import re
import sys

RECAP_EXTS = (".txt", ".md", ".markdown", ".html", ".htm")
ENTITY_TYPES = ("city", "country", "person", "organisation", "role")
TOP_KEYS = ("id", "entities", "person_roles", "city_countries", "takeaways", "quotes", "themes")

WS_RE = re.compile(r"\s+")


def collapse(s):
    return WS_RE.sub(" ", s).strip()


# ---------------------------------------------------------------- markup removal

MD_LINE_PREFIX = re.compile(r"^\s*(?:#{1,6}\s*|>\s*)*(?:[-*+•]\s+|\d+[.)]\s+)?")
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
MD_HRULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def strip_markdown(text):
    out = []
    for line in text.splitlines():
        if MD_HRULE.match(line):
            out.append("")
            continue
        line = MD_LINE_PREFIX.sub("", line, count=1)
        line = MD_IMAGE.sub(r"\1", line)
        line = MD_LINK.sub(r"\1", line)
        line = MD_REF_LINK.sub(r"\1", line)
        for mark in ("**", "__", "*", "_", "`"):
            line = line.replace(mark, "")
        out.append(line)
    return "\n".join(out)


INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
}
HTML_DROP = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.S | re.I)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
HTML_DECL = re.compile(r"<![^>]*>")
HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>")


def strip_html(text):
    text = HTML_COMMENT.sub(" ", text)
    text = HTML_DROP.sub(" ", text)
    text = HTML_DECL.sub(" ", text)

    def tag(m):
        return "" if m.group(1).lower() in INLINE_TAGS else " "

    text = HTML_TAG.sub(tag, text)
    return html.unescape(text)


def recap_text(path):
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".md", ".markdown"):
        raw = strip_markdown(raw)
    elif ext in (".html", ".htm"):
        raw = strip_html(raw)
    return collapse(raw)


# ---------------------------------------------------------------- checks

def find_recap(json_path):
    stem = os.path.splitext(json_path)[0]
    for ext in RECAP_EXTS:
        if os.path.isfile(stem + ext):
            return stem + ext
    return None


def check_file(json_path, strict=False):
    problems = []

    def bad(msg):
        problems.append(msg)

    try:
        with open(json_path, encoding="utf-8-sig") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return ["cannot read JSON: %s" % e]

    if not isinstance(gold, dict):
        return ["top level is not an object"]
    keys = set(gold)
    for k in TOP_KEYS:
        if k not in keys:
            bad("missing key %r" % k)
    if problems:
        return problems
    for k in sorted(keys - set(TOP_KEYS)):
        bad("unexpected key %r" % k)

    stem = os.path.splitext(os.path.basename(json_path))[0]
    if gold["id"] != stem:
        bad("id %r does not equal file stem %r" % (gold["id"], stem))

    recap = find_recap(json_path)
    text = None
    if recap is None:
        bad("no recap file %s{%s}" % (stem, ",".join(RECAP_EXTS)))
    else:
        try:
            text = recap_text(recap)
        except (OSError, UnicodeDecodeError) as e:
            bad("cannot read recap %s: %s" % (recap, e))

    def occurs(what, s):
        if text is None:
            return
        if collapse(s) not in text:
            bad("%s not found in text: %r" % (what, s))

    def str_list(name, value):
        if not isinstance(value, list):
            bad("%s is not a list" % name)
            return []
        good = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                bad("%s[%d] is not a string" % (name, i))
            elif not item.strip():
                bad("%s[%d] is empty" % (name, i))
            else:
                good.append(item)
        seen = set()
        for item in good:
            if item in seen:
                bad("%s has duplicate %r" % (name, item))
            seen.add(item)
        return good

    def obj_list(name, value, fields):
        if not isinstance(value, list):
            bad("%s is not a list" % name)
            return []
        good = []
        seen = set()
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                bad("%s[%d] is not an object" % (name, i))
                continue
            if set(item) != set(fields):
                bad("%s[%d] keys %s, expected %s" % (name, i, sorted(item), list(fields)))
                continue
            if not all(isinstance(item[f], str) for f in fields):
                bad("%s[%d] has a non-string field" % (name, i))
                continue
            key = tuple(item[f] for f in fields)
            if key in seen:
                bad("%s has duplicate %r" % (name, item))
                continue
            seen.add(key)
            good.append(item)
        return good

    # entities
    ents = gold["entities"]
    entity_sets = {t: set() for t in ENTITY_TYPES}
    if not isinstance(ents, dict):
        bad("entities is not an object")
    else:
        for t in ENTITY_TYPES:
            if t not in ents:
                bad("entities missing %r" % t)
        for t in sorted(set(ents) - set(ENTITY_TYPES)):
            bad("entities has unexpected key %r" % t)
        for t in ENTITY_TYPES:
            if t in ents:
                for name in str_list("entities.%s" % t, ents[t]):
                    entity_sets[t].add(name)
                    occurs("entities.%s" % t, name)

    # person_roles
    seen_persons = set()
    for pr in obj_list("person_roles", gold["person_roles"], ("person", "role", "affiliation")):
        p, r, a = pr["person"], pr["role"], pr["affiliation"]
        if not p.strip():
            bad("person_roles entry with empty person: %r" % pr)
            continue
        if p in seen_persons:
            bad("person_roles has more than one entry for %r" % p)
        seen_persons.add(p)
        occurs("person_roles.person", p)
        if p not in entity_sets["person"]:
            bad("person_roles person %r not in entities.person" % p)
        if r:
            occurs("person_roles.role", r)
            if r not in entity_sets["role"]:
                bad("person_roles role %r (of %r) not in entities.role" % (r, p))
        if a:
            occurs("person_roles.affiliation", a)
            if strict and not any(
                a in entity_sets[t] for t in ("organisation", "city", "country")
            ):
                bad("person_roles affiliation %r (of %r) is not an entity" % (a, p))

    # city_countries
    for cc in obj_list("city_countries", gold["city_countries"], ("city", "country")):
        c, k = cc["city"], cc["country"]
        if not c.strip() or not k.strip():
            bad("city_countries entry with an empty field: %r" % cc)
            continue
        occurs("city_countries.city", c)
        occurs("city_countries.country", k)
        if c not in entity_sets["city"]:
            bad("city_countries city %r not in entities.city" % c)
        if k not in entity_sets["country"]:
            bad("city_countries country %r not in entities.country" % k)

    # takeaways
    takeaways = str_list("takeaways", gold["takeaways"])
    if isinstance(gold["takeaways"], list) and not 0 <= len(gold["takeaways"]) <= 12:
        bad("%d takeaways (expected 0-12)" % len(gold["takeaways"]))
    for t in takeaways:
        occurs("takeaway", t)

    # quotes
    for q in obj_list("quotes", gold["quotes"], ("speaker", "text")):
        s, t = q["speaker"], q["text"]
        if not t.strip():
            bad("quote with empty text: %r" % q)
        else:
            occurs("quote text", t)
        if s:
            occurs("quote speaker", s)
            if s not in entity_sets["person"]:
                bad("quote speaker %r not in entities.person" % s)

    # themes
    themes = str_list("themes", gold["themes"])
    if isinstance(gold["themes"], list) and not 4 <= len(gold["themes"]) <= 10:
        bad("%d themes (expected 4-10)" % len(gold["themes"]))
    for t in themes:
        occurs("theme", t)

    return problems


def gold_files(paths):
    for p in paths:
        if os.path.isfile(p):
            if p.endswith(".json"):
                yield p
            continue
        if not os.path.isdir(p):
            print("%s: no such file or folder" % p)
            yield None
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".json"):
                    yield os.path.join(root, name)


def main(argv):
    strict = False
    paths = []
    for a in argv:
        if a == "--strict":
            strict = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        else:
            paths.append(a)
    if not paths:
        paths = ["corpora/"]

    n = 0
    failed = False
    for path in gold_files(paths):
        if path is None:
            failed = True
            continue
        n += 1
        for msg in check_file(path, strict=strict):
            failed = True
            print("%s: %s" % (path, msg))
    if failed:
        return 1
    print("%d gold files OK" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
