"""Interface strings, dates and language names for every output, from gettext and CLDR.

Every word of interface text comes from a gettext catalog in
`translations/ui/<lang>/LC_MESSAGES/<domain>.po` (domain "ui" for the web,
"print" for the print edition), managed with Babel (see translations/ui/README.md).
The msgid is the English text, so English falls back to the msgid; a Russian or
Armenian string that is missing, empty or fuzzy is a build error naming the
catalog: an interface silently switching language mid-page is worse than a
build that stops and says which string to translate.

Dates are formatted by Babel from CLDR skeletons, never hand-written patterns:
Russian day dates take the genitive month ("4 декабря 1920 г."), month-year
dates the nominative ("декабрь 1920 г."). Saxon-HE's format-date knows only
English, so stylesheets receive dates already formatted by this module.
"""
from __future__ import annotations

import datetime as _dt
import io
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.xmlio import MAX_TEXT_BYTES, read_regular

def editor_word(msgid: str) -> str:
    """Marks `msgid` as a string of the `editor` domain (the words the editing commands write into the
    TEI, in the language of what they write into) for extraction into translations/ui/editor.pot
    (translations/ui/babel-editor.cfg); the string itself, looked up later in its language."""
    return msgid


# What each domain's words are for, and so whose languages its catalogs are wanted in: the words of the
# web ("ui") and the books ("print") are read in the interface languages; the "editor" words are written
# into the TEI, in the language of the note they go into (the base and translation languages). A domain
# not listed here is taken for an interface domain.
DOMAIN_USES = {"ui": ("interface", "the web edition"), "print": ("interface", "the printed books"),
               "editor": ("text", "the words the editing commands write into the TEI (register merge)")}


def catalog_domains() -> list[str]:
    """Every domain the toolkit extracts a template of (translations/ui/DOMAIN.pot, shipped with the
    package): what a new edition is given catalogs of."""
    from triglot.resources import packaged
    return sorted(p.stem for p in packaged("translations/ui").glob("*.pot"))


def domain_languages(domain: str, settings) -> list[str]:
    """The languages an edition wants `domain`'s catalogs in (DOMAIN_USES): its interface languages, and
    for a domain written into the TEI, its text languages too."""
    langs = list(settings.interface)
    if DOMAIN_USES.get(domain, ("interface",))[0] == "text":
        langs += [x for x in settings.languages if x not in langs]
    return langs


# The language of the msgids: the toolkit's interface strings are written in English,
# whatever the languages of an edition (those are in its settings).
MSGID_LANG = "en"
PRECISIONS = ("day", "month", "year")
# CLDR skeletons per precision; the month width is widened to MMMM the way ICU
# adjusts field widths, because CLDR lists "yMMMd" but not "yMMMMd".
SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}
ISO_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def catalog_path(root: Path, lang: str, domain: str = "ui") -> Path:
    """The edition's own catalog (translations/ui/…) if it has one, else the toolkit's."""
    from triglot.resources import find
    return find(root, f"translations/ui/{lang}/LC_MESSAGES/{domain}.po")


@lru_cache(maxsize=64)
def _load_catalog(path: Path, mtime_ns: int, lang: str, shown: str | None = None):
    """`shown`: the path as problems name it (relative to the edition for its own catalogs)."""
    from babel.messages.pofile import PoFileError, read_po
    from triglot.translate.po import BOM, MERGED, _declared_charset, _other_charset
    shown = shown or str(path)
    data = read_regular(path, shown, MAX_TEXT_BYTES).removeprefix(BOM)   # Notepad's UTF-8, as import reads it
    declared = _declared_charset(data)
    if declared is not None and declared[0].lower() not in ("utf-8", "utf8", "charset"):
        # Babel decodes by the header: a UTF-8 catalog declaring ISO-8859-1 put "Ð\x9fÐ¾Ð¸Ñ\x81Ðº" for
        # "Поиск" on the pages (hostile round 37); a text's PO file is refused so by import
        raise InputError([Problem(shown, declared[1], "catalog", _other_charset(declared[0], shown, data))])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Named at the line of the first bad byte, as `translations import` names a text catalog's
        line = data[:exc.start].count(b"\n") + 1
        raise InputError([Problem(shown, line, "catalog", f"invalid UTF-8 (byte 0x{data[exc.start]:02x}); "
                                                          "save the file as UTF-8")]) from None
    try:
        _po_syntax(text, shown)
        from triglot.translate.po import byte_escapes   # C's \320\221: the letters msgfmt reads
        data = byte_escapes(text, shown).encode("utf-8")
        # Babel's Locale of the tag: a string it parses only with "_", and the catalog of an interface or text
        # language with a subtag ("de-CH", "sr-Latn") was refused ("cannot read the catalog: expected only
        # letters, got 'de-ch'"), so no page of such an edition was built (review35)
        catalog = read_po(io.BytesIO(data), locale=locale(lang), abort_invalid=True)
    except (PoFileError, ValueError) as exc:
        raise InputError([Problem(shown, getattr(exc, "lineno", 0) or 0, "catalog",
                                  f"cannot read the catalog: {exc}")]) from None
    # msgcat's join of two translators' catalogs holds each differing version after a marker line; with
    # the fuzzy flag cleared (msgattrib --clear-fuzzy) that was the string the pages showed (hostile round 37)
    merged = [m for m in catalog if m.id and any(MERGED.search(s or "") for s in
                                                  (m.string if isinstance(m.string, tuple) else (m.string,)))]
    if merged:
        raise InputError([Problem(shown, m.lineno, "catalog", f"interface string {m.id!r}: msgcat (or msguniq) "
                                  "merged several translations of it, each after a '#-#-#-#-#  FILE  #-#-#-#-#' "
                                  "line: keep the one you want, delete the others and the marker lines")
                          for m in merged])
    plural = _plural_problem(catalog, text, shown)
    if plural is not None:
        raise InputError([plural])
    return catalog


def _plural_problem(catalog, text: str, shown: str) -> Problem | None:
    """The refusal of a Plural-Forms formula the pages cannot use, or None. A translator's header of 3,000 nested
    brackets stopped `build web` on a traceback (Python's gettext.c2py: "plural form expression is too long"),
    and "n/0" or "n-5" would have stopped it or picked a form from the end (hostile47): each is read, and tried on
    0-199, as msgfmt -c does."""
    import gettext
    line = next((n for n, t in enumerate(text.split("\n"), 1) if t.lstrip('"').startswith("Plural-Forms:")), 1)
    advice = f"; copy the language's formula from a catalog `msginit -l {catalog.locale_identifier or 'LANG'}` writes"
    try:
        rule = gettext.c2py(catalog.plural_expr)
        wrong = next(((n, k) for n in range(200) if not 0 <= (k := rule(n)) < catalog.num_plurals), None)
    except (ValueError, SyntaxError, RecursionError, ArithmeticError, MemoryError) as exc:
        return Problem(shown, line, "catalog", f"the header's Plural-Forms formula cannot be read ({exc}){advice}")
    if wrong is not None:
        return Problem(shown, line, "catalog", f"the header's Plural-Forms formula gives form {wrong[1]} for "
                       f"n = {wrong[0]}, where nplurals = {catalog.num_plurals} (forms 0 to "
                       f"{catalog.num_plurals - 1}){advice}")
    return None


PO_STRING = r'"(?:[^"\\]|\\.)*"'
PO_KEYWORD = re.compile(r'(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s*(' + PO_STRING + r')\s*')
PO_CONTINUED = re.compile(r'\s*(' + PO_STRING + r')\s*')


def _po_syntax(text: str, path: str) -> None:
    """What Babel passes over in silence, msgfmt refuses: a line that is no PO syntax (an unclosed
    quote) or a msgid given twice. Babel dropped such an entry, and since the toolkit's catalog fills
    the msgids an edition's lacks, the editor's translation was replaced by the toolkit's unseen."""
    problems, seen, key, field, start = [], {}, None, None, 0

    def close():
        if key == ("", ""):       # the header
            return
        if key in seen:
            problems.append(Problem(str(path), start, "catalog", f"msgid {key[1]!r} is given twice (first at "
                                                                  f"line {seen[key]}); keep one"))
        else:
            seen[key] = start
    ctx = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = PO_KEYWORD.fullmatch(stripped)
        if m:
            word, value = m[1], m[2][1:-1]
            if word == "msgctxt":
                ctx, field = value, "ctx"
            elif word == "msgid":
                key, field, start = [ctx, value], "id", number
            else:
                if field == "id":
                    key = tuple(key)
                    close()
                if word != "msgid_plural":
                    ctx = ""
                field = word
            continue
        m = PO_CONTINUED.fullmatch(stripped)
        if m and field is not None:
            if field == "ctx":
                ctx += m[1][1:-1]
            elif field == "id":
                key[1] += m[1][1:-1]
            continue
        problems.append(Problem(str(path), number, "catalog", f"not PO syntax (an unclosed quote?): {stripped[:60]!r}"))
    if problems:
        raise InputError(problems)


def ui_catalog(root: Path, lang: str, domain: str = "ui"):
    """The Babel Catalog of `domain` for `lang` (parsed once per file version)."""
    return _catalog(root, lang, domain)[0]


def _catalog(root: Path, lang: str, domain: str, path: Path | None = None):
    """ui_catalog and the catalog's path, looked for once: a build asks for a string some
    thousand times, and each lookup looked for the edition's own catalog two or three times
    (a `resources.find` and a stat each)."""
    path = path or catalog_path(root, lang, domain)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise InputError([no_catalog_problem(root, lang, domain)]) from None
    return _load_catalog(path, mtime, lang, _shown(root, path)), path


def no_catalog_problem(root: Path, lang: str, domain: str = "ui") -> Problem:
    """An interface language the toolkit has no catalog for and the edition none of its own: named
    once, at the edition's place for it, with the command that starts it from the shipped template
    (an edition's pages are never made with empty or English-for-LANG labels)."""
    from triglot.resources import find
    own = f"translations/ui/{lang}/LC_MESSAGES/{domain}.po"
    template = find(root, f"translations/ui/{domain}.pot")
    return Problem(own, 0, "catalog",
                   f"no {domain!r} interface catalog for {lang!r} (the toolkit ships en, "
                   f"{', '.join(sorted(shipped_catalogs(domain) - {MSGID_LANG}))}); translate one, "
                   f"begun with `msginit --no-translator -l {lang} -i {template} -o {own}` "
                   f"(or leave {lang!r} out of languages.interface in triglot.toml)")


def shipped_catalogs(domain: str = "ui") -> set[str]:
    """The languages the toolkit ships an interface catalog of `domain` for."""
    from triglot.resources import packaged
    folder = packaged("translations/ui")
    return {p.parent.parent.name for p in folder.glob(f"*/LC_MESSAGES/{domain}.po")}


def lookup(root: Path, lang: str, msgid: str, domain: str = "ui", path: Path | None = None) -> str | None:
    """The translation of `msgid`, or None when missing, empty or fuzzy. `path`: the catalog's,
    when the caller has looked for it already."""
    catalog, path = _catalog(root, lang, domain, path)
    message = catalog.get(msgid)
    if message is None:
        from triglot.resources import packaged
        message, path = _shipped_message(lang, msgid, domain), packaged(f"translations/ui/{lang}/LC_MESSAGES/{domain}.po")
    if message is None or message.fuzzy or not message.string:
        return None
    _check_placeholders(root, path, lang, message)
    return message.string if isinstance(message.string, str) else message.string[0]


PLACEHOLDER = re.compile(r"\{([^\W\d]\w*)\}")   # any script's letters: "{еdition}" typed with a Cyrillic "е"


def _check_placeholders(root: Path, path: Path, lang: str, message) -> None:
    """A translation naming a placeholder its msgid has not ("{edtion}", or a "{date}" the toolkit
    renamed) was shown to readers as written, braces and all: it stops the build at its line."""
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    known = {name for text in ids for name in PLACEHOLDER.findall(text)}
    texts = [message.string] if isinstance(message.string, str) else list(message.string)
    unknown = sorted({name for text in texts for name in PLACEHOLDER.findall(text or "")} - known)
    if unknown:
        has = ", ".join("{" + n + "}" for n in sorted(known)) or "none"
        foreign = sorted({c for n in unknown for c in n if not c.isascii()})
        looks = ("; it holds " + ", ".join(f"'{c}' (U+{ord(c):04X} {unicodedata.name(c, '?')})" for c in foreign)
                 + ", not Latin: retype it on a Latin keyboard layout") if foreign and all(n.isascii() for n in known) else ""
        raise InputError([Problem(_shown(root, path), message.lineno or 0, "catalog",
                                  f"interface string {ids[0]!r} in {lang}: the translation names "
                                  f"{', '.join('{' + n + '}' for n in unknown)}, which the msgid has not "
                                  f"(its placeholders: {has}){looks}; readers would see it as written")])


def _shipped_message(lang: str, msgid: str, domain: str):
    """The toolkit's own message for a msgid an edition's catalog does not hold at all: `triglot new`
    copies the catalogs into the edition, so one made before the toolkit gained a string lacks it
    (its own translations, empty and fuzzy entries still rule every msgid it has)."""
    from triglot.resources import packaged
    path = packaged(f"translations/ui/{lang}/LC_MESSAGES/{domain}.po")
    try:
        return _load_catalog(path, path.stat().st_mtime_ns, lang).get(msgid)
    except OSError:
        return None


def _shipped_ids(domain: str) -> list[str]:
    from triglot.resources import packaged
    path = packaged(f"translations/ui/{MSGID_LANG}/LC_MESSAGES/{domain}.po")
    try:
        catalog = _load_catalog(path, path.stat().st_mtime_ns, MSGID_LANG)
    except OSError:
        return []
    return [m.id for m in catalog if m.id and isinstance(m.id, str)]


def gettext(root: Path, lang: str, msgid: str, domain: str = "ui") -> str:
    """The interface string `msgid` in `lang`; missing non-English strings stop the build."""
    if lang == MSGID_LANG:
        path = catalog_path(root, lang, domain)
        found = lookup(root, lang, msgid, domain, path) if path.exists() else None
        return found or msgid
    found = lookup(root, lang, msgid, domain)
    if found is None:
        raise InputError([missing_problem(root, lang, msgid, domain)])
    return found


def missing_problem(root: Path, lang: str, msgid: str, domain: str = "ui") -> Problem:
    path = catalog_path(root, lang, domain)
    message = ui_catalog(root, lang, domain).get(msgid) if path.exists() else None
    line = message.lineno if message is not None and message.lineno else 0
    state = "fuzzy" if message is not None and message.fuzzy else \
        "empty" if message is not None else "missing"
    return Problem(_shown(root, path), line, "catalog",
                   f"interface string {msgid!r} is {state} in {lang}; translate it "
                   f"(msgmerge the catalog with translations/ui/{domain}.pot, then edit it)")


def _shown(root: Path, path: Path) -> str:
    """A catalog's path as problems name it: relative to the edition when it is the edition's own."""
    try:
        return str(Path(path).relative_to(Path(root)))
    except ValueError:
        return str(path)


def strings(root: Path, lang: str, msgids, domain: str = "ui") -> dict[str, str]:
    """Many strings at once; every missing one is reported together."""
    out, problems = {}, []
    if lang != MSGID_LANG and not catalog_path(root, lang, domain).exists():
        raise InputError([no_catalog_problem(root, lang, domain)])   # once, not once per string
    for msgid in msgids:
        try:
            out[msgid] = gettext(root, lang, msgid, domain)
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return out


def all_strings(root: Path, lang: str, domain: str = "ui") -> dict[str, str]:
    """Every msgid of the domain's catalog for `lang` (checked complete for ru/hy).

    Kept per version of the two catalogs: a build asks for them once per page kind and
    label, and each lookup would otherwise look for the edition's own catalog again."""
    versions = []
    for code in (MSGID_LANG, lang):
        path = catalog_path(root, code, domain)
        try:
            versions.append((str(path), path.stat().st_mtime_ns))
        except OSError:
            versions.append((str(path), None))
    return dict(_all_strings(Path(root), lang, domain, tuple(versions)))


@lru_cache(maxsize=32)
def _all_strings(root: Path, lang: str, domain: str, versions: tuple) -> dict[str, str]:
    template = ui_catalog(root, MSGID_LANG, domain)
    ids = [m.id for m in template if m.id and isinstance(m.id, str)]
    return strings(root, lang, list(dict.fromkeys(ids + _shipped_ids(domain))), domain)


# ---------------------------------------------------------------- dates

def parse_iso(value: str) -> tuple[_dt.date, str]:
    """An ISO 8601 date of the edition (YYYY, YYYY-MM, YYYY-MM-DD) and its precision."""
    m = ISO_DATE.match((value or "").strip())
    if not m:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    precision = "day" if day else "month" if month else "year"
    return _dt.date(year, int(month or 1), int(day or 1)), precision


@lru_cache(maxsize=64)
def locale(code: str):
    """Babel's Locale of a BCP 47 tag: 'zh-Hant', 'sr-Latn' and 'pt-BR' too, which Locale.parse
    refuses with a ValueError unless their subtags are joined with '_' (the settings accept them)."""
    from babel import Locale
    return Locale.parse(code.replace("-", "_"))


@lru_cache(maxsize=32)
def _pattern(lang: str, precision: str) -> str:
    from babel.dates import match_skeleton
    locale_ = locale(lang)
    skeleton = SKELETONS[precision]
    best = match_skeleton(skeleton, locale_.datetime_skeletons.keys(), allow_different_fields=False)
    if best is None:
        raise ValueError(f"CLDR has no {skeleton} pattern for {lang}")
    pattern = locale_.datetime_skeletons[best].pattern
    if "MMMM" in skeleton:
        pattern = _widen_month(pattern)
    return pattern


def _widen_month(pattern: str) -> str:
    """Turn an abbreviated month field (MMM/LLL) into the wide one, outside quoted text."""
    parts = re.split(r"('[^']*')", pattern)
    return "".join(p if p.startswith("'") else
                   re.sub(r"(?<![ML])(MMM|LLL)(?![ML])", lambda m: m.group(1)[0] * 4, p)
                   for p in parts)


@lru_cache(maxsize=32)
def _marked_year_pattern(lang: str) -> str:
    """The year as the language's month-year pattern writes it, the month taken out: Russian
    "y\u202f'г'." (CLDR's "LLLL y\u202f'г'."), Armenian "y թ․", English "y". CLDR's pattern for a year
    alone (skeleton y) has no "г." in Russian, while its month and day patterns have it, so a range
    printed "ноябрь 1917 г. – 1946" (tei/ENCODING.md, "Dates in the reader's language")."""
    parts = re.split(r"('[^']*')", _pattern(lang, "month"))
    kept = "".join(p if p.startswith("'") else re.sub(r"[,\s\u202f\u00a0]*[ML]+[,\s\u202f\u00a0]*", " ", p)
                   for p in parts)
    return kept.strip()


@lru_cache(maxsize=64)
def phrase_month_context(lang: str, phrase: str = "") -> str:
    """How `lang`'s interface phrases around a date ("not before {date}", "from {date}") want a month
    named without its day: "format" (CLDR's format-context name, the genitive of Russian: "не ранее мая
    1921 г.") or "stand-alone" (the nominative, as a month-year date is written alone). The toolkit's
    name data says it (data/names/LANG.json, lists."phrase-month"; stand-alone for a language without
    it): which case a phrase governs is grammar, not CLDR's, and the catalogs are written to it
    (translations/ui/README.md). Russian read "не ранее: май 1921 г.", a colon standing in for the case.
    `phrase`: the msgid of the phrase, where one governs another case than the language's others
    ("stand-alone-in": Russian "по {date}", an inclusive end, takes the accusative, "по май 1921 г.")."""
    import json
    from triglot.resources import packaged
    path = packaged(f"names/{lang.split('-')[0].lower()}.json")
    if not path.is_file():
        return "stand-alone"
    found = json.loads(path.read_text(encoding="utf-8")).get("lists", {}).get("phrase-month", {})
    if phrase and phrase in found.get("stand-alone-in", []):
        return "stand-alone"
    return "format" if found.get("context") == "format" else "stand-alone"


@lru_cache(maxsize=8192)
def format_date_in_phrase(iso_value: str, lang: str, phrase: str = "") -> str:
    """`iso_value` as it stands inside an interface phrase of `lang`: a month named without a day in
    CLDR's format context where the language's phrases govern it (phrase_month_context: "не ранее мая
    1921 г."), a year alone as the language's month-year pattern writes its year ("не позднее 1921 г.",
    where CLDR's year alone is a bare "1921"; English's is "1921" either way)."""
    from babel.dates import format_date as babel_format
    date, precision = parse_iso(iso_value)
    if precision == "year":
        return babel_format(date, _marked_year_pattern(lang), locale=locale(lang))
    if precision == "month" and phrase_month_context(lang, phrase) == "format":
        return babel_format(date, _format_context(_pattern(lang, "month")), locale=locale(lang))
    return format_date(iso_value, lang)


def _format_context(pattern: str) -> str:
    """A pattern's stand-alone month field (LLLL, CLDR's nominative in Russian) as the format-context
    one (MMMM: "мая"), outside quoted text."""
    parts = re.split(r"('[^']*')", pattern)
    return "".join(p if p.startswith("'") else p.replace("L", "M") for p in parts)


def format_date_pair(start: str, end: str, lang: str, in_phrase: bool = False) -> tuple[str, str]:
    """The two ends of a range or of a pair of bounds (life dates, "between … and …"), each at its own
    precision, by one rule (tei/ENCODING.md, "Dates in the reader's language"): a year alone beside an
    end that names its month or day is written as that end writes its year ("ноябрь 1917 г. – 1946 г."),
    so both ends read alike; two years alone stay as CLDR writes a year ("1917 – 1946"). `in_phrase`:
    the pair stands in a phrase ("between {start} and {end}"), which may govern a month's form
    (format_date_in_phrase)."""
    written = format_date_in_phrase if in_phrase else format_date
    precisions = (parse_iso(start)[1], parse_iso(end)[1])
    if "year" in precisions and precisions != ("year", "year"):
        from babel.dates import format_date as babel_format
        marked = _marked_year_pattern(lang)
        return tuple(babel_format(parse_iso(v)[0], marked, locale=locale(lang)) if p == "year" else written(v, lang)
                     for v, p in zip((start, end), precisions))
    return written(start, lang), written(end, lang)


@lru_cache(maxsize=8192)
def format_date(iso_value: str, lang: str, precision: str | None = None) -> str:
    """`iso_value` in `lang` at `precision` (default: the precision the value has); remembered,
    since an edition formats the same few hundred dates on every page that shows them."""
    from babel.dates import format_date as babel_format
    date, own = parse_iso(iso_value)
    precision = precision or own
    if PRECISIONS.index(precision) < PRECISIONS.index(own):
        raise ValueError(f"{iso_value!r} is only precise to the {own}")
    return babel_format(date, _pattern(lang, precision), locale=locale(lang))


def date_expr_parts(attrs) -> dict:
    """The date attributes of a TEI dating element (when, from/to, notBefore/notAfter)."""
    get = attrs.get
    return {k: get(k) for k in ("when", "from", "to", "notBefore", "notAfter") if get(k)}


# The @cert values that say a date is not certain (TEI's att.global.responsibility: high is the
# editors' confidence; low, medium and unknown are doubt).
UNCERTAIN = ("low", "medium", "unknown")


def doubted(cert: str | None) -> bool:
    """Whether a @cert says the value may be wrong: low, medium or unknown, or a probability below 1.

    TEI's teidata.probCert is a word or a number from 0 to 1, and the project schema takes both:
    a letter dated `cert="0.2"` was given as certain in the web page, MODS, Dublin Core and CMIF,
    which knew only the words. xslt/modules/strings.xsl (tg:doubted) says the same for the stylesheets."""
    value = (cert or "").strip()
    if value in UNCERTAIN:
        return True
    try:
        return float(value) < 1
    except ValueError:
        return False


def date_value(date_element) -> dict:
    """A date's attributes as `date_expr_parts` gives them, plus `cert` when the encoding calls the
    value uncertain: what a reader is shown of the date of a letter or a text must keep that doubt
    (`format_date_expr` says it), as "1805" for a letter its editors date `when="1805" cert="low"`
    would state as a fact what they only guessed."""
    parts = date_expr_parts(date_element)
    if parts and doubted(date_element.get("cert")):
        parts["cert"] = date_element.get("cert").strip()
    return parts


def format_date_expr(date_element, lang: str, root: Path | None = None, domain: str = "ui") -> str:
    """A TEI date's value, stated no more precisely than the encoding says.

    `when` → the date at its own precision; `from`/`to` → a range; `notBefore`/
    `notAfter` → "not before …", "not after …" or "between … and …"; an uncertain
    one (`cert` low, medium or unknown) says so after it. Connecting
    words come from the interface catalog (so `root` is needed for them);
    returns "" when the element carries no machine-readable date.
    """
    parts = date_expr_parts(date_element)
    if parts and doubted(date_element.get("cert")):
        parts["cert"] = "uncertain"
    return _format_parts(tuple(sorted(parts.items())), lang, root, domain, _stamp(root, lang, domain))


def _stamp(root: Path | None, lang: str, domain: str) -> int | None:
    """The catalog's version (mtime), so a remembered phrase never outlives an edit of it."""
    try:
        return os.stat(_catalog_file(root, lang, domain)).st_mtime_ns if root is not None else None
    except OSError:
        return None


@lru_cache(maxsize=64)
def _catalog_file(root: Path, lang: str, domain: str) -> str:
    return str(catalog_path(root, lang, domain))


@lru_cache(maxsize=8192)
def _format_parts(parts: tuple, lang: str, root: Path | None, domain: str, stamp: int | None) -> str:
    a = dict(parts)

    def word(msgid):
        return gettext(root, lang, msgid, domain) if root is not None else msgid

    if a.pop("cert", None):
        value = _format_parts(tuple(sorted(a.items())), lang, root, domain, stamp)
        return f"{value} ({word('interpretation uncertain')})" if value else ""
    if "when" in a:
        return format_date(a["when"], lang)

    if "from" in a or "to" in a:
        if "from" in a and "to" in a:
            start, end = format_date_pair(a["from"], a["to"], lang)
            return word("{start} – {end}").format(start=start, end=end)
        if "from" in a:
            return filled(word("from {date}"), date=format_date_in_phrase(a["from"], lang, "from {date}"))
        return filled(word("until {date}"), date=format_date_in_phrase(a["to"], lang, "until {date}"))
    if "notBefore" in a and "notAfter" in a:
        start, end = format_date_pair(a["notBefore"], a["notAfter"], lang, in_phrase=True)
        return filled(word("between {start} and {end}"), start=start, end=end)
    if "notBefore" in a:
        return filled(word("not before {date}"), date=format_date_in_phrase(a["notBefore"], lang))
    if "notAfter" in a:
        return filled(word("not after {date}"), date=format_date_in_phrase(a["notAfter"], lang))
    return ""


SUFFIXED = re.compile(r"\{(\w+)\}-(\w+)")


def filled(phrase: str, **dates: str) -> str:
    """A connecting phrase with its dates put in. A case ending the catalog hyphens to a placeholder
    (Armenian "{date}-ից", "{start}-ի") is hyphened where the date ends in a numeral or an abbreviation
    ("1921 թ․ մայիսի 3-ից", "1921 թ․-ից") and written solid where it ends in a word, as Armenian
    writes a case ending on a month's name: "մայիսից", "մայիսի" (CLDR's own genitive), where the
    Armenian books printed "մայիս-ից" and "մայիս-ի"."""
    def joined(m):
        value = dates[m.group(1)]
        return value + ("" if value[-1:].isalpha() else "-") + m.group(2)
    return SUFFIXED.sub(joined, phrase).format(**dates)


def date_sort_key(attrs) -> tuple[str, str]:
    """Where a dated event goes in a chronology: earliest possible date, then latest."""
    a = date_expr_parts(attrs)
    start = a.get("when") or a.get("from") or a.get("notBefore") or a.get("to") or a.get("notAfter") or ""
    end = a.get("when") or a.get("to") or a.get("notAfter") or start
    return (start, end)


def date_precision(attrs) -> str:
    """day, month, year, range, notBefore, notAfter or between — how much the encoding knows."""
    a = date_expr_parts(attrs)
    if "when" in a:
        return parse_iso(a["when"])[1]
    if "from" in a or "to" in a:
        return "range"
    if "notBefore" in a and "notAfter" in a:
        return "between"
    return "notBefore" if "notBefore" in a else "notAfter" if "notAfter" in a else ""


# ---------------------------------------------------------------- languages

def canonical_tag(code: str) -> str:
    """`code` in BCP 47's canonical case (RFC 5646, 2.1.1): every subtag lower case but a region (two
    letters) in capitals and a script (four letters) in title case, where neither opens the tag nor
    follows a singleton ("pt-BR", "sr-Latn", "hy-arevmda", "x-ru")."""
    out, after_singleton = [], False
    for i, sub in enumerate(code.split("-")):
        if i and not after_singleton and len(sub) == 2 and sub.isalpha():
            out.append(sub.upper())
        elif i and not after_singleton and len(sub) == 4 and sub.isalpha():
            out.append(sub.title())
        else:
            out.append(sub.lower())
        after_singleton = after_singleton or len(sub) == 1
    return "-".join(out)


def case_problem(code: str) -> str | None:
    """Why a language tag written in another case than BCP 47's canonical one is refused, or None.
    Tags are case-insensitive in BCP 47, but the edition compares them as written, in Python, XSLT
    (@xml:lang = $lang), file names (translations/ui/ru/) and the pages' lang: "RU" matched no
    interface, and a register note in it was shown to no reader. One spelling, held to at the
    door, keeps every comparison exact; matching without case everywhere would leave any comparison
    forgotten to split a language in two, silently."""
    # no tag's shape ("ru_RU", a locale's spelling): no case makes it a tag, and the advice "write 'ru_ru'"
    # kept it wrong; the rules that compare it (langUsage, the interfaces) report it (review32)
    if not re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", code or ""):
        return None
    canonical = canonical_tag(code)
    if canonical == code:
        return None
    return (f"{code!r} is a language tag written in another case than BCP 47's canonical one: write {canonical!r} "
            "(the edition compares language tags as written)")


@lru_cache(maxsize=32)
def language_name(code: str, in_lang: str) -> str:
    """The CLDR name of language `code` in `in_lang`, capitalised for use as a label: a tag with a
    script or region is named as CLDR names it ('zh-Hant' Traditional Chinese, 'sr-Latn' Serbian
    (Latin)), never shown as the tag itself; a tag CLDR has no name for is shown as it is written."""
    from babel import UnknownLocaleError
    where = locale(in_lang)
    name = where.languages.get(code.replace("-", "_"))
    unnamed = []
    if not name:
        try:
            parsed = locale(code)
            name = parsed.get_display_name(where)
        except (UnknownLocaleError, ValueError):
            # a language and region CLDR has no locale for ('hy-TR', Armenian as written in Turkey) was shown
            # as the tag: the language is named, its other subtags after it (hostile round 35)
            parts = code.replace("_", "-").split("-")
            name = where.languages.get(parts[0].lower()) if all(p.isalnum() and len(p) > 1 for p in parts) else None
            unnamed = parts[1:]
        else:
            # a subtag Babel dropped (a variant it does not know: 'hy-arevmda', 'de-1901') is added as
            # written: 'hy' and 'hy-arevmda' of one edition were two columns named 'Armenian'
            named = {str(p).lower() for p in (parsed.language, parsed.script, parsed.territory, parsed.variant) if p}
            unnamed = [p for p in code.replace("_", "-").split("-")[1:] if p.lower() not in named]
    if not name:      # a tag CLDR cannot name (x-private, qaa) is shown as written: "X-private" is no tag
        return code
    if unnamed:      # 'German (Germany, Traditional German orthography)', 'Armenian (Western Armenian)'
        said = ", ".join(_subtag_name(p, where) for p in unnamed)
        name = f"{name[:-1]}, {said})" if name.endswith(")") else f"{name} ({said})"
    return capitalised(name, in_lang)


@lru_cache(maxsize=32)
def quotation_marks(lang: str) -> tuple[str, str]:
    """The quotation marks `lang` writes around a quotation: CLDR's delimiters, as ICU has them (Babel
    has none); a quotation takes those of the text around it, not its own: an Armenian page quoting an
    English line writes «…». Chromium's `q` wrote “…” on the Armenian pages, from its own table, which
    has no Armenian, and a `q` marks by its own language (notes24, the Armenian chronology)."""
    import icu
    data = icu.LocaleData(canonical_tag(lang).replace("-", "_"))
    kind = icu.ULocaleDataDelimiterType
    return data.getDelimiter(kind.QUOTATION_START), data.getDelimiter(kind.QUOTATION_END)


def _subtag_name(subtag: str, where) -> str:
    """CLDR's name in `where` of a script, region or variant subtag Babel's Locale dropped (it keeps only
    those it has locale data for), else the subtag as written: 'hy-arevmda' was "Armenian (arevmda)" and
    'hy-Armn' "Armenian (Armn)", though CLDR names the variant "Western Armenian" ("Западно-армянский")
    and the script "Armenian" (hostile round 35)."""
    if len(subtag) == 4 and subtag.isalpha():
        known = where.scripts.get(subtag.title())
    elif len(subtag) == 2 and subtag.isalpha() or len(subtag) == 3 and subtag.isdigit():
        known = where.territories.get(subtag.upper())
    else:
        known = where.variants.get(subtag.upper())
    return known or subtag


def capitalised(text: str, lang: str) -> str:
    """`text` with its first letter title-cased by `lang`'s rules (ICU): Python's str.upper has no
    language, so Azerbaijani "ingilis" became "Ingilis", a dotless I, where its readers write "İngilis".
    Title case, not upper case: Georgian has no capital at the start of a word, and the upper case of
    its letters is Mtavruli, so the Georgian book's title page read "Ინგლისური – Ქართული" (journey 28)."""
    try:
        import icu
    except ImportError:         # `pip install .` alone (validate) has no PyICU: no language's rules
        return text[:1].title() + text[1:]
    first = str(icu.UnicodeString(text[:1]).toTitle(icu.Locale(lang)))
    return first + text[1:]


@lru_cache(maxsize=64)
def direction(code: str) -> str:
    """'rtl' or 'ltr': CLDR's writing direction of language `code` (Persian, Arabic, Hebrew,
    Urdu, "az-Arab"… are right to left); a code CLDR does not know is taken as left to right.
    A tag that names its script is written in that script's direction (ICU): CLDR gives "fa-Latn",
    romanised Persian, the direction of Persian."""
    from babel import UnknownLocaleError
    script = next((p for p in code.replace("_", "-").split("-")[1:] if len(p) == 4 and p.isalpha()), None)
    written = _script_direction(script) if script is not None else None
    if written is not None:
        return written
    try:
        return "rtl" if locale(code).text_direction == "rtl" else "ltr"
    except (UnknownLocaleError, ValueError):
        return "ltr"


def _script_direction(script: str) -> str | None:
    """ICU's direction of a script subtag ("Latn", "Arab"), or None for a code ICU does not know
    (then the language's own direction, from CLDR, is the answer)."""
    import icu
    try:
        return "rtl" if icu.Script(icu.Script.getCode(script)[0]).isRightToLeft() else "ltr"
    except (icu.ICUError, IndexError):
        return None


def declared_languages(edition) -> list[str]:
    """The languages the documents declare in langUsage (validate asks every xml:lang to be there),
    for rtl_languages: an Arabic or Hebrew passage quoted in an English text is right to left on the
    page and in the book too. Only the edition's own languages were looked at, so such a passage
    had lang="ar" and no dir."""
    return sorted({lang for doc in edition.documents for lang in document_languages(doc)})


def document_languages(doc) -> list[str]:
    """The languages one document declares in langUsage (kept for a document not parsed)."""
    if "langs" in doc.facts:
        return list(doc.facts["langs"])
    from triglot.tei import NS
    if doc.root is None:
        return []
    return sorted({el.get("ident") for el in doc.root.iterfind("t:teiHeader/t:profileDesc/t:langUsage/t:language", NS)
                   if el.get("ident")})


def rtl_languages(codes) -> str:
    """The right-to-left languages among `codes`, space-separated (the stylesheets' `rtl-languages`)."""
    return " ".join(sorted({c for c in codes if direction(c) == "rtl"}))


# ---------------------------------------------------------------- extraction

XSLT_STRING = re.compile(r"tg:ui\(\s*'([^']+)'")


def extract_xslt(fileobj, keywords, comment_tags, options):
    """Babel extractor for stylesheets: every tg:ui('msgid' …) call (see translations/ui/babel.cfg)."""
    for lineno, line in enumerate(fileobj.read().decode("utf-8").splitlines(), start=1):
        for match in XSLT_STRING.finditer(line):
            yield lineno, None, match.group(1), []
