"""Reading a seed file: plain UTF-8 text, refused with a clear message otherwise.

A seed is the text as received; the edition promises to keep it exactly, so
the encoder refuses anything it could not reproduce faithfully (a binary file,
another encoding, Windows line endings) instead of guessing.
"""
from __future__ import annotations

import re
from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.xmlio import MAX_TEXT_BYTES, read_regular, xml_unsafe_char

# A file whose first non-blank text is an XML declaration, a doctype or a tag.
MARKUP = re.compile(r"\s*<(?:\?xml|!DOCTYPE|!--|[A-Za-z][\w:.-]*(?:\s[^>]*)?/?>)", re.IGNORECASE)

# Files a text often comes as, saved or renamed .txt, that are ASCII or start so: an RTF file passed
# as plain text (encode wrote a document of its control words), a PDF was told to be converted from
# CP1251, or, without a binary comment line, was encoded as text too.
DOCUMENT_FORMATS = ((b"{\\rtf", "an RTF document (what WordPad and TextEdit save)"), (b"%PDF-", "a PDF file"))


def read_seed(path: Path, display: str | None = None) -> list[str]:
    """The seed's lines (without line ends); InputError naming file and line if unusable."""
    name = display or str(path)
    data = read_regular(Path(path), name, MAX_TEXT_BYTES)
    if not data.strip():
        raise _error(name, 0, "the file is empty: a seed must contain the text to encode")
    for signature, what in DOCUMENT_FORMATS:
        if data.startswith(signature):
            raise _error(name, 1, f"the file is {what}, not a plain-text seed: open it where it was made, save "
                                  "the text as plain UTF-8 text (.txt), and encode that")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _error(name, 1, "the file is UTF-16 text; save it as UTF-8 (without byte-order mark) and encode again")
    if data.startswith(b"\xef\xbb\xbf"):
        raise _error(name, 1, "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM")
    if b"\x00" in data:
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise _error(name, line, "the file is binary (it contains NUL bytes), not a plain-text seed")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _error(name, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded); "
                                 "convert the file to UTF-8 (e.g. iconv -f CP1251 -t UTF-8) and encode again") from None
    if "\r" in text:
        line = text[:text.index("\r")].count("\n") + 1
        raise _error(name, line, "the file has Windows (CR LF) or old Mac (CR) line endings; "
                                 "convert them to LF (e.g. dos2unix) so the seed's lines can be kept exactly")
    markup = MARKUP.match(text)
    if markup:
        line = text[:markup.end()].count("\n") + 1
        raise _error(name, line, "the file is XML or HTML markup, not a plain-text seed; give encode the text "
                                 "itself (to re-propose markup in an existing document, use triglot retag)")
    controls = [c for c in text if ord(c) < 32 and c not in "\n\t"]
    if controls:
        line = text[:text.index(controls[0])].count("\n") + 1
        raise _error(name, line, f"the file contains the control character U+{ord(controls[0]):04X}; "
                                 "a seed must be plain text")
    bad = xml_unsafe_char(text)
    if bad >= 0:
        line = text[:bad].count("\n") + 1
        raise _error(name, line, f"the file contains U+{ord(text[bad]):04X}, which XML does not allow; "
                                 "a seed must be plain text")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _error(name: str, line: int, message: str) -> InputError:
    return InputError([Problem(name, line, "seed", message)])
