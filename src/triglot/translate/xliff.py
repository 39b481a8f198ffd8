"""XLIFF 2.0 for CAT tools (Trados, memoQ, OmegaT, Weblate): the PO entries as OASIS XLIFF units.

One file per document and language (`translations/xliff/<lang>/<document>.xlf`), one
`<unit>` per English block, its id the block's xml:id (the only key, as msgctxt is in
PO). Placeholders become XLIFF inline codes so the tools protect them: `<1>…</1>` a
`<pc id="1">`, `<2/>` a `<ph id="2"/>`, both marked canCopy="no" canDelete="no"; a
literal `<` is just text. What PO keeps in comments and flags travels as core XLIFF:

- state: `segment/@state` initial (untranslated), translated (draft, PO's fuzzy),
  reviewed or final (reviewed);
- notes: `category="description"` what the block and each placeholder are (PO `#.`),
  `resp` the respStmt responsible (PO `# resp:`), `triglot-export` the fingerprint of
  the slot as exported, `previous-source` the earlier English of a stale entry (PO
  `#| msgid`), `comment` the translator's own and export's STALE/CONFLICT notes.

Reading turns a file back into the same entries as a PO file, so import applies
exactly the same checks. Codes a tool may write instead (`<sc>`/`<ec>` pairs,
`<mrk>` annotations, `<cp>` characters) are read too. Every file is validated
against the OASIS XLIFF 2.0 core schema (bundled in schema/, no network).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem
from triglot.translate import po
from triglot.tei import XML_LANG
from triglot.translate.placeholders import PlaceholderError, escape, tokenize

NS = "urn:oasis:names:tc:xliff:document:2.0"
X = "{%s}" % NS
SCHEMA = Path(__file__).parent / "schema" / "xliff_core_2.0.xsd"
RESP, TOKEN, PREVIOUS, DESCRIPTION, COMMENT = "resp", "triglot-export", "previous-source", "description", "comment"


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The OASIS XLIFF 2.0 core schema, compiled once per process."""
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


# --- writing -----------------------------------------------------------------------

def render(doc, lang: str, entries: list[po.Entry], title: str) -> str:
    """The XLIFF text of a document's entries (obsolete entries stay in the PO file only)."""
    source = doc.base.get(XML_LANG)      # the edition's base language (the document's shape is checked before)
    root = etree.Element(X + "xliff", nsmap={None: NS}, version="2.0", srcLang=source, trgLang=lang)
    file = etree.SubElement(root, X + "file", id=doc.id, original=doc.name, canResegment="no")
    _notes(file, [(COMMENT, title)])
    contents = [pair for e in entries if not e.obsolete for pair in _unit(file, e)]
    etree.indent(root, space="  ")       # before the inline content: no layout inside a text
    for element, text in contents:
        _inline(element, text)
    text = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"


def _unit(file, e: po.Entry) -> list[tuple]:
    """The unit of an entry, with its source and target still empty: [(element, string)] to fill."""
    unit = etree.SubElement(file, X + "unit", id=e.context)
    notes = [(DESCRIPTION, c) for c in e.comments]
    for c in e.tcomments:
        key, _, value = c.partition(": ")
        if key == "resp":
            notes.append((RESP, value))
        elif key == "triglot-export":
            notes.append((TOKEN, value))
        else:
            notes.append((COMMENT, c))
    if e.previous_msgid is not None:
        notes.append((PREVIOUS, e.previous_msgid))
    _notes(unit, notes)
    state = "initial" if not e.msgstr else "translated" if e.fuzzy else "reviewed"
    segment = etree.SubElement(unit, X + "segment", id="s1", state=state)
    contents = [(etree.SubElement(segment, X + "source"), e.msgid)]
    if e.msgstr:
        contents.append((etree.SubElement(segment, X + "target"), e.msgstr))
    return contents


def _notes(parent, notes: list[tuple[str, str]]) -> None:
    if not notes:
        return
    box = etree.SubElement(parent, X + "notes")
    for category, text in notes:
        note = etree.SubElement(box, X + "note", category=category)
        note.text = text


def _inline(element, text: str) -> None:
    """A placeholder string as XLIFF content: <n>…</n> a <pc>, <n/> a <ph>, the rest text."""
    stack = [element]
    last = None          # the code whose tail receives the next text; None: the open element's text
    for kind, value in tokenize(text):
        if kind == "text":
            if last is None:
                stack[-1].text = (stack[-1].text or "") + value
            else:
                last.tail = (last.tail or "") + value
        elif kind == "close":
            if len(stack) == 1:
                raise PlaceholderError(f"</{value}> closes nothing")
            last = stack.pop()
        else:
            code = etree.SubElement(stack[-1], X + ("pc" if kind == "open" else "ph"), id=str(value),
                                    canCopy="no", canDelete="no")
            stack.append(code) if kind == "open" else None
            last = None if kind == "open" else code


# --- reading -----------------------------------------------------------------------

def _older_xliff(root) -> str:
    """What to do with an XLIFF 1.x file: translate-toolkit's po2xliff (Weblate's and Pootle's
    converter) writes 1.1, which import does not read, and "not an XLIFF 2.0 file" alone left the
    translator nothing to do. Its xliff2po gives back a PO file import reads. A TMX memory
    (`translations tmx` writes them, CAT tools export theirs) is said to be one (hostile round 37)."""
    if etree.QName(root).localname == "tmx":
        return (": this is a translation memory (TMX), which a CAT tool reads to suggest translations; "
                "import takes the PO files (translations/LANG/*.po) or the XLIFF 2.0 files "
                "`triglot translations export --format xliff` writes")
    if etree.QName(root).localname != "xliff" or not (root.get("version") or "").startswith("1"):
        return ""
    return (f": this is XLIFF {root.get('version')} (translate-toolkit's po2xliff writes it); convert it "
            "with `xliff2po FILE.xlf FILE.po` and import the PO file, or work on the XLIFF 2.0 file "
            "`triglot translations export --format xliff` writes")


def read(data: bytes, name: str) -> tuple[dict[str, str], list[po.Entry]]:
    """Header-like facts and PO-like entries of an XLIFF 2.0 file; InputError (file:line) otherwise."""
    from triglot.xmlio import parse_bytes
    tree = parse_bytes(data, name)
    root = tree.getroot()
    if root.tag != X + "xliff":
        raise InputError([Problem(name, root.sourceline or 1, "xliff-schema",
                                  f"not an XLIFF 2.0 file (root element {root.tag!r})" + _older_xliff(root))])
    validator = schema()
    if not validator.validate(tree):
        raise InputError([Problem(name, err.line, "xliff-schema", err.message)
                          for err in list(validator.error_log)[:20]])
    files = root.findall(X + "file")
    header = {"Language": root.get("trgLang", ""),
              "X-Triglot-Document": files[0].get("original", "") if len(files) == 1 else ""}
    entries, problems = [], []
    seen: dict[str, int] = {}
    for unit in root.iter(X + "unit"):
        uid = unit.get("id")
        if uid in seen:
            problems.append(Problem(name, unit.sourceline, "po-key",
                                    f"unit {uid!r} appears twice (first on line {seen[uid]})"))
            continue
        seen[uid] = unit.sourceline
        problems += _target_languages(name, unit, root.get("trgLang", ""))
        try:
            entry = _entry(unit)
        except PlaceholderError as exc:
            problems.append(Problem(name, unit.sourceline, "placeholders", f"{uid}: {exc}"))
            continue
        except NoCharacter as exc:
            problems.append(Problem(name, exc.line, "xliff-code", f"{uid}: {exc}"))
            continue
        problems += po.value_problems(name, entry.lineno, uid, entry.msgid, entry.msgstr)
        entries.append(entry)
    if problems:
        raise InputError(problems)
    return header, entries


def _target_languages(name: str, unit, file_lang: str) -> list[Problem]:
    """A target that states its language must state the file's (XLIFF 2.0 core: a <target>'s
    xml:lang equals the <xliff>'s trgLang): a Russian file whose target a tool marked Armenian went
    into the Russian slot without a word, though the file itself said the text was Armenian."""
    return [Problem(name, target.sourceline, "xliff-language",
                    f"{unit.get('id')}: the target is marked xml:lang={target.get(XML_LANG)!r}, but the file "
                    f"is a translation into {file_lang!r} (trgLang): which language is it? Nothing of this "
                    "document was imported")
            for target in unit.iterfind(f"{X}segment/{X}target[@{XML_LANG}]")
            if target.get(XML_LANG).lower() != file_lang.lower()]


def _entry(unit) -> po.Entry:
    segments = [s for s in unit if s.tag in (X + "segment", X + "ignorable")]
    source = "".join(_string(s.find(X + "source")) for s in segments)
    targets = [s.find(X + "target") for s in segments]
    target = "".join(_string(t) for t in targets if t is not None)
    states = {s.get("state", "initial") for s in segments if s.tag == X + "segment"}
    reviewed = bool(states) and states <= {"reviewed", "final"}
    tcomments, comments, previous = [], [], None
    for note in unit.iterfind(f"{X}notes/{X}note"):
        category, text = note.get("category"), note.text or ""
        if category == RESP:
            tcomments.insert(0, "resp: " + text.strip())
        elif category == TOKEN:
            tcomments.append("triglot-export: " + text.strip())
        elif category == PREVIOUS:
            previous = text
        elif category == DESCRIPTION:
            comments.append(text)
        else:
            tcomments.append(text)
    line = next((t.sourceline for t in targets if t is not None), unit.sourceline)
    return po.Entry(unit.get("id"), po.nfc(source), po.nfc(target), tcomments, comments, [],
                    fuzzy=bool(target) and not reviewed, previous_msgid=previous, lineno=line)


def _string(element) -> str:
    """XLIFF inline content as a placeholder string (text escaped, codes numbered by their id)."""
    if element is None:
        return ""
    parts = [escape(element.text or "")]
    for child in element:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        ident = child.get("id", "")
        if tag == "pc":
            parts.append(f"<{_number(ident)}>" + _string(child) + f"</{_number(ident)}>")
        elif tag == "ph":
            parts.append(f"<{_number(ident)}/>")
        elif tag == "sc":
            parts.append(f"<{_number(ident)}>")
        elif tag == "ec":
            parts.append(f"</{_number(child.get('startRef') or ident)}>")
        elif tag == "mrk":
            parts.append(_string(child))       # an annotation: its content is the text
        elif tag == "cp":
            parts.append(escape(_character(child)))
        parts.append(escape(child.tail or ""))
    return "".join(parts)


class NoCharacter(ValueError):
    """A <cp/> whose code names no Unicode character; `line` is its line in the file."""
    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def _character(code) -> str:
    """The character a <cp hex="…"/> stands for. The schema takes any hexBinary, so a tool's
    FFFFFFFF or a lone surrogate D800 is valid XLIFF and no character: refused at its line (chr()
    stopped the import with an OverflowError, a surrogate later with a UnicodeEncodeError)."""
    value = int(code.get("hex"), 16)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        raise NoCharacter(f'<cp hex="{code.get("hex")}"/> names no Unicode character (a code point is at '
                          "most 10FFFF, and D800-DFFF are surrogates, halves of a UTF-16 pair)", code.sourceline)
    return chr(value)


def _number(ident: str) -> str:
    if not ident.isdigit():
        raise PlaceholderError(f"inline code id {ident!r} is not one of the numbered placeholders")
    return ident
