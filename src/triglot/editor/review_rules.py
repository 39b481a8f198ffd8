"""Editorial-review rules of `triglot check`: script, punctuation, terminology, registers, note dates.

The drafts mix scripts unnoticed (a Latin "o" inside a Russian word looks right),
carry English punctuation into Armenian, and name one body three ways across
documents; register entries lose their source or their roles in a language; an
editorial note states a date a reader cannot find in the chronology. Each of
these is cheap to see by machine and easy to miss by eye, so they are rules.

The terminology lists are data: `tei/terminology/LANG.tsv`, one term a line,
`preferred form<TAB>disagreeing forms` (regular expressions separated by `|`,
matched case-insensitively at the start of a word). A language without a file
has no terminology rule. So are the punctuation conventions: `punctuation/LANG.json`
(packaged for Armenian; an edition's own file wins) gives the pattern of a Latin mark
the language writes with its own and the mark to use; a language without one has
no punctuation rule.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from triglot.i18n import language_name
from triglot.problems import Problem
from triglot.tei import XML_LANG, local

RULES = {
    "latin-letters": "letters of another script in a translation's words: its language's own script is CLDR's "
                     "(Latin in Russian, Cyrillic in Armenian or Georgian, Greek in French…)",
    "punctuation": "Latin punctuation in a language that has its own marks (punctuation/LANG.json: Armenian ։ ․ ՝ « »)",
    "terminology": "a term that disagrees with the terminology list of its language (tei/terminology/LANG.tsv)",
    "register-source": "a register entry without a source note",
    "register-roles": "a person of the registers without a role (occupation) in every edition language",
    "note-date": "a date in an editorial note that is not tagged with <date>",
    "direction-control": "an invisible embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) "
                         "in a document or register: it reorders what readers see and what a search matches",
}
# Text inside these elements is cited or foreign, not the translation's own words.
CITED = {"ref", "ptr", "idno", "foreign", "mentioned", "orig", "sic"}

LATIN = "A-Za-z"
ROMAN = re.compile(r"\b[IVXLC]+\b|(?<![A-Za-z])[IVXLC]+(?=-)")
# Armenian writes its emphasis, exclamation and question marks (՛ ՜ ՞) inside the word.
WORD = re.compile(r"[\w\u0531-\u0587]+(?:[-’'][\w\u0531-\u0587]+)*")
YEAR = re.compile(r"(?<![\d/.–-])(1[5-9]\d\d|20\d\d)(?![\d/])")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
DAY_MONTH = re.compile(rf"\b(?:\d{{1,2}} (?:{MONTHS})(?:,? \d{{4}})?|(?:{MONTHS}) \d{{1,2}}(?:, \d{{4}})?|(?:{MONTHS}) \d{{4}})(?!\w)")


def check(edition, documents, rules) -> list[Problem]:
    problems: list[Problem] = []
    terms = load_terms(edition.root / "tei" / "terminology") if "terminology" in rules else {}
    for doc in documents:
        for lang, slots in doc.slots.items():
            for slot in slots.values():
                chunks = list(own_text(slot, lang=lang))
                if "latin-letters" in rules:
                    problems += latin_letters(doc.name, slot, lang, chunks)
                marks = punctuation(edition.root, lang) if "punctuation" in rules else None
                if marks is not None:
                    problems += foreign_punctuation(doc.name, slot, lang, chunks, marks)
                if lang in terms:
                    problems += disagreeing_terms(doc.name, slot, lang, chunks, terms[lang])
        if "note-date" in rules:
            problems += untagged_note_dates(doc)
        if "direction-control" in rules:
            problems += direction_controls(doc.name, doc.tree.getroot())
    if "register-source" in rules:
        problems += entries_without_source(edition)
    if "register-roles" in rules:
        problems += persons_without_roles(edition)
    if "direction-control" in rules:
        for register in edition.registers.values():
            problems += direction_controls(_rel(edition, register.path), register.tree.getroot())
    return problems


def own_text(el, skip_notes=True, lang=None):
    """(text, line) pieces of an element's own words: no nested note slots, nothing cited, no title
    cited in a language other than `lang` (the slot's)."""
    if el.text:
        yield el.text, el.sourceline or 0
    for child in el:
        if isinstance(child.tag, str):
            name = local(child)
            if not (name in CITED or (skip_notes and name == "note") or _foreign_title(child, lang)):
                yield from own_text(child, skip_notes, lang)
        if child.tail:
            yield child.tail, child.sourceline or el.sourceline or 0


def _foreign_title(el, lang) -> bool:
    """A title cited in another language (an English or German title in a Russian note, a Russian
    one in an Armenian note): its letters are its own language's, not the translation's."""
    cited = el.get(XML_LANG)
    return local(el) == "title" and cited is not None and cited != lang


@lru_cache(maxsize=32)
def script_letters(lang: str):
    """The letters of the scripts `lang` is written in: CLDR's likely script for it, through ICU,
    all of them for a language written in several (Japanese: kana and Han). None for a tag ICU
    gives no script.

    Why the scripts ICU names and not a list: the rule was Latin letters in Russian or Armenian, and
    Cyrillic in an Armenian or Georgian slot (a Russian "е" for an Armenian "ե") passed unseen."""
    import icu
    likely = icu.Locale.addLikelySubtags(icu.Locale.forLanguageTag(lang))
    codes = [c for c in icu.Script.getCode(likely.getName()) if c not in (icu.UScriptCode.COMMON, icu.UScriptCode.INHERITED)]
    if not codes:
        return None
    letters = icu.UnicodeSet()
    for code in codes:
        letters.addAll(icu.UnicodeSet(f"[:Script={icu.Script(code).getShortName()}:]"))
    letters.freeze()     # read-only: shared by every call
    return letters


def _slot_id(slot) -> str:
    return slot.get("{http://www.w3.org/XML/1998/namespace}id") or slot.get("corresp", "")


def _foreign(word: str, own) -> list[str]:
    """The letters of `word` in a script `own` does not hold (a Roman numeral's Latin letters apart:
    "II-й"); marks, digits and the letters every script shares (Common, Inherited) are no one's."""
    import icu
    return [c for c in re.sub(ROMAN, "", word) if c.isalpha() and not own.contains(c)
            and icu.Script.getScript(c).getScriptCode() not in (icu.UScriptCode.COMMON, icu.UScriptCode.INHERITED)]


def _script_names(letters) -> str:
    """"Latin", "Cyrillic", "Latin and Greek": the scripts of `letters`, in the order they come."""
    import icu
    names = list(dict.fromkeys(icu.Script.getScript(c).getName().replace("_", " ") for c in letters))
    return " and ".join(names)


def latin_letters(name, slot, lang, chunks) -> list[Problem]:
    """Letters of another script than the slot's language's (rule "latin-letters"): inside a word
    (a homoglyph: a Latin "e" in "Чичeрина", a Russian "е" in a Georgian word), or a whole word."""
    own = script_letters(lang)
    if own is None:
        return []
    language = language_name(lang, "en")
    archival = local(slot) == "bibl"
    found = []
    for text, line in chunks:
        cited = _cited_spans(text, own)
        for m in WORD.finditer(text):
            word = m.group()
            # a suffix joined by a hyphen to a foreign abbreviation ("НКИД-ի") mixes no letters
            parts = [(_foreign(part, own), any(own.contains(c) for c in part)) for part in re.split(r"[-’']", word)]
            foreign = [c for letters, _ in parts for c in letters]
            if not foreign:
                continue
            scripts = _script_names(foreign)
            if any(letters and has_own for letters, has_own in parts):
                why = f"mixes {scripts} letters into a word in {language}"
            elif archival or _inside(cited, m.start()) or len(foreign) < 2:
                continue  # an archival identifier, a quoted or bracketed foreign word, a single letter (3-a)
            else:
                why = f"is written in {scripts} letters in {language} text"
            found.append(Problem(name, line, "latin-letters", f"{_slot_id(slot)}: “{word}” {why}"))
    return found


PAIRS = {"«": "»", "(": ")", "“": "”", "„": "“"}


def _cited_spans(text, own) -> list[tuple[int, int]]:
    """The « », ( ) and “ ” spans of `text` with no letter of the slot's own script: a cited foreign word
    or reference ("(дело)", «РГВА, ф. 195, оп. 11»), sorted by start. One pass: a chunk can be long."""
    owns = [0]
    for c in text:
        owns.append(owns[-1] + (c.isalpha() and own.contains(c)))
    spans, stack = [], []
    for i, c in enumerate(text):
        if stack and c == PAIRS[text[stack[-1]]]:
            start = stack.pop()
            if owns[i] == owns[start + 1]:
                spans.append((start, i))
        elif c in PAIRS:
            stack.append(i)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):     # nested spans made one: a word is inside the outer
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans, at: int) -> bool:
    import bisect
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


@lru_cache(maxsize=16)
def punctuation(root, lang: str):
    """(pattern, advice) of `lang`'s punctuation data, or None when the language has none."""
    from triglot.problems import InputError
    from triglot.resources import find
    from triglot.xmlio import loads_json
    path = find(root, f"punctuation/{lang}.json")
    if not path.is_file():
        return None
    try:
        data = loads_json(path.read_text(encoding="utf-8"))
        return re.compile(data["pattern"]), dict(data["advice"])
    except (ValueError, KeyError, TypeError, re.error) as exc:
        raise InputError([Problem(str(path), getattr(exc, "lineno", 0) or 0, "punctuation-data",
                                  f"cannot read the punctuation data: {exc}")]) from None


def foreign_punctuation(name, slot, lang, chunks, data) -> list[Problem]:
    pattern, advice = data
    language = language_name(lang, "en")
    found = []
    for text, line in chunks:
        for m in pattern.finditer(text):
            mark = m.group()
            context = text[max(0, m.start() - 20):m.end() + 10].strip()
            found.append(Problem(name, line, "punctuation",
                                 f"{_slot_id(slot)}: Latin “{mark}” in {language} text (use {advice.get(mark, '?')}): "
                                 f"“…{context}…”"))
    return found


def load_terms(folder: Path) -> dict[str, list[tuple[str, re.Pattern, int]]]:
    """lang -> [(preferred form, disagreeing pattern, line)] from tei/terminology/LANG.tsv."""
    terms = {}
    if not folder.is_dir():
        return terms
    for path in sorted(folder.glob("*.tsv")):
        entries = []
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            preferred, _, wrong = raw.partition("\t")
            if not wrong.strip():
                continue
            pattern = re.compile(r"(?<![\w\u0531-\u0587])(?:" + wrong.strip() + ")", re.IGNORECASE)
            entries.append((preferred.strip(), pattern, number))
        terms[path.stem] = entries
    return terms


def disagreeing_terms(name, slot, lang, chunks, entries) -> list[Problem]:
    text = " ".join(t for t, _ in chunks)
    text = " ".join(text.split())
    line = slot.sourceline or 0
    found = []
    for preferred, pattern, number in entries:
        for m in pattern.finditer(text):
            found.append(Problem(name, line, "terminology",
                                 f"{_slot_id(slot)}: “{m.group()}” disagrees with the {language_name(lang, 'en')} "
                                 f"term “{preferred}” (tei/terminology/{lang}.tsv:{number})"))
    return found


def untagged_note_dates(doc) -> list[Problem]:
    """Years and day-month dates in the English editorial notes that are not inside <date>."""
    found = []
    for block in doc.blocks:
        if local(block) != "note":
            continue
        for text, line in _undated_text(block):
            spans = [m.span() for m in DAY_MONTH.finditer(text)]
            hits = [text[a:b] for a, b in spans] + [m.group() for m in YEAR.finditer(text)
                                                    if not any(a <= m.start() < b for a, b in spans)]
            for hit in hits:
                found.append(Problem(doc.name, line, "note-date",
                                     f"{block.get('{http://www.w3.org/XML/1998/namespace}id')}: "
                                     f"“{hit}” is a date but is not tagged with <date>"))
    return found


def _undated_text(el):
    if el.text:
        yield el.text, el.sourceline or 0
    for child in el:
        if isinstance(child.tag, str) and local(child) not in CITED | {"date", "note", "title", "biblScope", "num"}:
            yield from _undated_text(child)
        if isinstance(child.tag, str) and child.tail:
            yield child.tail, child.sourceline or 0


# Controls that change the order of the characters around them; a right-to-left or left-to-right mark
# (U+200E, U+200F, U+061C) only settles the direction of neutral characters, so it is left alone.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def direction_controls(name: str, root) -> list[Problem]:
    """Invisible direction controls: a source's U+202E reversed the rest of its block on the page (a
    "Trojan source" in a text), and whoever imports or pastes a text does not see it. Attribute values
    count (a shown `@n`, a pointer), and so do the words after a comment (encode's review comments):
    both went unread."""
    found = []
    for el in root.iter():
        values = [(el.tail, _tail_line(el))]
        if isinstance(el.tag, str):
            values += [(el.text, el.sourceline)] + [(v, el.sourceline) for v in el.attrib.values()]
        for text, line in values:
            for m in DIRECTION_CONTROLS.finditer(text or ""):
                code = f"U+{ord(m.group()):04X}"
                at = (line or 0) + text.count("\n", 0, m.start())
                found.append(Problem(name, at, "direction-control",
                                     f"{code} {unicodedata.name(m.group())} in “{_around(text, m.start())}”; "
                                     "remove it unless the reading order needs it (then say why in a note)"))
    return found


def _tail_line(el) -> int:
    """The line a tail starts on: the element's own line plus the line breaks inside it."""
    from lxml import etree
    return (el.sourceline or 0) + etree.tostring(el, with_tail=False, encoding="unicode").count("\n")


def _around(text: str, at: int) -> str:
    """The words around a position, the control itself made visible."""
    piece = text[max(0, at - 20): at + 20]
    return DIRECTION_CONTROLS.sub(lambda m: f"<U+{ord(m.group()):04X}>", " ".join(piece.split()))


def entries_without_source(edition) -> list[Problem]:
    found = []
    for register in edition.registers.values():
        name = _rel(edition, register.path)
        for entry in register.entries.values():
            notes = [n for n in entry.element if local(n) == "note" and n.get("type") == "source"]
            if not notes or not any("".join(n.itertext()).strip() for n in notes):
                found.append(Problem(name, entry.element.sourceline or 0, "register-source",
                                     f"{entry.id} ({entry.name(edition.settings.base)}) has no source note "
                                     f"(note type=\"source\")"))
    return found


def persons_without_roles(edition) -> list[Problem]:
    found = []
    for register in edition.registers.values():
        name = _rel(edition, register.path)
        for entry in register.entries.values():
            if entry.kind != "person":
                continue
            have = {o.get(XML_LANG) or edition.settings.base for o in entry.element
                    if local(o) == "occupation" and "".join(o.itertext()).strip()}
            for lang in edition.settings.languages:
                if lang not in have:
                    found.append(Problem(name, entry.element.sourceline or 0, "register-roles",
                                         f"{entry.id} ({entry.name(edition.settings.base)}) has no "
                                         f"{language_name(lang, 'en')} role (occupation xml:lang=\"{lang}\")"))
    return found


def _rel(edition, path) -> str:
    try:
        return str(Path(path).resolve().relative_to(edition.root.resolve()))
    except ValueError:
        return str(path)
