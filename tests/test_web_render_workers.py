"""How many workers render a build's pages (web/render.py): one from the first page to render, a
second only once more than WORKER_THRESHOLD pages are to be rendered. A rebuild after one edit at 500
documents rendered 3 pages with two spawned workers, each compiling web.xsl (children 3.1–3.3 CPU-s:
rebuild30)."""
from __future__ import annotations

import os

from conftest import make_project, replace_once
from triglot.build import build


def _counting(monkeypatch, threshold: int) -> list[int]:
    """Lower the threshold (so the fixture counts as a large edition) and count the workers started."""
    from triglot.web import render
    started = []
    real = render.process_pool

    def counted(count, *args):
        started.append(count)
        return real(count, *args)
    monkeypatch.setattr(render, "WORKER_THRESHOLD", threshold)
    monkeypatch.setattr(render, "process_pool", counted)
    return started


def test_a_few_pages_of_a_large_edition_are_rendered_by_one_worker(tmp_path, monkeypatch):
    root = make_project(tmp_path, "mini")
    build(root, ["web"])
    started = _counting(monkeypatch, 6)
    replace_once(root / "tei" / "mini.xml", "</p>", " Again.</p>")
    build(root, ["web"])
    assert started == [1]


def test_many_pages_are_rendered_by_a_worker_per_core_and_the_same(tmp_path, monkeypatch):
    root = make_project(tmp_path, "mini")
    first = build(root, ["web"], tmp_path / "one").build_dir / "web"
    started = _counting(monkeypatch, 2)
    again = build(root, ["web"], tmp_path / "two").build_dir / "web"
    assert started == [1] * min(2, os.cpu_count() or 1)
    pages = {p.relative_to(first): p.read_bytes() for p in first.rglob("*.html")}
    assert pages == {p.relative_to(again): p.read_bytes() for p in again.rglob("*.html")}
