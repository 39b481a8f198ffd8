"""hostile44: a TEI file nested 10,000 elements deep, given to import-tei or put in tei/. libxml2 stops at 256 levels,
and its message advised its own parser option ("use XML_PARSE_HUGE option"), which no editor can set: the refusal
is now the edition's own limit, worded as for a file nested between 101 and 256 deep."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import make_project, run_cli

HEADER = ('<teiHeader><fileDesc><titleStmt><title>Deep</title></titleStmt><publicationStmt><availability>'
          '<licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>'
          '</publicationStmt><sourceDesc><p>A hostile file.</p></sourceDesc></fileDesc></teiHeader>')


def _deep(levels: int) -> str:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body>' + "<div>" * levels + "<p>deep</p>"
            + "</div>" * levels + "</body></text></TEI>")


def _state(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in ("tei", "seeds") for p in sorted((root / folder).rglob("*")) if p.is_file()}


@pytest.mark.parametrize("levels", [150, 10_000])
def test_a_file_nested_too_deep_is_refused_at_the_editions_limit_by_import_tei(tmp_path, capsys, levels):
    root = make_project(tmp_path, "mini")
    source = tmp_path / "deep.xml"
    source.write_text(_deep(levels), "utf-8")
    before = _state(root)
    assert run_cli("--root", root, "import-tei", source, "--id", "deep") == 1
    out = capsys.readouterr()
    said = (out.out + out.err).strip().splitlines()
    assert said == [f"{source}:1: limit: elements nested more than 100 deep; the limit is 100"], said
    assert _state(root) == before


def test_a_tei_file_nested_ten_thousand_deep_is_refused_at_the_editions_limit_by_validate(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    (root / "tei" / "deep.xml").write_text(_deep(10_000), "utf-8")
    assert run_cli("--root", root, "validate") == 1
    out = capsys.readouterr()
    assert "tei/deep.xml:1: limit: elements nested more than 100 deep; the limit is 100" in out.out + out.err
    assert "XML_PARSE_HUGE" not in out.out + out.err
