"""A document's text rendered once for all its interfaces, and put into each interface's page.

Rendering the passages' text is most of a document page's transform (about 0.42 of the 0.67 s
the edition's fifteen document pages took in Saxon), and it was done once per interface although
the text is the same in each but for a few marks: the [sic] and "corrected:" labels, and the links
to register entries (the interface's folder, a split register's part) and to the chronology. So
the cells are rendered once (a page of kind text-cells: each cell after a mark naming its block
and language, each of those few things a mark of its own), each interface's page is rendered with
a mark in each cell's place and, after its text, the values of those marks in its interface
(web-document.xsl, text-values), and here the values are put in the cells and the cells in the
page. The page's bytes are the same as if Saxon had written the text in place: the output is not
indented and an element is written the same wherever it stands (the label and the href are
written by Saxon too, in the page, so escaped as they would be in place).

A mark is a comment holding a double quote: the HTML output escapes '<' in text and '"' in
attribute values, so nothing of the text can read as one.
"""
from __future__ import annotations

import re

CELL = re.compile(r'<!--"triglot-cell ([^"]*)"-->')
LABEL = re.compile(r'<!--"triglot-ui ([a-z]+)"-->')
# a link's mark stands before its element, written with an empty href (web-document.xsl, link-mark)
LINK = re.compile(r'<!--"triglot-href ([0-9]+)"-->(<a class="[^"]*") href=""')
VALUE = re.compile(r'<!--"triglot-value ([a-z0-9]+)"-->')
VALUES_START, VALUES_END = '<!--"triglot-values"-->', '<!--"triglot-values-end"-->'
HREF = re.compile(r'<a href="([^"]*)"></a>')


def model(page: str) -> str:
    """The text-cells page model of a document: one of its interface pages' models, of that kind
    (every global the cells read, $base and the languages, is the same in each)."""
    head, sep, rest = page.partition(">")
    if ' kind="document"' not in head:
        raise RuntimeError("a document page model without kind=\"document\" in its first tag")
    return head.replace(' kind="document"', ' kind="text-cells"', 1) + sep + rest


def split(html: str) -> str:
    """The cells' HTML as rendered (one div around them), without that div: kept as one text, so
    each interface fills its marks in one pass."""
    start = html.find('<!--"triglot-cell ')
    end = html.rstrip().rfind("</div>")
    if start < 0 or end < start or "<div" not in html[:start]:
        return ""
    return html[start:end]


def fill(page: str, cells: str) -> str:
    """The page's HTML (rendered with text-cells 'marks') with its values cut out of it, put in
    the cells' marks, and each cell's text in its place."""
    start, end = page.find(VALUES_START), page.find(VALUES_END)
    if start < 0 or end < start:
        raise RuntimeError("a document page rendered with text marks has no values of them")
    values = _values(page[start + len(VALUES_START):end])
    page = page[:start] + page[end + len(VALUES_END):]
    try:
        cells = LINK.sub(lambda m: f'{m.group(2)} href="{_href(values[m.group(1)])}"', cells)
        cells = LABEL.sub(lambda m: values[m.group(1)], cells)
    except KeyError as missing:
        raise RuntimeError(f"the document's text has a mark the page gave no value for: {missing}") from None
    parts = CELL.split(cells)
    text = dict(zip(parts[1::2], parts[2::2]))
    try:
        return CELL.sub(lambda m: text[m.group(1)], page)
    except KeyError as missing:
        raise RuntimeError(f"a cell of the document's page was not rendered: {missing}") from None


def _values(html: str) -> dict[str, str]:
    parts = VALUE.split(html)
    return dict(zip(parts[1::2], parts[2::2]))


def _href(anchor: str) -> str:
    found = HREF.fullmatch(anchor)
    if found is None:
        raise RuntimeError(f"a link's value is not an empty link: {anchor[:80]}")
    return found.group(1)
