"""Strings of a PO file broken into lines exactly where msgcat breaks them.

gettext's tools (msgcat, msgmerge, msginit; Weblate runs msgmerge) rewrap every
string they write, so a file that is to pass through them unchanged must be
wrapped the way they wrap. They break lines with GNU libunistring's Unicode
line breaking (UAX #14: after spaces, after hyphens and dashes, never inside an
escape sequence) at a page width of 79 columns. This module asks the same
library, the system's libunistring that gettext itself links, for the break
points, and lays the lines out as gettext's writer does: a string that does not
fit on the keyword's line starts with `keyword ""`, each `\\n` ends a line.

Without libunistring (not a Debian-like system) the breaks fall back to
"after a run of spaces", which msgcat reproduces for most prose; the tests run
msgcat on the real files, so a difference is never silent.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import re
from functools import lru_cache

PAGE_WIDTH = 79
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
            "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_UNDEFINED, _PROHIBITED, _POSSIBLE = 0, 1, 2   # libunistring's UC_BREAK_* values


@lru_cache(maxsize=1)
def _library():
    """libunistring's u8_width_linebreaks, or None when the library is not installed."""
    for name in (ctypes.util.find_library("unistring"), "libunistring.so.5", "libunistring.so.2"):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            func = lib.u8_width_linebreaks
        except (OSError, AttributeError):
            continue
        func.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                         ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
        func.restype = ctypes.c_int
        return func
    return None


_TABLE = str.maketrans(_ESCAPES)
_ESCAPE_PAIR = re.compile(rb"\\.")


def _escaped(portion: str) -> tuple[bytes, bytes]:
    """The portion as written between quotes (UTF-8) and, per byte, 'no break here' marks."""
    data = portion.translate(_TABLE).encode("utf-8")
    marks = bytearray(len(data))                    # _UNDEFINED everywhere
    for m in _ESCAPE_PAIR.finditer(data):           # every backslash starts an escape pair
        marks[m.start() + 1] = _PROHIBITED
    if portion.endswith("\n") and len(marks) >= 2:
        marks[-2] = _PROHIBITED        # never break right before the final \n
    return data, bytes(marks)


def _break_points(data: bytes, marks: bytes, width: int, start: int) -> list[int]:
    """Byte offsets before which a line is broken."""
    func = _library()
    if func is None:
        return _space_breaks(data, marks, width, start)
    out = ctypes.create_string_buffer(len(data))
    func(data, len(data), width, start, 0, marks, b"UTF-8", out)
    raw, points, at = out.raw, [], -1
    while (at := raw.find(b"\x02", at + 1)) != -1:   # _POSSIBLE
        points.append(at)
    return points


def _space_breaks(data: bytes, marks: bytes, width: int, start: int) -> list[int]:
    """Greedy breaks after runs of spaces (a word and its spaces stay on one line)."""
    text = data.decode("utf-8")
    points, column, offset, line_empty = [], start, 0, True
    for chunk in re.findall(r"[^ ]*(?: +|$)", text):
        if not chunk:
            continue
        if column + len(chunk) > width and not line_empty:
            points.append(offset)
            column = 0
        column += len(chunk)
        offset += len(chunk.encode("utf-8"))
        line_empty = False
    return points


def lines(keyword: str, value: str, prefix: str = "", width: int = PAGE_WIDTH) -> list[str]:
    """`keyword "value"` as msgcat writes it, each line starting with `prefix` ("#~ ", "#| ")."""
    portions = _portions(value)
    out: list[str] = []
    first = True
    after_break = len(prefix) + 1
    room = width - 1 - after_break
    for portion in portions:
        data, marks = _escaped(portion)
        start = len(prefix) + (len(keyword) + 1 if first else 0) + 1 - after_break
        points = _break_points(data, marks, room, start) if data else []
        if first and data and (portion is not portions[-1] or start > room or points):
            out.append(f'{prefix}{keyword} ""')
            first = False
            start = len(prefix) + 1 - after_break
            points = _break_points(data, marks, room, start)
        head = f"{prefix}{keyword} " if first else prefix
        first = False
        for piece in _split(data, points):
            out.append(f'{head}"{piece}"')
            head = prefix
    return out


def _portions(value: str) -> list[str]:
    """The value cut after each newline (as gettext writes one line per `\\n`)."""
    if not value:
        return [""]
    parts, current = [], ""
    for char in value:
        current += char
        if char == "\n":
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def _split(data: bytes, points: list[int]) -> list[str]:
    edges = [0] + points + [len(data)]
    return [data[a:b].decode("utf-8") for a, b in zip(edges, edges[1:])]
