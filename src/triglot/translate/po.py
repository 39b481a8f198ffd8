"""Writing and reading the PO files, strictly.

Writing is done here rather than by a library so that the layout never depends
on a library version: comments in gettext's order (translator `# `, extracted
`#.`, reference `#:`, flags `#,`, previous `#|`), strings wrapped the way
msgcat does at a fixed width of 79 columns (breaking after spaces), UTF-8, NFC,
`\\n`-free strings. Files pass `msgfmt --check` and load in Babel and polib.

Reading uses Babel's parser with `abort_invalid`, so a malformed file stops with
its line number; invalid UTF-8, a charset other than UTF-8, a duplicated or
missing msgctxt are refused here too. Nothing is guessed.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field

from triglot.problems import InputError, Problem

WIDTH = 79


@dataclass
class Entry:
    context: str
    msgid: str
    msgstr: str = ""
    tcomments: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    fuzzy: bool = False
    previous_msgid: str | None = None
    lineno: int = 0
    obsolete: bool = False     # `#~`: its block is gone; kept so the translation is not lost


# --- writing -----------------------------------------------------------------------

def _escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t").replace("\r", "\\r"))


def _string(keyword: str, value: str, prefix: str = "") -> list[str]:
    """`keyword "value"`, wrapped like msgcat: one line if it fits, else after spaces."""
    esc = _escape(value)
    first = f'{prefix}{keyword} "{esc}"'
    if len(first) <= WIDTH:
        return [first]
    room = WIDTH - len(prefix) - 2
    lines, current = [], ""
    for chunk in re.findall(r"[^ ]*(?: +|$)", esc):
        if not chunk:
            continue
        if current and len(current) + len(chunk) > room:
            lines.append(current)
            current = ""
        current += chunk
    if current:
        lines.append(current)
    return [f'{prefix}{keyword} ""'] + [f'{prefix}"{line}"' for line in lines]


def render(header: dict[str, str], entries: list[Entry], title: str) -> str:
    out = [f"# {title}", "#", 'msgid ""', 'msgstr ""']
    out += [f'"{_escape(k)}: {_escape(v)}\\n"' for k, v in header.items()]
    for e in entries:
        out.append("")
        out += [f"# {c}" if c else "#" for c in e.tcomments]
        out += [f"#. {c}" if c else "#." for c in e.comments]
        out += [f"#: {loc}" for loc in e.locations]
        if e.fuzzy:
            out.append("#, fuzzy")
        if e.previous_msgid is not None:
            out += _string("msgid", e.previous_msgid, "#| ")
        prefix = "#~ " if e.obsolete else ""
        out += _string("msgctxt", e.context, prefix)
        out += _string("msgid", e.msgid, prefix)
        out += _string("msgstr", e.msgstr, prefix)
    return unicodedata.normalize("NFC", "\n".join(out) + "\n")


DATE_LINE = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): [^"]*"$', re.M)


def same_but_dates(a: str, b: str) -> bool:
    """Equal apart from the creation and revision dates of the header."""
    return DATE_LINE.sub("", a) == DATE_LINE.sub("", b)


# --- reading -----------------------------------------------------------------------

def read(data: bytes, name: str, obsolete: bool = False) -> tuple[dict[str, str], list[Entry]]:
    """Header and entries of a PO file; InputError (file:line) for anything malformed.

    Obsolete (`#~`) entries are left out unless asked for: import never reads them,
    export carries them forward.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError([Problem(name, line, "po-encoding",
                                  f"invalid UTF-8 (byte {data[exc.start]:#04x}); save the file as UTF-8")]) from None
    from babel.messages.pofile import PoFileError, read_po
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
    except PoFileError as exc:
        raise InputError([Problem(name, getattr(exc, "lineno", 0) or 0, "po-syntax",
                                  str(exc).split(" on ")[0])]) from None
    except (ValueError, UnicodeError, LookupError) as exc:   # LookupError: an unknown charset in the header
        raise InputError([Problem(name, 0, "po-syntax", str(exc))]) from None
    problems = _context_problems(text, name)
    previous = _previous_msgids(text)
    header = _header(catalog)
    charset = re.search(r"charset=([\w-]+)", header.get("Content-Type", ""))
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        problems.append(Problem(name, 1, "po-encoding",
                                f"charset {charset.group(1)} in the header; the files are UTF-8"))
    entries = []
    messages = [(m, False) for m in catalog] + [(m, True) for m in catalog.obsolete.values()] * obsolete
    for m, is_obsolete in messages:
        if not m.id:
            continue
        if m.context is None:
            problems.append(Problem(name, m.lineno, "po-key",
                                    "entry without msgctxt: every entry is keyed by its block id"))
            continue
        msgstr = m.string if isinstance(m.string, str) else None
        if msgstr is None:
            problems.append(Problem(name, m.lineno, "po-syntax", "plural entries are not used here"))
            continue
        entries.append(Entry(m.context, _nfc(m.id), _nfc(msgstr), list(m.user_comments),
                             list(m.auto_comments), [], "fuzzy" in m.flags,
                             previous.get(m.context), m.lineno, is_obsolete))
    if problems:
        raise InputError(problems)
    return header, entries


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _context_problems(text: str, name: str) -> list[Problem]:
    """Duplicated msgctxt (Babel would merge such entries silently)."""
    seen: dict[str, int] = {}
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = re.match(r'^msgctxt "(.*)"\s*$', line)
        if m:
            ctx = m.group(1)
            if ctx in seen:
                problems.append(Problem(name, lineno, "po-key",
                                        f"msgctxt {ctx!r} appears twice (first on line {seen[ctx]})"))
            else:
                seen[ctx] = lineno
    return problems


def _previous_msgids(text: str) -> dict[str, str]:
    """msgctxt -> the `#| msgid` written before it. Read here because Babel's reader keeps
    only the first line of a wrapped previous msgid (an empty string, as msgcat wraps)."""
    from babel.messages.pofile import unescape
    found: dict[str, str] = {}
    parts: list[str] | None = None
    for line in text.splitlines():
        if line.startswith('#| msgid "'):
            parts = [unescape(line[len("#| msgid "):])]
        elif line.startswith('#| "') and parts is not None:
            parts.append(unescape(line[len("#| "):]))
        elif line.startswith("msgctxt ") and parts is not None:
            found[unescape(line[len("msgctxt "):])] = _nfc("".join(parts))
            parts = None
        elif line.startswith("msgid ") or not line.strip():
            parts = None
    return found


def _header(catalog) -> dict[str, str]:
    header = {}
    for key, value in catalog.mime_headers:
        header[key] = value
    return header
