"""Time to first results over many queries and several rounds, for `triglot bench search`.

Four timed queries decided nothing: one slow page moved a median by 100 ms. Here the timed
queries are drawn from the query set (every k-th query with an expected answer, so in the three
interface languages, never chosen by hand) and each is timed in several rounds, in a rotated
order, four ways, alternately:
  opened      a fresh context opening <ui>/search.html?q=, from the navigation's start;
  pasted      a fresh page's first query, put into the box at once as soon as the form shows;
  keyed       a fresh page's first query, typed key by key (KEY_DELAY_MS apart), as a reader types;
  after       a query put into a page that has answered others before it (a reader's next query);
and Pagefind alone opened with the query (the anchor). `pasted`, `keyed` and `after` are timed
from the form's submit; `pasted` and `keyed` also tell each page's gap, from the query's first
input event to the submit (the page asks for the query's files on input: a pasted query's time
depended on how long Playwright took from its paste to its Enter, 21-188 ms under load, which
moved the pasted median by 35-90 ms a round for the same code; paste22). Each page is closed at its first rows: a name's complete answer at 100
times the edition takes 20 s, which would make the rounds last an hour.
"""
from __future__ import annotations

import json

TARGET_MS = 300        # issue 14: first results under 300 ms in Chromium for the large corpus
KEY_DELAY_MS = 150     # a fast typist's pace (80 words a minute)
READ_MS = 1000         # between a page's answer and its next query ("after")
WAIT_MS = 120000       # a page that shows nothing in this time fails the run


def draw(queries: list[dict], count: int) -> list[dict]:
    """Every k-th query that must find something (a query with neither forms nor register
    entries must find nothing, and so shows no first results to time), `count` at most."""
    pool = [q for q in queries if q.get("forms") or q.get("refs")]
    step = max(1, len(pool) // max(1, count))
    return pool[::step][:count]


def summary(times: list[int], target: int = TARGET_MS) -> dict:
    """Median, max and how many were over the target (and how many were timed at all)."""
    ordered = sorted(times)
    return {"n": len(ordered), "median": _median(ordered), "max": ordered[-1] if ordered else None,
            f"over_{target}": sum(t > target for t in ordered)}


def _median(ordered):
    if not ordered:
        return None
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _first_rows(page):
    """Wait until the page shows its first rows or says it is done (found nothing)."""
    results = page.locator(".search-results")
    results.and_(page.locator("[data-first-ms], [data-state=done]")).wait_for(state="attached", timeout=WAIT_MS)
    return results


def opened(browser, ui: str, query: str):
    """A fresh context opening the page with ?q=: ms from the navigation's start, or None."""
    from urllib.parse import quote
    page = browser.new_page()
    try:
        page.goto(f"{browser.base}{ui}/search.html?q={quote(query)}")
        value = _first_rows(page).get_attribute("data-page-ms")
        return int(value) if value else None
    finally:
        page.close()


def typed_first(browser, ui: str, query: str, key_delay_ms: int):
    """A fresh context's first query, put in as soon as the form shows (at once, or key by key):
    (ms from the submit, or None; ms from the query's first input event to the submit, or None)."""
    page = browser.new_page()
    try:
        page.goto(f"{browser.base}{ui}/search.html")
        page.locator(".search-form:not([hidden])").wait_for(timeout=WAIT_MS)
        page.evaluate(GAP_WATCH)
        _put(page, query, key_delay_ms)
        value = _first_rows(page).get_attribute("data-first-ms")
        gap = page.evaluate(GAP_READ)
        return (int(value) if value else None), (round(gap) if gap is not None else None)
    finally:
        page.close()


# The query's first input event and the form's submit, as the page saw them (a listener on the
# document in its capture phase, added by the bench after the page has loaded: nothing is added
# to the page itself).
GAP_WATCH = """() => {
  const gap = window.triglotGap = {};
  document.addEventListener("input", () => { if (gap.input === undefined) gap.input = performance.now(); }, true);
  document.addEventListener("submit", () => { if (gap.submit === undefined) gap.submit = performance.now(); }, true);
}"""
# The gap, or null when the page saw no input or no submit (a page that showed rows some other
# way): a missing end would make NaN, which Python's round() refuses, ending the bench run.
GAP_READ = """() => {
  const gap = window.triglotGap;
  return gap && gap.input !== undefined && gap.submit !== undefined ? gap.submit - gap.input : null;
}"""


def typed_after(browser, ui: str, queries: list[str]) -> list:
    """Each query after the first put into one page in turn (pasted), READ_MS after the one
    before showed its rows: ms from the submit, None for one that showed nothing."""
    page = browser.new_page()
    out = []
    try:
        page.goto(f"{browser.base}{ui}/search.html")
        page.locator(".search-form:not([hidden])").wait_for(timeout=WAIT_MS)
        for i, query in enumerate(queries):
            _put(page, query, 0)
            value = _first_rows(page).get_attribute("data-first-ms")
            if i:
                out.append(int(value) if value else None)
            page.wait_for_timeout(READ_MS)
    finally:
        page.close()
    return out


def _put(page, query: str, key_delay_ms: int):
    page.click("#search-input")
    if key_delay_ms:
        page.keyboard.type(query, delay=key_delay_ms)
    else:
        page.fill("#search-input", query)
    page.press("#search-input", "Enter")


def anchor(browser, site, ui: str, query: str):
    """Pagefind alone opened with the query in a fresh context (search_bench.ANCHOR_PAGE, the
    interface language's bundles): ms from the navigation's start, or None when it finds nothing."""
    from urllib.parse import quote

    from triglot.web.search_bench import ANCHOR_PAGE, merged_bundles
    page = browser.new_page()
    body = ANCHOR_PAGE.replace("LANG", ui).replace("MORE", json.dumps(merged_bundles(site, ui)))
    try:
        page.route(f"{browser.base}anchor.html*", lambda route: route.fulfill(
            body=body, content_type="text/html; charset=utf-8"))
        page.goto(f"{browser.base}anchor.html?q={quote(query)}")
        page.locator("body[data-ms]").wait_for(state="attached", timeout=WAIT_MS)
        found = int(page.locator("body").get_attribute("data-count"))
        return int(page.locator("body").get_attribute("data-ms")) if found else None
    finally:
        page.close()


WAYS = ("opened", "pasted", "keyed", "after", "pagefind_alone_opened")


def rounds(site, queries: list[dict], count: int = 16, rounds: int = 3) -> dict:
    """The drawn queries timed each way in `rounds` rounds (each in the order rotated by one):
    per way its summary and every time, and the queries drawn."""
    from triglot.web.search_bench import Browser
    drawn = draw(queries, count)
    times = {way: [] for way in WAYS}
    missing = {way: 0 for way in WAYS}
    gaps = {"pasted": [], "keyed": []}
    browser = Browser(site)
    try:
        for r in range(rounds):
            order = drawn[r % len(drawn):] + drawn[:r % len(drawn)] if drawn else []
            for q in order:
                ui, text = q.get("ui", "en"), q["q"]
                for way, value in (("opened", lambda: opened(browser, ui, text)),
                                   ("pasted", lambda: _gap(gaps["pasted"], typed_first(browser, ui, text, 0))),
                                   ("keyed", lambda: _gap(gaps["keyed"], typed_first(browser, ui, text, KEY_DELAY_MS))),
                                   ("pagefind_alone_opened", lambda: anchor(browser, site, ui, text))):
                    _keep(times, missing, way, value())
            for ui in sorted({q.get("ui", "en") for q in order}):
                for value in typed_after(browser, ui, [q["q"] for q in order if q.get("ui", "en") == ui]):
                    _keep(times, missing, "after", value)
    finally:
        browser.close()
    out = {"queries": [q["q"] for q in drawn], "rounds": rounds}
    for way in WAYS:
        out[way] = {**summary(times[way]), "no_rows": missing[way], "ms": times[way]}
    for way, told in gaps.items():     # beside each page's time in "ms", in the same order
        out[way]["input_to_submit"] = {**gap_summary(told), "ms": told}
    return out


def _gap(told: list, timed: tuple):
    """Keeps the gap from its first input to its submit of a page that showed rows (as its time is
    kept); gives back its time."""
    ms, gap = timed
    if ms is not None:
        told.append(gap)
    return ms


def gap_summary(gaps: list) -> dict:
    """Median and range of the gaps from input to submit (those the page saw)."""
    seen = sorted(g for g in gaps if g is not None)
    return {"median": _median(seen), "min": seen[0] if seen else None, "max": seen[-1] if seen else None}


def _keep(times, missing, way, value):
    if value is None:
        missing[way] += 1
    else:
        times[way].append(value)
