"""A passage or note is named as its citation names it wherever a reader meets it (issue #20, session 29).

A register mention named neither in the interface language nor in the base text (a translator's
addition: tests/roots/mention-in-translation, whose Russian draft names Lenin in passage 2 and Tiflis in
note 1, neither named in the English) had no line to quote, and its link read the block's id
("passage mini.p1"). A search row of an editorial note said "passage 3" (its place among the blocks)
where its citation and its mark on the page say "note 1". Both now take the label the citation files
give (web.cite.block_units), in the interface language."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from chromium import serious_axe_violations
from conftest import make_project, run_cli, served

PASSAGE = {"en": "passage 2", "ru": "фрагмент 2", "hy": "հատված 2"}
NOTE = {"en": "note 1", "ru": "примечание 1", "hy": "ծանոթագրություն 1"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unit-labels"), "mention-in-translation")
    assert run_cli("--root", root, "build", "web") == 0
    return root


def _mentions(root: Path, ui: str, page: str, entry: str) -> list[tuple[str, str]]:
    tree = html.parse(str(root / "build" / "web" / ui / page))
    return [(a.get("href"), a.text_content().strip())
            for a in tree.xpath(f"//*[@id='{entry}']//ul[@class='mentions']//ul/li/a")]


@pytest.mark.parametrize("ui", ["en", "hy"])
def test_a_mention_with_no_line_to_quote_is_named_as_its_citation_names_it(root, ui):
    # named only in the Russian draft: no English or Armenian line to quote
    assert _mentions(root, ui, "persons.html", "lenin") == [("documents/mini.html#mini.p1", PASSAGE[ui])]
    assert _mentions(root, ui, "places.html", "tiflis") == [("documents/mini.html#mini.n1", NOTE[ui])]


def test_in_the_language_that_names_it_the_mention_quotes_its_line(root):
    assert _mentions(root, "ru", "persons.html", "lenin") == [("documents/mini.html#mini.p1",
                                                              "Чичерин писал Ленину из Москвы 2 июля 1920 г. (черновой перевод)")]
    assert _mentions(root, "ru", "places.html", "tiflis") == [("documents/mini.html#mini.n1",
                                                              "Пробное примечание из Тифлиса. (черновой перевод)")]


def test_no_register_link_shows_a_block_id(root):
    for page in sorted((root / "build" / "web").glob("*/*.html")):
        texts = [a.text_content() for a in html.parse(str(page)).xpath("//main//a")]
        assert not [t for t in texts if "mini." in t], (page, texts)


def test_the_register_pages_pass_the_nu_html_checker(root):
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(root / "build" / "web" / ui / page) for ui in NOTE for page in ("persons.html", "places.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]


@pytest.fixture(scope="module")
def base_url(root):
    with served(root / "build" / "web") as url:
        yield url


@pytest.mark.parametrize("ui, width", [("en", 1440), ("ru", 390), ("hy", 390)])
def test_a_search_row_of_a_note_says_note(base_url, new_page, ui, width):
    page = new_page(width, bypass_csp=True)
    page.goto(f"{base_url}{ui}/search.html?q=Тифлис")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    rows = page.locator(".search-results > li > a").all_text_contents()
    assert len(rows) == 1 and f" — {NOTE[ui]} · " in rows[0], rows
    page.goto(f"{base_url}{ui}/search.html?q=Ленину")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    rows = page.locator(".search-results > li > a").all_text_contents()
    assert len(rows) == 1 and f" — {PASSAGE[ui]} · " in rows[0], rows
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious_axe_violations(page) == []
    assert page.errors == []
