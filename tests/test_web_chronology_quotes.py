"""The chronology's statements in the quotation marks of the page's language (issue #20, notes24's item 3).

A statement is a quotation; a `q` takes the marks of its own language, from the browser's table, and
Chromium wrote “…” on the Armenian pages (its table has no Armenian), and “…” around an English line
quoted on a Russian page. The marks are now CLDR's for the interface language (ICU), written as text.
tests/roots/dated-report: its slots are untranslated, so every page quotes the English lines."""
from __future__ import annotations

import pytest
from lxml import html

from conftest import make_project, run_cli

MARKS = {"en": ("“", "”"), "ru": ("«", "»"), "hy": ("«", "»")}      # CLDR's quotationStart/End


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("quotes"), "dated-report")
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _statements(site, ui):
    page = html.parse(str(site / ui / "chronology.html")).getroot()
    return page.xpath("//section[@aria-labelledby='events-heading']//li[@id]")


@pytest.mark.parametrize("ui", sorted(MARKS))
def test_a_statement_is_quoted_in_the_marks_of_the_pages_language(site, ui):
    statements = _statements(site, ui)
    assert statements
    start, end = MARKS[ui]
    for li in statements:
        q = li.find("q")
        assert q.get("lang") == "en"        # the English line, untranslated in every slot
        assert (li.text or "").endswith(start) and (q.tail or "").startswith(end), html.tostring(li, encoding="unicode")


def test_the_browser_adds_no_marks_of_its_own(site, new_page):
    page = new_page(390)
    page.goto((site / "hy" / "chronology.html").as_uri())
    quotes = page.evaluate("() => [...document.querySelectorAll('ol.chronology q')].map(q => getComputedStyle(q).quotes)")
    assert quotes and set(quotes) == {"none"}
