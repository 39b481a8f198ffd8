"""What a page opened with a query (`search.html?q=`) reads of the registers before its first rows, read in
Chromium at 360 px as a reader on a phone opens it (issue 14: first rows under 300 ms at 100 times the edition).

search.json carried every register entry's name forms and labels, 63 of its 80 kB at 100 times the edition
(search26's traces), and every page waited for all of it before its first rows. Which entries a query names
is asked only of those with a name word under one of its words' keys: those travel in the key's
first-passages file, which the page asks for as its script runs; every entry (a suggestion, a filter's
labels) comes in entries.json, after the first rows."""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from test_web_site import base_url, site  # noqa: F401 (fixtures)
from triglot.web.search import _equivalents, word_key, words

# The register entries (objects with an id and name forms) in every JSON body the page reads until its first
# rows are drawn (search.js reads its files with Response.json: search.json, first passages, word shards).
ENTRIES_READ = """(() => {
  const read = window.__entriesRead = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if (typeof v.id === "string" && Array.isArray(v.forms)) read.push(v.id);
      Object.values(v).forEach(walk);
    }
  };
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    return json.call(this).then((v) => { if (!window.__firstRows) walk(v); return v; });
  };
  new MutationObserver((changes, observer) => {
    const list = document.querySelector(".search-results");
    if (list && list.dataset.firstMs && !window.__firstRows) { window.__firstRows = list.children.length; observer.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-first-ms"] });
})();"""


def _register_entries(site):
    """Every register entry as the build wrote it (entries.json; search.json's "entries" before)."""
    pagefind = site / "pagefind"
    if (pagefind / "entries.json").is_file():
        return json.loads((pagefind / "entries.json").read_text("utf-8"))
    return json.loads((pagefind / "search.json").read_text("utf-8"))["entries"]


def _site_equivalents(site):
    return _equivalents(json.loads((site / "pagefind" / "search.json").read_text("utf-8")).get("endings", {}))


def _under(entries, keys, equivalents) -> set[str]:
    """The ids of the entries with a name word under one of the keys."""
    return {e["id"] for e in entries
            if any(word_key(w, equivalents) in keys for form in e["forms"] for w in words(form[0]))}


def _read_before_first_rows(new_page, url, script):
    """The entry ids `script` gathered until the page's first rows, and the entries the page says it found."""
    page = new_page(360, 740)
    page.add_init_script(script)
    page.goto(url)
    page.wait_for_function("() => window.__firstRows", timeout=60000)
    read = set(page.evaluate("window.__entriesRead"))
    named = page.locator(".search-entities").text_content()
    page.close()
    assert page.errors == [], page.errors
    return read, named


# a place in its own script, an inflected Russian form, an Armenian name, a variant spelling, a person
@pytest.mark.parametrize("ui,query", [("en", "Zangezur"), ("ru", "Эрзурума"), ("hy", "Կարին"),
                                      ("en", "Karabagh"), ("en", "Chicherin")])
def test_a_page_opened_with_a_query_reads_only_the_register_entries_under_its_words_keys(new_page, base_url, site,
                                                                                       ui, query):
    entries = _register_entries(site)
    equivalents = _site_equivalents(site)
    keys = {word_key(w, equivalents) for w in words(query)}
    under = _under(entries, keys, equivalents)
    read, named = _read_before_first_rows(new_page, f"{base_url}{ui}/search.html?q={quote(query)}", ENTRIES_READ)
    assert read, (ui, query)            # the entries the query may name came before its first rows
    assert read <= under, (ui, query, len(read), len(under), sorted(read - under)[:10])
    assert len(under) < len(entries) / 4, (len(under), len(entries))     # main read every entry: 131
    assert named, (ui, query)           # and the entry the query names is said


def test_a_query_word_whose_key_no_language_has_asks_for_no_file(new_page, base_url, site):
    """"Qzxwv": no word of the edition begins "qz". The page asked for first/71-7a.json before search.json said
    which keys exist, and was answered 404; it knows the keys now (its head's triglot-keys) and asks for none."""
    page = new_page(360, 740)
    failed, firsts = [], []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.on("request", lambda r: firsts.append(r.url) if "/pagefind/first/" in r.url else None)
    page.goto(f"{base_url}en/search.html?q=Qzxwv")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    status = page.locator(".search-status").text_content()
    none = page.locator(".search-strings [data-key=none]").text_content()
    page.close()
    assert status == none and page.errors == [], (status, page.errors)
    assert failed == [] and firsts == [], (failed, firsts)


def test_the_search_page_carries_the_key_of_every_first_passages_file_and_no_other(site):
    """What search.js reads as the keys that have a file (its pageKeys(): groups parted by spaces, a one-letter
    key alone, each first letter's other keys as that letter and their second letters)."""
    import re
    html = (site / "en" / "search.html").read_text("utf-8")
    found = re.search(r'<meta name="triglot-keys" content="([^"]*)"', html)
    assert found, "the search page names no keys"
    keys = set()
    for group in found.group(1).split(" "):
        if len(group) == 1:
            keys.add(group)
        keys.update(group[0] + second for second in group[1:])
    written = {"".join(chr(int(c, 16)) for c in p.stem.split("-")) for p in (site / "pagefind" / "first").glob("*.json")}
    assert keys == written and len(keys) > 100


def test_a_shared_address_with_a_person_filter_shows_the_persons_name(new_page, base_url, site):
    """The filters' labels come from entries.json, read after the first rows: the person's checkbox is named
    by the register (Chicherin), not by its id, once the list is done."""
    chicherin = next(e for e in _register_entries(site) if e["kind"] == "person" and "Chicherin" in e["labels"]["en"])
    page = new_page(360, 740)
    page.goto(f"{base_url}en/search.html?q=Chicherin&person={quote(chicherin['id'])}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    label = page.locator(f".search-facet[data-facet=person] input[value='{chicherin['id']}']").locator("xpath=..").text_content()
    rows = page.locator(".search-results li").count()
    page.close()
    assert page.errors == [], page.errors
    assert rows > 0 and chicherin["labels"]["en"] in label, (rows, label)


def test_each_first_passages_file_brings_the_entries_with_a_name_word_under_its_key_and_no_other(site):
    from triglot.web.search import _file_name
    entries = _register_entries(site)
    equivalents = _equivalents(json.loads((site / "pagefind" / "search.json").read_text("utf-8")).get("endings", {}))
    under: dict[str, list[str]] = {}
    for e in entries:
        for key in {word_key(w, equivalents) for form in e["forms"] for w in words(form[0])}:
            under.setdefault(key, []).append(e["id"])
    first = site / "pagefind" / "first"
    for key, ids in under.items():
        brought = json.loads((first / f"{_file_name(key)}.json").read_text("utf-8"))["entries"]
        assert [e["id"] for e in brought] == ids, key
    for path in first.glob("*.json"):
        key = "".join(chr(int(c, 16)) for c in path.stem.split("-"))
        assert ("entries" in json.loads(path.read_text("utf-8"))) == (key in under), key


def _ends_under(entry, keys, equivalents) -> bool:
    """Whether a name form of the entry begins or ends with a word under one of the keys."""
    return any(ws and {word_key(ws[0], equivalents), word_key(ws[-1], equivalents)} & keys
               for ws in (words(form[0]) for form in entry["forms"]))


def test_a_first_passages_file_brings_whole_only_the_entries_whose_name_begins_or_ends_under_its_key(site):
    """The "of" file brought sixteen organisations whole, their labels and forms in three scripts (12 kB), with
    the first rows of any query with a word beginning "of". Elsewhere an entry comes as the forms holding a
    word of the key, which are all that can tell whether a query beginning with that key names it."""
    from triglot.web.search import _file_name
    entries = {e["id"]: e for e in _register_entries(site)}
    equivalents = _site_equivalents(site)
    trimmed = 0
    for path in (site / "pagefind" / "first").glob("*.json"):
        key = "".join(chr(int(c, 16)) for c in path.stem.split("-"))
        for e in json.loads(path.read_text("utf-8")).get("entries", []):
            whole = {k: v for k, v in entries[e["id"]].items() if k != "unchecked"}
            if _ends_under(whole, {key}, equivalents):
                assert e == whole, (key, e["id"])
            else:
                trimmed += 1
                assert set(e) == {"id", "kind", "forms"}, (key, e["id"], sorted(e))
                assert e["forms"] == [f for f in whole["forms"]
                                      if any(word_key(w, equivalents) == key for w in words(f[0]))], (key, e["id"])
    assert trimmed > 100, trimmed


# The ids of the register entries whose labels came in a JSON body the page read until its first rows.
LABELS_READ = ENTRIES_READ.replace("Array.isArray(v.forms)", "Array.isArray(v.forms) && v.labels")


def test_a_page_opened_with_common_words_reads_the_labels_of_no_entry_it_cannot_name_by_its_first_word(
        new_page, base_url, site):
    """"of the": every organisation whose name holds "of" or "the" came with its labels and every
    form before the first rows. Only an entry a name of which begins or ends with a word under the query's
    keys comes whole now (a query names an entry by its name's words in order or surname first)."""
    query = "of the"
    entries = _register_entries(site)
    equivalents = _site_equivalents(site)
    keys = {word_key(w, equivalents) for w in words(query)}
    leading = {e["id"] for e in entries if _ends_under(e, keys, equivalents)}
    under = _under(entries, keys, equivalents)
    read, _named = _read_before_first_rows(new_page, f"{base_url}en/search.html?q={quote(query)}", LABELS_READ)
    assert read <= leading, sorted(read - leading)      # main: 16 organisations more
    assert len(leading) < len(under) / 4, (sorted(leading), len(under))


def test_a_name_typed_with_its_words_in_another_order_names_the_entry_and_says_its_name(new_page, base_url):
    """"of Congress Soviets": the "of" file brings the Congress of Soviets without its labels or its Russian and
    Armenian forms; the page reads them (entries.json) before it says which entry it found, and finds its
    mentions in every language."""
    page = new_page(360, 740)
    page.goto(f"{base_url}en/search.html?q={quote('of Congress Soviets')}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    named = page.locator(".search-entities").text_content()
    with page.expect_download() as d:
        page.click(".search-downloads button[data-format=json]")
    languages = {r["language"] for r in json.loads(open(d.value.path(), encoding="utf-8").read())["results"]}
    page.close()
    assert page.errors == [], page.errors
    assert "All-Russian Congress of Soviets" in named, named
    assert languages == {"en", "ru", "hy"}, languages
