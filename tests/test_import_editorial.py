"""What an imported source's editors and stage directions are reads as theirs on the page and in the book
(issue #12): a correction given alone (`corr` outside a `choice`) is marked as the editors', never read as
the witness's word; a stage direction inside a line is set apart from the words spoken; a speaker's name
links to the cast list's person. Material: Digital Mitford's letter to Elford and RusDraCor's Prutkov
(tests/data/import-tei/README.md: sources, commits, licences), each changed in one place as other editions
encode it (test_import_tei.py: _elford_with_editors_readings_alone, _prutkov_with_a_stage_direction_in_a_line).
Builds the web and print editions: run under the heavy lock.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from lxml import html

from conftest import run_cli, served
from test_import_tei import _elford_with_editors_readings_alone, _prutkov_with_a_stage_direction_in_a_line


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("editorial")
    edition = tmp / "letters"
    assert run_cli("new", edition, "--title", "Letters", "--base", "en", "--translations", "fr",
                   "--publisher", "Import Test Press") == 0
    assert run_cli("--root", edition, "import-tei", _elford_with_editors_readings_alone(tmp), "--id", "elford",
                   "--witness", "MRM1671") == 0
    assert run_cli("--root", edition, "build") == 0
    return edition


@pytest.fixture(scope="module")
def play(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("stage")
    edition = tmp / "plays"
    assert run_cli("new", edition, "--title", "Пьесы", "--base", "ru", "--translations", "en",
                   "--publisher", "Import Test Press") == 0
    assert run_cli("--root", edition, "import-tei", _prutkov_with_a_stage_direction_in_a_line(tmp), "--id",
                   "prutkov") == 0
    assert run_cli("--root", edition, "build") == 0
    return edition


def test_a_correction_alone_is_marked_as_the_editors_on_the_page(letter):
    page = html.parse(str(letter / "build" / "web" / "en" / "documents" / "elford.html"))
    marked = [re.sub(r"\s+", " ", s.text_content()) for s in page.xpath("//div[contains(@class, 'col-en')]"
                                                                          "//span[@class='corr']")]
    assert marked == ["[corrected: screen]"], marked


def test_a_correction_alone_is_marked_as_the_editors_in_the_book(letter):
    pdfs = sorted((letter / "build" / "print").glob("*.pdf"))
    assert pdfs
    text = subprocess.run(["pdftotext", "-layout", str(pdfs[0]), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"fire\s+\[recte\s+screen\]\s+or any other", text), text[:2000]


def test_a_stage_direction_in_a_line_is_italic_and_the_speakers_name_links_to_the_person(play, new_page):
    with served(play / "build" / "web") as url:
        page = new_page(1200)
        page.goto(f"{url}en/documents/prutkov.html")
        stage = page.evaluate("""() => [...document.querySelectorAll('.tei-ab.type-verse .stage')].map(e => [
            e.textContent, getComputedStyle(e).fontStyle, getComputedStyle(e.parentElement).fontStyle])""")
        speaker = page.evaluate("""() => [...document.querySelectorAll('.tei-label.type-speaker a.persName')]
            .slice(0, 1).map(a => [a.textContent, a.getAttribute('href')])""")
    assert stage == [["(Показывает руками.)", "italic", "normal"]]
    assert speaker == [["Клефистон", "../../en/persons.html#klefiston"]]
    assert page.errors == []
