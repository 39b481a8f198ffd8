"""An empty register page says so (issue #20, notes24 item 2; notes23 saw it on an imported play).

A new edition's registers are empty until the editor adds an entry (or an import proposes one). Its
persons, places and organisations pages showed the A–Z bar with every letter greyed out and nothing
under it: a reader could not tell an empty register from a page that failed to load. Now the page says
that the register has no entries yet, in the interface language (words from the ui catalogs). Material:
RusDraCor's Prutkov play (tests/data/import-tei/README.md), imported into a `--base ru --translations en`
edition: it names persons, so the persons register has entries and the organisations one has none.
Builds a web edition: run under the heavy lock."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from conftest import run_cli, served
from test_web_reading import VNU

DATA = Path(__file__).resolve().parent / "data" / "import-tei"
SAID = {"en": "This register has no entries yet.", "ru": "В этом указателе пока нет ни одной статьи."}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("empty-register") / "plays"
    assert run_cli("new", root, "--title", "Пьесы", "--base", "ru", "--translations", "en",
                   "--publisher", "Import Test Press") == 0
    assert run_cli("--root", root, "import-tei", DATA / "rusdracor-prutkov-spor.xml", "--id", "prutkov") == 0
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _main(site: Path, ui: str, page: str):
    [main] = html.parse(str(site / ui / page)).xpath("//main")
    return main


@pytest.mark.parametrize("ui", ["en", "ru"])
def test_the_empty_register_says_it_has_no_entries(site, ui):
    main = _main(site, ui, "orgs.html")
    assert not main.xpath(".//article[contains(@class, 'entry')]"), "the fixture's organisations register is empty"
    [said] = main.xpath(".//p[contains(@class, 'register-empty')]")
    assert " ".join(said.text_content().split()) == SAID[ui]


@pytest.mark.parametrize("ui", ["en", "ru"])
def test_a_register_with_entries_does_not(site, ui):
    main = _main(site, ui, "persons.html")
    assert main.xpath(".//article[contains(@class, 'entry')]")
    assert not main.xpath(".//p[contains(@class, 'register-empty')]")


def test_every_shipped_catalog_translates_it():
    from triglot import i18n
    root = Path(__file__).resolve().parent.parent
    for lang in ("ru", "hy"):
        said = i18n.gettext(root, lang, "This register has no entries yet.")
        assert said and said != "This register has no entries yet.", lang


def test_in_chromium_a_phone_reader_sees_it(site, new_page):
    with served(site) as base:
        page = new_page(390)
        page.goto(f"{base}ru/orgs.html")
        said = page.locator("p.register-empty")
        assert said.is_visible() and said.inner_text().strip() == SAID["ru"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.errors == []


def test_the_page_passes_the_nu_html_checker(site):
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text",
                          str(site / "en" / "orgs.html"), str(site / "ru" / "orgs.html")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
