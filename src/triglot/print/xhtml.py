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
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from contextlib import contextmanager

from triglot.print.patching import replaced

XHTML = "{http://www.w3.org/1999/xhtml}"
XML = "{http://www.w3.org/XML/1998/namespace}"
# what an HTML5 parser closes a paragraph for (the elements print.xsl could put in one)
BLOCKS = frozenset("address article aside blockquote details div dl fieldset figcaption figure footer form "
                   "h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split())
TABLE_CHILDREN = frozenset("caption colgroup thead tbody tfoot".split())


class NotAsHtml(Exception):
    """The text is one an HTML5 parser would read into another tree."""


def parse(text: str | bytes):
    """The root element of `text` as tinyhtml5.parse(…, namespace_html_elements=False) reads it;
    NotAsHtml or ET.ParseError where this cannot be said for sure."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    declared: list[tuple[str, str]] = []
    open_tags: list[str] = []
    root = None
    for event, item in ET.iterparse(io.BytesIO(data), events=("start-ns", "start", "end")):
        if event == "start-ns":
            declared.append(item)
            continue
        if event == "end":
            open_tags.pop()
            continue
        element = item
        if not element.tag.startswith(XHTML):
            raise NotAsHtml(element.tag)
        tag = element.tag[len(XHTML):]
        parent = open_tags[-1] if open_tags else None
        if ((parent == "table" and tag not in TABLE_CHILDREN) or (tag in BLOCKS and "p" in open_tags)
                or (tag == "a" and "a" in open_tags) or tag != tag.lower()):
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
    if root is None or root.tag != "html" or [child.tag for child in root] != ["head", "body"]:
        raise NotAsHtml("html")
    return root


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
