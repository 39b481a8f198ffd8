"""hostile42: a query pasted with characters nobody sees (a soft hyphen, a zero-width space, a byte order mark,
a direction mark) finds what the query typed without them finds, at a phone's width.

Copied from a hyphenated web page or a PDF, "Chicherin" comes as "Chi\\u00ADcherin"; the search read the soft
hyphen as a gap between two words, "chi" and "cherin", and found nothing. The fixture's one document names
Chicherin (tests/roots/mini)."""
from __future__ import annotations

import urllib.parse

import pytest

from conftest import make_project, run_cli, served

PLAIN = "Chicherin"
PASTED = ["Chi\u00adcherin", "\ufeffChi\u200bcherin\u200f", "Chich\u2060erin\u202c"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unseen-query"), "mini")
    assert run_cli("--root", root, "build", "web") == 0
    with served(root / "build" / "web") as url:
        yield url


def _answer(page) -> tuple[str, int]:
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    return page.locator(".search-status").inner_text(), page.locator(".search-results > li").count()


def _opened(new_page, base_url, q: str):
    page = new_page(360, 740)
    page.goto(f"{base_url}en/search.html?q={urllib.parse.quote(q)}")
    answer = _answer(page)
    assert page.errors == []
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    return answer


def test_a_query_opened_with_unseen_characters_in_its_word_finds_the_words_passages(base_url, new_page):
    plain = _opened(new_page, base_url, PLAIN)
    assert plain[1] > 0, plain
    assert [_opened(new_page, base_url, q) for q in PASTED] == [plain] * len(PASTED)


def test_a_query_pasted_into_the_box_with_a_soft_hyphen_finds_the_words_passages(base_url, new_page):
    plain = _opened(new_page, base_url, PLAIN)
    page = new_page(360, 740)
    page.goto(f"{base_url}en/search.html")
    page.locator("input[type=search]").first.fill(PASTED[0])
    page.locator("input[type=search]").first.press("Enter")
    assert _answer(page) == plain
    assert page.errors == []
