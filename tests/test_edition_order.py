"""The edition's one order of documents (triglot/order.py), which every output follows.

The printed book kept tei/*.xml's file-name order while the web list went by date: 29 letters
printed as Beinecke 1791, 1811…1848, Birmingham 1821, Bodleian 1819, Geneve 1805…. The
journey14 letters (tests/data/journey14) are named the same way: by file name Beinecke 1812,
Geneve 1813, Huntington 1805.
"""
from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import copy_project
from test_journey14 import _letters, _run

BY_DATE = ["me-huntington-1804", "me-beinecke-1812-02-20", "me-geneve-33-2-1813-08"]
BY_FILE = ["me-beinecke-1812-02-20", "me-geneve-33-2-1813-08", "me-huntington-1804"]
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    return _letters(tmp_path_factory.mktemp("order"))


def _ids(root):
    from triglot.edition import load
    return [d.id for d in load(root).documents]


def _set_order(root, value: str):
    settings = root / "triglot.toml"
    text = re.sub(r"(?m)^order = .*\n", "", settings.read_text("utf-8"))
    settings.write_text(text.replace("[edition]\n", f"[edition]\n{value}\n", 1) if value else text, "utf-8")


def test_the_letters_are_in_date_order_not_file_order(letters):
    assert _ids(letters) == BY_DATE


def test_the_order_setting_chooses_file_order_or_names_documents_first(letters):
    try:
        _set_order(letters, 'order = "file"')
        assert _ids(letters) == BY_FILE
        _set_order(letters, 'order = ["me-geneve-33-2-1813-08"]')   # the others follow, by date
        assert _ids(letters) == ["me-geneve-33-2-1813-08", "me-huntington-1804", "me-beinecke-1812-02-20"]
    finally:
        _set_order(letters, "")


def test_an_undated_document_goes_after_the_dated_ones(tmp_path):
    """A year-less date (`<date>` with no value, for the editor to settle) dates nothing."""
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8")
    dated = '<date when="1812-02-20">February 20, 1812</date>'
    assert dated in text
    doc.write_text(text.replace(dated, "<date>February 20</date>"), "utf-8")
    assert _ids(edition) == ["me-huntington-1804", "me-geneve-33-2-1813-08", "me-beinecke-1812-02-20"]


def test_a_text_dated_only_by_its_headers_creation_date_takes_that_date(tmp_path):
    """`profileDesc/creation/date` is TEI's place for the date of a text, where other projects (and
    editors who know a date from outside the text) put it: such a document was undated, last in
    the order and without a date on its page or in its library records."""
    from triglot.edition import load
    from triglot.library.document_date import dc_date
    edition = _letters(tmp_path)
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    text = doc.read_text("utf-8").replace('<date when="1812-02-20">February 20, 1812</date>', "<date>February 20</date>")
    doc.write_text(text, "utf-8")
    assert _ids(edition)[-1] == "me-beinecke-1812-02-20"
    doc.write_text(text.replace("<profileDesc>", '<profileDesc><creation><date when="1812-02-20"/></creation>', 1), "utf-8")
    assert _ids(edition) == BY_DATE
    beinecke = next(d for d in load(edition).documents if d.id == "me-beinecke-1812-02-20")
    assert dc_date(beinecke) == "1812-02-20"
    assert _run("--root", edition, "schema") == 0       # the edition's TEI subset gains <creation>
    assert _run("--root", edition, "validate") == 0


@pytest.mark.parametrize("value, message", [
    ('order = ["me-geneve-33-2-1813-08", "me-nowhere"]', "edition.order: 'me-nowhere' is not the id of a document in tei/"),
    ('order = "title"', "edition.order: 'title': give \"date\", \"file\" or a list of document ids"),
    ('order = ["me-huntington-1804", "me-huntington-1804"]', "edition.order: a document is listed twice"),
])
def test_a_wrong_order_is_refused_at_its_line_and_nothing_is_built(tmp_path, capsys, value, message):
    edition = _letters(tmp_path)
    _set_order(edition, value)
    line = edition.joinpath("triglot.toml").read_text("utf-8").splitlines().index(value) + 1
    capsys.readouterr()
    assert _run("--root", edition, "export") != 0
    err = capsys.readouterr().err
    assert f"triglot.toml:{line}: settings: {message}" in err and "Traceback" not in err
    assert not (edition / "build" / "export").exists()


def test_the_web_list_print_and_the_exports_follow_the_setting(tmp_path):
    """One order handed to every output: an editor's order is the web list's, the book's and
    the corpus's (the web list sorted by date on its own)."""
    from lxml import html

    from triglot.edition import load
    from triglot.print.book import body_source
    edition = _letters(tmp_path)
    chosen = ["me-geneve-33-2-1813-08", "me-beinecke-1812-02-20", "me-huntington-1804"]
    _set_order(edition, f"order = {chosen!r}".replace("'", '"'))
    assert _run("--root", edition, "build", "web") == 0
    home = html.parse(str(edition / "build" / "web" / "en" / "index.html")).getroot()
    listed = [a.get("href") for a in home.xpath("//li/h3/a[starts-with(@href, 'documents/')]")]
    assert listed == [f"documents/{d}.html" for d in chosen]
    book = etree.fromstring(body_source(load(edition), ("en", "fr")), etree.XMLParser(collect_ids=False))
    assert [t.get("{http://www.w3.org/XML/1998/namespace}id") for t in book.iter(f"{TEI}TEI")] == chosen
    assert _run("--root", edition, "export") == 0
    corpus = etree.parse(str(next((edition / "build" / "export").rglob("*-corpus.xml"))))
    assert [t.get("{http://www.w3.org/XML/1998/namespace}id") for t in corpus.iter(f"{TEI}TEI")] == chosen


def test_the_five_documents_run_by_the_date_of_their_text(tmp_path):
    """The real edition: its three 1920 documents by date, then the two articles by their
    publication (2025), which is their date; by file name moscow1921 came second."""
    assert _ids(copy_project(tmp_path)) == ["docs1920", "legran1920", "nkid1920", "mikoyan1937", "moscow1921"]
