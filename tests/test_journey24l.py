"""Journey 24l: an editor brings two FRUS papers of 1920 (tests/data/journey24l/README.md, sources
and licence) through encode, the registers, translation and the exports; each test is one thing
that misled the editor on the way."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import encode_from, run_cli as _run

DATA = Path(__file__).resolve().parent / "data" / "journey24l"
T = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture
def edition(tmp_path) -> Path:
    root = tmp_path / "papers"
    assert _run("new", root, "--title", "Papers", "--translations", "fr", "--publisher", "Papers Press") == 0
    return root


def _encode(root: Path, name: str, *options: str):
    return encode_from(root, DATA, name, *options)


def test_encode_genre_telegram_proposes_a_correspdesc_as_for_a_letter(edition):
    """`encode --genre telegram` proposed no correspDesc (only "letter" counted), and `export` then
    left the telegram out of the CMIF file with a cmif-letter warning that it had none."""
    doc = _encode(edition, "bristol-1920-telegram-609.txt", "--genre", "telegram", "--date", "1920-11-30")
    desc = doc.find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")
    assert desc is not None and desc.get("ana") == "#review"
    assert desc.find(f"{T}correspAction[@type='sent']/{T}date").get("when") == "1920-11-30"


def test_register_add_keeps_a_persons_name_given_beside_forename_and_surname(edition):
    """`register add person dro --name en=Dro --forename en=Drastamat --surname en=Kanayan` wrote
    "Drastamat Kanayan" and dropped "Dro", the name the telegram uses, without a word: retag then
    could not find him. The name given is kept as a variant of its language."""
    assert _run("--root", edition, "register", "add", "person", "dro", "--name", "en=Dro",
                "--forename", "en=Drastamat", "--surname", "en=Kanayan", "--name", "fr=Dro") == 0
    person = etree.parse(str(edition / "tei" / "persons.xml")).find(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='dro']")
    names = [("".join(n.itertext()).strip(), n.get("type")) for n in person.iterfind(f"{T}persName")
             if n.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"]
    assert ("Dro", "variant") in names
    assert person.find(f"{T}persName/{T}surname").text == "Kanayan"


def test_a_letters_correspdesc_pointing_at_its_whole_text_gives_mods_its_addressee_and_place(edition):
    """ENCODING asks for `corresp="#DIV-OR-QUOTE-ID"` on each correspDesc; given the base text's id
    (the whole letter), the MODS record lost the addressee and the place of writing that CMIF
    carried, as if the correspDesc described a quoted part."""
    import re
    from triglot.library.command import export
    _encode(edition, "colby-1920-note-to-geddes.txt", "--genre", "letter", "--date", "1920")
    tei = edition / "tei" / "colby-1920-note-to-geddes.xml"
    reviewed = """<correspDesc corresp="#colby-1920-note-to-geddes.en">
        <correspAction type="sent">
          <persName>Bainbridge Colby</persName>
          <placeName>Washington</placeName>
          <date notBefore="1920-08-06" notAfter="1920-12-31"/>
        </correspAction>
        <correspAction type="received">
          <persName>Auckland Geddes</persName>
        </correspAction>
      </correspDesc>"""
    tei.write_text(re.sub(r'<correspDesc ana="#review">.*?</correspDesc>', reviewed, tei.read_text("utf-8"),
                          flags=re.S), "utf-8")
    folder = export(edition, edition / "build").folder
    m = {"m": "http://www.loc.gov/mods/v3"}
    mods = etree.parse(str(folder / "mods" / "colby-1920-note-to-geddes.xml"))
    assert mods.xpath("/m:mods/m:name[m:role/m:roleTerm[@type='code'] = 'rcp']/m:namePart/text()",
                      namespaces=m) == ["Auckland Geddes"]
    assert mods.xpath("/m:mods/m:originInfo[@eventType='production']/m:place/m:placeTerm/text()",
                      namespaces=m) == ["Washington"]


def test_register_show_given_a_pointer_from_the_text_says_which_id_to_give(edition, capsys):
    """`register show plc:igdir`, the form the editor reads in ref="plc:igdir", answered only "no
    entry with the id 'plc:igdir'", as if the entry did not exist."""
    _encode(edition, "bristol-1920-telegram-609.txt", "--genre", "telegram", "--date", "1920-11-30")
    assert _run("--root", edition, "register", "add", "place", "igdir", "--name", "en=Igdir", "--name", "fr=Iğdır") == 0
    capsys.readouterr()
    assert _run("--root", edition, "register", "show", "plc:igdir") == 1
    err = capsys.readouterr().err
    assert "plc:igdir" in err and "give igdir" in err


def test_register_add_help_shows_a_source_as_one_quoted_argument(capsys):
    """The help's `--source TEXT <URL>` read as two arguments; given so, argparse refused the URL as an
    unrecognized argument and nothing said how to write a source."""
    with pytest.raises(SystemExit):
        _run("register", "add", "--help")
    out = capsys.readouterr().out
    assert '--source "TEXT <URL>"' in out and "angle brackets" in out


@pytest.mark.parametrize("corresp", ["", "#bristol-1920-telegram-609.en"])
def test_a_letters_archival_reference_belongs_to_the_letter_not_a_second_document(edition, corresp):
    """A single telegram's file reference (an msDesc naming no part of the text) was listed on its
    page as item 2 of "Documents in this text", beside the telegram itself, when its correspDesc named
    the whole text; it is the telegram's reference."""
    from triglot.edition import load
    from triglot.web.docmeta import describe
    doc = _encode(edition, "bristol-1920-telegram-609.txt", "--genre", "telegram", "--date", "1920-11-30")
    path = edition / "tei" / "bristol-1920-telegram-609.xml"
    text = path.read_text("utf-8")
    ms = ('<msDesc xml:id="ms-nara-760j"><msIdentifier><repository>National Archives</repository>'
          '<idno type="file">760j.67/39</idno></msIdentifier></msDesc>')
    text = text.replace("</sourceDesc>", ms + "</sourceDesc>", 1)
    if corresp:
        text = text.replace("<correspDesc ", f'<correspDesc corresp="{corresp}" ', 1)
    path.write_text(text, "utf-8")
    ed = load(edition)
    parts = describe(ed.document("bristol-1920-telegram-609"), ed).parts
    assert len(parts) == 1, parts
    assert [a[1] for a in parts[0].archival] == ["National Archives, file 760j.67/39"], parts
