"""Session 21's hostile round (round 27) on session 21's additions. Each test failed before its fix:
print/xhtml.py read as expat what HTML5 reads otherwise (a C1 control Saxon writes as '&#x99;' is
'™' to HTML5; CDATA, comments, raw text, '<x/>', rows without <tr>, …); an edition's search/<lang>.json
made a folder or FIFO was read as no rules; a kept part's passages could not be staged again (a
traceback after a build killed or the staged pages removed); a note without an xml:id was marked by
generate-id() (pages differed between builds and between text cells and a page rendered whole); a
FIFO in place of a kept file of the web cache hung the build."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest

tinyhtml5 = pytest.importorskip("tinyhtml5")


# ---------------------------------------------------------------- print/xhtml.py

def _html5(text: str):
    return tinyhtml5.parse(io.StringIO(text), namespace_html_elements=False)


def _shape(element) -> tuple:
    tag = element.tag if isinstance(element.tag, str) else "#comment"
    return (tag, element.attrib, element.text or "", element.tail or "", [_shape(child) for child in element])


def _as_tinyhtml5_reads(text: str) -> bool:
    """xhtml.parse gives tinyhtml5's tree, or says it cannot (then tinyhtml5 reads the part)."""
    from triglot.print import xhtml
    try:
        tree = xhtml.parse(text)
    except (xhtml.NotAsHtml, ET.ParseError):
        return True
    return _shape(tree) == _shape(_html5(text))


def _page(body: str, after: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><meta charset="UTF-8"/><title>t</title></head><body>{body}</body>{after}</html>')


def test_a_c1_control_written_by_saxon_prints_as_tinyhtml5_reads_it():
    """A mis-decoded text ('â€™' read as Latin-1) holds C1 controls; Saxon writes U+0099 as
    '&#x99;', which HTML5 reads as windows-1252's '™' and expat as U+0099: the PDF said another
    character than WeasyPrint alone would."""
    from triglot.xslt import processor
    proc = processor()
    executable = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
        'xmlns="http://www.w3.org/1999/xhtml"><xsl:output method="xhtml" html-version="5" encoding="UTF-8" '
        'indent="no"/><xsl:template match="/"><html><head><title>t</title></head><body><p>'
        '<xsl:value-of select="codepoints-to-string((97, 153, 128, 98))"/></p></body></html></xsl:template>'
        '</xsl:stylesheet>'))
    text = executable.transform_to_string(xdm_node=proc.parse_xml(xml_text="<a/>"))
    assert "&#x99;" in text
    assert _as_tinyhtml5_reads(text)
    from triglot.print import xhtml
    for body in ("<p>a\x99b&amp;c&#xD;d</p>", '<table> <tbody> <tr> <td colspan="2">x</td> </tr> </tbody> </table>',
                 '<p title="Upper Case &quot;Value&quot;">x<br/>y</p>', "<h1>a</h1><h2>b</h2>"):
        text = _page(body)      # what reads the same is still read by expat
        assert _shape(xhtml.parse(text)) == _shape(_html5(text))


@pytest.mark.parametrize("body", [
    "<p>a&#x99;b&#128;c&#159;</p>",                      # C1 references: windows-1252 in HTML5
    "<p>a<![CDATA[x<y]]>b</p>",                           # CDATA: a comment in HTML5
    "<p>a<?page break?>b</p>",                            # a processing instruction: a comment too
    "<p>a<!-- note -->b</p>",                             # a comment: dropped by expat, kept by HTML5
    "<pre>\nline</pre>",                                  # HTML5 drops the newline after <pre>
    '<p dataX="1">a</p>',                                 # HTML5 lower-cases attribute names
    "<style>a &gt; b{}</style><p>x</p>",                  # raw text: no references in HTML5
    "<li>a<li>b</li></li>",                               # the next item closes the first
    "<h1>a<h2>b</h2></h1>",                               # the next heading closes the first
    "<table><tbody><td>x</td></tbody></table>",           # HTML5 puts a row around the cell
    "<table><thead><th>x</th></thead></table>",
    "<table>text<tbody><tr><td>x</td></tr></tbody></table>",   # text before the table in HTML5
    "<table><tbody><tr>t<td>x</td></tr></tbody></table>",
    "<p><span/>after</p>",                                # <span/> opens a span in HTML5
    '<p title="a\nb">x</p>',                              # XML reads the line break as a space
    "<p><br>t</br></p>",                                  # </br> is a second <br>
    "<p><li>x</li></p>", "<p><dd>x</dd></p>",             # blocks that close a paragraph
    "<dl><dt>a<dd>b</dd></dt></dl>",
    "<form><form>x</form></form>", "<button>a<button>b</button></button>",
    "<script>a &lt; b</script>", "<xmp>a&amp;b</xmp>", "<textarea>\nx</textarea>",
    "<head><title>u</title></head>", "<body class='x'>y</body>", "<html lang='z'>y</html>",
    "<image src='x'/>", "<plaintext>a<b>c</b></plaintext>",
])
def test_what_html5_reads_otherwise_is_left_to_tinyhtml5(body):
    assert _as_tinyhtml5_reads(_page(body)), body


@pytest.mark.parametrize("text", [
    _page("<p>x</p>", after="\n"),                        # white space after the body goes into it
    _page("<p>x</p>").replace("<head>", "<head>hi"),     # text in the head: into the body
    _page("<p>x</p>").replace("<title>t</title>", "<div>h</div>"),    # a block in the head
])
def test_what_html5_moves_out_of_the_head_or_after_the_body_is_left_to_tinyhtml5(text):
    assert _as_tinyhtml5_reads(text)


# ---------------------------------------------------------------- search/<lang>.json

@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_word_forms_file_that_is_no_file_stops_the_build_at_its_name(tmp_path, kind):
    """An edition's search/ru.json made a folder (or a FIFO) hides the toolkit's (resources.find),
    and word_forms read it as no file: Russian search lost its endings and its "exact" without a
    word. It is named as bad input, as a damaged one is."""
    import os
    from triglot.problems import InputError
    from triglot.web.search import word_forms
    path = tmp_path / "search" / "ru.json"
    path.parent.mkdir()
    path.mkdir() if kind == "folder" else os.mkfifo(path)
    records = [{"lang": "ru", "text": "Надя шла над рекой"}]
    with pytest.raises(InputError) as raised:
        word_forms(tmp_path, records)
    assert str(path) in str(raised.value) and "search-data" in str(raised.value)


# ---------------------------------------------------------------- kept parts and the search staging

def test_a_kept_part_s_passages_are_staged_again_when_their_staged_pages_are_gone(tmp_path):
    """A build killed after its parts were gathered, or the staged pages' store removed, leaves a
    kept part whose staged search pages are gone: they are made again from its passages, which a
    kept part gives as doc_cache.KeptPassage, and _page asked it `r.get("orgs", ())`, which it does
    not have: the next build stopped with a traceback (AttributeError). Now the same site as cold."""
    import shutil
    from conftest import copy_project, replace_once
    from test_web_incremental import cold, files
    from triglot.build import build
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    shutil.rmtree(root / "build" / "web-cache" / "staged-pages")
    replace_once(root / "tei" / "legran-letter-to-chicherin.xml", '<date when="1920-12-21">December 21, 1920</date>',
                 '<date when="1920-12-01">December 1, 1920</date>')
    build(root, ["web"])
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected.keys() | again.keys() if again.get(k) != expected.get(k)] == []


# ---------------------------------------------------------------- text cells

def _hostile_cells(root) -> None:
    """A passage whose text holds what the cells' marks look like (as a TEI comment, a processing
    instruction and as text), a link and a sic/corr in a translation's cell, and a note there
    without an xml:id (the stylesheet gave its mark generate-id(), which counts the trees Saxon
    built before it in the process)."""
    from conftest import replace_once
    doc = root / "tei" / "legran-letter-to-chicherin.xml"
    replace_once(doc, 'arguments about the projected',
                 'arguments <!--"triglot-cell x en"--><?triglot <!--"triglot-values"-->?>about the projected')
    replace_once(doc, 'опущены доводы о предполагаемых',
                 'опущены &lt;!--"triglot-ui sic"--&gt; &lt;!--"triglot-cell x en"--&gt; <!--"triglot-href 1"-->'
                 '<ref target="#legran1920.p9">доводы</ref> о <choice><sic>предпол</sic><corr>предполагаемых</corr>'
                 '</choice> <note>см. <ref target="#legran1920.p9">ниже</ref> <!--"triglot-values-end"--></note>')


def test_a_page_with_hostile_cells_is_the_page_rendered_whole_and_the_same_in_every_build(tmp_path):
    from conftest import copy_project
    from test_web_incremental import files
    from triglot.build import build
    from triglot.web import render
    cells = copy_project(tmp_path / "cells")
    _hostile_cells(cells)
    build(cells, ["web"])

    def whole(tei, items):
        from triglot.xslt import processor
        node = processor().parse_xml(xml_text=tei)
        for _ in range(3):          # other trees built first, as a worker that rendered other documents has
            processor().parse_xml(xml_text=tei)
        for ui, text, target in items:
            render._transform(ui, text, target, node)
    patch = pytest.MonkeyPatch()
    patch.setattr(render, "_transform_document", whole)
    try:
        alone = copy_project(tmp_path / "whole")
        _hostile_cells(alone)
        build(alone, ["web"])
    finally:
        patch.undo()
    shared, single = files(cells / "build" / "web"), files(alone / "build" / "web")
    assert [str(k) for k in shared.keys() | single.keys() if shared.get(k) != single.get(k)] == []
    page = (cells / "build" / "web" / "ru" / "documents" / "legran1920.html").read_text("utf-8")
    assert 'опущены &lt;!--"' in page and "<!--" not in page      # the text as text, no mark left


# ---------------------------------------------------------------- the kept vocabulary

def _fed_fifo(path, data: bytes):
    """`path` made a FIFO that a thread feeds `data` to whoever opens it (as a file would give it),
    and a function that lets the thread go when no one did."""
    import os
    import threading
    os.mkfifo(path)

    def feed():
        try:
            with open(path, "wb") as fifo:
                fifo.write(data)
        except OSError:
            pass
    threading.Thread(target=feed, daemon=True).start()

    def release():
        try:
            os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
    return release


def test_a_fifo_in_place_of_the_vocabulary_or_a_part_s_words_is_not_read(tmp_path):
    """build/web-cache/vocabulary.json or a part's KEY.words.json made a FIFO: read_bytes waited for
    a writer for ever, and the next build hung (`triglot build web` killed after 60 s). They are read
    as regular files only, like every input; a FIFO is a cache that does not check out."""
    import hashlib
    from triglot.web import doc_cache, vocabulary
    vocabulary._write(tmp_path / "made.json", {"parts": {}, "counts": {"en": {"war": 1}}, "langs": {"en": 1}})
    release = _fed_fifo(tmp_path / vocabulary.FILE, (tmp_path / "made.json").read_bytes())
    try:
        assert vocabulary._read(tmp_path / vocabulary.FILE) is None
    finally:
        release()
    words = doc_cache._words_bytes("k" * 64, {"en": ["war"]})
    release = _fed_fifo(tmp_path / "w.json", words)
    try:
        assert doc_cache._read_words(tmp_path / "w.json", "k" * 64, hashlib.sha256(words).hexdigest()) is None
    finally:
        release()


def test_a_fifo_in_place_of_any_kept_file_of_the_web_cache_is_not_read(tmp_path):
    """The same for the web cache's other kept files (search-data.json: `triglot build web` hung,
    killed after 40 s; the build stamp, the page manifests, a register page's index, the data
    tables, a kept Pagefind bundle's stamps): each is read by file_store.cache_text, a regular file
    or an OSError (a cache that does not check out). Fed what a file would hold, a reader that still
    read the FIFO would take it."""
    from triglot.web import file_store
    release = _fed_fifo(tmp_path / "kept.json", b'{"key": "k", "data": {}}')
    try:
        with pytest.raises(OSError):
            file_store.cache_text(tmp_path / "kept.json")
    finally:
        release()
    import inspect
    from triglot.web import builder, data_tables, page_cache, register_cache, search, stamp
    for module in (builder, data_tables, page_cache, register_cache, search, stamp):
        source = inspect.getsource(module)
        assert "cache_text(" in source, module.__name__
    assert ".read_text(" not in inspect.getsource(builder._search_data)
    assert ".read_text(" not in inspect.getsource(stamp.unchanged)
