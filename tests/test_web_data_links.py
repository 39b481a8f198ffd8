"""The data tables of a rebuild that changes no row are the kept files, linked (web/data_tables.py).

At 500 documents the tables are 73 MB (edition-data.json 52 MB, mentions.csv 21 MB), and every
one-edit rebuild copied them from the cache into the new site though no row had changed. Now
they are hard links of the kept files, as the pages and the search bundles are; and since a link
shares its bytes, a table edited in place through the published site is seen by its stamp and
made again, never published as edited.
"""
from __future__ import annotations

import os
from pathlib import Path

from conftest import copy_project
from test_web_incremental import cold, files
from triglot.build import build
from triglot.web.bench import _edit_one_slot

FIRST = "tei/chicherin-documents-1920.xml"


def kept_entry(root: Path) -> Path:
    folder = root / "build" / "web-cache" / "data"
    [entry] = [p for p in folder.iterdir() if p.is_dir() and p.name != "shares"]
    return entry


def test_a_rebuild_that_changes_no_row_links_the_kept_tables(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    _edit_one_slot(root / FIRST)            # a sign before a slot's text: no row of the tables changes
    build(root, ["web"])
    data, entry = root / "build" / "web" / "data", kept_entry(root)
    names = sorted(p.name for p in data.iterdir())
    assert names and names == sorted(p.name for p in entry.iterdir() if not p.name.startswith("."))
    assert [n for n in names if not os.path.samefile(data / n, entry / n)] == []


def test_a_table_edited_in_place_through_the_site_is_made_again(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    published = root / "build" / "web" / "data" / "persons.csv"
    with open(published, "r+b") as table:          # as a spreadsheet saving over the file would
        table.write(b"edited,")
    _edit_one_slot(root / FIRST)
    build(root, ["web"])
    site = files(root / "build" / "web")
    expected = cold(root, tmp_path / "cold")
    data = sorted(k for k in expected if k.parts[0] == "data")
    assert data and [str(k) for k in data if site.get(k) != expected[k]] == []
