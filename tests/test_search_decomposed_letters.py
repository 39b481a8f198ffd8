"""review33 (mends hostile44): a stress mark is taken off a Cyrillic vowel in the query ("Чиче\u0301рин"), but
an acute that is part of a letter stays: Macedonian "ѓ" and "ќ" are letters of their own, which text in
decomposed form (NFD: "г" + U+0301, as some systems paste it) writes with the same combining acute. Taken off,
"Ѓорѓи" was searched as "Горги", a word no passage or name holds. An acute that composes with its letter into
one letter is kept; no Cyrillic vowel has such a letter, so a stressed vowel still loses its mark. (A grave is
still taken off: "е" + U+0300 is a stress mark and a decomposed Bulgarian "ѐ" alike; hostile44's tests keep the
first.)

The fixture is tests/roots/mini with a Macedonian spelling of Chicherin's name added as a variant."""
from __future__ import annotations

import unicodedata
import urllib.parse

import pytest

from conftest import make_project, replace_once, run_cli, served

VARIANT = "Ѓорѓи Чичерин"     # Georgy Chicherin as Macedonian spells the forename (ѓ, U+0453)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("decomposed"), "mini")
    replace_once(root / "tei" / "persons.xml", '<persName type="variant" xml:lang="en">Chicherin</persName>',
                 '<persName type="variant" xml:lang="en">Chicherin</persName>\n'
                 f'          <persName type="variant" xml:lang="ru">{VARIANT}</persName>')
    assert run_cli("--root", root, "build", "web") == 0
    with served(root / "build" / "web") as url:
        yield url


def _rows(new_page, url: str) -> int:
    page = new_page(360, 740)
    page.goto(url)
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    assert page.errors == []
    return page.evaluate("document.querySelectorAll('.search-results > li').length")


def test_a_letter_written_with_a_combining_accent_is_kept_as_the_letter(base_url, new_page):
    word = VARIANT
    decomposed = unicodedata.normalize("NFD", word)
    assert decomposed != word and "\u0301" in decomposed
    want = _rows(new_page, f"{base_url}ru/search.html?q={urllib.parse.quote(word)}")
    assert want > 0                                              # the variant names its entry
    assert _rows(new_page, f"{base_url}ru/search.html?q={urllib.parse.quote(decomposed)}") == want
