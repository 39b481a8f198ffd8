"""What a search page opened with `?q=` answers, as a reader on a phone sees it: the rows' links, read
once the results are drawn at 360 px, with no script error and nothing wider than the screen. Shared by
the tests of how a query's spelling is folded (Turkish letters, dotted and dotless i), which compare what
one spelling finds with what another finds."""
from __future__ import annotations

import urllib.parse


def rows_found(new_page, base_url: str, ui: str, q: str) -> set:
    """(document language, page path, fragment) of every row `q` gives in interface `ui`."""
    page = new_page(360, 740)
    page.goto(f"{base_url}{ui}/search.html?q={urllib.parse.quote(q)}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    assert page.errors == [], (q, page.errors)
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0, q
    hrefs = page.locator(".search-results li a").evaluate_all("(links) => links.map((a) => a.href)")
    page.close()
    rows = set()
    for href in hrefs:
        parts = urllib.parse.urlsplit(href)
        rows.add((urllib.parse.parse_qs(parts.query)["in"][0], parts.path, parts.fragment))
    return rows
