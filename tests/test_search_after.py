"""A query put in while the one before is still being checked: what the one before keeps asking of
Pagefind and of the server (issue 14, session 30's bench: a query 1 s after another's rows took up
to 1.9 s at 100 times the edition, the one before's candidates still fetched and checked).

Pagefind's worker cannot be told to stop a request it has been sent, so what counts is how many the
page has sent and not yet had answered when the next query starts. The tests count the messages
the page posts to Pagefind's workers (Worker.postMessage, wrapped before the page's scripts run) and
hold some back, as a busy worker at 100 times the edition would: counts, never times."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from test_web_site import base_url, page, site  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[1]

# Every message the page posts to a Pagefind worker; a passage's data
# (getData) beyond the first `holdData`, and any filter search while `holdFilters`, is held back
# (not sent) until release(): the worker has not got to it yet.
INSTRUMENT = """(() => {
  const log = window.__pf = { posts: [], submits: [], held: [],
                              holdData: Infinity, holdFilters: false, data: 0 };
  document.addEventListener("submit", () => log.submits.push(log.posts.length), true);
  // each language's module has a worker of its own, whose message ids count from 0: an id is
  // read with its worker's number
  const post = Worker.prototype.postMessage, workers = new Map();
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!workers.has(this)) workers.set(this, workers.size);
    const args = message.args || [], worker = workers.get(this);
    log.posts.push({ id: worker + " " + message.id, worker: worker, method: message.method,
                     args: JSON.parse(JSON.stringify(args)) });
    const hold = (message.method === "getData" && ++log.data > log.holdData) ||
      (message.method === "search" && log.holdFilters && args[1] && args[1].filters && Object.keys(args[1].filters).length);
    if (hold) { log.held.push([this, message, rest]); return; }
    return post.call(this, message, ...rest);
  };
  log.release = () => {
    const held = log.held;
    log.held = []; log.holdData = Infinity; log.holdFilters = false;
    held.forEach(([worker, message, rest]) => post.call(worker, message, ...rest));
  };
})();"""


def _open(page, base_url):
    page.add_init_script(INSTRUMENT)
    page.goto(f"{base_url}en/search.html")
    page.locator(".search-form:not([hidden])").wait_for()


def _put(page, query):
    page.fill("#search-input", query)
    page.press("#search-input", "Enter")


def _rows(page):
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    with page.expect_download() as d:
        page.click(".search-downloads button[data-format=json]")
    rows = json.loads(Path(d.value.path()).read_text("utf-8"))["results"]
    return sorted((r["language"], r["document"], r["passage"]) for r in rows)


def test_a_query_put_in_while_the_one_before_is_checked_finds_few_of_its_passages_still_asked(page, base_url):
    """"the" has some 140 candidates on the edition: checked in batches of 8, 16, 32, 64 and 96,
    each batch's passages were all asked of Pagefind at once. Held once 56 are asked (a worker still
    busy with them), the next query found the 64 of the fourth batch before it in the worker. Now
    at most 16 are asked ahead of the one checked, and none once the next query starts; the next
    query finds what it finds on a fresh page."""
    _open(page, base_url)
    page.evaluate("window.__pf.holdData = 56")
    _put(page, "the")
    page.wait_for_function("() => window.__pf.held.length > 0")
    page.wait_for_timeout(200)      # anything more it would ask for now
    stale = page.evaluate("window.__pf.held.length")
    _put(page, "treaty")
    page.evaluate("window.__pf.release()")
    after = _rows(page)
    # the one before's passages asked after the next query started: a getData's id names its search
    late = page.evaluate("""(() => {
      const log = window.__pf, before = new Set(log.posts.slice(0, log.submits[1]).map((p) => p.id));
      return log.posts.slice(log.submits[1]).filter((p) => p.method === "getData" &&
        before.has(p.worker + " msg_" + p.args[0].split("_")[2])).length;
    })()""")
    fresh = page.context.new_page()
    _open(fresh, base_url)
    _put(fresh, "treaty")
    assert stale <= 16 and late == 0, (stale, late)
    assert after and after == _rows(fresh)


def test_a_query_put_in_after_another_leaves_one_filter_search_of_it_a_language(page, base_url):
    """"Kars Ardahan" names three places (Kars, the Kars oblast, Ardahan): once its first rows are
    shown, every passage filed under each is asked for, in every language, a filter search each,
    which takes seconds at 100 times the edition. All nine were sent at once, and the next query
    waited behind them in the workers. Now each language's are sent one after another, and none
    once the next query has started."""
    _open(page, base_url)
    languages = page.locator(".search-form").get_attribute("data-languages").split()
    page.evaluate("window.__pf.holdFilters = true")
    _put(page, "Kars Ardahan")
    page.wait_for_function("() => window.__pf.held.length > 0")
    page.wait_for_timeout(200)
    _put(page, "treaty")
    page.evaluate("window.__pf.release()")
    _rows(page)
    filtered = page.evaluate("""window.__pf.posts.filter((p) => p.method === "search" && p.args[1] &&
      p.args[1].filters && Object.keys(p.args[1].filters).length).map((p) => p.args[1].filters)""")
    assert 0 < len(filtered) <= len(languages), filtered


def test_the_same_query_alone_still_asks_every_filter_search(page, base_url):
    """The other side of the test above: left to finish, "Kars Ardahan" asks each place's passages in
    every language (its complete count), one after another."""
    _open(page, base_url)
    languages = page.locator(".search-form").get_attribute("data-languages").split()
    _put(page, "Kars Ardahan")
    _rows(page)
    filtered = page.evaluate("""window.__pf.posts.filter((p) => p.method === "search" && p.args[1] &&
      p.args[1].filters && Object.keys(p.args[1].filters).length).map((p) => JSON.stringify(p.args[1].filters))""")
    assert len(filtered) == 3 * len(languages) and len(set(filtered)) == 3, filtered


def test_a_long_paste_asks_only_for_its_last_words_files_before_it_is_submitted(page, base_url):
    """A paragraph of a letter pasted into the box (1,000 characters, some 150 words): the page asked
    for each word's shard in every language and its first passages, and Pagefind to preload every
    word, as the text came in, all before the search. Now only for its last eight words (as a
    reader types, the word being typed is among them); submitted, it is searched whole."""
    text = (ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[2]).read_text("utf-8")
    paste = " ".join(text.split())[:1000]
    asked = []
    page.on("request", lambda r: asked.append(urlsplit(r.url).path)
            if "/pagefind/words/" in r.url or "/pagefind/first/" in r.url else None)
    _open(page, base_url)
    page.click("#search-input")
    page.fill("#search-input", paste)
    page.wait_for_timeout(500)      # what the input asks for, asked at once
    before = list(asked)
    preloads = page.evaluate("window.__pf.posts.filter((p) => p.method === 'preload').map((p) => p.args[0])")
    page.press("#search-input", "Enter")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    failed = page.locator(".search-strings [data-key=failed]").text_content()
    assert page.locator(".search-status").text_content() != failed
    keys = {path.rsplit("/", 1)[1] for path in before}
    assert len(paste.split()) > 100 and 0 < len(keys) <= 8, sorted(keys)
    assert all(len(p.split()) <= 8 for p in preloads), preloads
    assert len(set(asked) - set(before)) > 8     # the search asks for the other words' files
