"""A register's name form that nobody has checked yet (cert="low", tei/ENCODING.md "Register entries";
the edition's registers hold dozens of them, Russian and Armenian forms made before a source was
found) is shown as such wherever a reader sees it: before, a card and a register entry showed it
exactly as a checked form. tests/roots/unchecked-forms is the mini edition with Chicherin's
Armenian form marked cert="low"."""
from __future__ import annotations

import pytest

from chromium import serious_axe_violations
from conftest import make_project, run_cli, served
from pages import page as _page, words as _words

MARK = {"en": "unchecked form", "ru": "непроверенная форма", "hy": "չստուգված ձև"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unchecked"), "unchecked-forms")
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


NOTE = {"en": "Unchecked form:", "ru": "Непроверенная форма:", "hy": "Չստուգված ձև՝"}


def test_the_card_says_the_form_is_unchecked_under_the_name_and_with_the_dialogs_name(site):
    card = _page(site, "hy/documents/mini.html").get_element_by_id("card-persons-chicherin")
    note = card.xpath("./h2/following-sibling::*[1][@class='unchecked-note']")
    assert note and _words(note[0]).startswith(NOTE["hy"]) and note[0].get("lang") == "hy"
    assert card.get("aria-describedby") == note[0].get("id")
    assert _words(card.xpath("./h2")[0]) == "Գեորգի Չիչերին"           # the name alone
    # the English and Russian forms are checked: their cards say nothing
    for ui in ("en", "ru"):
        card = _page(site, f"{ui}/documents/mini.html").get_element_by_id("card-persons-chicherin")
        assert not card.xpath(".//*[contains(@class, 'unchecked')]") and not card.get("aria-describedby")


@pytest.mark.parametrize("ui", MARK)
def test_the_register_entry_marks_the_unchecked_form_in_every_interface(site, ui):
    entry = _page(site, f"{ui}/persons.html").get_element_by_id("chicherin")
    marked = entry.xpath(".//dl[@class='names']/dd[.//span[contains(@class, 'unchecked')]]")
    assert [dd.get("lang") for dd in marked] == ["hy"]
    assert marked[0].xpath(".//span[contains(@class, 'unchecked')]")[0].get("lang") == ui
    assert _words(marked[0].xpath(".//span[contains(@class, 'unchecked')]")[0]) == MARK[ui]
    notes = entry.xpath(".//p[@class='unchecked-note']")
    assert len(notes) == 1 and _words(notes[0]).startswith(NOTE[ui])
    assert not entry.xpath("./h3//*")                    # the heading, which the register sorts, is the name alone


@pytest.fixture(scope="module")
def base_url(site):
    with served(site) as url:
        yield url


@pytest.mark.parametrize("width", [390, 1440])
def test_a_reader_opening_the_card_sees_the_marker(base_url, new_page, width):
    page = new_page(width, bypass_csp=True)   # axe is injected
    page.goto(base_url + "hy/documents/mini.html")
    if width < 700:
        page.get_by_role("radio", name="Անգլերեն").check()
    page.locator("a[data-card='card-persons-chicherin']:visible").first.click()
    card = page.locator("#card-persons-chicherin")
    assert card.is_visible()
    note = card.locator(".unchecked-note")
    assert note.is_visible() and note.inner_text().startswith(NOTE["hy"])
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious_axe_violations(page) == []
    assert page.errors == []


def test_the_pages_with_the_marker_pass_the_nu_html_checker(site):
    import shutil
    import subprocess
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in MARK for page in ("persons.html", "documents/mini.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
