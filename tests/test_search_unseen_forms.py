"""A register name with a character nobody sees inside it (a soft hyphen, a zero-width space, a word
joiner, as a name copied from a PDF or a web page brings them) names its entry by its plain spelling.

Since hostile43 the passages are indexed and checked without these characters (web/search.py UNSEEN)
and since hostile42 the query is read without them, but the register's name forms in search.json kept
them: "Chi\\u00ADtcherine" was two words for search.js ("chi", "tcherine"), so no query named the entry
through it, typed or pasted. The fixture is tests/roots/mini with two such variants added to a person."""
from __future__ import annotations

import json
import urllib.parse

import pytest

from conftest import make_project, replace_once, run_cli, served

# (the variant as the register holds it, as a reader types it, its language)
HIDDEN = [("Chi\u00adtcherine", "Chitcherine", "en"), ("Tschi\u200btscherin", "Tschitscherin", "en")]
UNSEEN = "\u00ad\u200b\u2060\ufeff"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("unseen-forms"), "mini")
    replace_once(root / "tei" / "persons.xml", '<persName type="variant" xml:lang="en">Chicherin</persName>',
                 '<persName type="variant" xml:lang="en">Chicherin</persName>' + "".join(
                     f'\n          <persName type="variant" xml:lang="{lang}">{hidden}</persName>' for hidden, _, lang in HIDDEN))
    assert run_cli("--root", root, "build", "web") == 0
    site = root / "build" / "web"
    with served(site) as url:
        yield site, url


def test_search_json_holds_the_forms_without_the_unseen_characters(built):
    """The register's forms as search.js reads them (entries.json, and each key's first-passages file:
    search.json's "entries" before search27)."""
    site, _ = built
    entries = json.loads((site / "pagefind" / "entries.json").read_text("utf-8"))
    forms = next(e["forms"] for e in entries if e["id"] == "chicherin")
    assert not [text for text, _ in forms if any(c in text for c in UNSEEN)], forms
    assert {(plain, lang) for _, plain, lang in HIDDEN} <= {tuple(f) for f in forms}, forms


@pytest.mark.parametrize("hidden, plain, lang", HIDDEN)
def test_a_variant_with_an_unseen_character_names_its_entry(built, new_page, hidden, plain, lang):
    """Typed, and as pasted from the register (the character in it), the variant finds every passage
    the register's own name "Chicherin" finds: each mention of the entry."""
    _, url = built
    found = {}
    for q in ("Chicherin", plain, hidden):
        page = new_page(360, 740)
        page.goto(f"{url}{lang}/search.html?q={urllib.parse.quote(q)}")
        page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
        assert page.errors == []
        assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
        hrefs = page.locator(".search-results li a").evaluate_all("(links) => links.map((a) => a.href)")
        found[q] = {(urllib.parse.parse_qs(urllib.parse.urlsplit(h).query)["in"][0], urllib.parse.urlsplit(h).path,
                     urllib.parse.urlsplit(h).fragment) for h in hrefs}
    assert found["Chicherin"] and found[plain] == found[hidden] == found["Chicherin"], found
