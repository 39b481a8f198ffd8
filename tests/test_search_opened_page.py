"""What a page opened with a query (`search.html?q=`) does before its first rows, counted in Chromium
on the real edition, never timed (issue 14: first rows under 300 ms at 100 times the edition; at that
size the page's own work on two loaded cores, not the network, is most of the time: search23).

Register name forms split into words. search.js asked, of every register entry, whether the query
names it, and built the set of every name form's words on a short word's first check: each of the
registers' name forms (over a thousand) was split into words on the way to the first rows. Only the
entries under the query's words' shards (their first-passages files' "entries") can be named by them, and
a short word is a register name's word only if a form under its own shard holds it."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from test_web_site import base_url, page, site  # noqa: F401 (fixtures)
from triglot.web.search import _equivalents, word_key, words

# Every string the page splits into words (search.js's words(): String.prototype.matchAll with its WORD
# pattern, the only split it makes), recorded until the first rows are drawn.
COUNT_SPLITS = """(() => {
  const split = window.__split = [];
  const matchAll = String.prototype.matchAll;
  String.prototype.matchAll = function (pattern) {
    if (!window.__firstRows && pattern instanceof RegExp && pattern.source === "[\\\\p{L}\\\\p{N}\\\\p{M}]+") split.push(String(this));
    return matchAll.call(this, pattern);
  };
  new MutationObserver((changes, observer) => {
    const list = document.querySelector(".search-results");
    if (list && list.dataset.firstMs && !window.__firstRows) {
      window.__firstRows = [list.children.length, list.dataset.firstFrom];
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-first-ms"] });
})();"""


def _forms_split_before_first_rows(page, base_url, ui, query):
    page.add_init_script(COUNT_SPLITS)
    page.goto(f"{base_url}{ui}/search.html?q={quote(query)}")
    page.wait_for_function("() => window.__firstRows", timeout=60000)
    return page.evaluate("window.__firstRows"), page.evaluate("window.__split")


# Names in each interface: a place's name in its own script, an inflected Russian form, an Armenian name
# whose first three letters are an Armenian word of three letters (կար: whether it is a register name's
# word is asked), a variant spelling, and two words of one name.
@pytest.mark.parametrize("ui,query", [("en", "Zangezur"), ("ru", "Эрзурума"), ("hy", "Կարին"),
                                      ("en", "Karabagh"), ("ru", "Мустафа Кемаль")])
def test_a_page_opened_with_a_query_splits_only_the_name_forms_of_its_words_shards(page, base_url, site, ui, query):
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    equivalents = _equivalents(data.get("endings", {}))
    keys = {word_key(w, equivalents) for w in words(query)}
    entries = json.loads((site / "pagefind" / "entries.json").read_text("utf-8"))
    every = {form[0] for entry in entries for form in entry["forms"]}
    # the forms of the entries with a word in one of the query's words' shards (worked out here from
    # the forms themselves, not from the files' entries)
    allowed = {form[0] for entry in entries
               if any(word_key(w, equivalents) in keys for form in entry["forms"] for w in words(form[0]))
               for form in entry["forms"]}
    (rows, source), split = _forms_split_before_first_rows(page, base_url, ui, query)
    assert rows > 0, (ui, query, source)
    read = {text for text in split if text in every} - {query}   # the query itself is split as a query
    assert read, (ui, query)          # the query's entries' forms are read: the count counts them
    assert read <= allowed, (ui, query, len(read), len(allowed), sorted(read - allowed)[:10])
    # main read every form: 1,000 and more
    assert len(allowed) < len(every) / 4, (len(allowed), len(every))


# What a page opened with a query asks for before its first rows, and when. search.js was deferred: it ran
# only once the page was read and its stylesheet in, and only then asked for search.json (75 kB, which every
# search waits for) and the query's first passages. It is async now and asks for them as it runs.
# highlight.js marks a hit where a result lands (?hl=): no result lands on the search page, so it is not
# loaded there.
def test_a_page_opened_with_a_query_asks_for_its_data_before_the_pages_stylesheet_is_in(page, base_url):
    """site.css held back (never answered): search.json and the query's first passages are asked for all
    the same; a deferred search.js waited for the stylesheet and asked for nothing."""
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    page.route("**/static/site.css", lambda route: None)      # asked for, never answered
    page.goto(f"{base_url}en/search.html?q=Zangezur", wait_until="commit")
    page.wait_for_function("""() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/pagefind/search.json"))""",
                           polling=100, timeout=30000)     # by time: a page whose stylesheet never comes draws no frame
    page.wait_for_timeout(200)     # the requests' events reach the test
    assert [u for u in asked if u.endswith("/pagefind/search.json")], asked
    assert [u for u in asked if u.endswith("/pagefind/first/7a-61.json")], asked    # "za", Zangezur's key
    page.unroute("**/static/site.css")


@pytest.mark.parametrize("query", ["Zangezur", "negotiation"])
def test_a_page_opened_with_a_query_fetches_search_json_once_and_no_highlight_script(page, base_url, query):
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(f"{base_url}en/search.html?q={quote(query)}")
    results = page.locator(".search-results")
    results.and_(page.locator("[data-first-ms]")).wait_for(state="attached", timeout=60000)
    before = page.evaluate("""performance.getEntriesByType("resource").map((e) => e.name)""")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    assert results.locator("li").count() > 0 and page.errors == [], page.errors
    assert len([u for u in asked if u.endswith("/pagefind/search.json")]) == 1, asked
    scripts = sorted(u.rsplit("/", 1)[1] for u in before if "/static/" in u and u.endswith(".js"))
    assert scripts == ["search.js", "site.js"], scripts
