"""The parallel columns of a printed book measured on its pages: lines of text per page
and per column, the lines a column runs on alone at the top of a page, and the room left
empty at the foot of a page whose document goes on.

Columns are found from what is drawn, not from the stylesheet: the vertical rules between
the cells of a parallel table (read from the page's content stream with pikepdf) split the
page into columns, and the words (poppler's pdftotext -bbox) between the top and the bottom
of those rules are the table's. A page "starts with a column alone" when one column has
lines at its top before any other column has one: the rest of a passage that ran longer
than its translations, beside empty cells. (pdfplumber gives the same figures, 50 times
slower: it lays out every character of a page to find its lines.)

Run as a script to print the figures of books: `python tests/columns.py BOOK.pdf …`.
"""
from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from lxml import etree

ALONE = 3          # lines of one column alone at a page top that count as "running on alone"
TITLE_HEIGHT = 14  # pt: a word box this tall is a document's title (print.css h1.doc-title, 13pt)
RULE_LENGTH = 20   # pt: a vertical stroke this long is a rule between columns
PATH_OPERATORS = "q Q cm d m l S s f F f* B B* b b* n W W* re c v y h"


@dataclass
class Page:
    number: int                               # 1-based, in the PDF
    columns: list[list[float]] = field(default_factory=list)   # line tops per column
    alone: int = 0                            # lines of one column before any other's first
    last: float = 0.0                         # bottom of the table's last line
    below: float = 1e9                        # top of the first word under the table (notes)
    line: float = 10.0                        # line pitch of the table's text
    foot: float = 0.0                         # empty lines above the notes or the page foot
    title: bool = False                       # a document's title is on the page

    @property
    def lines(self) -> list[int]:
        return [len(c) for c in self.columns]


def _line_tops(words, tolerance=2.0) -> list[float]:
    tops: list[float] = []
    for top in sorted(w["yMin"] for w in words):
        if not tops or top - tops[-1] > tolerance:
            tops.append(top)
    return tops


def _rules(page) -> list[tuple[float, float, float]]:
    """Vertical lines a page strokes, as (x, top, bottom), top-down in points."""
    return [(x0, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in strokes(page)
            if abs(x0 - x1) < 0.5 and abs(y0 - y1) > 1]


def text_block(page) -> tuple[float, float] | None:
    """Left and right of the text block: the horizontal lines a page strokes (a table's header
    rule, the footnotes' rule) span it; None on a page that strokes none."""
    lines = [(min(x0, x1), max(x0, x1)) for x0, y0, x1, y1 in strokes(page)
             if abs(y0 - y1) < 0.5 and abs(x1 - x0) > 1]
    return (min(a for a, _ in lines), max(b for _, b in lines)) if lines else None


def strokes(page) -> list[tuple[float, float, float, float]]:
    """Straight lines a page strokes, as (x0, y0, x1, y1), top-down in points: the content
    stream's moveto/lineto paths through the current transformation (the join shifts pages),
    kept only where the path is stroked with a solid line (a draft's dotted mark is a dashed
    stroke, print.drawing, not a rule)."""
    height = float(page.mediabox[3])
    ctm, dashed, stack, start, path, found = (1, 0, 0, 1, 0, 0), False, [], None, [], []
    for operands, op in pikepdf.parse_content_stream(page, PATH_OPERATORS):
        op = str(op)
        if op == "q":
            stack.append((ctm, dashed))
        elif op == "Q":
            ctm, dashed = stack.pop() if stack else (ctm, dashed)
        elif op == "d":
            dashed = len(operands[0]) > 0
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F)
        elif op in ("m", "l"):
            x, y = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            point = (A * x + C * y + E, height - (B * x + D * y + F))
            if op == "l" and start:
                path.append((*start, *point))
            start = point
        else:
            if op == "S" and not dashed:
                found.extend(path)
            path = []
    return found


def _words(path: Path) -> list[list[dict]]:
    """Each page's words with their boxes (xMin, yMin, xMax, yMax), from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         check=True).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    return [[{k: float(v) for k, v in w.attrib.items()} for w in page.iterfind("h:word", ns)]
            for page in etree.fromstring(out, etree.XMLParser(recover=True)).iterfind(".//h:page", ns)]


def measure_page(rules, words, number: int) -> Page | None:
    """The columns of one page, or None for a page without a parallel table."""
    rules = _merge(rules)
    rules = [r for r in rules if r[2] - r[1] > RULE_LENGTH]
    if not rules:
        return None
    xs = sorted({round(r[0]) for r in rules})
    top = min(r[1] for r in rules) - 1
    bottom = max(r[2] for r in rules) + 1
    body = [w for w in words if top <= w["yMin"] and w["yMax"] <= bottom]
    result = Page(number, title=any(w["yMax"] - w["yMin"] >= TITLE_HEIGHT for w in words))
    for i in range(len(xs) + 1):
        left = xs[i - 1] - 1 if i else -1e9
        right = xs[i] - 1 if i < len(xs) else 1e9
        result.columns.append(_line_tops([w for w in body if left <= w["xMin"] < right]))
    heights = [b - a for c in result.columns for a, b in zip(c, c[1:]) if b - a < 15]
    line = min(heights) if heights else 10.0
    firsts = sorted((c[0], i) for i, c in enumerate(result.columns) if c)
    if firsts:
        first, col = firsts[0]
        until = firsts[1][0] - line / 2 if len(firsts) > 1 else 1e9
        result.alone = sum(1 for t in result.columns[col] if t < until)
    result.last = max((w["yMax"] for w in body), default=top)
    result.below = min((w["yMin"] for w in words if w["yMin"] > bottom), default=1e9)
    result.line = line
    return result


def _merge(rules):
    """A cell's border is drawn cell by cell: strokes on one x that touch are one rule."""
    merged: list[tuple[float, float, float]] = []
    for x, top, bottom in sorted(rules, key=lambda r: (round(r[0]), r[1])):
        if merged and abs(merged[-1][0] - x) < 0.5 and top <= merged[-1][2] + 1:
            merged[-1] = (merged[-1][0], merged[-1][1], max(bottom, merged[-1][2]))
        else:
            merged.append((x, top, bottom))
    return merged


def measure(path: Path) -> list[Page]:
    with pikepdf.open(path) as pdf:
        rules = [_rules(p) for p in pdf.pages]
    pages = [measure_page(r, w, n)
             for n, (r, w) in enumerate(zip(rules, _words(path)), start=1)]
    return [p for p in pages if p is not None]


def summary(pages: list[Page]) -> dict:
    """Pages starting with a column alone, their lines, and the empty room at the feet of
    pages whose document continues on the next page (what keeping rows whole costs)."""
    alone = [p for p in pages if p.alone >= ALONE]
    numbers = {p.number: p for p in pages}
    continued = [p for p in pages
                 if p.number + 1 in numbers and not numbers[p.number + 1].title]
    floor = max(p.last for p in pages)     # the lowest line of any table: the text area's foot
    for p in pages:
        p.foot = max(0.0, (min(floor, p.below - p.line) - p.last) / p.line)
    return {
        "table pages": len(pages),
        "pages starting with a column alone": len(alone),
        "lines alone at page tops": sum(p.alone for p in alone),
        "longest run alone": max((p.alone for p in alone), default=0),
        "pages": [p.number for p in alone],
        "empty lines at feet of continued pages": round(sum(p.foot for p in continued)),
        "feet with 5+ empty lines": sum(1 for p in continued if p.foot >= 5),
    }


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(Path(arg).name, summary(measure(Path(arg))))
