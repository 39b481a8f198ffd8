"""review33 (mends search24): the search page's number format (web/search.py number_format) takes a
numbering system's symbols from CLDR as Babel has them, where a system's own table holds only what
differs from the Latin digits' (CLDR's inheritance): Adlam's ("adlm", the default of ff-Adlm) has no
group separator of its own, and the page grouped Adlam digits with "," where CLDR writes "⹁" (U+2E41),
which is ff-Adlm's Latin-digit group. Compared with ICU's own formatting of the same numbers (PyICU;
Debian's Chromium has no ff-Adlm data to compare with: it falls back to en-US)."""
from __future__ import annotations

import pytest

from triglot.web.search import number_format


def _written(spec: dict, n: int) -> str:
    """`n` as search.js writes it from `spec` (its number(): groups, then the digits)."""
    s, primary = str(n), int(spec["primary"])
    secondary, minimum = int(spec["secondary"]) or primary, int(spec["minimum"]) or 1
    out = s
    if primary and len(s) >= primary + minimum:
        groups, rest = [s[-primary:]], s[:-primary]
        while len(rest) > secondary:
            groups.insert(0, rest[-secondary:])
            rest = rest[:-secondary]
        out = spec["group"].join(([rest] if rest else []) + groups)
    digits = list(spec["digits"])
    return "".join(digits[int(c)] if c in "0123456789" else c for c in out)


@pytest.mark.parametrize("ui", ["ff-Adlm", "fa", "bn", "ru", "de"])
def test_a_count_is_grouped_with_the_separator_cldr_gives_its_digits(ui):
    import icu
    formatter = icu.NumberFormatter.withLocale(icu.Locale(ui.replace("-", "_")))
    for n in (1234, 12345, 1234567):
        assert _written(number_format(ui), n) == str(formatter.formatInt(n)), (ui, n, number_format(ui))
