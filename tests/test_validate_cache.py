"""`triglot validate` keeps each file's own problems by content hash in build/validate-cache.

An unchanged file is not validated again; an edited one is; rules across files
(pointers into the registers) still see every change; a damaged entry is ignored.
"""
import json

import pytest
from test_validate import edit

from triglot.validate.cache import folder



def test_unchanged_document_is_not_validated_again(mini, cli, checked):
    assert cli("--root", mini, "validate")[0] == 0
    assert "tei/mini.xml" in checked
    checked.clear()
    assert cli("--root", mini, "validate") == (0, "", "")
    assert checked == []


def test_edited_document_is_validated_again(mini, cli, checked):
    cli("--root", mini, "validate")
    checked.clear()
    edit(mini, '<date when="1920-07-02">July 2, 1920</date>', '<dat when="1920-07-02">July 2, 1920</dat>')
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1 and "tei/mini.xml:" in out and ": tei-schema: " in out
    assert "tei/mini.xml" in checked


def test_cached_problems_are_reported_as_the_first_time(mini, cli, checked):
    (mini / "build").mkdir()   # as after a build: failing runs keep their entries
    edit(mini, '<date when="1920-07-02">July 2, 1920</date>', '<dat when="1920-07-02">July 2, 1920</dat>')
    edit(mini, "<head xml:id=\"mini.h1\">", "<head xml:id=\"mini.h1\" xml:lang=\"de\">")
    first = cli("--root", mini, "validate")
    checked.clear()
    assert cli("--root", mini, "validate") == first
    assert checked == []
    assert ": tei-schema: " in first[1] and ": languages: " in first[1]


def test_register_change_breaking_a_pointer_of_an_unchanged_document_is_reported(mini, cli):
    assert cli("--root", mini, "validate")[0] == 0
    edit(mini, 'xml:id="moscow"', 'xml:id="moskva"', "tei/places.xml")
    code, out, _ = cli("--root", mini, "validate")
    assert code == 1
    assert "tei/mini.xml:" in out and "references: @ref='plc:moscow': no entry 'moscow' in places.xml" in out


def test_corrupt_entry_is_ignored(mini, cli, checked):
    (mini / "build").mkdir()   # as after a build: failing runs keep their entries
    edit(mini, "when=\"1920-07-02\"", "when=\"1920-02-30\"")
    first = cli("--root", mini, "validate")
    entries = list(folder(mini).glob("*.json"))
    assert entries
    for entry in entries:
        entry.write_bytes(b"\x00{not json")
    checked.clear()
    assert cli("--root", mini, "validate") == first
    assert "tei/mini.xml" in checked


def test_entry_claiming_no_problems_with_a_wrong_key_is_not_trusted(mini, cli, checked):
    (mini / "build").mkdir()   # as after a build: failing runs keep their entries
    edit(mini, "when=\"1920-07-02\"", "when=\"1920-02-30\"")
    first = cli("--root", mini, "validate")
    for entry in folder(mini).glob("*.json"):
        data = json.loads(entry.read_text("utf-8"))
        data["problems"] = []
        data["key"] = "0" * 64
        entry.write_text(json.dumps(data), "utf-8")
    assert cli("--root", mini, "validate") == first
    assert ": dates: " in first[1]


def test_entry_of_another_file_is_not_trusted(mini, cli):
    (mini / "build").mkdir()   # as after a build: failing runs keep their entries
    edit(mini, "when=\"1920-07-02\"", "when=\"1920-02-30\"")
    first = cli("--root", mini, "validate")
    entries = {json.loads(e.read_text("utf-8"))["file"]: e for e in folder(mini).glob("*.json")}
    mini_entry = entries.pop("tei/mini.xml")
    mini_entry.write_bytes(next(iter(entries.values())).read_bytes())
    assert cli("--root", mini, "validate") == first


def test_no_temporaries_are_left(mini, cli):
    cli("--root", mini, "validate")
    cli("--root", mini, "validate")
    names = [p.name for p in folder(mini).iterdir()]
    assert names and all(n.endswith(".json") for n in names)


def test_failing_run_does_not_create_build(mini, cli, checked):
    edit(mini, "when=\"1920-07-02\"", "when=\"1920-02-30\"")
    assert cli("--root", mini, "validate")[0] == 1
    assert not (mini / "build").exists()
    checked.clear()
    assert cli("--root", mini, "validate")[0] == 1
    assert "tei/mini.xml" in checked


def test_schema_change_revalidates_every_document(mini, cli, checked):
    from triglot.schema import PROJECT_RNG, schema_file
    assert cli("--root", mini, "validate")[0] == 0
    grammar = schema_file(mini, PROJECT_RNG).read_bytes()
    own = mini / "tei" / "schema" / PROJECT_RNG
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_bytes(grammar + b"\n<!-- a new version of the project schema -->\n")
    checked.clear()
    assert cli("--root", mini, "validate")[0] == 0
    assert "tei/mini.xml" in checked
