"""A search row's unchecked form in a right-to-left language reads in its own direction (hostile41).

hostile40 saw it and left it, for no fixture had a right-to-left slot: the badge's name span got
`lang` but no `dir`, so an unchecked Persian name inside an English badge took the English line's
direction and its neutral characters (spaces, the parentheses around it) were ordered as English.
tests/roots/rtl-mini: an English base with Persian and Georgian drafts, Chicherin's Persian form
unchecked (cert="low")."""
from __future__ import annotations

import pytest

from conftest import make_project, run_cli, served


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("rtl-search"), "rtl-mini")
    assert run_cli("--root", root, "build", "web") == 0
    with served(root / "build" / "web") as url:
        yield url


def test_an_unchecked_persian_form_in_a_search_row_has_its_direction(base_url, new_page):
    page = new_page(1440)
    page.goto(f"{base_url}en/search.html?q=Chicherin")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    names = page.locator(".search-results .badge.unchecked span[lang=fa]")
    assert names.count() == 1
    assert names.first.get_attribute("dir") in ("auto", "rtl")
    assert names.first.evaluate("s => getComputedStyle(s).direction") == "rtl"
