"""The toolkit used as strangers use it, on material nobody here wrote (session 10): an editor
who brings TEI from another project, a translator with their own PO tools, an editor who starts
a new edition about something else. Each test is a fault found that way."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "strangers"


@pytest.fixture
def new_edition(tmp_path, cli):
    code, out, err = cli("new", tmp_path / "letters", "--title", "Letters", "--translations", "de",
                         "--publisher", "Test")
    assert code == 0, err
    return tmp_path / "letters"


def test_a_schema_regenerated_before_any_document_keeps_what_encode_writes(new_edition, cli):
    """`triglot schema` in a new edition derived a subset without <ab> (every translation slot),
    <edition>, <keywords> and <trailer>, all of which `triglot encode` writes: the first encoded
    text then failed validation with 16 schema problems (the subset is meant to keep whatever
    Triglot's own commands write, used yet or not)."""
    code, out, err = cli("--root", new_edition, "schema")
    assert code == 0, err
    shutil.copy(DATA / "mill.txt", new_edition / "seeds" / "mill.txt")
    code, out, err = cli("--root", new_edition, "encode", new_edition / "seeds" / "mill.txt", "--id", "mill", "--genre", "letter")
    assert code == 0, err
    code, out, err = cli("--root", new_edition, "validate")
    assert "tei-schema" not in out + err, out + err
    assert code == 0, out + err


def test_a_byline_naming_someone_the_registers_do_not_know_is_encoded(new_edition, cli):
    """"By John Stuart Mill" in a new edition: the byline's name is a proposal without @ref, and
    encode stopped with a TypeError traceback (lxml refused ref=None for the header's author)."""
    shutil.copy(DATA / "mill.txt", new_edition / "seeds" / "mill.txt")
    code, out, err = cli("--root", new_edition, "encode", new_edition / "seeds" / "mill.txt", "--id", "mill")
    assert code == 0, err
    from triglot.tei import NS
    from triglot.xmlio import parse_xml
    author = parse_xml(new_edition / "tei" / "mill.xml").find(".//t:titleStmt/t:author/t:persName", NS)
    assert author.text == "John Stuart Mill" and author.get("ref") is None and author.get("ana") == "#review"
    code, out, err = cli("--root", new_edition, "check", "--rule", "review")
    assert sum("review: proposed persName “John Stuart Mill” awaits review" in line
               for line in (out + err).splitlines()) == 3     # byline, header author, seed's author
