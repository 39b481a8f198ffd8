"""Permanent identifiers: document and block URLs, the released list, and the export's refusals."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from triglot.cli import main
from triglot.edition import load
from triglot import addresses
from triglot.library import identifiers
from triglot.library.identifiers import RELEASED_FILE

from conftest import ROOT, copy_project




@pytest.fixture(scope="module")
def edition():
    return load(ROOT)


def test_every_released_identifier_still_exists(edition):
    released = [ident for _, ident in identifiers.read_released(ROOT)]
    assert released, "tei/released-ids.txt lists the released identifiers"
    assert identifiers.released_problems(edition) == []


def test_the_released_list_is_sorted_unique_and_names_every_document(edition):
    released = [ident for _, ident in identifiers.read_released(ROOT)]
    assert released == sorted(set(released))
    assert {d.id for d in edition.documents} <= set(released)
    assert all(re.fullmatch(r"[a-z][a-z0-9\-]*(#[A-Za-z][\w.\-]*)?", i) for i in released)


def test_every_document_declares_its_permanent_url(edition):
    for doc in edition.documents:
        assert addresses.document_uri(doc) == edition.settings.uri_base + doc.id
    assert identifiers.uri_problems(edition) == []


def test_every_block_is_cited_as_document_url_hash_block_id(edition):
    for doc in edition.documents:
        for block_id in doc.block_ids():
            assert addresses.block_uri(doc, block_id, edition.settings.uri_base) == f"{addresses.document_uri(doc)}#{block_id}"
            assert f"{doc.id}#{block_id}" in identifiers.current_ids(edition)


def test_a_header_pattern_that_gives_other_urls_is_a_problem(tmp_path):
    project = copy_project(tmp_path)
    path = project / "tei" / "mikoyan-diplomacy-1937.xml"
    data = path.read_text(encoding="utf-8")
    wrong = re.sub(r'replacementPattern="https://w3id.org/triglot/[^"]*"',
                   'replacementPattern="https://example.org/$1"', data, count=1)
    assert wrong != data
    path.write_text(wrong, encoding="utf-8")
    problems = identifiers.uri_problems(load(project))
    assert [p.rule for p in problems] == ["identifier"]
    assert problems[0].file == "tei/mikoyan-diplomacy-1937.xml"


def test_every_document_header_states_the_permanent_block_urls(tmp_path):
    project = copy_project(tmp_path)
    edition = load(project)
    assert all(d.root.find(".//{http://www.tei-c.org/ns/1.0}refsDecl") is not None for d in edition.documents)
    assert identifiers.uri_problems(edition) == []


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def exported_project(tmp_path_factory):
    """A project copy exported once, to be broken by the tests below (each takes its own copy)."""
    project = copy_project(tmp_path_factory.mktemp("base"))
    assert main(["--root", str(project), "export"]) == 0
    return project


@pytest.fixture
def project(exported_project, tmp_path):
    dest = tmp_path / "project"
    shutil.copytree(exported_project, dest)
    return dest


def test_export_refuses_when_a_released_block_id_was_renamed(project, capsys):
    before = snapshot(project / "build" / "export")
    path = project / "tei" / "legran-letter-to-chicherin.xml"
    data = path.read_text(encoding="utf-8")
    doc_id = re.search(r'<TEI [^>]*xml:id="([^"]+)"', data).group(1)
    renamed = re.sub(rf'{re.escape(doc_id)}\.p1(?=[". ])', f"{doc_id}.p999", data)   # the id and every pointer to it
    assert renamed != data
    path.write_text(renamed, encoding="utf-8")
    assert main(["--root", str(project), "export"]) == 1
    err = capsys.readouterr().err
    assert f"{RELEASED_FILE}:" in err and f"{doc_id}#{doc_id}.p1 was released" in err
    assert snapshot(project / "build" / "export") == before
    assert sorted(p.name for p in (project / "build").iterdir()) == ["export"]


def test_export_refuses_an_invalid_edition_and_keeps_the_previous_export(project, capsys):
    before = snapshot(project / "build" / "export")
    path = project / "tei" / "legran-letter-to-chicherin.xml"
    data = path.read_text(encoding="utf-8")
    path.write_text(data.replace('ref="psn:chicherin"', 'ref="psn:nobody-at-all"', 1), encoding="utf-8")
    assert main(["--root", str(project), "export"]) == 1
    err = capsys.readouterr().err
    assert "tei/legran-letter-to-chicherin.xml:" in err and "export refused" in err
    assert snapshot(project / "build" / "export") == before
    assert sorted(p.name for p in (project / "build").iterdir()) == ["export"]


def test_export_refuses_a_malformed_document(project, capsys):
    path = project / "tei" / "mikoyan-diplomacy-1937.xml"
    path.write_text(path.read_text(encoding="utf-8").replace("</teiHeader>", "", 1), encoding="utf-8")
    assert main(["--root", str(project), "export"]) == 1
    assert "tei/mikoyan-diplomacy-1937.xml:" in capsys.readouterr().err


def test_the_first_export_records_every_identifier_as_released(project):
    (project / RELEASED_FILE).unlink()
    assert main(["--root", str(project), "export"]) == 0
    released = [ident for _, ident in identifiers.read_released(project)]
    assert released == identifiers.current_ids(load(project))


def test_export_records_a_new_block_and_keeps_the_released_ones(project):
    released = (project / RELEASED_FILE).read_text(encoding="utf-8").splitlines()
    (project / RELEASED_FILE).write_text("\n".join(l for l in released if not l.endswith(".p2")) + "\n",
                                         encoding="utf-8")
    assert main(["--root", str(project), "export"]) == 0
    assert (project / RELEASED_FILE).read_text(encoding="utf-8").splitlines() == released


def test_export_keeps_an_editors_comment_lines_in_the_released_list(project):
    """The list was written again from the ids at every export that released one: a comment line an
    editor had put beside a document's ids was lost."""
    released = (project / RELEASED_FILE).read_text(encoding="utf-8").splitlines()
    at = next(n for n, l in enumerate(released) if l.endswith(".p2"))
    kept = released[:at] + ["# p2 was split in two on 2026-12-01: p2a cites its first half"] + released[at + 1:]
    (project / RELEASED_FILE).write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert main(["--root", str(project), "export"]) == 0
    assert (project / RELEASED_FILE).read_text(encoding="utf-8").splitlines() == \
        released[:at] + [kept[at], released[at]] + released[at + 1:]


def test_every_url_the_exports_publish_is_a_released_identifier(tmp_path):
    """CMIF letters, MODS records, the data tables and the Dataset's parts cite only released identifiers."""
    import json
    from lxml import etree
    from triglot.library.command import export
    from triglot.settings import load as load_settings
    project = copy_project(tmp_path)
    folder = export(project, project / "build").folder
    BASE = load_settings(project).uri_base
    released = {BASE + ident for _, ident in identifiers.read_released(project)}
    cited = [cd.get("ref") for cd in etree.parse(str(folder / "cmif" / "triglot-cmif.xml")).iterfind(
        ".//{http://www.tei-c.org/ns/1.0}correspDesc")]
    for record in (folder / "mods").glob("*.xml"):
        cited += [i.text for i in etree.parse(str(record)).iterfind(
            ".//{http://www.loc.gov/mods/v3}relatedItem[@type='constituent']/{http://www.loc.gov/mods/v3}identifier")]
        if record.name != "edition.xml":
            cited.append(etree.parse(str(record)).find("{http://www.loc.gov/mods/v3}identifier").text)
    data = json.loads((folder / "data" / "edition-data.json").read_text(encoding="utf-8"))
    cited += [d["uri"] for d in data["documents"]]
    cited += [f"{BASE}{m['document']}#{m['passage']}" for m in data["mentions"] if m["language"] == "en"]
    dataset = json.loads((folder / "data" / "dataset.jsonld").read_text(encoding="utf-8"))
    cited += [part["@id"] for part in dataset["hasPart"]]
    assert len(cited) > 100
    assert sorted(set(cited) - released) == []
