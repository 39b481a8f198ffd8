"""Each document's own date in its MODS and Dublin Core records, beside the edition's.

The records gave the edition's publication date only: a catalogue took a letter of 1805 for a
text of 2026. The journey14 letters (tests/data/journey14) and the edition's own documents.
"""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import copy_project
from test_journey14 import _letters, _run
from triglot.library import mods

M = {"m": "http://www.loc.gov/mods/v3"}
DC = {"dc": "http://purl.org/dc/elements/1.1/"}


def _created(folder, doc_id):
    """(point, qualifier, keyDate, value) of each dateCreated, and the dateIssued's keyDate."""
    rec = etree.parse(str(folder / "mods" / f"{doc_id}.xml"))
    assert mods.mods_schema().validate(rec), mods.mods_schema().error_log
    created = [(d.get("point"), d.get("qualifier"), d.get("keyDate"), d.text)
               for d in rec.iterfind("m:originInfo[@eventType='production']/m:dateCreated", M)]
    issued = rec.find("m:originInfo[@eventType='publication']/m:dateIssued", M)
    return created, issued.get("keyDate")


def _dc_dates(folder, doc_id):
    return [d.text for d in etree.parse(str(folder / "dc" / f"{doc_id}.xml")).iterfind(".//dc:date", DC)]


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    edition = _letters(tmp_path_factory.mktemp("dates"))
    # one letter the editors date only between two years, for the bounds
    doc = edition / "tei" / "me-geneve-33-2-1813-08.xml"
    doc.write_text(doc.read_text("utf-8").replace('<date when="1813-08" cert="high">',
                                                  '<date notBefore="1813-08" notAfter="1813-09">'), "utf-8")
    # and one whose date has no year: tagged for the editor, no value
    doc = edition / "tei" / "me-beinecke-1812-02-20.xml"
    doc.write_text(doc.read_text("utf-8").replace('<date when="1812-02-20">February 20, 1812</date>',
                                                  "<date>February 20</date>"), "utf-8")
    assert _run("--root", edition, "export") == 0
    return edition / "build" / "export"


def test_a_letter_guessed_1805_is_a_questionable_1805_not_a_text_of_the_edition_year(letters):
    assert _created(letters, "me-huntington-1804") == ([(None, "questionable", "yes", "1805")], None)
    assert _dc_dates(letters, "me-huntington-1804") == ["1805?", "2026-12-04"]
    # a date with no year gives none (the file name's and the closer's 1812 are not taken):
    # the edition's publication stays the one date and the key date
    assert _created(letters, "me-beinecke-1812-02-20") == ([], "yes")
    assert _dc_dates(letters, "me-beinecke-1812-02-20") == ["2026-12-04"]


def test_bounds_are_an_approximate_start_and_end(letters):
    assert _created(letters, "me-geneve-33-2-1813-08") == (
        [("start", "approximate", "yes", "1813-08"), ("end", "approximate", None, "1813-09")], None)
    assert _dc_dates(letters, "me-geneve-33-2-1813-08") == ["1813-08/1813-09", "2026-12-04"]


@pytest.fixture(scope="module")
def five(tmp_path_factory):
    from triglot.library.command import export
    project = copy_project(tmp_path_factory.mktemp("five"))
    return export(project, project / "build").folder


def test_the_editions_documents_carry_the_date_of_their_text(five):
    """A collection of 29 June to 3 July 1920 is a range; a letter its day; an article its own
    publication, which is its date. The edition's record keeps its publication alone."""
    assert _created(five, "docs1920")[0] == [("start", None, "yes", "1920-06-29"), ("end", None, None, "1920-07-03")]
    assert _created(five, "legran1920")[0] == [(None, None, "yes", "1920-12-21")]
    assert _created(five, "moscow1921")[0] == [(None, None, "yes", "2025-03-26")]
    assert _dc_dates(five, "docs1920")[0] == "1920-06-29/1920-07-03"
    assert _dc_dates(five, "legran1920")[0] == "1920-12-21"
    rec = etree.parse(str(five / "mods" / mods.EDITION_RECORD))
    assert rec.find("m:originInfo[@eventType='production']", M) is None
    assert rec.find("m:originInfo[@eventType='publication']/m:dateIssued", M).get("keyDate") == "yes"
