"""A play imported from another edition's TEI reads as a play on the web and in the book (issue #12).

Material: Kozma Prutkov's «Спор древних греческих философов об изящном» as RusDraCor encodes it
(tests/data/import-tei/README.md: source, commit, CC0), imported into an edition made with `--base ru
--translations en`, the first speaker's name and the opening stage direction translated (as drafts,
through the translators' PO file). Its `speaker`s become `label type="speaker"` and its `stage`s `ab
type="stage"` (tei/ENCODING.md, "Importing TEI"); these tests hold that a reader sees them as such: the
speaker's name set apart over the speech in every column, a stage direction set apart from the words
spoken, on the page (Chromium's computed style) and in the book (pdftotext), and the page valid HTML.
Builds the web and print editions: run under the heavy lock.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from conftest import draft_slots, run_cli, served
from test_web_reading import VNU

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
SPEAKER, STAGE = "prutkov.lab1", "prutkov.a1"
# the speaker's name points at the cast list's person (sp/@who): its translation keeps the name's placeholder
TRANSLATED = {SPEAKER: "<1>Klefiston</1>", STAGE: "The stage shows a delightful spot near ancient Athens."}


@pytest.fixture(scope="module")
def play(tmp_path_factory) -> Path:
    edition = tmp_path_factory.mktemp("drama") / "plays"
    assert run_cli("new", edition, "--title", "Пьесы", "--base", "ru", "--translations", "en",
                   "--publisher", "Import Test Press") == 0
    assert run_cli("--root", edition, "import-tei", DATA / "rusdracor-prutkov-spor.xml", "--id", "prutkov") == 0
    draft_slots(edition, {("en", "prutkov"): TRANSLATED})
    assert run_cli("--root", edition, "build") == 0
    return edition


def _row(edition: Path, block: str):
    page = html.parse(str(edition / "build" / "web" / "en" / "documents" / "prutkov.html"))
    return page.xpath(f"//div[@class='row' and @id='{block}']")[0]


def test_the_speakers_name_is_a_speaker_label_in_every_column(play):
    row = _row(play, SPEAKER)
    assert [(p.get("lang"), p.text_content()) for p in row.xpath(".//p[@class='tei-label type-speaker']")] == [
        ("ru", "Клефистон"), ("en", "Klefiston")]


def test_on_the_page_the_speaker_is_set_apart_and_the_stage_direction_in_italics(play, new_page):
    with served(play / "build" / "web") as url:
        page = new_page(1200)
        page.goto(f"{url}en/documents/prutkov.html")
        style = page.evaluate("""() => [...document.querySelectorAll('.tei-label.type-speaker, .tei-ab.type-stage,'
                                                                      + ' .tei-ab.type-verse')].map(e => [
            e.className, e.lang, getComputedStyle(e).fontWeight, getComputedStyle(e).fontStyle])""")
    by_kind = {(c, lang): (weight, slant) for c, lang, weight, slant in style}
    assert by_kind[("tei-label type-speaker", "ru")] == by_kind[("tei-label type-speaker", "en")] == ("700", "normal")
    assert by_kind[("tei-ab type-stage", "ru")] == by_kind[("tei-ab type-stage", "en")] == ("400", "italic")
    assert by_kind[("tei-ab type-verse", "ru")] == ("400", "normal")      # the words spoken stay plain
    assert page.errors == []


def test_the_plays_pages_pass_the_nu_html_checker(play):
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(p) for p in sorted((play / "build" / "web").glob("*/documents/prutkov.html"))]
    assert files
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


def test_the_book_prints_the_speakers_name_in_each_column_over_the_speech(play):
    pdf = play / "build" / "print" / "plays-ru-en.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    at = lines.index("Клефистон Draft translation")      # the speaker's row: its name, the slot's state
    assert lines[at + 1] == "Klefiston", lines[at - 2:at + 4]
    assert lines[at + 2].startswith("Да, я люблю среди лавров и роз"), lines[at - 2:at + 4]
