"""encode --genre letter on letters nobody here wrote (journey 16's Twain, Lane, Page and House letters,
tests/data/journey16/README.md): a year written '01, a heading "To X, in Y:", and the correspDesc
proposed from the letter's heading, dateline and signature, which libraries get only once reviewed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import encode_from, run_cli as _run

DATA = Path(__file__).resolve().parent / "data" / "journey16"
T = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture
def edition(tmp_path) -> Path:
    root = tmp_path / "letters"
    assert _run("new", root, "--title", "Letters", "--translations", "fr", "--publisher", "Letters Press") == 0
    return root


def _encode(root: Path, name: str, *options: str):
    return encode_from(root, DATA, name, "--genre", "letter", *options)


def _dateline_date(doc):
    return doc.find(f".//{T}div[@type='base']//{T}dateline/{T}date")


def _corresp(doc):
    return doc.find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")


def _parties(desc, kind: str) -> list[tuple[str, str]]:
    action = desc.find(f"{T}correspAction[@type='{kind}']")
    return [] if action is None else [(etree.QName(el).localname, el.text or "") for el in action]


def test_a_year_written_with_an_apostrophe_takes_its_century_from_the_letters_given_date(edition):
    """"AMPERSAND, N. Y., July 28, '01." was a paragraph with no date in it: the dateline's year is
    its last two digits, the century the one the given date says, marked for review with the reason."""
    date = _dateline_date(_encode(edition, "twain-twichell-1901.txt", "--date", "1901-07-28"))
    assert date is not None and "".join(date.itertext()) == "July 28, '01"
    assert date.get("when") == "1901-07-28" and date.get("ana") == "#review"
    assert "“'01”" in date.getnext().text     # the year as the text writes it


def test_a_year_written_with_an_apostrophe_and_nothing_else_gets_no_guessed_century(edition):
    """Without a date given or stated, "'01" could be 1801, 1901 or 2001: the date is tagged with no
    value and the note says what is missing."""
    date = _dateline_date(_encode(edition, "twain-twichell-1901.txt"))
    assert date is not None and date.get("when") is None
    assert "century" in date.getnext().text


def test_a_letters_heading_to_x_in_y_is_its_heading_and_names_its_addressee(edition):
    """"To J. H. Twichell, in Hartford:" was a paragraph, so the dateline after it opened a new
    section; it heads the letter, and the correspDesc names its addressee and where he was."""
    doc = _encode(edition, "twain-twichell-1901.txt", "--date", "1901-07-28")
    base = doc.find(f".//{T}div[@type='base']")
    assert [etree.QName(el).localname for el in base][:2] == ["head", "dateline"]
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "To J. H. Twichell, in Hartford"
    desc = _corresp(doc)
    assert desc.get("ana") == "#review"
    assert _parties(desc, "received") == [("persName", "J. H. Twichell"), ("placeName", "Hartford")]
    assert _parties(desc, "sent") == [("date", "July 28, '01")]
    assert desc.find(f"{T}correspAction[@type='sent']/{T}date").get("when") == "1901-07-28"


def test_a_heading_from_x_names_the_writer_and_the_dateline_the_place_and_date(edition):
    doc = _encode(edition, "house-page-1914.txt", "--date", "1914-10-03")
    assert _parties(_corresp(doc), "sent") == [("persName", "Edward M. House"), ("date", "October 3rd, 1914")]
    doc = _encode(edition, "lane-wheeler-1914.txt", "--date", "1914-06-06")
    desc = _corresp(doc)
    assert _parties(desc, "sent") == [("placeName", "Washington"), ("date", "June 6, 1914")]
    assert _parties(desc, "received") == [("persName", "William R. Wheeler")]


def test_a_heading_x_to_y_names_both_parties(edition):
    from triglot.editor.correspondence import propose
    head = etree.fromstring(f'<head xmlns="{T[1:-1]}"><persName ref="psn:lane">Lane</persName> to '
                            '<persName>Wheeler</persName></head>')
    profile = etree.Element(f"{T}profileDesc")
    desc = propose(profile, [head], None)
    assert _parties(desc, "sent") == [("persName", "Lane")] and _parties(desc, "received") == [("persName", "Wheeler")]
    assert desc.find(f".//{T}persName").get("ref") == "psn:lane"


def test_a_letter_that_names_nobody_gets_no_correspdesc(edition):
    from triglot.editor.correspondence import propose
    para = etree.fromstring(f'<p xmlns="{T[1:-1]}">Nothing here.</p>')
    profile = etree.Element(f"{T}profileDesc")
    assert propose(profile, [para], None) is None and not len(profile)


def test_a_proposed_correspdesc_stays_out_of_the_library_export_until_reviewed(edition, capsys):
    """The proposal is the toolkit's guess: the export says so and keeps it out of the CMIF file and the
    library headers; once the editor removes the mark, the letter is in both."""
    _encode(edition, "lane-wheeler-1914.txt", "--date", "1914-06-06")
    capsys.readouterr()
    assert _run("--root", edition, "export") == 0
    err = capsys.readouterr().err
    assert "tei/lane-wheeler-1914.xml:" in err and "awaiting review" in err, err
    export = edition / "build" / "export"
    cmif = next((export / "cmif").glob("*-cmif.xml")).read_text(encoding="utf-8")
    assert "William R. Wheeler" not in cmif
    assert b"correspDesc" not in (export / "tei" / "lane-wheeler-1914.xml").read_bytes()
    path = edition / "tei" / "lane-wheeler-1914.xml"
    path.write_text(path.read_text(encoding="utf-8").replace('<correspDesc ana="#review">', "<correspDesc>"),
                    encoding="utf-8")
    assert _run("--root", edition, "export") == 0
    cmif = next((export / "cmif").glob("*-cmif.xml")).read_text(encoding="utf-8")
    assert "William R. Wheeler" in cmif
    assert b"correspDesc" in (export / "tei" / "lane-wheeler-1914.xml").read_bytes()


def test_a_header_date_under_review_refuses_the_export_at_its_line(edition, capsys):
    """A date given to encode that the letter's dateline contradicts awaits review in the header: the
    export named "bptl:onlyAllowedAttrs" and the Best Practices, at line 0; it is the review mark,
    at the date's line."""
    _encode(edition, "lane-jack-1917.txt", "--date", "1918-12-21")
    lines = (edition / "tei" / "lane-jack-1917.xml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if '<date when="1918-12-21" ana="#review"' in text)
    capsys.readouterr()
    assert _run("--root", edition, "export") != 0
    err = capsys.readouterr().err
    assert f"tei/lane-jack-1917.xml:{line}: review: the header's <date> is a proposal awaiting" in err, err


def test_a_first_line_from_a_place_with_a_date_is_the_dateline_not_a_heading():
    from triglot.editor.encode import segment
    blocks, _ = segment(["From London, 3 May 1920", "Dear Sir, I write."], letter=True)
    assert blocks[0].kind == "dateline"
    blocks, _ = segment(["From Edward M. House", "Dear Sir, I write."], letter=True)
    assert blocks[0].kind == "head"


def test_a_refused_export_names_every_file_at_once(edition, capsys):
    """The export stopped at the first document with a finding: an editor with two letters to fix
    learnt of the second only after fixing the first."""
    _encode(edition, "lane-jack-1917.txt", "--date", "1918-12-21")
    _encode(edition, "lane-wheeler-1914.txt", "--date", "1915-06-06")
    capsys.readouterr()
    assert _run("--root", edition, "export") != 0
    err = capsys.readouterr().err
    assert "tei/lane-jack-1917.xml:" in err and "tei/lane-wheeler-1914.xml:" in err, err


def test_a_reviewed_letter_without_a_sender_is_named_by_the_export(edition, capsys):
    """Twain's letter names only its addressee: reviewed and exported, its CMIF entry said nothing of
    who wrote it, and nothing told the editor."""
    _encode(edition, "twain-twichell-1901.txt", "--date", "1901-07-28")
    path = edition / "tei" / "twain-twichell-1901.xml"
    path.write_text(path.read_text(encoding="utf-8").replace('<correspDesc ana="#review">', "<correspDesc>"),
                    encoding="utf-8")
    capsys.readouterr()
    assert _run("--root", edition, "export") == 0
    err = capsys.readouterr().err
    assert "tei/twain-twichell-1901.xml:" in err and "cmif-sender: the letter's correspDesc names no sender" in err
    assert "cmif-addressee" not in err


def test_a_letter_whose_genre_term_has_markup_is_still_a_letter(edition, capsys):
    _encode(edition, "lane-jack-1917.txt", "--date", "1917-12-21")
    path = edition / "tei" / "lane-jack-1917.xml"
    text = path.read_text(encoding="utf-8")
    start = text.index("<correspDesc")
    text = text[:start] + text[text.index("</correspDesc>") + len("</correspDesc>"):]
    path.write_text(text.replace("<term>letter</term>", "<term><hi>letter</hi></term>"), encoding="utf-8")
    assert _run("--root", edition, "schema") == 0     # <hi> joins the project's subset, as its error says
    capsys.readouterr()
    assert _run("--root", edition, "export") == 0
    assert "cmif-letter: a letter without a correspDesc" in capsys.readouterr().err


def test_a_first_line_of_place_date_and_salutation_gives_the_dateline_and_the_letter(edition):
    """"Washington, December 21, 1917. Dear Colonel House, …" on one line left the letter undated (found
    by hostile round 19): its place and date are the dateline, the rest the letter's first paragraph."""
    seed = edition / "seeds" / "one-line.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text("Washington, December 21, 1917. Dear Colonel House, I have your letter of the 18th.\n"
                    "The rest is silence.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "one-line", "--genre", "letter") == 0
    doc = etree.parse(str(edition / "tei" / "one-line.xml"))
    assert _dateline_date(doc).get("when") == "1917-12-21"
    first = doc.find(f".//{T}div[@type='base']/{T}p")
    assert "".join(first.itertext()).startswith("Dear Colonel House, I have")
    assert _run("--root", edition, "validate") == 0


def test_a_letters_place_a_blank_line_and_its_date_are_its_dateline(edition):
    """"Washington", a blank line, "December 21, 1917": the place alone titled the letter and its date
    stood apart (hostile round 19); with one blank line between them they are one dateline."""
    seed = edition / "seeds" / "spaced.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text("Washington\n\nDecember 21, 1917\n\nDear Colonel House, I have your letter.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "spaced", "--genre", "letter") == 0
    doc = etree.parse(str(edition / "tei" / "spaced.xml"))
    first = doc.find(f".//{T}div[@type='base']/*")
    assert etree.QName(first).localname == "dateline" and "Washington" in "".join(first.itertext())
    assert _dateline_date(doc).get("when") == "1917-12-21"
    assert _run("--root", edition, "validate") == 0


def test_a_memorandums_from_and_to_lines_are_both_its_heading_and_name_both_parties(edition):
    """"From: X" over "To: Y, in Z" (a memorandum's or telegram's heading): the second line was a
    paragraph, so the correspDesc named the writer alone and the letter began with its addressee."""
    seed = edition / "seeds" / "memo.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text("From: Edward M. House\nTo: Walter H. Page, in London\nNew York, October 3rd, 1914.\n"
                    "Dear Page: The President has read your letter and agrees with it.\nEdward M. House\n", "utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "memo", "--genre", "letter", "--date", "1914-10-03") == 0
    doc = etree.parse(str(edition / "tei" / "memo.xml"))
    base = doc.find(f".//{T}div[@type='base']")
    assert [etree.QName(el).localname for el in base][:3] == ["head", "head", "dateline"]
    desc = _corresp(doc)
    assert _parties(desc, "sent")[0] == ("persName", "Edward M. House")
    assert _parties(desc, "received") == [("persName", "Walter H. Page"), ("placeName", "London")]
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "From Edward M. House to Walter H. Page, in London"
