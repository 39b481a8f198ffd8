"""The edition's settings: `triglot.toml` at the edition root, read and checked once.

Everything that differs from one parallel edition to the next lives here and nowhere
in code: the title in each language, the publisher, the licence, the permanent-URL
base, the editors, the base and translation languages, the interface languages, the
registers and the printed books. The file is also what marks a folder as an edition,
so every command finds its edition by walking up to the nearest `triglot.toml`.

Each key is declared once below with its type and default; an unknown key, a wrong
type or a language CLDR does not know is reported as `triglot.toml:LINE: settings:
message` naming the key, before any command starts.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from triglot.problems import InputError, Problem

FILE = "triglot.toml"
REGISTER_KINDS = ("person", "place", "org")


@dataclass(frozen=True)
class Licence:
    url: str
    label: str


@dataclass(frozen=True)
class RegisterSetting:
    name: str     # key in the settings and in Edition.registers, e.g. "persons"
    file: str     # file name under tei/, e.g. "persons.xml"
    kind: str     # what one entry is: person, place or org


# The quoted lines (a mention with its line of context) one register page holds before it is split
# by initial letter (web/register_parts.py): at 500 documents a line is about 560 bytes of HTML (the
# Russian places page, 32,000 lines, was 18 MB), so 2,000 lines are about a megabyte, which a phone
# opens at once; this edition's largest register page quotes 321.
REGISTER_PAGE_LIMIT = 2000


@dataclass(frozen=True)
class Settings:
    """The checked settings of one edition (see triglot.toml for what each key means)."""
    titles: dict[str, str]
    publisher: str
    licence: Licence
    uri_base: str
    base: str
    translations: tuple[str, ...]
    interface: tuple[str, ...]
    name: str = "edition"
    label: str = ""
    editors: tuple[str, ...] = ()
    contact: str = ""          # the editors' e-mail address (CMIF and the library records want one)
    description: dict[str, str] = field(default_factory=dict)
    short_titles: dict[str, str] = field(default_factory=dict)
    usage: dict[str, str] = field(default_factory=dict)
    length_bands: dict[str, tuple[float, float]] = field(default_factory=dict)
    registers: tuple[RegisterSetting, ...] = ()
    books: tuple[tuple[str, ...], ...] = ()
    print_titles: dict[str, str] = field(default_factory=dict)
    note_labels: dict[str, str] = field(default_factory=dict)
    print_statements: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    order: str | tuple[str, ...] = "date"   # "date", "file", or document ids first (triglot/order.py)
    order_line: int = 0                      # the line of edition.order, for a problem with a named id
    register_page_limit: int = REGISTER_PAGE_LIMIT   # quoted lines a register page holds before it is split
    not_names: frozenset[str] = frozenset()          # names.not-names: forms that are no names anywhere
    not_names_in: dict[str, frozenset[str]] = field(default_factory=dict)   # names.not-names-in

    @property
    def languages(self) -> tuple[str, ...]:
        """The base language first, then the translation languages."""
        return (self.base, *self.translations)

    def line_of(self, key: str) -> int:
        """The line of triglot.toml that sets `key` (dotted), for a problem found after loading (a
        book's note labels): 0 when the settings were not read from a file."""
        try:
            return _Reader(self.path.read_text(encoding="utf-8"), self.path).line_of(key) if self.path else 0
        except (OSError, UnicodeDecodeError):
            return 0

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles[self.base]

    def book_title(self, lang: str) -> str:
        """The title on a printed book's title page, in `lang`."""
        return self.print_titles.get(lang) or self.title(lang)

    def site_name(self, lang: str) -> str:
        """The edition's name in an interface language (short title, else the label)."""
        return self.short_titles.get(lang) or self.label

    def site_name_lang(self, lang: str) -> str:
        """The language of site_name(lang): `lang` for its short title, the base language for a
        name taken from the base title, "" for a label the settings give (a name, of no language)."""
        if self.short_titles.get(lang):
            return lang
        return self.base if self.label == self.titles.get(self.base) else ""

    def about(self, lang: str) -> list[str]:
        """The paragraphs of the edition's description in `lang` (else in the base language)."""
        text = self.description.get(lang) or self.description.get(self.base, "")
        return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]

    def editor_names(self) -> list[tuple[str, str]]:
        """Whom a new header's `resp-editors` statement names, as (TEI element, name): each of
        `edition.editors`, a person (persName) unless it is the publisher itself, a body (orgName);
        with none given, the publisher. Citations, the printed title page and the library records
        read their editors from that statement: encode and `new` wrote the publisher there
        whatever the settings said, and another press's edition was "edited by" the press."""
        names = self.editors or (self.publisher,)
        return [("orgName" if name == self.publisher else "persName", name) for name in names]

    def not_names_for(self, doc_id: str, block_id: str = "") -> frozenset[str]:
        """The forms the editor said are no names in this block (names.not-names, and names.not-names-in
        under the document's id or the block's), spaces collapsed: encode, retag and check read them
        here, so a form the editor settled once is never proposed or reported again."""
        return self.not_names | self.not_names_in.get(doc_id, frozenset()) | \
            (self.not_names_in.get(block_id, frozenset()) if block_id else frozenset())

    def register_files(self) -> dict[str, str]:
        return {r.name: r.file for r in self.registers}

    def language_usage(self, lang: str) -> str:
        """What a language of the documents is (langUsage), from the settings or CLDR."""
        if lang in self.usage:
            return self.usage[lang]
        from triglot.i18n import language_name
        role = "the base text" if lang == self.base else f"translations of the {language_name(self.base, 'en')} text"
        return f"{language_name(lang, 'en')}: {role}"


def key_text(settings: Settings) -> str:
    """The settings as a cache's key reads them: every value, the same in every process and folder.
    Not repr(settings): it holds where triglot.toml is (a copied or moved edition, a fresh clone with
    build/ restored, had every key new and validated everything again), and a set's repr follows the
    process's string hashing (PYTHONHASHSEED), so with two forms in names.not-names every
    `triglot validate` had a new key and validated every document again. Nor the line edition.order
    stands on (order_line, kept to name it in a problem): a comment added above it re-rendered every
    register page that showed nothing new."""
    from dataclasses import fields

    def plain(value):
        if isinstance(value, (set, frozenset)):
            return sorted(plain(v) for v in value)
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value
    return repr({f.name: plain(getattr(settings, f.name)) for f in fields(settings)
                 if f.name not in ("path", "order_line")})


# key -> (type, default); MISSING marks a key the file must give.
MISSING = object()
EDITION_KEYS = {
    "name": (str, "edition"),
    "label": (str, None),       # the edition's name as readers see it; default: the title
    "title": (dict, MISSING),
    "short-title": (dict, {}),
    "description": (dict, {}),
    "publisher": (str, MISSING),
    "uri-base": (str, MISSING),
    "editors": (list, []),
    "contact": (str, ""),       # the editors' e-mail address, for CMIF and the library records
    "licence": (dict, MISSING),
    "order": (object, "date"),  # the documents' order in every output: "date", "file" or a list of ids
}
LANGUAGE_KEYS = {
    "base": (str, "en"),
    "translations": (list, []),
    "interface": (list, None),      # default: the base language and the translations
    "usage": (dict, {}),
    "length-bands": (dict, {}),     # language -> [low, high] plausible length ratios, measured on its drafts
}
PRINT_KEYS = {
    "books": (list, None),          # default: the base with each translation, then all together
    "title": (dict, {}),            # the printed books' title per language; default: the edition's title
    "note-labels": (dict, {}),      # footnote letters per translation language; default: numbers
    "statement": (dict, {}),        # what the columns are, on the imprint page, per language
}
WEB_KEYS = {
    "register-page-limit": (int, None),   # quoted lines on one register page; default REGISTER_PAGE_LIMIT, 0: never split
}
NAMES_KEYS = {
    "not-names": (list, []),        # forms encode, retag and check never propose as names, in any document
    "not-names-in": (dict, {}),     # document id or block id -> forms that are no names there only
}
SECTIONS = {"edition": EDITION_KEYS, "languages": LANGUAGE_KEYS, "registers": None, "print": PRINT_KEYS,
            "web": WEB_KEYS, "names": NAMES_KEYS}
DEFAULT_REGISTERS = {"persons": {"file": "persons.xml", "kind": "person"},
                     "places": {"file": "places.xml", "kind": "place"}}
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")   # what XML 1.0 cannot hold
LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# ISO 639's codes that name no language (Babel parses "und" and "root", and an edition made with one
# could not print: no font covers "undetermined")
SPECIAL_CODES = {"und": "an undetermined language", "mul": "several languages", "zxx": "no linguistic content",
                 "mis": "an uncoded language", "root": "CLDR's root locale"}


def load(root: Path) -> Settings:
    """The settings of the edition at `root`; InputError naming file, line and key when wrong."""
    path = Path(root) / FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(str(path), 0, "settings",
                                  f"no {FILE} here: not a Triglot edition (create one with `triglot new DIR`)")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(str(path), 0, "settings", f"cannot read the settings: {exc}")]) from None
    return parse(text, path)


def parse(text: str, path: Path) -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise InputError([Problem(FILE, int(m.group(1)) if m else 0, "settings",
                                  f"not valid TOML: {exc}")]) from None
    except RecursionError:   # tomllib reads nested arrays and inline tables by recursion
        raise InputError([Problem(FILE, 0, "settings", "not valid TOML: nested too deeply (arrays or "
                                  "tables thousands deep inside one another); no setting is")]) from None
    return _Reader(text, path).settings(data)


class _Reader:
    """Checks the parsed TOML key by key; every problem names the key and its line."""

    def __init__(self, text: str, path: Path):
        self.lines = text.splitlines()
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(FILE, self.line_of(key), "settings", f"{key}: {message}"))

    def no_direction_control(self, key: str, value: str) -> None:
        """A name every header states holds no invisible direction control (U+202A–U+202E, U+2066–U+2069).

        Why: `triglot new --editor` or `--publisher` with a pasted U+202E wrote it into every register's
        header, and the new edition's first `triglot check` gave nine direction-control findings in files
        nobody had edited (hostile41)."""
        control = re.search("[\u202a-\u202e\u2066-\u2069]", value)
        if control and not self.problems_at(key):
            import unicodedata
            self.fail(key, f"holds an invisible direction control (U+{ord(control.group()):04X} "
                      f"{unicodedata.name(control.group())}): every header would state it, reordering what "
                      "readers see; remove it")

    def problems_at(self, key: str) -> bool:
        """Whether a problem of `key` is already told (one message a key is enough)."""
        return any(p.message.startswith(f"{key}:") for p in self.problems)

    def line_of(self, key: str) -> int:
        """The line that sets `key` (dotted, e.g. languages.base), else its section's line."""
        parts = key.split(".")
        section_line = 0
        for i in range(len(parts), 0, -1):
            section = ".".join(parts[:i])
            rest = parts[i:]
            header = re.compile(r"^\s*\[\s*" + re.escape(section).replace(r"\.", r"\s*\.\s*") + r"\s*\]")
            for n, line in enumerate(self.lines, start=1):
                if header.match(line):
                    if not rest:
                        return n
                    name = re.compile(r"^\s*" + re.escape(rest[0]) + r"\s*[.=]")
                    for m, after in enumerate(self.lines[n:], start=n + 1):
                        if after.lstrip().startswith("["):
                            break
                        if name.match(after):
                            return m
                    section_line = section_line or n
        if section_line:     # a key its section does not set: the section, not a namesake elsewhere
            return section_line
        flat = re.compile(r"^\s*" + re.escape(parts[-1]) + r"\s*[.=]")
        for n, line in enumerate(self.lines, start=1):
            if flat.match(line):
                return n
        return 1

    def settings(self, data: dict) -> Settings:
        for section in data:
            if section not in SECTIONS:
                self.fail(section, f"unknown section; the sections are {', '.join(SECTIONS)}")
        self.characters("", data)
        edition = self.section(data, "edition")
        langs = self.section(data, "languages")
        base = self.language("languages.base", langs["base"])
        translations = tuple(self.language(f"languages.translations", x) for x in self.strings("languages.translations", langs["translations"]))
        if base in translations:
            self.fail("languages.translations", f"{base!r} is the base language, not a translation")
        if len(set(translations)) != len(translations):
            self.fail("languages.translations", "a language is listed twice")
        interface = langs["interface"]
        interface = tuple(self.language("languages.interface", x) for x in self.strings("languages.interface", interface)) \
            if interface is not None else (base, *translations)
        if not interface and langs["interface"] is not None and not self.problems_at("languages.interface"):
            # no language, no page: `build web` published a site of static files alone, and exited 0
            self.fail("languages.interface", "empty: give the languages the web edition's pages are in "
                      "(leave the key out for the base language and the translations)")
        titles = self.texts("edition.title", edition["title"])
        if titles and base not in titles:
            self.fail("edition.title", f"give the title in the base language ({base})")
        licence = self.licence(edition["licence"])
        given = data.get("edition") if isinstance(data.get("edition"), dict) else {}
        if isinstance(given.get("publisher"), str) and not given["publisher"].strip():   # not when missing
            self.fail("edition.publisher", "empty: every header, citation and library record names the publisher")
        elif isinstance(given.get("publisher"), str) and re.search(r"[\n\r]", given["publisher"]):
            # a header reads the line break as a space, and then states another publisher than this
            self.fail("edition.publisher", "must be one line: every header states it, and XML reads a line "
                      "break there as a space")
        elif isinstance(given.get("publisher"), str):
            self.no_direction_control("edition.publisher", given["publisher"])
        uri_base = edition["uri-base"]
        if isinstance(uri_base, str) and not re.match(r"^https?://[^\s/]+/\S*$", uri_base):
            self.fail("edition.uri-base", f"{uri_base!r} is not an http(s) URL ending in a path (e.g. https://example.org/edition/)")
        elif isinstance(uri_base, str) and (not uri_base.endswith(("/", "#", "=")) or "#" in uri_base[:-1]
                                            or re.search(r"%(?![0-9A-Fa-f]{2})", uri_base)):
            # a document's URL is the base and its id: "…/triglot" gave "…/triglotmini", "%zz" and a
            # second "#" no URL at all, in every header, citation and library record (hostile round 29)
            self.fail("edition.uri-base", f"{uri_base!r}: a document's permanent URL is this and its id, so end "
                      "it with \"/\" (or \"#\" or \"=\"), with no other \"#\" and \"%\" only before two hex digits "
                      "(e.g. https://example.org/edition/)")
        name = edition["name"]
        if isinstance(name, str) and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            self.fail("edition.name", f"{name!r}: use lower-case letters, digits and hyphens (it names files)")
        elif isinstance(name, str) and len(name) > 100:
            # NAME-en-ru-hy.pdf, NAME-corpus.xml: a file name has 255 bytes at most
            self.fail("edition.name", f"{len(name)} characters: at most 100 (it names the books and the "
                      "corpus file, and a file name has 255 bytes at most)")
        contact = edition["contact"]
        if isinstance(contact, str) and contact and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", contact):
            self.fail("edition.contact", f"{contact!r} is not an e-mail address (name@example.org)")
        usage = self.texts("languages.usage", langs["usage"])
        bands = self.bands(langs["length-bands"], translations)
        for lang in usage:
            if lang not in (base, *translations):
                self.fail("languages.usage", f"{lang!r} is not a language of the documents")
        order = self.order(edition["order"])
        registers = self.registers(data.get("registers", DEFAULT_REGISTERS))
        printing = self.section(data, "print")
        books = self.books(printing["books"], base, translations)
        limit = self.page_limit(self.section(data, "web")["register-page-limit"])
        not_names, not_names_in = self.not_names(self.section(data, "names"))
        # read before the problems are raised: read inside the Settings(...) call below, a wrong
        # note label (ru = "a b", two "a"), print title or editor was reported to no one and kept
        editors = tuple(self.strings("edition.editors", edition["editors"]))
        if any(re.search(r"[\n\r]", e) for e in editors):
            # encode writes each into a header's persName, where XML reads the break as a space
            self.fail("edition.editors", "each name must be one line: encode writes it into every new "
                      "document's header, and XML reads a line break there as a space")
        for editor in editors:
            self.no_direction_control("edition.editors", editor)
        description = self.texts("edition.description", edition["description"])
        short_titles = self.texts("edition.short-title", edition["short-title"])
        print_titles = self.texts("print.title", printing["title"])
        note_labels = self.labels(printing["note-labels"])
        print_statements = self.texts("print.statement", printing["statement"])
        for table, given in (("title", print_titles), ("note-labels", note_labels), ("statement", print_statements)):
            for lang in given:
                if lang not in (base, *translations):
                    # read for a book's columns only: elsewhere no book reads it, and it said nothing
                    self.fail(f"print.{table}.{lang}", f"{lang!r} is not a language of the documents "
                              f"({', '.join((base, *translations))}): no book has a column in it")
        if self.problems:
            raise InputError(self.problems)
        return Settings(titles=titles, publisher=edition["publisher"], licence=licence, uri_base=uri_base,
                        base=base, translations=translations, interface=interface, name=name,
                        label=edition["label"] or titles.get(base, ""), editors=editors,
                        contact=contact if isinstance(contact, str) else "",
                        description=description, short_titles=short_titles,
                        usage=usage, length_bands=bands, registers=registers, books=books,
                        print_titles=print_titles, note_labels=note_labels,
                        print_statements=print_statements, path=self.path,
                        order=order, order_line=self.line_of("edition.order"), register_page_limit=limit,
                        not_names=not_names, not_names_in=not_names_in)

    def characters(self, key: str, value) -> None:
        """Every string of the settings is free of the control characters XML cannot hold (a title
        with U+0001 stopped `new` and the builds with lxml's ValueError traceback); tab and line
        breaks are whitespace and stay."""
        if isinstance(value, dict):
            for name, inner in value.items():
                self.characters(f"{key}.{name}" if key else str(name), inner)
        elif isinstance(value, list):
            for inner in value:
                self.characters(key, inner)
        elif isinstance(value, str):
            bad = CONTROL.search(value)
            if bad:
                self.fail(key, f"holds the control character U+{ord(bad.group()):04X}, which no TEI file, "
                          "page or book can hold")

    def section(self, data: dict, name: str) -> dict:
        raw = data.get(name, {})
        if not isinstance(raw, dict):
            self.fail(name, "must be a table ([" + name + "])")
            raw = {}
        out = {}
        for key in raw:
            if key not in SECTIONS[name]:
                self.fail(f"{name}.{key}", f"unknown key; [{name}] has {', '.join(SECTIONS[name])}")
        for key, (kind, default) in SECTIONS[name].items():
            value = raw.get(key, default)
            if value is MISSING:
                self.fail(f"{name}.{key}", "missing (required)")
                value = kind()
            elif value is not None and not isinstance(value, kind):
                self.fail(f"{name}.{key}", f"must be a {_TYPE_NAMES[kind]}, not {type(value).__name__}")
                value = kind()
            out[key] = value
        return out

    def page_limit(self, value) -> int:
        """web.register-page-limit: a whole number of quoted lines, 0 for never (a boolean is no number)."""
        if value is None:
            return REGISTER_PAGE_LIMIT
        if isinstance(value, bool) or value < 0:
            self.fail("web.register-page-limit", f"{value!r}: give a number of quoted lines (0: never split)")
            return REGISTER_PAGE_LIMIT
        return value

    def order(self, value) -> str | tuple[str, ...]:
        """"date", "file" or a list of document ids; whether each id names a document is known
        only once tei/ is read (edition.load checks it at this key's line)."""
        if isinstance(value, str) and value in ("date", "file"):
            return value
        if isinstance(value, list):
            ids = self.strings("edition.order", value)
            if len(set(ids)) != len(ids):
                self.fail("edition.order", "a document is listed twice")
            return tuple(ids)
        self.fail("edition.order", f'{value!r}: give "date", "file" or a list of document ids')
        return "date"

    def not_names(self, names: dict) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """names.not-names (a list of forms) and names.not-names-in (a table of such lists under a
        document's or a block's id), each form with its spaces collapsed as the tools compare it."""
        def forms(key: str, value) -> frozenset[str]:
            if not isinstance(value, list):
                self.fail(key, f"must be a list of forms (\"Sunni Islam\"), not {type(value).__name__}")
                return frozenset()
            # NFC, as the texts are compared: a form typed in decomposed letters (e + U+0301, as some
            # keyboards and macOS tools write) looked the same and was never honoured
            return frozenset(" ".join(unicodedata.normalize("NFC", x).split()) for x in self.strings(key, value))
        everywhere = forms("names.not-names", names["not-names"])
        scoped = {}
        for where, value in names["not-names-in"].items():
            if not re.fullmatch(r"[A-Za-z_][\w.\-]*", where):
                self.fail(f"names.not-names-in.{where}", f"{where!r} is no document or block id (\"aaw\", \"aaw.p12\")")
                continue
            if isinstance(value, dict):
                # `aaw.p12 = [...]` unquoted: TOML reads the dot as a table (aaw, holding p12), not a block id
                dotted = next((f"{where}.{k}" for k, v in value.items() if isinstance(v, list)), None)
                if dotted is not None:
                    self.fail(f"names.not-names-in.{where}", f"TOML reads a block id written without quotes "
                              f"({dotted} = [...]) as a table: write it in quotes (\"{dotted}\" = [...])")
                    continue
            scoped[where] = forms(f"names.not-names-in.{where}", value)
        return everywhere, scoped

    def strings(self, key: str, value) -> list[str]:
        if not all(isinstance(x, str) and x.strip() for x in value):
            self.fail(key, "must be a list of non-empty strings")
            return []
        return list(value)

    def bands(self, value: dict, translations) -> dict[str, tuple[float, float]]:
        """languages.length-bands: translation language -> (low, high), 0 < low < high."""
        out = {}
        for lang, band in value.items():
            key = f"languages.length-bands.{lang}"
            if lang not in translations:
                self.fail(key, f"{lang!r} is not a translation language of the edition")
            elif (not isinstance(band, list) or len(band) != 2
                  or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in band)
                  or not 0 < band[0] < band[1]):
                self.fail(key, "must be [low, high], two ratios with 0 < low < high (e.g. [0.75, 1.4])")
            else:
                out[lang] = (float(band[0]), float(band[1]))
        return out

    def texts(self, key: str, value: dict) -> dict[str, str]:
        """A table of language code -> text."""
        out = {}
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                self.fail(f"{key}.{lang}", "must be a non-empty string")
            else:
                out[self.language(f"{key}.{lang}", lang)] = text
        return out

    def language(self, key: str, code) -> str:
        """A language code CLDR knows (Babel), so dates, plurals and names work for it."""
        if not isinstance(code, str) or not LANG_CODE.match(code):
            self.fail(key, f"{code!r} is not a language code (BCP 47, e.g. en, de, hy)")
            return str(code)
        from triglot.i18n import case_problem
        problem = case_problem(code)
        if problem:
            self.fail(key, problem)
            return code
        special = SPECIAL_CODES.get(code.split("-")[0].lower())
        if special:
            self.fail(key, f"{code!r} is the code for {special}, not the language a text is written in: "
                           "name the language (fonts, dates and plurals follow it)")
            return code
        from babel import Locale, UnknownLocaleError
        try:
            Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            self.fail(key, f"{code!r}: CLDR (Babel) has no locale data for this language")
        return code

    def licence(self, value: dict) -> Licence:
        url, label = value.get("url"), value.get("label")
        for key in value:
            if key not in ("url", "label"):
                self.fail(f"edition.licence.{key}", "unknown key; the licence has url and label")
        if not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
            self.fail("edition.licence.url", "missing or not an http(s) URL")
        elif not is_any_uri(url):
            self.fail("edition.licence.url", f"{url!r} is not a URI as TEI's licence/@target takes it (a bracket, "
                                             "a '%' without two hex digits, a second '#'?): every header would be invalid")
        if not isinstance(label, str) or not label.strip():
            self.fail("edition.licence.label", "missing or empty")
        return Licence(str(url), str(label))

    def registers(self, value) -> tuple[RegisterSetting, ...]:
        if not isinstance(value, dict):
            self.fail("registers", "must be a table of name = {file = \"…\", kind = \"…\"}")
            return ()
        out = []
        for name, spec in value.items():
            key = f"registers.{name}"
            if not isinstance(spec, dict) or set(spec) - {"file", "kind"}:
                self.fail(key, "must be {file = \"NAME.xml\", kind = \"person|place|org\"}")
                continue
            file, kind = spec.get("file"), spec.get("kind")
            if not isinstance(file, str) or not re.fullmatch(r"[\w.-]+\.xml", file):
                self.fail(key, f"file {file!r} must be a file name under tei/ ending in .xml")
            if kind not in REGISTER_KINDS:
                self.fail(key, f"kind {kind!r} must be one of {', '.join(REGISTER_KINDS)}")
            out.append(RegisterSetting(name, str(file), str(kind)))
        return tuple(out)

    def labels(self, value: dict) -> dict[str, str]:
        out = self.texts("print.note-labels", value)
        for lang, letters in out.items():
            if any(c.isspace() or c == ":" for c in letters) or len(set(letters)) != len(letters):
                self.fail(f"print.note-labels.{lang}", "must be distinct letters, no spaces or colons")
        return out

    def books(self, value, base: str, translations) -> tuple[tuple[str, ...], ...]:
        """Printed books, each a list of languages with the base first; default: base + each, then all."""
        if value is None:
            pairs = tuple((base, t) for t in translations)
            return pairs + ((base, *translations),) if len(translations) > 1 else pairs
        out = []
        for spec in value:
            langs = tuple(spec) if isinstance(spec, list) else ()
            if not langs or langs[0] != base or any(x not in (base, *translations) for x in langs) \
                    or len(set(langs)) != len(langs):
                self.fail("print.books", f"{spec!r}: a book lists the base language ({base}) first, "
                                         f"then translation languages, each once")
                continue
            out.append(langs)
        return tuple(out)


_TYPE_NAMES = {str: "string", dict: "table", list: "list", int: "whole number"}


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` that holds triglot.toml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / FILE).is_file():
            return folder
    raise InputError([Problem(str(here), 0, "edition",
                              f"not a Triglot edition: no {FILE} here or above "
                              "(create one with `triglot new DIR`, or pass --root)")])


_ANY_URI = None


def is_any_uri(text: str) -> bool:
    """Whether the schema's anyURI (libxml2's, as validate applies it to @target) takes `text`."""
    global _ANY_URI
    from lxml import etree
    if _ANY_URI is None:
        _ANY_URI = etree.RelaxNG(etree.fromstring(
            '<element name="u" xmlns="http://relaxng.org/ns/structure/1.0" '
            'datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"><data type="anyURI"/></element>'))
    element = etree.Element("u")
    try:
        element.text = text
    except ValueError:                         # a control character XML cannot hold
        return False
    return _ANY_URI.validate(element)
