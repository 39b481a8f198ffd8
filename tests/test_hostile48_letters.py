"""hostile48: a letters edition that gives every letter its own lists of persons and places (ACDH's Schnitzler
letters: text/back/listPlace in each file, Vienna as "pmb50" in all of them), imported letter by letter.

Each import made a new register entry of the same place ("pmb50", "pmb50-2", …), splitting Vienna's mentions in
the register, the index and CMIF. The letters are as published (tests/data/strangers/README.md); the one edit is
the contrast's, said there.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from test_hostile47_leftovers import _new
from triglot.edition import load

LETTERS = Path(__file__).resolve().parent / "data" / "strangers" / "schnitzler"


def _edition(cli, tmp_path: Path) -> Path:
    return _new(cli, tmp_path, base="de", translations="en")


def _import(cli, edition: Path, source: Path) -> str:
    code, out, err = cli("--root", edition, "import-tei", source)
    assert code == 0, err
    return out


def _vienna(edition: Path) -> list[str]:
    places = load(edition).registers["places"].entries.values()
    return [entry.id for entry in places if entry.names.get("de") == "Wien"]


def test_a_place_in_two_letters_own_lists_under_one_key_and_name_is_one_entry(cli, tmp_path):
    edition = _edition(cli, tmp_path)
    _import(cli, edition, LETTERS / "L00004.xml")
    out = _import(cli, edition, LETTERS / "L00100.xml")
    assert _vienna(edition) == ["pmb50"], _vienna(edition)
    assert "plc:pmb50 (pmb50 “Wien” of an earlier import's own list)" in out, out
    assert 'ref="plc:pmb50"' in (edition / "tei" / "l00100.xml").read_text("utf-8")


def test_the_same_key_with_another_name_is_another_entry(cli, tmp_path):
    """The contrast: a second file whose own "pmb50" is named otherwise (the copy's back list edited to "Graz") is
    not taken for the first file's Vienna: a key alone does not make two projects' entries one."""
    edition = _edition(cli, tmp_path)
    _import(cli, edition, LETTERS / "L00004.xml")
    other = tmp_path / "L00100.xml"
    shutil.copy(LETTERS / "L00100.xml", other)
    text = other.read_text("utf-8")
    back = text.index("<back>")
    other.write_text(text[:back] + text[back:].replace("<placeName>Wien</placeName>", "<placeName>Graz</placeName>",
                                                        1), "utf-8")
    _import(cli, edition, other)
    places = load(edition).registers["places"].entries
    assert places["pmb50"].names["de"] == "Wien"
    assert places["pmb50-2"].names["de"] == "Graz"


ESCHER = LETTERS.parent / "escher" / "K_0550_Furrer_Jonas_an_Escher_1848-03-26.xml"


def test_a_name_typed_for_the_other_side_of_the_letter_is_said_at_its_line(cli, tmp_path):
    """The Escher letters put sender and addressee both in correspAction type="sent", told apart by persName/@type
    (which contradicts the title: "Furrer Jonas an Escher" types Furrer the addressee). The type is not kept, so the
    edition's header says both sent it; main said nothing of it."""
    edition = _edition(cli, tmp_path)
    code, out, err = cli("--root", edition, "import-tei", "--licence-checked", ESCHER)
    assert code == 0, err
    seed = "seeds/k-0550-furrer-jonas-an-escher-1848-03-26.xml"
    assert (f"{seed}:2: correspDesc: <persName type=\"addressee\"> 'Jonas Furrer' in correspAction type=\"sent\" is "
            "typed for the other side of the letter") in err, err
    assert "Alfred Escher" not in err.split("correspDesc:", 1)[1].split("\n", 1)[0]   # typed sender: as it should be


def test_a_letter_whose_names_carry_no_role_type_says_nothing_of_roles(cli, tmp_path):
    edition = _edition(cli, tmp_path)
    code, out, err = cli("--root", edition, "import-tei", LETTERS / "L00004.xml")
    assert code == 0, err
    assert "correspDesc:" not in err
