"""hostile43: a word of the edition's own text with a character nobody sees inside it (a soft hyphen, a
word joiner, a zero-width space, a byte order mark) is found by its plain spelling, at a phone's width.

Since hostile42 a query is read without these characters, but the index was not: "wro\\u00ADte" in a
passage was indexed as "wro" and "te" (Pagefind's index and the words search.js checks), so neither
"wrote" nor the word as pasted from the page found it. The fixture is tests/roots/mini with such
characters put into its text, its seed and its TEI alike."""
from __future__ import annotations

import urllib.parse

import pytest

from conftest import make_project, run_cli, served

# (the word as the fixture's text holds it, as a reader types it)
HIDDEN = [("wro\u00adte", "wrote"), ("let\u2060ter", "letter"), ("Mos\u200bcow", "Moscow"), ("Ju\ufeffly", "July")]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unseen-text"), "mini")
    for path in (root / "tei" / "mini.xml", root / "seeds" / "mini.txt"):
        text = path.read_text(encoding="utf-8")
        for hidden, plain in HIDDEN:
            text = text.replace(f">{plain}<", f">{hidden}<").replace(f" {plain} ", f" {hidden} ") \
                .replace(f"\n{plain} ", f"\n{hidden} ").replace(f"on {plain}", f"on {hidden}").replace(f">{plain} ", f">{hidden} ")
        path.write_text(text, encoding="utf-8")
    body = (root / "tei" / "mini.xml").read_text(encoding="utf-8")
    assert all(hidden in body for hidden, _ in HIDDEN), body
    assert run_cli("--root", root, "build", "web") == 0
    with served(root / "build" / "web") as url:
        yield url


def _found(new_page, base_url, q: str) -> tuple[str, int, str]:
    page = new_page(360, 740)
    page.goto(f"{base_url}en/search.html?q={urllib.parse.quote(q)}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    assert page.errors == []
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    return page.locator(".search-status").inner_text(), page.locator(".search-results > li").count(), \
        page.locator(".search-results").inner_text()


@pytest.mark.parametrize("hidden, plain", HIDDEN)
def test_a_word_with_an_unseen_character_inside_is_found_by_its_plain_spelling(base_url, new_page, hidden, plain):
    status, count, shown = _found(new_page, base_url, plain)
    assert count == 1, (status, shown)
    assert plain.lower() in shown.lower()
    assert _found(new_page, base_url, hidden)[1] == 1      # and as pasted from the page, the character in it
