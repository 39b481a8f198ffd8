"""A part's XHTML read by the C XML parser, into the tree WeasyPrint's HTML5 parser makes of it (#17, item 4).

The cost (session 21, 5× en-ru book, one process): WeasyPrint reads its input only through
tinyhtml5, an HTML5 parser in pure Python: 1.10 CPU-s for the 24 parts of a 241-page book,
2.7 % of a body part's CPU. print.xsl writes well-formed XHTML, which expat (the C parser of
Python's ElementTree) reads in 0.06 CPU-s.

So, while a part is laid out (`read_as_xml`), `tinyhtml5.parse` as WeasyPrint calls it is
wrapped: the text is read by expat and given the shape tinyhtml5 gives it with
`namespace_html_elements=False` (WeasyPrint's call): element names without the XHTML
namespace, `xml:lang` as an attribute of that name, each namespace declaration an `xmlns`
attribute of the element that makes it. For every part of the three books of the edition and
of a 5× book the two trees are equal, node for node (tests/test_print_xhtml.py), so the pages
are those of WeasyPrint alone. Where an HTML5 parser would build another tree than an XML
parser (an element in another namespace, a row straight in a table, a block inside a
paragraph, a link inside a link) or the text is not well-formed XML, tinyhtml5 reads it as before.
So does text with anything an HTML5 parser reads otherwise than its XML form says (`AS_HTML`):
a character reference to a C1 control (Saxon writes U+0099 of a mis-decoded "™" as
`&#x99;`, which HTML5 reads as "™"), a comment, CDATA or processing instruction, an
element outside `ELEMENTS` (raw text, a newline dropped after <pre>, a list item or heading
closed by the next), a non-void element written `<x/>`, `</br>`, an upper-case attribute name,
a line break inside an attribute value, text where HTML5 moves it (in a table or its rows, in
the head, after the body).
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from contextlib import contextmanager

from triglot.print.patching import replaced

XHTML = "{http://www.w3.org/1999/xhtml}"
XML = "{http://www.w3.org/XML/1998/namespace}"
# what an HTML5 parser closes a paragraph for (the elements print.xsl could put in one)
BLOCKS = frozenset("address article aside blockquote details div dl fieldset figcaption figure footer form "
                   "h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split())
TABLE_CHILDREN = frozenset("caption colgroup thead tbody tfoot".split())
# the elements read here: those HTML5 reads in a body as an XML parser does but for the checks below
# (print.xsl writes no other); the rest (style, script, pre, li, dd, option, button, …) go to tinyhtml5
ELEMENTS = frozenset("html head body meta title link section div p span a i b em strong small sub sup "
                     "h1 h2 h3 h4 h5 h6 br table caption colgroup col thead tbody tfoot tr td th".split())
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
HEAD_CHILDREN = frozenset("meta title link".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
ROWS = {"thead": {"tr"}, "tbody": {"tr"}, "tfoot": {"tr"}, "tr": {"td", "th"}, "colgroup": {"col"}}
# where HTML5 moves text that is not white space (into the body, before the table)
NO_TEXT = frozenset("html head table thead tbody tfoot tr colgroup".split())
HTML_SPACE = " \t\n\f\r"
# what HTML5 reads otherwise than XML, found in the text as written: a reference to a C1 control
# (&#x80;-&#x9F;, read as windows-1252), a comment, CDATA or processing instruction after the
# prolog, </br> (a second <br>), a non-void element closed by "/>" or an attribute value holding
# a line break (XML reads it as a space), or an upper-case attribute name (HTML5 lower-cases it)
AS_HTML = re.compile(rb"&#(?:[xX]0*[89][0-9a-fA-F]|0*1(?:2[89]|[3-5][0-9]));|<[!?]|</br\b")
START_TAG = re.compile(rb"<([A-Za-z][^\s/>]*)((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
LINE_IN_VALUE = re.compile(rb"=\s*(?:\"[^\"]*[\t\n\r][^\"]*\"|'[^']*[\t\n\r][^']*')")
PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>)?\s*(?:<!DOCTYPE[^>]*>)?")


class NotAsHtml(Exception):
    """The text is one an HTML5 parser would read into another tree."""


def parse(text: str | bytes):
    """The root element of `text` as tinyhtml5.parse(…, namespace_html_elements=False) reads it;
    NotAsHtml or ET.ParseError where this cannot be said for sure."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    _check_as_written(data)
    declared: list[tuple[str, str]] = []
    open_tags: list[str] = []
    root = None
    for event, item in ET.iterparse(io.BytesIO(data), events=("start-ns", "start", "end")):
        if event == "start-ns":
            declared.append(item)
            continue
        if event == "end":
            _check_content(item, open_tags.pop())
            continue
        element = item
        if not element.tag.startswith(XHTML):
            raise NotAsHtml(element.tag)
        tag = element.tag[len(XHTML):]
        parent = open_tags[-1] if open_tags else None
        if ((parent == "table" and tag not in TABLE_CHILDREN) or (tag in BLOCKS and "p" in open_tags)
                or (tag == "a" and "a" in open_tags) or tag != tag.lower() or tag not in ELEMENTS
                or (tag in HEADINGS and parent in HEADINGS) or (parent in ROWS and tag not in ROWS[parent])
                or (parent == "head" and tag not in HEAD_CHILDREN) or (parent in VOID)
                or (tag in ("html", "head", "body")) != (parent in (None, "html"))):
            raise NotAsHtml(tag)
        attributes = {("xmlns:" + prefix if prefix else "xmlns"): uri for prefix, uri in declared}
        declared = []
        for name, value in element.attrib.items():
            if name.startswith("{"):
                if not name.startswith(XML):
                    raise NotAsHtml(name)
                name = "xml:" + name[len(XML):]
            attributes[name] = value
        element.tag, element.attrib = tag, attributes
        open_tags.append(tag)
        if root is None:
            root = element
    if root is None or root.tag != "html" or [child.tag for child in root] != ["head", "body"] or \
            root[1].tail:
        raise NotAsHtml("html")
    return root


def _check_as_written(data: bytes) -> None:
    """NotAsHtml if the text as written holds what HTML5 reads otherwise (AS_HTML's comment)."""
    if AS_HTML.search(data, PROLOG.match(data).end()):
        raise NotAsHtml("markup HTML5 reads otherwise")
    for tag in START_TAG.finditer(data):
        if (tag[3] and tag[1].decode("ascii", "replace").lower() not in VOID) or \
                (tag[2] and (LINE_IN_VALUE.search(tag[2]) or tag[2] != tag[2].lower()
                             and re.search(rb"\s[^\s=]*[A-Z][^\s=]*\s*=", _names(tag[2])))):
            raise NotAsHtml(tag[1].decode("utf-8", "replace"))


def _names(attributes: bytes) -> bytes:
    """The attributes as written with their values emptied (a value may hold capitals, a name not)."""
    return re.sub(rb"\"[^\"]*\"|'[^']*'", b'""', attributes)


def _check_content(element, tag: str) -> None:
    """NotAsHtml if HTML5 would move the element's text (NO_TEXT) or it is void and holds any."""
    if tag in VOID and (element.text or len(element)):
        raise NotAsHtml(tag)
    if tag in NO_TEXT and any(t and t.strip(HTML_SPACE) for t in [element.text, *(c.tail for c in element)]):
        raise NotAsHtml(tag)


def _reading_as_xml(original):
    def tinyhtml5_parse(source, **kwargs):
        if kwargs.get("namespace_html_elements") is False and isinstance(source, (io.StringIO, io.BytesIO)):
            try:
                return parse(source.getvalue())
            except (NotAsHtml, ET.ParseError):
                source.seek(0)
        return original(source, **kwargs)

    return tinyhtml5_parse


@contextmanager
def read_as_xml():
    """While active, WeasyPrint reads an HTML string that is well-formed XHTML with the C XML parser."""
    import tinyhtml5
    with replaced(tinyhtml5, "parse", _reading_as_xml):
        yield
