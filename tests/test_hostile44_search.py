"""hostile44: the search page under hostile use, in Chromium at a phone's width, on tests/roots/mini (one
document naming Chicherin, "Чичерин" in its Russian slot).

- The box emptied (Escape) while a query is checked: the query's rows came in under the empty box and the URL
  kept the query, so a reload brought back what the reader had cleared.
- A pasted paragraph of 10,000 characters that finds nothing: "Did you mean …?" aligned it letter by letter
  with every register name form (11 s of the page's thread for 800 forms). Counted: the calls of Math.min,
  which the alignment makes three of for each pair of letters, never times.
- A Russian word pasted with its stress mark ("Чиче\u0301рин", as dictionaries and encyclopaedias print
  headwords) found nothing."""
from __future__ import annotations

import urllib.parse

import pytest

from conftest import make_project, run_cli, served


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("hostile44-search"), "mini")
    assert run_cli("--root", root, "build", "web") == 0
    with served(root / "build" / "web") as url:
        yield url


def _state(page) -> dict:
    return page.evaluate("""() => ({
      box: document.getElementById('search-input').value,
      url: new URLSearchParams(location.search).get('q'),
      status: document.querySelector('.search-status').textContent,
      rows: document.querySelectorAll('.search-results > li').length})""")


def _done(page) -> dict:
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    return _state(page)


def _ready(page, url: str):
    page.goto(url)
    page.locator(".search-form:not([hidden])").wait_for(timeout=60000)


def test_a_query_cleared_with_escape_while_it_is_checked_leaves_no_rows_and_no_query_in_the_url(base_url, new_page):
    page = new_page(360, 740)
    # every request 300 ms late, as on a slow phone network: the query is still on its way when cleared
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions",
             {"offline": False, "latency": 300, "downloadThroughput": 200_000, "uploadThroughput": 200_000})
    _ready(page, f"{base_url}en/search.html")
    page.fill("#search-input", "Chicherin")
    page.press("#search-input", "Enter")
    assert _state(page)["status"]                        # the search has begun
    page.press("#search-input", "Escape")
    page.wait_for_load_state("networkidle")             # whatever the cleared query still had on its way
    page.wait_for_timeout(500)
    assert _done(page) == {"box": "", "url": None, "status": "", "rows": 0}
    page.reload()
    page.locator(".search-form:not([hidden])").wait_for(timeout=60000)
    assert _state(page) == {"box": "", "url": None, "status": "", "rows": 0}
    assert page.errors == []


def test_the_box_cleared_after_a_query_and_a_new_query_finds_what_a_fresh_page_finds(base_url, new_page):
    """The clearing is a search of nothing: the next query is searched as on a fresh page."""
    fresh = new_page(360, 740)
    _ready(fresh, f"{base_url}en/search.html?q=Moscow")
    want = _done(fresh)
    page = new_page(360, 740)
    _ready(page, f"{base_url}en/search.html?q=Chicherin")
    assert _done(page)["rows"] == 2
    page.press("#search-input", "Escape")
    assert _state(page)["url"] is None
    page.fill("#search-input", "Moscow")
    page.press("#search-input", "Enter")
    assert _done(page) == want
    assert want["rows"] == 1 and page.errors == [] and fresh.errors == []


COUNT_MIN = """(() => {
  const min = Math.min;
  window.__mins = 0;
  Math.min = function () { window.__mins++; return min.apply(Math, arguments); };
})();"""


def test_a_pasted_paragraph_that_finds_nothing_is_not_aligned_with_every_register_name(base_url, new_page):
    page = new_page(360, 740)
    page.add_init_script(COUNT_MIN)
    _ready(page, f"{base_url}en/search.html")
    query = ("qwyx zvbk " * 1000)[:10_000]
    page.evaluate("window.__mins = 0")
    page.fill("#search-input", query)
    page.press("#search-input", "Enter")
    assert _done(page)["status"] == "No passages found."
    assert page.evaluate("window.__mins") < len(query), "the query aligned with the register's name forms"
    # a near spelling of a name is still offered
    page.fill("#search-input", "Chicherim")
    page.press("#search-input", "Enter")
    _done(page)
    assert page.locator(".search-suggestion a").inner_text() == "Chicherin"
    assert page.errors == []


@pytest.mark.parametrize("query", ["Чиче\u0301рин", "Чиче\u0300рин", "Чи\u0301чери\u0301н"])
def test_a_russian_word_pasted_with_its_stress_mark_finds_the_words_passages(base_url, new_page, query):
    plain = new_page(360, 740)
    _ready(plain, f"{base_url}en/search.html?q={urllib.parse.quote('Чичерин')}")
    want = _done(plain)
    assert want["rows"] > 0
    opened = new_page(360, 740)
    _ready(opened, f"{base_url}en/search.html?q={urllib.parse.quote(query)}")
    assert {**_done(opened), "box": None, "url": None} == {**want, "box": None, "url": None}
    typed = new_page(360, 740)
    _ready(typed, f"{base_url}en/search.html")
    typed.fill("#search-input", query)
    typed.press("#search-input", "Enter")
    assert _done(typed)["rows"] == want["rows"]
    assert plain.errors == opened.errors == typed.errors == []
