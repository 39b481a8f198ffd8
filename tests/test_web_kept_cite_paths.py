"""A kept document part's citation files are written where it names them: only names under cite/ are
taken (web/doc_cache.py: _cite_path). web29 saw the names used as output paths unchecked, so a damaged
or planted part naming "../../x" would have had the build write outside the site."""
from __future__ import annotations

import json

from conftest import copy_project
from test_web_kept_rows import _parts
from triglot.build import build, load_valid
from triglot.web import doc_cache


def _plant(root, name: str) -> int:
    planted = 0
    for path in _parts(root):
        data = json.loads(path.read_text("utf-8"))
        if data.get("cite"):
            data["cite"][name] = "planted"
            path.write_text(json.dumps(data), "utf-8")
            planted += 1
    return planted


def test_a_kept_part_naming_a_citation_file_outside_cite_is_refused(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    for name in ("../../escaped.bib", str(tmp_path / "escaped.bib"), "cite/../../escaped.bib", "elsewhere/x.bib"):
        assert _plant(root, name)
        edition = load_valid(root)
        cache = doc_cache.DocumentCache(root / "build/web-cache", edition)
        assert all(cache.get(doc, edition) is None for doc in edition.documents), name
        build(root, ["web"])     # the parts gathered again, nothing written where they said
        assert not any((place / "escaped.bib").exists() for place in (tmp_path, root, root / "build"))
        assert not (root / "build" / "web" / "elsewhere").exists()
