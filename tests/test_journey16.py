"""Journey 16: a new editor starts an English edition of letters with French and German slots
(Mark Twain, Franklin K. Lane, Walter H. Page and Edward M. House, 1901-1917, from books in
the public domain) and publishes it; each test holds one fault that journey found (sources and
licences: tests/data/journey16/README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "journey16"
T = "{http://www.tei-c.org/ns/1.0}"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """A new edition, English base text, French and German slots, no register entries yet."""
    root = tmp_path_factory.mktemp("journey16") / "letters"
    assert _run("new", root, "--title", "Letters", "--base", "en", "--translations", "fr,de",
                "--publisher", "Journey Sixteen Press") == 0
    return root


def _encode(root: Path, name: str, date: str):
    seed = root / "seeds" / name
    seed.write_bytes((DATA / name).read_bytes())
    doc_id = name.removesuffix(".txt")
    assert _run("--root", root, "encode", seed, "--id", doc_id, "--genre", "letter", "--date", date) == 0
    return etree.parse(str(root / "tei" / f"{doc_id}.xml"))


def _names(doc, tag: str) -> list[str]:
    return ["".join(e.itertext()) for e in doc.iter(f"{T}{tag}")]


def test_a_middle_initial_m_is_no_french_monsieur(edition):
    """"From Edward M. House": the "M." between a forename and a surname is House's middle initial;
    encode read it as the French title and proposed a person "House" (entry "house"), cutting
    Edward off, in both letters of Page and House."""
    doc = _encode(edition, "house-page-1914.txt", "1914-10-03")
    assert "Edward M. House" in _names(doc, "persName"), _names(doc, "persName")
    assert "House" not in _names(doc, "persName")


def test_m_after_a_place_or_an_ordinary_word_stays_the_french_title():
    """The rule above leaves the title where the word before "M." is a place or an ordinary word."""
    from triglot.editor.recognize_press import press_mentions
    from triglot.gazetteer import Gazetteer
    for text, name in (("In London M. Cambon said so.", "Cambon"), ("Yesterday M. Briand spoke.", "Briand")):
        found = [text[s:e] for s, e, kind, _ in press_mentions(text, Gazetteer.default()) if kind == "person"]
        assert found == [name], (text, found)


def test_import_refuses_a_text_in_another_language_than_the_base(edition, capsys):
    """The Mondrian Edition's letter is Dutch (div type="original" xml:lang="nl") with the project's
    English translation beside it: import-tei put the Dutch text in the edition's English base text
    (div type="base" xml:lang="en") and left the translation out, exit 0; validate then passed a
    document that tells readers and libraries Dutch is English."""
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", DATA / "mondriaan-1909-06-24.xml", "--id", "mondriaan",
                "--licence-checked") == 1
    err = capsys.readouterr().err
    assert "mondriaan-1909-06-24.xml:" in err and "import-tei:" in err and "nl" in err, err
    assert "Traceback" not in err
    assert not (edition / "tei" / "mondriaan.xml").exists()
    assert not (edition / "seeds" / "mondriaan.xml").exists()


def test_register_add_works_after_the_first_encode(tmp_path, capsys):
    """`triglot new` copies the packaged schema; the first `encode` re-derived it from what the edition
    uses, and the empty registers use no listPerson, listPlace or listOrg: the new editor's first
    `register add` was refused ("<place> is not in the project's TEI subset") in a fresh edition."""
    root = tmp_path / "letters"
    assert _run("new", root, "--title", "Letters", "--base", "en", "--translations", "fr,de",
                "--publisher", "Journey Sixteen Press") == 0
    _encode(root, "lane-jack-1917.txt", "1917-12-21")
    capsys.readouterr()
    source = ["--source", "Wikipedia: Franklin K. Lane <https://en.wikipedia.org/wiki/Franklin_Knight_Lane>"]
    names = ["--name", "en=Washington", "--name", "fr=Washington", "--name", "de=Washington"]
    assert _run("--root", root, "register", "add", "place", "washington", "--geonames", "4140963",
                "--type", "city", *names) == 0, capsys.readouterr()
    assert _run("--root", root, "register", "add", "person", "franklin-lane", "--forename", "en=Franklin K.",
                "--surname", "en=Lane", "--forename", "fr=Franklin K.", "--surname", "fr=Lane",
                "--forename", "de=Franklin K.", "--surname", "de=Lane", "--role", "en=Secretary of the Interior",
                "--birth", "1864-07-15", *source) == 0, capsys.readouterr()
    assert _run("--root", root, "register", "add", "org", "interior", "--name", "en=Department of the Interior",
                "--name", "fr=Département de l'Intérieur", "--name", "de=Innenministerium", *source) == 0, \
        capsys.readouterr()
    assert _run("--root", root, "validate") == 0, capsys.readouterr()


def test_a_source_still_to_be_supplied_is_not_shown_as_the_source(edition):
    """encode leaves the seed's author, title and date as gaps for the editor; the web page, the home
    page's list and the book printed their instructions as the source ("Source: to be supplied by the
    editor: author: the text does not say who wrote it, …"), the way a genre or title still to be
    supplied is not shown."""
    from triglot.edition import load
    from triglot.print.book import source_line
    from triglot.web.data import gather_document
    seed = edition / "seeds" / "lane-wheeler-1914.txt"
    seed.write_bytes((DATA / "lane-wheeler-1914.txt").read_bytes())
    assert _run("--root", edition, "encode", seed, "--id", "lane-wheeler-1914", "--genre", "letter",
                "--date", "1914-06-06", "--source", "The Letters of Franklin K. Lane (1922)") == 0
    loaded = load(edition)
    doc = next(d for d in loaded.documents if d.id == "lane-wheeler-1914")
    shown = gather_document(loaded, doc).info.source
    printed = "".join(text for text, _ in source_line(doc))
    for line in (shown, printed):
        assert "to be supplied" not in line, line
        assert "The Letters of Franklin K. Lane (1922)" in line, line


def test_export_says_why_a_letter_is_not_in_the_cmif_file(edition, capsys):
    """The journey's five letters (encode --genre letter) have no reviewed correspDesc: the export wrote a
    CMIF file "Letters and telegrams in …" holding none of them, and neither its output nor the
    authority report said why."""
    if not (edition / "tei" / "lane-wheeler-1914.xml").exists():
        _encode(edition, "lane-wheeler-1914.txt", "1914-06-06")
    capsys.readouterr()
    assert _run("--root", edition, "export") == 0
    out = capsys.readouterr()
    report = (edition / "build" / "export" / "cmif" / "authority-report.txt").read_text(encoding="utf-8")
    for text in (out.out + out.err, report):
        assert "tei/lane-wheeler-1914.xml:" in text and "cmif-letter:" in text, text


def test_a_letters_first_line_of_place_and_date_is_its_dateline_not_its_title(edition):
    """"Washington, December 21, 1917" opening a letter (`--genre letter`) became its heading, so the
    letter's own date was listed in the chronology as an event; a text of another genre keeps its
    first line as its title."""
    doc = _encode(edition, "lane-jack-1917.txt", "1917-12-21")
    first = doc.find(f".//{T}div[@type='base']/*")
    assert first.tag == f"{T}dateline" and "".join(first.itertext()) == "Washington, December 21, 1917"
    seed = edition / "seeds" / "article.txt"
    seed.write_text("Washington, December 21, 1917\n\nThe war will degrade us, the writer said.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "article", "--genre", "article") == 0
    first = etree.parse(str(edition / "tei" / "article.xml")).find(f".//{T}div[@type='base']/*")
    assert first.tag == f"{T}head"


def test_an_index_in_a_language_without_a_print_catalog_names_its_language(edition):
    """An en-fr book's French indexes were titled "Index of persons" and "Index of places" in the
    English strings they fall back to, so its contents listed each title twice, the French
    index not told from the English one."""
    from triglot.edition import load
    from triglot.print.book import index_title
    letters = load(edition)
    assert index_title(letters, "persons", "en") == "Index of persons"
    assert index_title(letters, "persons", "fr") == "Index of persons (French)"
    assert index_title(letters, "places", "de") == "Index of places (German)"
    from conftest import ROOT
    real = load(ROOT)
    assert index_title(real, "persons", "ru") == next(
        m.msgstr for m in __import__("polib").pofile(str(ROOT / "translations/ui/ru/LC_MESSAGES/print.po"))
        if m.msgid == "Index of persons")
