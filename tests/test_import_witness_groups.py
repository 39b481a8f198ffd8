"""A reading that names its witnesses by a group: TEI's listWit may carry an xml:id, and a reading's @wit may
point at the group ("#printed") for every witness in it (the Guidelines, 12.1.4.1: "witnesses … may be grouped
… a listWit element with an identifier"). The source here is Digital Mitford's letter to Haydon (README in
tests/data/import-tei), its printed witness put in a group of its own and every reading of it pointing at the
group: read as the printed witness (--witness LEst1870), the text must be what the letter gives that witness
when the readings name it directly. hostile46 gave it nothing at every such app (its own reading not found,
so "no reading"), and main before it gave the manuscript's words as the print's."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
HAYDON = DATA / "mitford-1821-10-31-BRHaydon.xml"
T = "{http://www.tei-c.org/ns/1.0}"


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


def _imported_text(tmp_path: Path, name: str, source: Path, capsys, *extra) -> tuple[str, str]:
    edition = tmp_path / name
    assert _run("new", edition, "--title", "Letters of Mitford", "--base", "en", "--translations", "fr",
                "--publisher", "Import Test Press") == 0
    capsys.readouterr()
    assert _run("--root", edition, "import-tei", source, "--id", "letter", *extra) == 0
    said = capsys.readouterr().out
    base = etree.parse(str(edition / "tei" / "letter.xml")).find(f".//{T}div[@type='base']")
    assert _run("--root", edition, "validate") == 0, capsys.readouterr()
    return " ".join(" ".join(base.itertext()).split()), said


def _grouped(tmp_path: Path) -> Path:
    text = HAYDON.read_text(encoding="utf-8")
    start = text.index('<witness xml:id="LEst1870">')
    end = text.index("</witness>", start) + len("</witness>")
    grouped = (text[:start] + '<listWit xml:id="printed">' + text[start:end] + "</listWit>" + text[end:])
    assert grouped.count('wit="#LEst1870"') == 72
    source = tmp_path / "haydon-grouped.xml"
    source.write_text(grouped.replace('wit="#LEst1870"', 'wit="#printed"'), encoding="utf-8")
    return source


def test_a_witness_reads_the_readings_its_group_names(tmp_path, capsys):
    direct, _ = _imported_text(tmp_path, "direct", HAYDON, capsys, "--witness", "LEst1870")
    grouped, said = _imported_text(tmp_path, "grouped", _grouped(tmp_path), capsys, "--witness", "LEst1870")
    assert "it will never forsake you, never! I think" in grouped, grouped
    assert grouped == direct
    assert "no reading" not in said.replace("2 apps give witness #LEst1870 no reading", ""), said


def test_the_other_witness_is_read_as_before_when_the_group_is_not_its(tmp_path, capsys):
    direct, _ = _imported_text(tmp_path, "direct", HAYDON, capsys, "--witness", "digMitTeam")
    grouped, _ = _imported_text(tmp_path, "grouped", _grouped(tmp_path), capsys, "--witness", "digMitTeam")
    assert grouped == direct and "forsake you! Never!" in grouped
