"""A part's XHTML is read by the C XML parser into the very tree WeasyPrint's HTML5 parser makes (#17, item 4).

WeasyPrint reads its input with tinyhtml5, in pure Python (2.7 % of a body part's CPU);
print.xhtml reads print.xsl's output with expat instead and gives it tinyhtml5's shape. The
pages stay WeasyPrint's own only if the trees are equal, node for node: checked on what the
stylesheet writes for the edition's three books (body, back matter, front matter, furniture),
and on what an HTML5 parser reads otherwise than an XML parser (those go to tinyhtml5).
"""
from __future__ import annotations

import io
import re

import pytest

from triglot.print import book, builder, index, pages, parts, xhtml

tinyhtml5 = pytest.importorskip("tinyhtml5")


def html5(text: str):
    return tinyhtml5.parse(io.StringIO(text), namespace_html_elements=False)


def shape(element) -> tuple:
    return (element.tag, element.attrib, element.text or "", element.tail or "", [shape(child) for child in element])


def outputs(edition, langs) -> list[str]:
    """print.xsl's XHTML for every kind of part of a book of `langs` (all the body in one part)."""
    params, stylesheet = builder.stylesheet_params(edition, langs), builder.stylesheet_path(edition.root)
    executable = parts._compiled(str(stylesheet), stylesheet.stat().st_mtime_ns)
    task = parts.Task("body", [], langs, params, stylesheet, None)
    body = parts.transform(executable, book.body_source(edition, langs), task)
    anchors = {name: 1 + i for i, name in enumerate(re.findall(r' id="([^"]+)"', body))}
    sections = book.back_sections(index.chronology(edition, langs, anchors), index.indexes(edition, langs, anchors))
    back = [book.back_source(edition, langs, pieces) for pieces in book.back_pieces(sections, builder.BACK_PART_BYTES)]
    toc = builder.contents(edition, langs, anchors)
    front = [book.front_source(edition, langs, toc, pad=pad) for pad in (False, True)]
    furniture = [book.furniture_source(edition, langs, [("Verso head", "Recto head")] * 3, verso_start=True)]
    return [body] + [parts.transform(executable, source, task) for source in back + front + furniture]


def test_the_stylesheet_s_parts_read_as_tinyhtml5_reads_them(edition):
    count = 0
    for langs in edition.settings.books:
        for text in outputs(edition, tuple(langs)):
            assert shape(xhtml.parse(text)) == shape(html5(text))
            count += 1
    assert count >= 3 * 4


@pytest.mark.parametrize("body", [
    "<table><tr><td>a</td></tr></table>",           # HTML5 puts the row in a tbody
    "<p>a<div>b</div></p>",                           # and closes the paragraph before the block
    '<p><a href="#x">a<a href="#y">b</a></a></p>',   # and the first link before the second
    '<p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/></p>',
])
def test_what_html5_reads_otherwise_goes_to_tinyhtml5(body):
    text = f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>{body}</body></html>'
    with pytest.raises(xhtml.NotAsHtml):
        xhtml.parse(text)


def test_weasyprint_reads_the_stylesheet_s_output_with_expat(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("tinyhtml5 read a well-formed part")

    text = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" '
            'lang="en" xml:lang="en"><head><meta charset="UTF-8"/><title>t</title></head>'
            '<body class="body cols-2"><p lang="en">Words</p></body></html>')
    monkeypatch.setattr(tinyhtml5, "parse", refused)
    document = pages.render(text, ("en",), kind="body")
    assert len(document.pages) == 1
