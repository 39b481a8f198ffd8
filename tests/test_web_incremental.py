"""A rebuild after an edit gives the site a cold build of the same sources gives (issue 21).

The web build keeps each document's share of the site data, the register entries, the
search bundles, the data tables and the pages between builds, keyed by what they are made
of; an unchanged document's part is not even read whole. Whatever an edit changes must
reach every aggregate it shows in (registers, chronology, search, data tables, document
list): here the same edition is built cold, edited, rebuilt, and compared file by file
with a cold build of the edited sources in a folder of its own.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import copy_project, replace_once
from test_web_site import bundle_files_agree, stable, stable_bytes
from triglot.build import build

ROOT = Path(__file__).resolve().parents[1]
DOC = "legran-letter-to-chicherin.xml"
NAME = '<persName ref="psn:stalin">Сталина</persName>'
# edits of a Russian draft slot, each changing what several aggregates show: the register's
# line of context, the mentions table (surface form), the search passage and its names, the
# search vocabulary; then which entry the name points at (register mentions, search filters)
EDITS = [(NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>'),
         ('<persName ref="psn:stalin">Сталина И. В.</persName>', '<persName ref="psn:chicherin">Сталина И. В.</persName>')]


def files(site: Path) -> dict[Path, bytes]:
    assert bundle_files_agree(site) == []
    return {p.relative_to(site): stable_bytes(p) for p in site.rglob("*") if p.is_file() and stable(p)}


def cold(sources: Path, dest: Path) -> dict[Path, bytes]:
    """A build of `sources`' inputs in a folder of its own: no cache of any earlier build."""
    dest.mkdir()
    for name in ("tei", "seeds", "xslt", "translations", "triglot.toml"):
        if (sources / name).is_dir():
            shutil.copytree(sources / name, dest / name)
        elif (sources / name).is_file():
            shutil.copy(sources / name, dest / name)
    build(dest, ["web"])
    return files(dest / "build" / "web")


def test_a_rebuild_after_an_edit_is_the_cold_build_of_the_edited_sources(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    for n, (old, new) in enumerate(EDITS):
        replace_once(root / "tei" / DOC, old, new)
        build(root, ["web"])
        again = files(root / "build" / "web")
        expected = cold(root, tmp_path / f"cold{n}")
        assert again.keys() == expected.keys()
        assert [str(k) for k in expected if again[k] != expected[k]] == [], f"edit {n + 1}"
    report = (root / "build" / "web-cache" / "last-build.json").read_text("utf-8")
    assert '"document changed' in report         # the rebuild was incremental: pages were kept
    assert '"unchanged"' in report


def test_the_replaced_site_is_removed_by_the_next_build_when_its_removal_was_killed(tmp_path):
    """The old site is moved into build/web-cache/replaced/ and removed meanwhile by a process of
    its own; one left there (that process killed) is removed by the next build."""
    import time
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    replaced = root / "build" / "web-cache" / "replaced"
    left = replaced / "old.killed"
    shutil.copytree(root / "build" / "web", left)
    replace_once(root / "tei" / DOC, NAME, '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    deadline = time.monotonic() + 60
    while any(replaced.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left.exists()
    assert list(replaced.iterdir()) == []
    assert [p.name for p in (root / "build").iterdir() if p.name.startswith(".")] == []
