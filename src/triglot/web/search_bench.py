"""`triglot bench search`: the search's precision and recall over a query set, run in Chromium,
with the index size and the time to first results on the edition and on a corpus 100 times larger.

The expected passages of each query are not found by the search being measured: the query set
(tests/search/queries.json) names, for each query, the word forms an editor read in the TEI
and the register entries whose every mention it must find; `expected` turns those into
passages by plain whole-word comparison and the encoded @ref of each mention.
A query with neither must find nothing (misspellings, words the edition does not have).
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

WORD = re.compile(r"\w+")
# The omnibox's popup, a WebUI page of the browser's own (chrome://omnibox-popup.top-chrome/ and its
# omnibox_popup_aim.html), which Chromium 156 loads in every new window, headless too: two renderers beside
# each page the bench opens in a fresh context, working on the same two cores while the page loads (seen in
# search26's traces). A reader follows a link in a window already open; the page is what is measured.
NO_BROWSER_PAGES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")
CHROMIUM = "/usr/bin/chromium"
SWITCHES = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
_PLAYWRIGHT_DISABLED: list[tuple[str, ...]] = []


def playwright_disabled(playwright) -> tuple[str, ...]:
    """The features the installed Playwright turns off itself: the last --disable-features of the command
    line it starts Chromium with (chrome://version), read once a process from a browser it launches with
    the bench's SWITCHES. Why: Chromium reads only the last --disable-features, so the bench's own must name
    Playwright's again; it held a copy of Playwright 1.65's list, which an upgrade adding a feature would
    have undone and one dropping a feature would not have dropped."""
    if not _PLAYWRIGHT_DISABLED:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=SWITCHES)
        try:
            page = browser.new_page()
            page.goto("chrome://version")
            line = page.locator("#command_line").text_content().split()
        finally:
            browser.close()
        lists = [s.split("=", 1)[1].split(",") for s in line if s.startswith("--disable-features=")]
        _PLAYWRIGHT_DISABLED.append(tuple(lists[-1]) if lists else ())
    return _PLAYWRIGHT_DISABLED[0]


def launch(playwright):
    """Debian's Chromium as the bench (and the tests, tests/chromium.py) read pages with: Playwright's own
    launch and SWITCHES, with the omnibox's WebUI pages off besides what Playwright turns off."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=SWITCHES + [
        "--disable-features=" + ",".join(playwright_disabled(playwright) + NO_BROWSER_PAGES)])

def words(text: str) -> list[str]:
    """Words compared as a reader would: case, ё/е and the two spellings of Armenian "ev" set aside."""
    import unicodedata
    text = unicodedata.normalize("NFC", text).lower().replace("ё", "е").replace("\u0587", "\u0565\u0582")
    return WORD.findall(text)


def load_queries(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text("utf-8"))["queries"]


def expected(records: list[dict], query: dict) -> set[tuple[str, str, str]]:
    """The passages (language, document, block) a query must return, from the query set's reading."""
    forms = [words(f) for f in query.get("forms", [])]
    refs = set(query.get("refs", []))
    out = set()
    for r in records:
        ws = words(r["text"])
        named = refs & (set(r["persons"]) | set(r["places"]))
        has_form = any(ws[i:i + len(f)] == f for f in forms if f for i in range(len(ws) - len(f) + 1))
        if named or has_form:
            out.add((r["lang"], r["doc"], r["block"]))
    return out


def score(found: dict, wanted: dict) -> dict:
    """Micro-averaged precision and recall over the query set, and the queries that missed."""
    true_pos = returned = relevant = 0
    misses = []
    for q, want in wanted.items():
        got = found.get(q, set())
        true_pos += len(got & want)
        returned += len(got)
        relevant += len(want)
        if got != want:
            misses.append({"query": q, "extra": sorted(map("/".join, got - want))[:5],
                           "missing": sorted(map("/".join, want - got))[:5]})
    return {"precision": round(true_pos / returned, 4) if returned else 1.0,
            "recall": round(true_pos / relevant, 4) if relevant else 1.0,
            "queries": len(wanted), "misses": misses}


class Browser:
    """A served site read by Debian's Chromium through Playwright (a test/benchmark dependency)."""

    def __init__(self, site: Path):
        from playwright.sync_api import sync_playwright

        from triglot.web.serve import make_server
        self._server = make_server(site, 0)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._playwright = sync_playwright().start()
        self._browser = launch(self._playwright)
        self.page = None

    def new_page(self):
        """A page in a context of its own (nothing cached); closing it closes the context."""
        return self._browser.new_page()

    def open_search(self, ui: str, query: str = ""):
        """Load <ui>/search.html (with ?q= when given); returns the milliseconds until its form is ready."""
        self.page = self._browser.new_page(accept_downloads=True)
        start = time.perf_counter()
        self.page.goto(f"{self.base}{ui}/search.html" + (f"?q={query}" if query else ""))
        self.page.locator(".search-form:not([hidden])").wait_for(timeout=60000)
        return 1000 * (time.perf_counter() - start)

    def search(self, query: str, key_delay_ms: int = 0) -> dict:
        """Type a query into the open page; the results as downloaded (JSON) and the first-results time.
        `key_delay_ms`: the query typed key by key at that pace (the page preloads as the reader
        types, as it would for a reader); else put in at once, as pasted."""
        page = self.page
        page.fill("#search-input", "" if key_delay_ms else query)
        if key_delay_ms:
            page.type("#search-input", query, delay=key_delay_ms)
        page.press("#search-input", "Enter")
        page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=600000)
        first = page.locator(".search-results").get_attribute("data-first-ms")
        results = []
        if page.locator(".search-downloads:not([hidden])").count():
            with page.expect_download() as download:
                page.click(".search-downloads button[data-format=json]")
            results = json.loads(Path(download.value.path()).read_text("utf-8"))["results"]
        return {"results": results, "first_ms": int(first) if first else None,
                "suggestion": page.locator(".search-suggestion").text_content() or ""}

    def close(self):
        if self.page is not None:
            self.page.close()
        self._browser.close()
        self._playwright.stop()
        self._server.shutdown()
        self._server.server_close()


# Types each query into the open search page as a reader would (the form's own submit), waits
# until every candidate is checked, and takes the result list from the page's own JSON download
# (the Blob it offers is read instead of saved). All in the page: no round trip per query.
RUN_IN_PAGE = """async (queries) => {
  const input = document.getElementById("search-input");
  const form = document.querySelector(".search-form");
  const list = document.querySelector(".search-results");
  const offered = [], createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => { offered.push(blob); return createObjectURL.call(URL, blob); };
  const settled = () => new Promise((resolve, reject) => {
    const started = performance.now();
    (function poll() {
      if (list.dataset.state === "done") resolve();
      else if (performance.now() - started > 120000) reject(new Error("no answer"));
      else setTimeout(poll, 5);
    })();
  });
  const out = [];
  try {
    for (const q of queries) {
      input.value = q;
      form.requestSubmit();
      await settled();
      let results = [];
      if (!document.querySelector(".search-downloads").hidden) {
        document.querySelector(".search-downloads button[data-format=json]").click();
        results = JSON.parse(await offered.pop().text()).results;
      }
      out.push({ results: results.map((r) => [r.language, r.document, r.passage]),
                 first_ms: list.dataset.firstMs ? Number(list.dataset.firstMs) : null });
    }
  } finally {
    URL.createObjectURL = createObjectURL;
  }
  return out;
}"""


def run_queries(site: Path, queries: list[dict]) -> dict:
    """Each query typed into the search page of its interface language (one page per language,
    every query of that language in it); returns the passages per query."""
    browser = Browser(site)
    found, times = {}, []
    try:
        for ui in sorted({q.get("ui", "en") for q in queries}):
            batch = [q for q in queries if q.get("ui", "en") == ui]
            browser.open_search(ui)
            answers = browser.page.evaluate(RUN_IN_PAGE, [q["q"] for q in batch])
            browser.page.close()
            browser.page = None
            for q, answer in zip(batch, answers):
                found[q["q"]] = {tuple(r) for r in answer["results"]}
                if answer["first_ms"] is not None:
                    times.append(answer["first_ms"])
    finally:
        browser.close()
    return {"found": found, "first_ms": times}


ANCHOR = """async ([bundle, more, query, timeOnly]) => {
  const pagefind = await import(bundle + "pagefind.js");
  await pagefind.init();
  for (const url of more) await pagefind.mergeIndex(url);
  const start = performance.now();
  const found = await pagefind.search(query);
  if (found.results.length) await found.results[0].data();
  const ms = performance.now() - start;
  const all = timeOnly ? [] : await Promise.all(found.results.map((r) => r.data()));
  return { ms: ms, count: found.results.length, results: all.map((d) => [d.filters.lang[0], d.filters.doc[0], d.filters.block[0]]) };
}"""


def anchor_queries(site: Path, queries: list[dict], time_only: bool = False) -> dict:
    """The anchor: Pagefind alone, as the site searched before (the query as typed, in the index of
    the interface language, every answer taken as a hit), on the same queries and machine.
    `time_only`: only the time to its first result (its data loaded), not every answer's."""
    browser = Browser(site)
    found, times = {}, []
    try:
        browser.open_search("en")
        for q in queries:
            lang = q.get("ui", "en")
            more = [f"{browser.base}pagefind/{folder}/" for folder in merged_bundles(site, lang)]
            answer = browser.page.evaluate(ANCHOR, [f"{browser.base}pagefind/{lang}/", more, q["q"], time_only])
            found[q["q"]] = {tuple(r) for r in answer["results"]}
            if answer["count"]:
                times.append(round(answer["ms"]))
    finally:
        browser.close()
    return {"found": found, "first_ms": times}


KEY_DELAY_MS = 150    # a fast typist's pace (80 words a minute): what "typed key by key" means below


def first_results(site: Path, queries: list[str]) -> dict:
    """Time to first results: each query put into one loaded page in turn (a reader's second,
    third… search), from the form's submit, pasted at once and typed key by key (KEY_DELAY_MS
    apart: the page preloads while the reader types); and opened with the query: a fresh browser context
    (nothing cached) opening search.html?q=, from the navigation's start (the page, its scripts,
    search.json, word shards and Pagefind all included) until the first results are shown."""
    browser = Browser(site)
    cold, typed, keyed, cold_cpu, cold_from = [], [], [], [], {}
    try:
        for delay, times in ((0, typed), (KEY_DELAY_MS, keyed)):
            browser.open_search("en")
            for q in queries:
                answer = browser.search(q, delay)
                if answer["first_ms"] is not None:
                    times.append(answer["first_ms"])
            browser.page.close()
        for q in queries:
            cpu = browser_cpu()
            browser.open_search("en", q)
            results = browser.page.locator(".search-results")
            results.and_(browser.page.locator("[data-page-ms], [data-state=done]")).wait_for(
                state="attached", timeout=600000)
            cpu = cpu_ms_since(cpu)     # Chromium's CPU until the first results (or the answer "none")
            results.and_(browser.page.locator("[data-state=done]")).wait_for(state="attached", timeout=600000)
            value = results.get_attribute("data-page-ms")
            if value:
                cold.append(int(value))
                cold_cpu.append(cpu)
                # the page's own first passages (web/first_passages.py) or Pagefind's answer
                source = results.get_attribute("data-first-from") or "?"
                cold_from[source] = cold_from.get(source, 0) + 1
            browser.page.close()
        browser.page = None
    finally:
        browser.close()
    return {"typed_ms_median": _median(typed), "typed_ms_max": max(typed, default=None), "typed_ms": typed,
            "typed_key_by_key_ms_median": _median(keyed), "typed_key_by_key_ms": keyed,
            "opened_ms_median": _median(cold), "opened_ms_max": max(cold, default=None), "opened_ms": cold,
            "opened_browser_cpu_ms": cold_cpu, "opened_first_results_from": cold_from}


# Pagefind alone opened with a query: a page whose only script imports the bundle, searches and
# loads the first result's data; the time from the navigation's start, as for our page.
ANCHOR_PAGE = """<!DOCTYPE html><html lang="LANG"><head><meta charset="utf-8"><title>anchor</title>
<script type="module">
const query = new URLSearchParams(location.search).get("q");
const pagefind = await import("./pagefind/LANG/pagefind.js");
for (const folder of MORE) await pagefind.mergeIndex(new URL("./pagefind/" + folder + "/", location.href).href);
const found = await pagefind.search(query);
if (found.results.length) await found.results[0].data();
document.body.dataset.ms = Math.round(performance.now());
document.body.dataset.count = found.results.length;
</script></head><body></body></html>"""


def anchor_opened(site: Path, queries: list[str], lang: str = "en") -> dict:
    """The anchor for a page opened with the query: Pagefind alone, in a fresh context each time
    (the times, and Chromium's CPU time, of the queries it finds something for)."""
    browser = Browser(site)
    times, cpus = [], []
    more = merged_bundles(site, lang)
    try:
        for q in queries:
            page = browser._browser.new_page()
            page.route(f"{browser.base}anchor.html*", lambda route: route.fulfill(
                body=ANCHOR_PAGE.replace("LANG", lang).replace("MORE", json.dumps(more)), content_type="text/html; charset=utf-8"))
            cpu = browser_cpu()
            page.goto(f"{browser.base}anchor.html?q={q}")
            page.locator("body[data-ms]").wait_for(state="attached", timeout=120000)
            cpu = cpu_ms_since(cpu)
            if int(page.locator("body").get_attribute("data-count")):
                times.append(int(page.locator("body").get_attribute("data-ms")))
                cpus.append(cpu)
            page.context.close()
    finally:
        browser.close()
    return {"opened_ms": times, "opened_browser_cpu_ms": cpus}


def merged_bundles(site: Path, lang: str) -> list[str]:
    """A language's other bundles (search.json's "bundles"), which Pagefind alone must merge too."""
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    return list(data.get("bundles", {}).get(lang, []))


def _median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def index_size(site: Path) -> dict:
    bundle = site / "pagefind"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    shared = bundle / "search.json"   # what every search fetches besides Pagefind (the rest is sharded)
    return {"files": len(files), "MB": round(sum(p.stat().st_size for p in files) / 1e6, 2),
            "search_json_kB": round(shared.stat().st_size / 1e3, 1) if shared.is_file() else None}


def run(root) -> dict:
    """The whole benchmark (about a minute for the edition; the large corpus adds its indexing,
    about 40 s, and its timed rounds, search_timing: 16 queries, 3 rounds, some 6 minutes)."""
    import os

    from triglot.build import build
    from triglot.edition import load
    from triglot.web import search_timing
    root = Path(root)
    copies = int(os.environ.get("TRIGLOT_BENCH_COPIES", "100"))
    queries = load_queries(root / "tests" / "search" / "queries.json")
    out = {"loadavg_before": _loadavg()}
    with tempfile.TemporaryDirectory(prefix="triglot-bench-search-") as tmp:
        site = Path(tmp) / "build" / "web"
        edition = load(root)
        build(root, ["web"], Path(tmp) / "build", edition=edition)
        from triglot.web.search import edition_passages
        records = edition_passages(edition)
        wanted = {q["q"]: expected(records, q) for q in queries}
        answer = run_queries(site, queries)
        out.update({f"edition_{k}": v for k, v in score(answer["found"], wanted).items()})
        anchor = anchor_queries(site, queries)
        anchor_score = score(anchor["found"], wanted)
        out["anchor_pagefind_alone_precision"] = anchor_score["precision"]
        out["anchor_pagefind_alone_recall"] = anchor_score["recall"]
        out["edition_first_results_ms_median_over_set"] = _median(answer["first_ms"])
        out["anchor_first_result_ms_median_over_set"] = _median(anchor["first_ms"])
        held_out_path = root / "tests" / "search" / "heldout.json"
        if held_out_path.is_file():   # queries never tuned on: reported apart
            held_out = load_queries(held_out_path)
            held_wanted = {q["q"]: expected(records, q) for q in held_out}
            out.update({f"held_out_{k}": v for k, v in
                        score(run_queries(site, held_out)["found"], held_wanted).items()})
            held_anchor = score(anchor_queries(site, held_out)["found"], held_wanted)
            out["held_out_anchor_pagefind_alone_precision"] = held_anchor["precision"]
            out["held_out_anchor_pagefind_alone_recall"] = held_anchor["recall"]
        out["edition_passages"] = len(records)
        out["edition_index"] = index_size(site)
        timing = [q["q"] for q in queries if q.get("time")]
        out["edition_first_results"] = first_results(site, timing)
        out["edition_anchor_pagefind_alone_opened_ms"] = anchor_opened(site, timing)
        big = Path(tmp) / "big"
        started = time.perf_counter()
        big_records = scaled_index(edition, site, big, copies)
        out[f"corpus_x{copies}_passages"] = big_records
        out[f"corpus_x{copies}_index_seconds"] = round(time.perf_counter() - started, 1)
        out[f"corpus_x{copies}_index"] = index_size(big)
        # many queries drawn from the set, several rounds, four ways and Pagefind alone (search_timing)
        count = int(os.environ.get("TRIGLOT_BENCH_SEARCH_QUERIES", "16"))
        passes = int(os.environ.get("TRIGLOT_BENCH_SEARCH_ROUNDS", "3"))
        started = time.perf_counter()
        out[f"corpus_x{copies}_first_results"] = search_timing.rounds(big, queries, count, passes)
        out[f"corpus_x{copies}_first_results_seconds"] = round(time.perf_counter() - started, 1)
        anchor_big = anchor_queries(big, search_timing.draw(queries, count), time_only=True)
        out[f"corpus_x{copies}_anchor_pagefind_alone_first_result_ms_median"] = _median(anchor_big["first_ms"])
        out[f"corpus_x{copies}_anchor_pagefind_alone_first_result_ms_max"] = max(anchor_big["first_ms"], default=None)
    out["loadavg_after"] = _loadavg()
    return out


def browser_cpu() -> dict[int, int]:
    """CPU time (user + system, clock ticks) used so far by each Chromium process this process
    started: a figure the machine's other work changes far less than wall-clock time (Linux /proc)."""
    import os
    parents, names, ticks = {}, {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        pid = int(stat.parent.name)
        name, rest = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
        parents[pid], names[pid], ticks[pid] = int(rest[1]), name, int(rest[11]) + int(rest[12])
    mine, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        children = [c for c, parent in parents.items() if parent == pid and c not in mine]
        mine.update(children)
        todo.extend(children)
    return {p: ticks[p] for p in mine if "chrom" in names[p].lower()}


def cpu_ms_since(before: dict[int, int]) -> int:
    """Chromium's CPU milliseconds since `before`, over the processes alive now (a new one from zero;
    one that ended meanwhile, such as a closed page's, is left out)."""
    import os
    now = browser_cpu()
    return round(1000 * sum(t - before.get(p, 0) for p, t in now.items()) / os.sysconf("SC_CLK_TCK"))


def _loadavg() -> str:
    """The machine's load (1, 5, 15 minutes): the figures above are wall-clock times in a shared machine."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return ""



def scaled_index(edition, site: Path, target: Path, copies: int) -> int:
    """The edition's search site with its passages repeated `copies` times (new document ids):
    the same pages and scripts, a search index `copies` times larger."""
    from triglot.web.search import IndexJob, edition_passages
    shutil.copytree(site, target, ignore=shutil.ignore_patterns("pagefind", "tei", "pdf", "documents"))
    base = edition_passages(edition)
    records = [{**r, "doc": f"{r['doc']}x{n}"} for n in range(copies) for r in base]
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    del data["wordShards"]       # written anew with the words
    data.pop("unchecked", None)  # and the entries' unchecked forms, from the entries (entries.json)
    data["entries"] = json.loads((site / "pagefind" / "entries.json").read_text("utf-8"))
    IndexJob(records, target, data).wait()
    return len(records)


__all__ = ["run", "expected", "score", "load_queries", "run_queries", "first_results", "anchor_opened",
           "Browser", "words"]
