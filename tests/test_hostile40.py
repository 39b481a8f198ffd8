"""Session 29's hostile round 40: what session 28 added (validation's staged cache entries, the search
page's first passages, passage citations, page feet in print, SIGTERM and SIGHUP, three tagger rules),
attacked with input nobody here wrote. Each test failed before its fix."""
from __future__ import annotations

import json
import re
import subprocess

import pytest

from conftest import make_project


# ---------------------------------------------------------------- passage citations

@pytest.mark.parametrize("n", ["\u200f18", "1\u0306", "18|bis", "18\u2013a"],
                         ids=["right-to-left mark", "combining breve", "bar", "en dash"])
def test_an_articles_bibtex_key_holds_only_what_a_key_may(tmp_path, n):
    """An article's @n with a right-to-left mark (copied from a Hebrew or Persian word processor), a
    combining accent (an NFD "й"), a "|" or an en dash kept it in its record's key: pandoc read none of
    the passages' records ("unexpected '\\8207'", exit 65), since a key holds letters, digits and some
    ASCII punctuation only; the key now keeps only those (and a digest of the whole anchor)."""
    from triglot.edition import load
    from triglot.web import cite
    root = make_project(tmp_path, "treaty-articles")
    tei = root / "tei" / "mudros.xml"
    tei.write_text(tei.read_text("utf-8").replace('type="article" n="18"', f'type="article" n="{n}"'), "utf-8")
    edition = load(root)
    doc = next(d for d in edition.documents if d.id == "mudros")
    files = cite.files(doc, "Edition", edition.settings.base, edition)
    bib = tmp_path / "mudros.bib"
    bib.write_bytes(files["cite/passages/mudros.bib"])
    read = subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", str(bib)], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    records = json.loads(read.stdout)
    assert len(records) == len(json.loads(files["cite/passages/mudros.json"]))
    assert len({r["id"] for r in records}) == len(records)


# ---------------------------------------------------------------- validation's staged entries

def test_a_killed_runs_staging_folder_goes_once_build_exists(tmp_path, cli):
    """A validation killed (kill -9, the OOM killer) before build/ existed leaves its staging folder
    in the edition's folder (`.triglot-validate-cache-…`, with the entries it had written): the
    next run that stages removes it, but a run stages only while there is no build/, and the
    killed run's neighbours had made one. Six `kill -9` 0.25 s into a validation of the project's
    copy left the folder there through every later run; an edition made by `triglot new` has no
    .gitignore, so it stood in `git status` for good. Every run that keeps entries sweeps now."""
    from triglot.validate import cache
    root = make_project(tmp_path, "mini")
    assert cli("--root", root, "validate")[0] == 0
    left = root / (cache.STAGING + "0123456789abcdef")     # as a killed run leaves it: no lock held
    left.mkdir()
    (left / ("0" * 32 + ".json")).write_text('{"format": "half', "utf-8")
    assert (root / "build").is_dir()
    assert cli("--root", root, "validate")[0] == 0
    assert not left.exists()


# ---------------------------------------------------------------- the search page

from test_web_site import base_url, site  # noqa: E402,F401 (fixtures)


def test_a_page_opened_with_a_query_of_a_thousand_characters_asks_for_few_first_passages(new_page, base_url):
    """A link to the search page with a query of 999 characters (a pasted paragraph, 200 words each
    of other first letters) asked, as the page opened and before search.json was read, for a first
    passages' file for every word's first letters: 200 requests, nearly all answered 404, queued on
    the browser's six connections before the Pagefind files the answer waits for. Only the first
    words' files are asked for early; the search asks for the others the edition has."""
    import itertools
    # two letters a word's first passages' file is named by (search.js's WORD_KEY), all different
    words = ["".join(w) + "ux" for w in itertools.islice(itertools.product("bcdfghjklmnpqrstvwz", repeat=2), 200)]
    query = " ".join(words)[:1000]
    page = new_page()
    missing = []     # first passages' files asked for that the edition does not have
    page.on("response", lambda r: missing.append(r.url) if "/first/" in r.url and r.status == 404 else None)
    page.goto(f"{base_url}en/search.html?q={query}")
    page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=60000)
    page.context.close()
    assert len(query) == 999 and len(missing) <= 8, len(missing)
