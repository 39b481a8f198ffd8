"""Turkish dotted and dotless i in a query: a Turkish name finds its passages however a reader's keyboard
writes its i (search/letters.json: ı and i̇ read as i in every language, as search/tr.json reads them in a
Turkish text).

The edition's registers spell Turkish names with Turkish letters (Doğubayazıt, a variant of Bayazet;
Aydın) and others without (Istanbul), in English passages and registers: Turkish letters are not a Turkish
passage's only. Lower-casing without the Turkish rules (JavaScript's toLowerCase, Python's lower) makes
"I" an "i" and "İ" an "i" with a combining dot above, and keeps "ı": so "DOĞUBAYAZIT" or "Doğubayazit"
(a keyboard without ı) found nothing, nor "İstanbul" as a Turkish reader writes it, nor "ıstanbul" (ISTANBUL
lower-cased on a Turkish system); the Turkish rules were read only where the edition had Turkish passages.
Each spelling must find exactly what the register's own name finds, in the real edition, at 360 px."""
from __future__ import annotations

import urllib.parse

import pytest

from test_web_site import base_url, site  # noqa: F401 (fixtures)

CASES = [
    ("Bayazet", ["Doğubayazıt", "Doğubayazit", "DOĞUBAYAZIT", "doğubayazıt"]),
    ("Istanbul", ["İstanbul", "ıstanbul", "ISTANBUL", "İSTANBUL"]),
    ("Aydın", ["Aydin", "AYDIN", "aydın", "AYDİN"]),
]


def _found(new_page, base_url, ui, q):
    page = new_page(360, 740)
    page.goto(f"{base_url}{ui}/search.html?q={urllib.parse.quote(q)}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    assert page.errors == [], (q, page.errors)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0, q
    hrefs = page.locator(".search-results li a").evaluate_all("(links) => links.map((a) => a.href)")
    page.close()
    return {(urllib.parse.parse_qs(urllib.parse.urlsplit(h).query)["in"][0], urllib.parse.urlsplit(h).path,
             urllib.parse.urlsplit(h).fragment) for h in hrefs}


@pytest.mark.parametrize("name,spellings", CASES, ids=[c[0] for c in CASES])
def test_a_turkish_name_finds_its_passages_whatever_the_keyboards_i(new_page, base_url, name, spellings):
    own = _found(new_page, base_url, "en", name)
    assert own, name
    found = {q: _found(new_page, base_url, "en", q) for q in spellings}
    assert all(rows == own for rows in found.values()), {q: len(rows) for q, rows in found.items()}


def test_a_name_the_edition_does_not_hold_finds_nothing_in_any_of_its_spellings(new_page, base_url):
    """İzmir is nowhere in the edition: read as one letter, its i finds no other word."""
    for q in ("İzmir", "Izmir", "ızmir", "IZMIR"):
        assert _found(new_page, base_url, "en", q) == set(), q
