"""Journey 25: an editor brings a treaty; what journey 24l left in encode's header (the date of a text
known as a range is in test_editor_encode_date.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT
from triglot.tei import NS

M = {"m": "http://www.loc.gov/mods/v3"}
NOTE = ("Note on the Frontier\n\nThe Secretary of State (Colby) to the Ambassador in France (Wallace)\n\n"
        "Washington, June 3, 1920.\n\nThe frontier runs from Kars to Erivan.\n")
SOURCE = "Papers relating to the Foreign Relations of the United States, 1920, vol. III"


@pytest.fixture
def edition(tmp_path) -> Path:
    """An exportable fixture edition with a FRUS note in seeds/."""
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    (root / "seeds" / "note.txt").write_text(NOTE, encoding="utf-8")
    return root


def _encode(cli, root, *options):
    code, _, err = cli("--root", root, "encode", root / "seeds" / "note.txt", "--id", "note", "--genre", "letter",
                       "--source", SOURCE, *options)
    assert code == 0, err
    return etree.parse(str(root / "tei" / "note.xml"))


def _mods(cli, root):
    code, _, err = cli("--root", root, "export")
    assert code == 0, err
    return etree.parse(str(root / "build" / "export" / "mods" / "note.xml")).getroot()


def test_encodes_working_note_for_the_editor_stays_out_of_the_librarys_record(cli, edition):
    """The skeleton's "the markup of names and dates was proposed from the registers for the editor's
    review", a note on the source's bibl, was printed as a note of the source in the MODS record."""
    _encode(cli, edition)
    record = _mods(cli, edition)
    said = [" ".join("".join(n.itertext()).split()) for n in record.iterfind(".//m:note", M)]
    assert not [n for n in said if "triglot" in n or "review" in n], said


def test_the_sources_date_given_to_encode_is_where_the_source_is_cited(cli, edition):
    """encode had no option for the source's date: a FRUS letter of June 3, 1920 (printed in 1936) had
    its dateline's day as its source's date, and MODS said the FRUS volume was issued on 1920-06-03."""
    tree = _encode(cli, edition, "--source-date", "1936")
    assert tree.find(".//t:sourceDesc/t:bibl[@type='seed']/t:date", NS).get("when") == "1936"
    record = _mods(cli, edition)
    issued = [d.text for d in record.iterfind("m:relatedItem[@type='original']//m:dateIssued", M)]
    assert issued == ["1936"]
    dc = etree.parse(str(edition / "build" / "export" / "dc" / "note.xml"))
    source = dc.findtext(".//{http://purl.org/dc/elements/1.1/}source")
    assert SOURCE in source and "1936" in source
    from triglot.edition import load
    from triglot.web.data import _doc_info
    loaded = load(edition)
    assert _doc_info(loaded.document("note"), loaded.settings).source.endswith("1936")   # the web's citation


def test_a_source_date_that_is_a_range_is_refused_and_nothing_is_written(cli, edition):
    code, _, err = cli("--root", edition, "encode", edition / "seeds" / "note.txt", "--id", "note",
                       "--source-date", "1936/1937")
    assert code == 1 and err.startswith("--source-date:0: encode: ") and "Traceback" not in err, err
    assert not (edition / "tei" / "note.xml").exists()


@pytest.mark.parametrize("heading, sender, recipient", [
    ("The Secretary of State (Colby) to the Ambassador in France (Wallace)", ["Colby"], ["Wallace"]),
    ("The High Commissioner at Constantinople ( Bristol ) to the Secretary of State", ["Bristol"], []),
])
def test_a_frus_heading_gives_the_office_holders_in_brackets_as_sender_and_recipient(
        cli, edition, heading, sender, recipient):
    """The proposed correspDesc of "The Secretary of State (Colby) to the Ambassador in France (Wallace)"
    had no sender: only names the tagger tagged were read, and it did not tag "Colby"."""
    (edition / "seeds" / "note.txt").write_text(NOTE.replace(
        "The Secretary of State (Colby) to the Ambassador in France (Wallace)", heading), encoding="utf-8")
    tree = _encode(cli, edition)
    desc = tree.find(".//t:profileDesc/t:correspDesc", NS)
    assert desc.get("ana") == "#review"         # a proposal, as the others
    persons = {kind: [" ".join("".join(n.itertext()).split())
                      for n in desc.iterfind(f"t:correspAction[@type='{kind}']/t:persName", NS)]
               for kind in ("sent", "received")}
    assert persons == {"sent": sender, "received": recipient}
    code, _, err = cli("--root", edition, "validate")
    assert code == 0, err


def test_register_list_takes_the_kind_as_register_add_does(cli, tmp_path):
    """`register add org …` names the kind first; `register list org` stopped with the whole command's
    usage ("unrecognized arguments: org") and an editor had to find --kind in the help."""
    from conftest import copy_project
    root = copy_project(tmp_path / "project")
    code, out, err = cli("--root", root, "register", "list", "org")
    assert code == 0, err
    kinds = {line.split("\t")[1] for line in out.splitlines()}
    assert kinds == {"org"}
    assert cli("--root", root, "register", "list", "--kind", "org")[1] == out


def test_a_treatys_signing_line_closes_it_as_a_trailer(cli, edition):
    """The Armistice of Mudros' last line, "Signed in duplicate on board … at Port Mudros, Lemnos,
    October the 30th, 1918.", was encoded as one more paragraph, a twenty-sixth clause; TEI's place for
    it is a trailer, which is also the only block it admits after the articles an editor puts in divs."""
    (edition / "seeds" / "note.txt").unlink()       # a seed no document encodes is a problem of its own
    seed = edition / "seeds" / "mudros-armistice-1918.txt"
    shutil.copy(ROOT / "tests" / "data" / "journey25" / seed.name, seed)
    code, _, err = cli("--root", edition, "encode", seed, "--id", "mudros", "--genre", "treaty",
                       "--date", "1918-10-30")
    assert code == 0, err
    base = etree.parse(str(edition / "tei" / "mudros.xml")).find(".//t:div[@type='base']", NS)
    blocks = [(etree.QName(el).localname, "".join(el.itertext())[:6]) for el in base]
    # (the clauses before it are the articles' divisions encode proposes: test_editor_encode_articles.py)
    assert blocks[-1] == ("trailer", "Signed") and [k for k, _ in blocks[:-1]] == ["div"] * 8, blocks
    code, _, err = cli("--root", edition, "validate")
    assert code == 0, err



def test_the_printed_book_gives_a_treatys_date_under_its_title(cli, edition):
    """A document that is no letter had no date line in the book: the armistice's 30 October 1918 (its
    header's creation date, shown on its web page) was printed only in the chronology at the back."""
    (edition / "seeds" / "note.txt").unlink()
    seed = edition / "seeds" / "mudros-armistice-1918.txt"
    shutil.copy(ROOT / "tests" / "data" / "journey25" / seed.name, seed)
    assert cli("--root", edition, "encode", seed, "--id", "mudros", "--genre", "treaty", "--date", "1918-10-30")[0] == 0
    from triglot.edition import load
    from triglot.print.book import dateplace_lines
    loaded = load(edition)
    doc = loaded.document("mudros")
    assert dateplace_lines(loaded, doc, "en") == ["October 30, 1918"]
    assert dateplace_lines(loaded, doc, "ru") == ["30 октября 1918\u202fг."]     # CLDR's narrow no-break space
