"""A document's citation names who compiled its text (issue #20, notes21 item 6).

docs1920 (seven archival documents "from Yuri Barsegov's collection") names Barsegov in its header as
the compiler, `titleStmt/editor role="compiler"`, as its source does (sourceDesc's bibl); every citation
of it, the page's in three languages, the BibTeX and the CSL-JSON, named its authors and the edition's
editors and left him out. CSL-JSON has a compiler variable, biblatex a second editor role
(`editora`, `editoratype = {compiler}`); RIS has no tag for one (its A4 is read as the translator)."""
from __future__ import annotations

import json

import pytest
from lxml import html

from conftest import make_project, run_cli

COMPILER = '<editor role="compiler"><persName ref="psn:chicherin">Georgy Chicherin</persName></editor>'
SAID = {"en": "Georgy Chicherin (comp.)", "ru": "Георгий Чичерин (сост.)", "hy": "Գեորգի Չիչերին (կազմ.)"}


def test_the_editions_records_of_docs1920_name_barsegov_as_compiler(edition):
    from triglot.web import cite
    doc = next(d for d in edition.documents if d.id == "docs1920")
    files = cite.files(doc, "Triglot", edition.settings.base, edition)
    item = json.loads(files["cite/docs1920.json"])[0]
    assert item["compiler"] == [{"family": "Barsegov", "given": "Yuri"}]
    assert item["author"][0] == {"family": "Chicherin", "given": "Georgy"}     # the authors stay the authors
    bib = files["cite/docs1920.bib"].decode()
    assert "  editora = {Barsegov, Yuri},\n  editoratype = {compiler},\n" in bib
    passages = files["cite/passages/docs1920.json"].decode()
    assert all(record["compiler"] == item["compiler"] for record in json.loads(passages))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("compiler"), "mini")
    path = root / "tei" / "mini.xml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('<respStmt xml:id="resp-editors">', COMPILER + '<respStmt xml:id="resp-editors">', 1), "utf-8")
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


@pytest.mark.parametrize("ui", SAID)
def test_the_pages_citation_names_the_compiler_in_the_interface_language(site, ui):
    page = html.parse(str(site / ui / "documents" / "mini.html")).getroot()
    cited = [" ".join(el.text_content().split()) for el in page.xpath("//span[starts-with(@id, 'cite-')]")]
    assert cited and all(c.startswith(SAID[ui] + ", ") for c in cited), cited
