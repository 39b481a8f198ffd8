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
