"""Registers named as the editors like: the settings name each register and its file, so
nothing may look registers up by the names this edition happens to use (persons, places).

Before: `build web` stopped with KeyError 'persons' on an edition whose settings said
`people = { file = "people.xml", kind = "person" }`, and `encode` pointed every name of a new
document at persons.xml and places.xml, files such an edition does not have.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

T = "{http://www.tei-c.org/ns/1.0}"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


def _edition(tmp_path: Path) -> Path:
    edition = tmp_path / "renamed"
    assert _run("new", edition, "--title", "Renamed registers", "--base", "en", "--translations", "fr",
                "--publisher", "Renamed Registers Press") == 0
    settings = edition / "triglot.toml"
    text = settings.read_text("utf-8")
    for old, new, file in (("persons", "people", "people.xml"), ("places", "gazetteer", "gazetteer.xml")):
        text = text.replace(f'{old} = {{ file = "{old}.xml"', f'{new} = {{ file = "{file}"')
        (edition / "tei" / f"{old}.xml").rename(edition / "tei" / file)
    settings.write_text(text, "utf-8")
    assert _run("--root", edition, "register", "add", "person", "enver-pasha", "--name", "en=Enver Pasha",
                "--name", "fr=Enver Pacha", "--forename", "en=Enver", "--surname", "en=Pasha") == 0
    assert _run("--root", edition, "register", "add", "place", "kars", "--name", "en=Kars", "--name", "fr=Kars",
                "--type", "city") == 0
    (edition / "seeds" / "note.txt").write_text("A note on Kars\n"
                                                "Enver Pasha reached Kars in the winter of 1914.\n", "utf-8")
    assert _run("--root", edition, "encode", edition / "seeds" / "note.txt", "--id", "note") == 0
    return edition


def test_encode_points_names_at_the_register_files_the_settings_name(tmp_path):
    edition = _edition(tmp_path)
    doc = etree.parse(str(edition / "tei" / "note.xml"))
    patterns = {pd.get("ident"): pd.get("replacementPattern") for pd in doc.iter(f"{T}prefixDef")}
    assert patterns["psn"] == "people.xml#$1" and patterns["plc"] == "gazetteer.xml#$1"
    assert patterns["org"] == "orgs.xml#$1"
    refs = {el.get("ref") for el in doc.iter(f"{T}persName", f"{T}placeName")}
    assert {"psn:enver-pasha", "plc:kars"} <= refs


def test_an_edition_with_registers_named_otherwise_validates_and_builds_its_register_pages(tmp_path, capsys):
    edition = _edition(tmp_path)
    capsys.readouterr()
    assert _run("--root", edition, "validate") == 0, capsys.readouterr()
    assert _run("--root", edition, "build", "web") == 0, capsys.readouterr()
    site = edition / "build" / "web" / "en"
    assert "Enver Pasha" in (site / "persons.html").read_text("utf-8")
    assert "Kars" in (site / "places.html").read_text("utf-8")
    page = (site / "documents" / "note.html").read_text("utf-8")
    assert 'data-entry="enver-pasha"' in page or "enver-pasha" in page
