"""A register's line of context (the words around a name in its passage) is read from the passage
once for all the names in it, not once per name: gathering the edition read its 495 passages'
text 1,482 times, once per mention (coldweb36). Counted, not timed; the lines are those read one
name at a time, on the edition's documents and on passages made to trip a shared reading."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from triglot.edition import load
from triglot.web import data

ROOT = Path(__file__).resolve().parents[1]
TEI = "http://www.tei-c.org/ns/1.0"


@pytest.fixture(scope="module")
def edition():
    return load(ROOT)


def _mentions(edition, doc):
    return list(data.gather_document(edition, doc).mentions)


def test_each_passage_is_read_at_most_twice_for_its_names(edition, monkeypatch):
    passages, naming = [], []
    real, annotate = data._text_without_notes, data._annotate_names

    def counted(el):
        if naming and (el.get(data.tg("block")) or data.is_slot(el)):
            passages.append(el)
        return real(el)

    def names(*args):          # the names' lines, not the dates' (read once each, as before)
        naming.append(True)
        try:
            return annotate(*args)
        finally:
            naming.clear()
    monkeypatch.setattr(data, "_text_without_notes", counted)
    monkeypatch.setattr(data, "_annotate_names", names)
    mentions = 0
    for doc in edition.documents:
        passages.clear()
        mentions += len([m for m in data.gather_document(edition, doc).mentions if m.context])
        read = {}
        for el in passages:
            read[el] = read.get(el, 0) + 1
        assert max(read.values()) <= 2, (doc.id, max(read.values()))
    assert mentions > 500         # the edition's mentions with a line (1,482 when counted)


def test_the_lines_are_those_read_one_name_at_a_time(edition, monkeypatch):
    shared = {doc.id: _mentions(edition, doc) for doc in edition.documents}
    monkeypatch.setattr(data, "_marked", lambda block: None)      # each name read alone, as before
    alone = {doc.id: _mentions(edition, doc) for doc in edition.documents}
    assert shared == alone
    assert sum(1 for ms in shared.values() for m in ms if m.context) > 500


@pytest.mark.parametrize("passage", [
    # an empty name: a mark between two spaces would keep both
    '<p>Before <persName ref="#a">Ann</persName> and <persName ref="#b"/> then '
    '<placeName ref="#c">Kars</placeName> at last.</p>',
    # a combining accent after a name (a mark between would keep it apart), names in names, a note
    '<p>Le <persName ref="#a">Rene</persName>\u0301 de <orgName ref="#o"><placeName ref="#c">Kars</placeName> '
    'Soviet</orgName> <note>a <persName ref="#n">Note</persName> here</note> et '
    '<hi>  <placeName ref="#d">Erzurum</placeName>  </hi> fin.</p>',
    # the mark's own characters already in the text
    '<p>Odd \uFFF0 text <persName ref="#a">A</persName>, <persName ref="#b">B</persName>, '
    '<persName ref="#c">C</persName>.</p>',
    # many names in nested elements with spaces at their edges
    '<p>' + " ".join(f'<hi> <persName ref="#p{i}">Name {i}</persName> </hi>' for i in range(30)) + '</p>',
])
def test_a_passage_made_to_trip_a_shared_reading_gives_the_same_lines(passage):
    block = etree.fromstring(passage.replace("<p>", f'<p xmlns="{TEI}">', 1))
    names = list(block.iter(f"{{{TEI}}}persName", f"{{{TEI}}}placeName", f"{{{TEI}}}orgName"))
    alone = [data._context(el, block) for el in names]
    marked: dict = {}
    assert [data._context(el, block, marked) for el in names] == alone
    assert etree.tostring(block, encoding="unicode") == etree.tostring(
        etree.fromstring(passage.replace("<p>", f'<p xmlns="{TEI}">', 1)), encoding="unicode")
