"""The printed books read back: pypdf text of each page, outline, and the runs a block prints.

Shared by the print tests; the books themselves are built once per test session
(conftest.py: `print_real`, `print_mini`).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from types import SimpleNamespace

from pypdf import PdfReader

from triglot.edition import load
from triglot.print import builder
from triglot.tei import EDITORIAL_TAGS, NS, local

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "roots" / "print-mini"
DROP = re.compile(r"[\s\-\u2010\u2011\u00ad\u2060]+")


def norm(text: str) -> str:
    """Text without spaces and hyphens, so line ends hyphenated by WeasyPrint join up."""
    return DROP.sub("", unicodedata.normalize("NFKC", text))


class Book:
    def __init__(self, path: Path):
        self.path = path
        self.reader = PdfReader(str(path))
        self.raw = [p.extract_text() or "" for p in self.reader.pages]
        self.pages = [norm(t) for t in self.raw]
        self.text = "".join(self.pages)
        self.outline = list(self._flatten(self.reader.outline, 1))
        first_doc = next(page for title, level, page in self.outline if level == 1
                         and not title.startswith(("Contents", "Chronology")))
        self.front = first_doc           # pdf pages before printed page 1

    def _flatten(self, items, level):
        for item in items:
            if isinstance(item, list):
                yield from self._flatten(item, level + 1)
            else:
                yield item.title, level, self.reader.get_destination_page_number(item)

    def printed(self, number: int) -> str:
        return self.pages[self.front + number - 1]

    def contains(self, text: str) -> bool:
        """True if `text` is on one page or runs on over consecutive pages."""
        want = norm(text)
        if not want:
            return True
        for start, page in enumerate(self.pages):
            rest, i = want, start
            while i < len(self.pages) and rest:
                taken = longest_prefix_in(rest, self.pages[i])
                if taken == 0:
                    break
                rest, i = rest[taken:], i + 1
            if not rest:
                return True
        return False


def longest_prefix_in(text: str, page: str) -> int:
    """How many characters of `text`, from its start, stand together in `page` (binary search)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text[:mid] in page:
            lo = mid
        else:
            hi = mid - 1
    return lo


def segments(el):
    """The printed runs of a block: its text split where notes and corrections sit."""
    runs, current = [], []

    def walk(node):
        if node.text:
            current.append(node.text)
        for child in node:
            if local(child) in EDITORIAL_TAGS or local(child) == "choice":
                runs.append("".join(current))
                current.clear()
                if local(child) == "choice":
                    sic = child.find("t:sic", NS)
                    if sic is not None:
                        runs.append("".join(sic.itertext()))
            else:
                walk(child)
            if child.tail:
                current.append(child.tail)

    walk(el)
    runs.append("".join(current))
    return [r for r in runs if norm(r)]


# The back matter's part size in the tests' books: the real edition's chronology and indexes fit a
# part or two at the builder's 64 KiB, so the joined books would show no section continued from one
# part into the next; a smaller part makes them show what a large edition's books do.
BACK_PART_BYTES = 16 * 1024


def build(root: Path, out: Path):
    edition = load(root)
    kept, builder.BACK_PART_BYTES = builder.BACK_PART_BYTES, BACK_PART_BYTES
    try:
        results = builder.build(edition, out, SimpleNamespace(languages=None))
    finally:
        builder.BACK_PART_BYTES = kept
    return edition, {r.langs: Book(r.path) for r in results}


def structure_elements(element):
    """Every structure element under `element` of a tagged PDF (depth first), the element itself first."""
    import pikepdf
    yield element
    kids = element.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield from structure_elements(kid)
