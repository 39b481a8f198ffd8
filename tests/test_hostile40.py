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
