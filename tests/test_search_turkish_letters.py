"""The letters of the Turkish alphabet in a query, as a Turkish reader types them on a keyboard without them
(search/letters.json: ç, ğ, ı, ö, ş, ü and the circumflexed â, î, û read as their Latin base letters in every
language), and the first-passages files a page opened with such a query asks for before search.json has come.

The edition's English and Russian passages and registers spell Turkish names with Turkish letters (Atatürk,
Ereğli, Uşak, Doğubayazıt). A reader without a Turkish keyboard types "Ataturk", "Eregli", "Usak", "Dogubayazit",
as Turkish readers commonly write online and as search engines read Turkish: those found nothing, where the
dotted and dotless i alone were read as one (search25). Each spelling must find exactly what the name as the
edition writes it finds, in the real edition, at 360 px.

A page opened with a query asks for its words' first passages as its script runs, before search.json (which
held the letters read as one) has come: "İstanbul", lower-cased an i with a combining dot above, was asked
under that key, a file no build writes (a 404 on the way to the first rows), and under "is" again once
search.json was read. The page now carries the letters in its head (meta triglot-letters)."""
from __future__ import annotations

import urllib.parse

import pytest

from search_rows import rows_found
from test_web_site import base_url, site  # noqa: F401 (fixtures)

# Ereğli and Uşak: the annual report's English text writes "Eregli" and "Usak", the places register both spellings,
# so their cases passed without the letters read as one too (guards); the others found nothing (0 rows) on main.
CASES = [
    ("Atatürk", ["Ataturk", "ATATURK", "atatürk"]),
    ("Ereğli", ["Eregli", "EREGLI", "EREĞLİ"]),
    ("Uşak", ["Usak", "USAK"]),
    ("Doğubayazıt", ["Dogubayazit", "DOGUBAYAZIT", "Dogubayazıt"]),
    ("Güvenlik", ["Guvenlik", "GUVENLIK"]),
]


@pytest.mark.parametrize("name,spellings", CASES, ids=[c[0] for c in CASES])
def test_a_turkish_name_typed_without_turkish_letters_finds_what_its_own_spelling_finds(new_page, base_url, name, spellings):
    own = rows_found(new_page, base_url, "en", name)
    assert own, name
    found = {q: rows_found(new_page, base_url, "en", q) for q in spellings}
    assert all(rows == own for rows in found.values()), (len(own), {q: len(rows) for q, rows in found.items()})


def test_a_word_the_edition_does_not_hold_finds_nothing_with_its_letters_folded(new_page, base_url):
    """Neither Gümüşhane nor Gumushane is in the edition: read as one, the letters find no other word."""
    for q in ("Gümüşhane", "Gumushane", "GÜMÜŞHANE"):
        assert rows_found(new_page, base_url, "en", q) == set(), q


# (interface, query, the key's file as the build names it: web/search.py's word_key and _file_name)
EARLY = [("en", "İstanbul", "69-73"), ("en", "Uşak", "75-73"), ("ru", "İSTANBUL", "69-73")]


@pytest.mark.parametrize("ui,query,key", EARLY, ids=[q for _, q, _ in EARLY])
def test_a_page_opened_with_a_query_asks_only_for_first_passages_files_the_build_wrote(new_page, base_url, site, ui, query, key):
    assert (site / "pagefind" / "first" / f"{key}.json").is_file(), key
    page = new_page(360, 740)
    answers = []
    page.on("response", lambda r: answers.append((r.url.rsplit("/pagefind/", 1)[-1], r.status)) if "/pagefind/" in r.url else None)
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{base_url}{ui}/search.html?q={urllib.parse.quote(query)}")
    page.locator(".search-results[data-first-ms]").wait_for(state="attached", timeout=60000)
    firsts = [(name, status) for name, status in answers if name.startswith("first/")]
    assert all(status == 200 for _, status in answers), answers       # main: first/69-307.json 404
    assert (f"first/{key}.json", 200) in firsts and len(firsts) == len(set(firsts)), firsts
    assert page.locator(".search-results li").count() > 0 and page.errors == [], page.errors
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
