"""Writing and reading the PO files, strictly.

Writing goes through polib (the `translate` extra) with msgcat's own line
breaking (triglot.translate.wrap), so the files are byte for byte what msgcat,
msgmerge (Weblate's "update PO files") and translate-toolkit write: comments in
gettext's order (translator `# `, extracted `#.`, reference `#:`, flags `#,`,
previous `#|`), UTF-8, NFC. Files pass `msgfmt --check`.

Reading checks every line against the PO grammar first (an unclosed quote or text
after the closing quote is refused, never read as something), then uses Babel's
parser with `abort_invalid`; control characters, noncharacters, oversized entries,
invalid UTF-8, a charset other than UTF-8, a duplicated or missing msgctxt are
refused with their line. C's byte escapes (`\\320\\221`, which `msgcat --escape`
writes) are read as the UTF-8 letters they spell, as msgfmt reads them; Babel would
keep the backslashes. Nothing is guessed.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from triglot.problems import InputError, Problem
from triglot.translate import wrap


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
    open_end: bool = False     # the file ends inside this entry's msgstr of several lines (po.open_tail)


# --- writing -----------------------------------------------------------------------

def render(header: dict[str, str], entries: list[Entry], title: str) -> str:
    """The PO text, built with polib and laid out exactly as msgcat writes it.

    polib orders the parts as gettext does (translator `# `, extracted `#.`,
    reference `#:`, flags `#,`, previous `#|`); the strings are broken where
    msgcat breaks them (triglot.translate.wrap), so msgcat, msgmerge and
    Weblate leave the file as it is. A comment longer than polib's 78 columns
    is written as several comment lines (msgcat never joins or wraps comments,
    polib wraps only lines that are too long), so polib's save changes nothing
    but the layout of the strings, which msgcat restores (see translations/README.md).
    """
    catalog = _Catalog(wrapwidth=0, encoding="utf-8", check_for_duplicates=False)
    catalog.header = title
    catalog.metadata = dict(header)
    for e in entries:
        catalog.append(_MsgcatEntry(
            msgctxt=e.context, msgid=e.msgid, msgstr=e.msgstr,
            tcomment="\n".join(comment_lines(e.tcomments, "# ")),
            comment="\n".join(comment_lines(e.comments, "#. ")),
            occurrences=[tuple(loc.rsplit(":", 1)) for loc in e.locations],
            flags=["fuzzy"] if e.fuzzy else [], previous_msgid=e.previous_msgid,
            obsolete=e.obsolete))
    return unicodedata.normalize("NFC", str(catalog))


COMMENT_WIDTH = 78                         # polib wraps a comment line longer than this
_MARKER = re.compile(r"[A-Z]+: ")          # STALE:, CONFLICT:, OBSOLETE: (read per line)


def comment_lines(comments: list[str], prefix: str) -> list[str]:
    """Each comment cut at spaces into lines that fit `prefix` + text in 78 columns.

    A continuation repeats the comment's marker (`STALE: `, `CONFLICT: `), so every
    line of it is still recognised as export's own; other comments continue indented
    by two spaces. A single word longer than a line stays whole (polib does the same).
    """
    room = COMMENT_WIDTH - len(prefix)
    out = []
    for comment in comments:
        if len(comment) <= room:
            out.append(comment)
            continue
        marker = _MARKER.match(comment)
        lead = marker.group() if marker else "  "
        line = ""
        for word in re.findall(r"\S+", comment):
            candidate = f"{line} {word}" if line else word
            if line and len(candidate) > room:
                out.append(line)
                candidate = lead + word
            line = candidate
        out.append(line)
    return out


_LEGEND = re.compile(r"#\. (<\d+/?>) = (.*)")


def rename_legend(text: str, old: str, new: str) -> str:
    """The PO text with every extracted comment `<n> = OLD` (on one line or continued on the
    next ones, as comment_lines writes it) replaced by `<n> = NEW`, laid out the same way."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        found = _LEGEND.fullmatch(lines[i])
        end = i + 1
        while found and end < len(lines) and lines[end].startswith("#.   "):
            end += 1
        if found and " ".join([found[2]] + [x[5:] for x in lines[i + 1:end]]) == old:
            out += ["#. " + x for x in comment_lines([f"{found[1]} = {new}"], "#. ")]
        else:
            out += lines[i:end]
        i = end
    return "\n".join(out)


@lru_cache(maxsize=1)
def _entry_class():
    """polib's entry and file classes with msgcat's layout (built on first use: polib is an extra)."""
    try:
        import polib
    except ImportError:
        raise InputError([Problem("polib", 0, "dependency", "writing PO files needs polib: "
                                  "pip install 'triglot[translate]' (make install-build does)")]) from None

    class MsgcatEntry(polib.POEntry):
        """A polib entry whose strings are wrapped as msgcat wraps them."""
        def _str_field(self, fieldname, delflag, plural_index, field, wrapwidth=78):
            keyword = fieldname[len("previous_"):] if fieldname.startswith("previous_") else fieldname
            return wrap.lines(keyword + plural_index, field, delflag)

    class Catalog(polib.POFile):
        """A polib file whose header entry is wrapped as msgcat wraps it, without a trailing blank."""
        def metadata_as_entry(self):
            plain = super().metadata_as_entry()
            return MsgcatEntry(msgid="", msgstr=plain.msgstr, flags=plain.flags)

        def ordered_metadata(self):
            return list(self.metadata.items())

    return MsgcatEntry, Catalog


def _MsgcatEntry(**kwargs):
    return _entry_class()[0](**kwargs)


def _Catalog(**kwargs):
    return _entry_class()[1](**kwargs)


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
    if len(data) > MAX_FILE_BYTES:
        raise InputError([Problem(name, 1, "po-size", f"the file has {len(data):,} bytes; the limit is "
                                  f"{MAX_FILE_BYTES:,} (the largest document's PO file is under 200 kB)")])
    if data[:4] in MO_MAGIC:
        # Poedit saves the compiled catalog beside the PO file; given it, import said "invalid UTF-8 (byte
        # 0xde); save the file as UTF-8", which no saving mends (hostile round 37)
        po_file = re.sub(r"\.(?:mo|gmo)$", "", name, flags=re.I) + ".po"
        raise InputError([Problem(name, 1, "po-encoding", "a compiled MO catalog (msgfmt's output, which Poedit "
                                  f"saves beside the PO file), not a PO file: import {po_file}")])
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # Notepad's "Unicode": "invalid UTF-8 (byte 0xff)" left the translator to guess (hostile round 37)
        raise InputError([Problem(name, 1, "po-encoding", "the file is UTF-16 (Notepad's \"Unicode\"); save it "
                                  "as UTF-8 (Notepad: Save as…, Encoding UTF-8)")])
    if data.startswith(BOM):
        # Notepad and other Windows editors save UTF-8 with a byte-order mark; gettext's msgfmt
        # calls it a syntax error, but it says nothing but "UTF-8", which is what is read
        data = data[len(BOM):]
    declared = _declared_charset(data)
    if declared is not None and declared[0].lower() not in ("utf-8", "utf8"):
        # read as UTF-8 every non-ASCII letter would be garbled, or the bytes not UTF-8 at all
        raise InputError([Problem(name, declared[1], "po-encoding", _other_charset(declared[0], name, data))])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if exc.reason == "unexpected end of data":
            # a file cut inside a letter (an interrupted save or copy): "save the file as UTF-8" sent the
            # translator to change an encoding that was right (hostile47)
            raise InputError([Problem(name, line, "po-encoding", "the file ends inside a character: it was cut "
                                      "short (an interrupted save or copy?); save or copy it again whole")]) from None
        raise InputError([Problem(name, line, "po-encoding",
                                  f"invalid UTF-8 (byte {data[exc.start]:#04x}); save the file as UTF-8")]) from None
    lexical = _line_problems(text, name)
    if lexical:
        raise InputError(lexical)
    tail = open_tail(text)
    if tail and not text.endswith("\n"):
        raise InputError([Problem(name, tail, "po-cut", CUT_SHORT + "it ends without its final newline, inside "
                                  "the msgstr begun here")])
    text = byte_escapes(text, name)
    data = _OBSOLETE_PREVIOUS.sub("", text).encode("utf-8")
    from babel.messages.pofile import PoFileError, read_po
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
    except PoFileError as exc:
        raise InputError([Problem(name, getattr(exc, "lineno", 0) or 0, "po-syntax",
                                  str(exc).split(" on ")[0])]) from None
    except (ValueError, UnicodeError, LookupError) as exc:   # LookupError: an unknown charset in the header
        raise InputError([Problem(name, 0, "po-syntax", str(exc))]) from None
    problems = _context_problems(text, name) + _plural_problems(text, name)
    previous = _previous_msgids(text)
    header = _header(catalog, text)
    charset = re.search(r"charset=([\w-]+)", header.get("Content-Type", ""))
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):   # declared in a way the bytes' search missed
        problems.append(Problem(name, 1, "po-encoding", _other_charset(charset.group(1), name, data)))
    entries = []
    recovered: dict[str, int] = {}
    messages = [(m, False) for m in catalog] + [(m, True) for m in catalog.obsolete.values()] * obsolete
    for m, is_obsolete in messages:
        if not m.id:
            continue
        lost = m.context is None or ":" in m.context    # dropped, or replaced by a "file:line" (xliff2po)
        context = _recovered_context(m.auto_comments) if lost else m.context
        if context is None:
            problems.append(Problem(name, m.lineno, "po-key",
                                    "entry without msgctxt: every entry is keyed by its block id"))
            continue
        if lost:
            if context in recovered:
                problems.append(Problem(name, m.lineno, "po-key", f"block {context} appears twice "
                                        f"(first on line {recovered[context]})"))
                continue
            recovered[context] = m.lineno
        msgstr = m.string if isinstance(m.string, str) else None
        if msgstr is None:
            problems.append(Problem(name, m.lineno, "po-syntax", "plural entries are not used here"))
            continue
        problems += value_problems(name, m.lineno, context, m.id, msgstr)
        entries.append(Entry(context, nfc(m.id), nfc(msgstr), list(m.user_comments),
                             list(m.auto_comments), [], "fuzzy" in m.flags,
                             previous.get(context), m.lineno, is_obsolete))
    if problems:
        raise InputError(problems)
    if tail and entries and not entries[-1].obsolete:
        entries[-1].open_end = max(entries, key=lambda e: e.lineno) is entries[-1]
    return header, entries


CUT_SHORT = ("the file was cut short (a full disk, an interrupted save or copy), and the translation here may be cut "
             "with it: nothing of this document was imported; take the whole file again: ")


def open_tail(text: str) -> int:
    """The line of the `msgstr ""` whose continuation lines end the file, else 0.

    A PO file cut at a line end inside a translation of several lines (`head -c`, a full disk, a killed copy)
    is still valid PO: msgfmt --check and msgcat accept it, and its last translation, cut, was imported as
    the translator's. Its last entry then ends where gettext's wrapping continued: these are the files whose
    end deserves the catalogue's word (importer.cut_short)."""
    lines = text.rstrip("\n").split("\n")
    n = len(lines) - 1
    if n < 1 or not lines[n].startswith('"'):
        return 0
    while n > 0 and lines[n].startswith('"'):
        n -= 1
    return n + 1 if lines[n].strip() == 'msgstr ""' and n + 1 < len(lines) else 0


BOM = b"\xef\xbb\xbf"
MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")   # a GNU MO file's first word, either byte order
_CHARSET = re.compile(rb'^"Content-Type:[^"\n]*charset=([\w-]+)', re.M)


def _declared_charset(data: bytes) -> tuple[str, int] | None:
    """The charset the header declares (read from the bytes: the file may not be UTF-8), and its line."""
    found = _CHARSET.search(data[:20_000])
    if found is None:
        return None
    return found.group(1).decode("ascii"), data[: found.start()].count(b"\n") + 1


def _other_charset(charset: str, name: str, data: bytes = b"") -> str:
    """What to do with a file declaring another charset than UTF-8. Its bytes already UTF-8 (a header copied
    from another project, or edited by hand), the header is what is wrong: `msgconv -t UTF-8`, which the message
    advised for every such file, reads them by the header and wrote "Ð\x9fÐ¸Ñ\x81Ñ\x8cÐ¼Ð¾" over every
    "Письмо" of the translator's file (hostile47)."""
    try:
        utf8 = not data.isascii() and bool(data.decode("utf-8"))
    except UnicodeDecodeError:
        utf8 = False
    if utf8:
        return (f"the header declares charset={charset}, but the file's bytes are UTF-8: correct the header to "
                f"charset=UTF-8 (msgconv would read the UTF-8 letters as {charset} and garble every one)")
    return (f"the header declares charset={charset}; the edition's PO files are UTF-8 (the TEI is, and "
            f"Armenian has no other common charset): convert it with `msgconv -t UTF-8 {name} -o {name}`")


# What a PO line may be: the grammar of gettext's PO format, nothing more. Babel's and
# polib's readers are lenient (an unclosed quote or text after the closing quote is read
# as something), and a translation must never be cut or garbled silently.
_STRING = r'"(?:[^"\\]|\\(?:[\\"abfnrtv]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"'
_KEYWORD_LINE = re.compile(r'[ \t]*(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+' + _STRING + r'[ \t]*')
_STRING_LINE = re.compile(r'[ \t]*' + _STRING + r'[ \t]*')
# Characters no translation may hold: C0/C1 controls but tab and newline, and the
# Unicode noncharacters (U+FFFE, U+FDD0…): XML cannot hold most of them, no reader needs any.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
                        "\U0001fffe\U0001ffff\U0010fffe\U0010ffff]")
# The line msgcat and msguniq put before each of the differing translations they merge into one
# entry (gettext's msgl-cat.c): the entry then holds every version, which is no translation.
MERGED = re.compile(r"^#-#-#-#-#  .*  #-#-#-#-#$", re.M)
# gettext's previous strings of an obsolete entry (`msgmerge --previous` keeps them: `#~| msgid "…"`),
# which Babel's reader takes for an unknown keyword; blanked, line for line, before it reads the file:
# import never reads an obsolete entry, and export writes the previous strings of live entries only.
_OBSOLETE_PREVIOUS = re.compile(r"^[ \t]*#~[ \t]*\|.*$", re.M)
MAX_ENTRY_CHARS = 100_000     # the longest English block is ~3,000 characters
MAX_FILE_BYTES = 20_000_000


def _line_problems(text: str, name: str) -> list[Problem]:
    """Every line that is not PO syntax, and every forbidden character, with its line number."""
    problems = []
    for lineno, line in enumerate(text.split("\n"), 1):
        bad = _FORBIDDEN.search(line.rstrip("\r"))
        if bad and bad.group() == "\r" and re.match(r'msg\w*[ \t]|#|"|\r|$', line[bad.end():]):
            # lines ended by a carriage return alone (classic Mac OS, some editors' "CR" setting): the whole file
            # was one line, and "character U+000D at column 189" named no line end (hostile47)
            return [Problem(name, lineno, "po-syntax", "the lines end in a carriage return alone (CR, the line end of "
                            "classic Mac OS): save the file with LF (or CRLF) line ends")]
        if bad:
            problems.append(Problem(name, lineno, "po-character",
                                    f"character U+{ord(bad.group()):04X} at column {bad.start() + 1} is not "
                                    "allowed (a control character or a Unicode noncharacter)"))
            continue
        body = line.rstrip("\r")
        if len(body) > MAX_ENTRY_CHARS:
            problems.append(Problem(name, lineno, "po-size",
                                    f"a line of {len(body):,} characters; an entry may hold at most "
                                    f"{MAX_ENTRY_CHARS:,} (a pasted file?)"))
            continue
        if body.startswith("#~"):
            body = body[2:].lstrip(" ")
            if body.startswith("|"):
                body = body[1:].lstrip(" ")
        elif body.startswith("#| "):
            body = body[3:]
        elif body.startswith("#") or not body.strip():
            continue
        if not (_KEYWORD_LINE.fullmatch(body) or _STRING_LINE.fullmatch(body)):
            problems.append(Problem(name, lineno, "po-syntax", _line_advice(body)))
        if len(problems) >= 20:
            break
    return problems


_ESCAPE = re.compile(r'(?:\\(?:[0-7]{1,3}|x[0-9A-Fa-f]+))+|\\.')
_REESCAPE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def byte_escapes(text: str, name: str) -> str:
    """The text with C's byte escapes in strings (`\\320\\221`, `\\xd0\\x91`) replaced by the letters
    their bytes spell in UTF-8, as msgfmt reads them; Babel's reader knows only \\n, \\t, \\" and
    the like, and kept "\\320\\221" as backslashes and digits (`msgcat --escape` writes every
    non-ASCII letter so). Comments are left alone: gettext does not unescape them."""
    if "\\" not in text:
        return text
    out = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.startswith("#") and not line.startswith(("#~", "#|")):
            out.append(line)
            continue

        def decode(match, lineno=lineno):
            escape = match.group()
            if escape[1] not in "01234567x":
                return escape
            values = [int(part[1:], 8) if part[1] != "x" else int(part[2:], 16)
                      for part in re.findall(r"\\(?:[0-7]{1,3}|x[0-9A-Fa-f]+)", escape)]
            try:
                letters = bytes(values).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                raise InputError([Problem(name, lineno, "po-encoding",
                                          f"the escapes {escape[:40]!r} are no UTF-8 text (each "
                                          "\\NNN or \\xNN is one byte of a UTF-8 letter); write the letters themselves")]) from None
            return "".join(_REESCAPE.get(c, c) for c in letters)
        out.append(_ESCAPE.sub(decode, line))
    return "\n".join(out)


def _line_advice(body: str) -> str:
    quotes = len(re.findall(r'(?<!\\)"', body))
    if quotes == 0:
        return "a PO string must be in double quotes"
    if quotes % 2:
        return "unbalanced double quote: close the string, and type \\\" for a quote inside it"
    if re.search(r'\\[^\\"abfnrtv0-7x]', body):
        return "unknown escape sequence (only \\\\, \\\", \\n, \\t are used here)"
    return "text outside the quotes: a line holds one keyword and one quoted string, or one quoted string"


def value_problems(name: str, lineno: int, context, msgid: str, msgstr: str) -> list[Problem]:
    """Escaped control characters and oversized entries (the raw ones are caught per line)."""
    problems = []
    for value in (context or "", msgid, msgstr):
        bad = _FORBIDDEN.search(value)
        if bad:
            problems.append(Problem(name, lineno, "po-character",
                                    f"entry {context}: character U+{ord(bad.group()):04X} is not allowed "
                                    "(a control character or a Unicode noncharacter)"))
            break
    if MERGED.search(msgstr):
        problems.append(Problem(name, lineno, "po-merged",
                                f"entry {context}: msgcat (or msguniq) merged several translations of it, each "
                                "after a '#-#-#-#-#  FILE  #-#-#-#-#' line: keep the one you want, delete the "
                                "others and the marker lines (and the fuzzy flag msgcat set, if it is reviewed)"))
    if len(msgstr) > MAX_ENTRY_CHARS:
        problems.append(Problem(name, lineno, "po-size",
                                f"entry {context}: the translation has {len(msgstr):,} characters; the "
                                f"limit is {MAX_ENTRY_CHARS:,} (a pasted file?)"))
    return problems


_ENGLISH_COMMENT = re.compile(r"[^<>]+ <[\w:]+> (\S+)$")     # "English <p> doc.p3" (the base language)


def _recovered_context(comments) -> str | None:
    """The block id export writes in the first extracted comment (`English <p> doc.p3`), for files whose
    msgctxt a tool dropped or replaced by a location (translate-toolkit's po2xliff and xliff2po do; a
    block id never holds a colon): the same key, which PO editors do not let a translator edit."""
    for comment in comments:
        found = _ENGLISH_COMMENT.match(comment.strip())
        if found:
            return found.group(1)
    return None


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _context_problems(text: str, name: str) -> list[Problem]:
    """Duplicated msgctxt (Babel would merge such entries silently), each read whole: gettext lets a
    string go on over continuation lines (`msgctxt ""` then `"mini.p3"`), and msgfmt takes that."""
    seen: dict[str, int] = {}
    problems = []
    for lineno, ctx in _contexts(text.splitlines()):
        if ctx in seen:
            problems.append(Problem(name, lineno, "po-key",
                                    f"msgctxt {ctx!r} appears twice (first on line {seen[ctx]})"))
        else:
            seen[ctx] = lineno
    return problems


def _plural_problems(text: str, name: str) -> list[Problem]:
    """A `msgstr[N]` in an entry with no `msgid_plural`: Babel read it as the translation, and msgfmt -c
    refuses the file ("missing 'msgid_plural' section") (hostile round 29 left it). Plural entries
    proper are refused after parsing."""
    problems, plural = [], False
    for lineno, line in enumerate(text.splitlines(), 1):
        if re.match(r"^[ \t]*(msgctxt|msgid)[ \t]", line):
            plural = False
        elif re.match(r"^[ \t]*msgid_plural[ \t]", line):
            plural = True
        elif re.match(r"^[ \t]*msgstr\[\d+\]", line) and not plural:
            problems.append(Problem(name, lineno, "po-syntax", "msgstr[N] in an entry without msgid_plural "
                                    "(msgfmt -c refuses it): write the translation as msgstr \"…\""))
    return problems


def _contexts(lines: list[str]):
    """(line number, msgctxt) of every live entry, its string joined from its continuation lines."""
    from babel.messages.pofile import unescape
    for i, line in enumerate(lines):
        m = re.match(r'^[ \t]*msgctxt[ \t]+(".*")\s*$', line)
        if m:
            # (the continuation lines read from the next one on, not from a copy of every line after it: a
            # file of 6,000 entries, 10 MB, copied 770,000 lines 12,000 times, 12 s; hostile47)
            parts, j = [unescape(m.group(1))], i + 1
            while j < len(lines) and re.match(r'^\s*".*"\s*$', lines[j]):
                parts.append(unescape(lines[j].strip()))
                j += 1
            yield i + 1, "".join(parts)


def _previous_msgids(text: str) -> dict[str, str]:
    """msgctxt -> the `#| msgid` written before it. Read here because Babel's reader keeps
    only the first line of a wrapped previous msgid (an empty string, as msgcat wraps)."""
    from babel.messages.pofile import unescape
    found: dict[str, str] = {}
    parts: list[str] | None = None
    lines = text.splitlines()
    contexts = dict(_contexts(lines))
    for lineno, line in enumerate(lines, 1):
        if line.startswith('#| msgid "'):
            parts = [unescape(line[len("#| msgid "):])]
        elif line.startswith('#| "') and parts is not None:
            parts.append(unescape(line[len("#| "):]))
        elif lineno in contexts and parts is not None:
            found[contexts[lineno]] = nfc("".join(parts))
            parts = None
        elif line.startswith("msgid ") or not line.strip():
            parts = None
    return found


def _header(catalog, text: str) -> dict[str, str]:
    """The header's fields, with those Babel's catalog drops: it keeps only the fields it knows,
    so X-Triglot-Document, which finds the document of a renamed file ("Ogden (ru) final.po"),
    was never read and every renamed PO file was refused as "no document tei/<its name>.xml"."""
    header = {}
    for key, value in catalog.mime_headers:
        header[key] = value
    from babel.messages.pofile import unescape
    m = _HEADER_ENTRY.search(text)
    if m:
        raw = "".join(unescape(line) for line in re.findall(r'^".*"(?=\r?$)', m[1], re.M))
        for line in raw.splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip() and key.strip() not in header:
                header[key.strip()] = value.strip()
    return header


# the header entry: the first msgid "" with no msgctxt, its msgstr's lines
_HEADER_ENTRY = re.compile(r'^msgid ""\r?\nmsgstr ((?:".*"\r?\n?)+)', re.M)
