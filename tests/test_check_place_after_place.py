"""`check`'s unknown-name rule names the island after a port: journey 25's armistice closes "Signed in
duplicate … at Port Mudros, Lemnos, October the 30th, 1918.", and check reported "Port Mudros" but not
"Lemnos": GeoNames knows the island as Limnos, and no cue of place stands before it, only the place
named after "at" and its comma. One word after such a place, ending at a comma or a stop, is the island,
province or country that holds it."""
from __future__ import annotations

import shutil

import pytest

from lxml import etree

from conftest import ROOT, make_project
from triglot.editor.recognize import Recogniser
from triglot.tei import NS


def _own_text(el) -> list[str]:
    """The element's text without comments (encode's review notes)."""
    return [t for t in el.xpath(".//text()[not(parent::comment())]")]


def test_check_reports_the_island_after_the_port(cli, tmp_path):
    root = make_project(tmp_path, "shared-alike")
    seed = root / "seeds" / "mudros-armistice-1918.txt"
    shutil.copy(ROOT / "tests" / "data" / "journey25" / seed.name, seed)
    code, _, err = cli("--root", root, "encode", seed, "--id", "mudros", "--genre", "treaty", "--date", "1918-10-30")
    assert code == 0, err
    path = root / "tei" / "mudros.xml"
    tree = etree.parse(str(path))
    trailer = tree.find(".//t:trailer", NS)
    assert "Lemnos" in [el.text for el in trailer.iterfind("t:placeName", NS)]     # encode proposes it
    text = "".join(_own_text(trailer))
    for child in list(trailer):
        trailer.remove(child)
    trailer.text = text                                # the line as an editor leaves it untagged
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    _, out, err = cli("--root", root, "check", "--rule", "unknown-name")
    said = out + err
    assert [line for line in said.splitlines() if "unknown-name" in line and "“Lemnos”" in line], said


@pytest.mark.parametrize("text, name", [
    ("Paris, Monday, the delegates met in Kars, Tuesday.", None),       # a day is no place
    ("In Moscow, Lenin said that it was so.", None),                    # a person who says something
    ("In Kutaisi, Mdzevari and Gelovani met.", None),                   # a list's first name goes on with "and"
])
def test_the_word_after_a_place_and_its_comma_is_no_place_where_the_sentence_says_otherwise(text, name):
    found = [m.text for m in Recogniser(known_surnames=set()).find(text, False) if m.kind == "place"
             and m.why.startswith("after a place and its comma")]
    assert found == ([name] if name else [])
