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

import pytest

from search_rows import rows_found
from test_web_site import base_url, site  # noqa: F401 (fixtures)

CASES = [
    ("Bayazet", ["Doğubayazıt", "Doğubayazit", "DOĞUBAYAZIT", "doğubayazıt"]),
    ("Istanbul", ["İstanbul", "ıstanbul", "ISTANBUL", "İSTANBUL"]),
    ("Aydın", ["Aydin", "AYDIN", "aydın", "AYDİN"]),
]


@pytest.mark.parametrize("name,spellings", CASES, ids=[c[0] for c in CASES])
def test_a_turkish_name_finds_its_passages_whatever_the_keyboards_i(new_page, base_url, name, spellings):
    own = rows_found(new_page, base_url, "en", name)
    assert own, name
    found = {q: rows_found(new_page, base_url, "en", q) for q in spellings}
    assert all(rows == own for rows in found.values()), {q: len(rows) for q, rows in found.items()}


def test_a_name_the_edition_does_not_hold_finds_nothing_in_any_of_its_spellings(new_page, base_url):
    """İzmir is nowhere in the edition: read as one letter, its i finds no other word."""
    for q in ("İzmir", "Izmir", "ızmir", "IZMIR"):
        assert rows_found(new_page, base_url, "en", q) == set(), q
