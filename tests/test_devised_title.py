"""A document whose title is still to be supplied is shown under a title devised from its genre and
date, in brackets, in each interface language ("[Treaty, August 10, 1920]"), not under its id
("sevres-armenia"); the library records mark it as devised. The text is the Treaty of Sèvres'
articles on Armenia (tests/data/journey26), given from its first article, with no heading."""
from __future__ import annotations

import re
import shutil

import pytest
from lxml import etree

from conftest import ROOT

SEED = ROOT / "tests" / "data" / "journey26" / "sevres-armenia-1920.txt"


@pytest.fixture(scope="module")
def untitled(tmp_path_factory):
    """A fixture edition with the treaty encoded from its first article: encode finds no heading and
    leaves the title as a gap for the editor; the genre and date are given."""
    from triglot.cli import main
    root = tmp_path_factory.mktemp("devised") / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    lines = SEED.read_text("utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("ARTICLE 88"))
    (root / "seeds" / "sevres.txt").write_text("".join(lines[start:]), "utf-8")
    assert main(["--root", str(root), "encode", str(root / "seeds" / "sevres.txt"), "--id", "sevres-armenia",
                 "--genre", "treaty", "--date", "1920-08-10"]) == 0
    assert main(["--root", str(root), "build", "web"]) == 0
    assert main(["--root", str(root), "export"]) == 0
    return root


def _heading(root, ui: str) -> str:
    page = (root / "build" / "web" / ui / "documents" / "sevres-armenia.html").read_text("utf-8")
    return re.search(r'<h1 id="doc-title">(.*?)</h1>', page).group(1)


@pytest.mark.parametrize("ui, title", [("en", "[Treaty, August 10, 1920]"),
                                       ("ru", "[Договор, 10 августа 1920\u202fг.]"),
                                       ("hy", "[Պայմանագիր, 1920 թ․ օգոստոսի 10]")])
def test_an_untitled_document_is_headed_by_a_devised_title_in_the_interface_language(untitled, ui, title):
    assert _heading(untitled, ui) == title


def test_the_document_list_names_it_by_the_devised_title_not_its_id(untitled):
    home = (untitled / "build" / "web" / "ru" / "index.html").read_text("utf-8")
    assert "[Договор, 10 августа 1920\u202fг.]" in home
    assert ">sevres-armenia<" not in home


def test_the_citation_gives_the_devised_title(untitled):
    bib = (untitled / "build" / "web" / "cite" / "sevres-armenia.ris").read_text("utf-8")
    assert "[Treaty, August 10, 1920]" in bib


def test_the_mods_record_marks_the_devised_title_as_supplied(untitled):
    mods = etree.parse(str(untitled / "build" / "export" / "mods" / "sevres-armenia.xml"))
    ns = {"m": "http://www.loc.gov/mods/v3"}
    infos = mods.findall("m:titleInfo", ns)
    assert [(i.get("supplied"), i.findtext("m:title", namespaces=ns)) for i in infos] == \
        [("yes", "[Treaty, August 10, 1920]")]


def test_the_dublin_core_record_gives_the_devised_title_in_its_brackets(untitled):
    dc = etree.parse(str(untitled / "build" / "export" / "dc" / "sevres-armenia.xml"))
    titles = dc.findall("{http://purl.org/dc/elements/1.1/}title")
    assert [t.text for t in titles] == ["[Treaty, August 10, 1920]"]


def test_a_document_with_neither_genre_nor_date_keeps_its_id(tmp_path, cli):
    """Nothing to devise a title from: the id stays, and the build's warning says so."""
    root = tmp_path / "edition"
    shutil.copytree(ROOT / "tests" / "roots" / "shared-alike", root)
    (root / "seeds" / "note.txt").write_text("The commissariat reports on the conference.\n", "utf-8")
    assert cli("--root", root, "encode", root / "seeds" / "note.txt", "--id", "note")[0] == 0
    code, _, err = cli("--root", root, "build", "web")
    assert code == 0
    assert "header-gap: the title is still to be supplied, so the pages show the document's id 'note'" in err
