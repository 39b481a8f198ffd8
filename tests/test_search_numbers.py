"""The result count's number is written as the interface language writes numbers (CLDR's digits,
grouping separator and group sizes), from data the search page carries (web/search.py number_format),
not from an Intl.NumberFormat made in the page: making one took 16-474 ms of a fresh page's main
thread on two loaded cores, on the way to the first rows of a page opened with a query (issue 14,
search23: 63 ms median at 100 times the edition). Counted in Chromium, never timed: the formats made,
and the count as the page writes it beside the browser's own Intl.NumberFormat of the same number."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from test_web_site import base_url, page, site  # noqa: F401 (fixtures)
from triglot.web.search import number_format, plural_forms

ROOT = Path(__file__).resolve().parents[1]

# Intl.NumberFormat wrapped before the page's scripts run: each one made is counted, and when.
COUNT_FORMATS = """(() => {
  const made = window.__formats = [];
  const Made = Intl.NumberFormat;
  function Counted(...args) { made.push(performance.now()); return new Made(...args); }
  Counted.prototype = Made.prototype;
  Counted.supportedLocalesOf = Made.supportedLocalesOf;
  Intl.NumberFormat = Counted;
  // the status as the first rows are drawn (search.js writes it just before it marks them)
  new MutationObserver((changes, observer) => {
    const list = document.querySelector(".search-results");
    if (list && list.dataset.firstMs && !window.__firstStatus) {
      window.__firstStatus = [document.querySelector(".search-status").textContent, made.length, list.dataset.firstFrom];
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-first-ms"] });
})();"""


def _opened(page, base_url, ui, query):
    """`ui`/search.html opened with `query`, until its first rows are drawn: the status then, and
    how many Intl.NumberFormat the page had made."""
    page.add_init_script(COUNT_FORMATS)
    page.goto(f"{base_url}{ui}/search.html?q={query}")
    page.wait_for_function("() => window.__firstStatus", timeout=60000)
    return page.evaluate("window.__firstStatus")


@pytest.mark.parametrize("ui", ["en", "ru", "hy"])
def test_a_page_opened_with_a_query_makes_no_number_format_and_its_count_reads_as_before(page, base_url, ui):
    status, formats, source = _opened(page, base_url, ui, "Zangezur")
    # main made one as search.js started, before search.json was read (search23's numbers())
    assert formats == 0 and source == "first-passages", (formats, source)
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    n = page.locator(".search-results").evaluate("l => l.children.length")
    status = page.locator(".search-status").text_content()
    count = int(re.search(r"\d+", status).group(0))
    assert count >= n > 0
    forms = set(plural_forms(ROOT, ui).values())
    assert any(status == form.replace("{count}", str(count)) for form in forms), status
    assert page.evaluate("window.__formats.length") == 0


# Interface languages whose numbers differ from each other's: non-Latin digits (fa, bn, mr), a
# grouping separator other than a comma (fa's U+066C, ru's no-break space), and no group below five
# digits (es: 1234, 12.345). Chromium has a number format of its own for each (not for hy or my,
# which it writes as American English does). A count of six digits (hi's and bn's groups of two,
# 1,23,456) is too many passages for a page to check in a test: the group sizes are compared below.
CASES = [("fa", 1234), ("bn", 1234), ("mr", 12), ("es", 1234), ("es", 12345), ("ru", 1234), ("en", 1234)]


@pytest.mark.parametrize("ui", ["en", "ru", "fa", "bn", "mr", "hi", "es", "pl", "fr", "de", "ja"])
def test_the_number_format_is_the_one_chromium_has_for_the_language(page, ui):
    """Digits, separator, group sizes and the smallest number grouped, beside Chromium's own format
    of the language (formatToParts of 1234567 and of 1234)."""
    page.set_content("<p>numbers</p>")
    parts = page.evaluate("""ui => [1234567, 1234].map(n => new Intl.NumberFormat(ui).formatToParts(n))""", ui)
    spec = number_format(ui)
    big = [p["value"] for p in parts[0] if p["type"] == "integer"]
    groups = [p["value"] for p in parts[0] if p["type"] == "group"]
    assert spec["digits"][1:8] == "".join(big), (ui, spec, big)              # 1 234 567 in the language's digits
    assert set(groups) == {spec["group"]}, (ui, spec, groups)
    assert [len(g) for g in big[1:]] == [int(spec["secondary"])] * (len(big) - 2) + [int(spec["primary"])]
    small_grouped = any(p["type"] == "group" for p in parts[1])
    assert small_grouped == (int(spec["minimum"]) == 1), (ui, spec, parts[1])


@pytest.mark.parametrize("ui,n", CASES)
def test_the_count_is_written_as_the_interface_language_writes_numbers(page, base_url, site, ui, n):
    """The English page made to carry `ui`'s number format (as a build for `ui` writes it) and a
    first passages' file of `n` passages (the count the first rows show): the count as the page writes
    it is the number as Chromium's own Intl.NumberFormat(ui) writes it."""
    key = "7a-61"        # "za", the shard of "Zangezur" (web/search.py _file_name)
    real = json.loads((site / "pagefind" / "first" / f"{key}.json").read_text("utf-8"))
    lang, words = next((lang, ws) for lang, ws in real["words"].items() if "zangezur" in ws)
    one = real["passages"][words["zangezur"][0]]
    many = {"titles": real["titles"], "words": {lang: {"zangezur": list(range(n))}},
            "passages": [{"content": one["content"], "filters": {**one["filters"], "block": [f"{one['filters']['block'][0]}x{i}"]}}
                         for i in range(n)]}
    spec = number_format(ui)
    page.route(f"**/pagefind/first/{key}.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(many, ensure_ascii=False)))

    def carrying(route):
        html = route.fetch().text()
        for name, value in spec.items():
            html, found = re.subn(f'data-{name}="[^"]*"', f'data-{name}="{value}"', html)
            assert found == 1, name
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
    page.route("**/en/search.html*", carrying)
    status, formats, source = _opened(page, base_url, "en", "Zangezur")
    expected = page.evaluate("([ui, n]) => new Intl.NumberFormat(ui).format(n)", [ui, n])
    assert source == "first-passages" and formats == 0
    written = status.split(" passages found.")[0]
    assert written == expected, (ui, n, status, expected)
