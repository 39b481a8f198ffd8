"""`triglot bench export`: the whole export measured as a user runs it, on the edition and a larger corpus."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import make_project

SRC = str(Path(__file__).resolve().parents[1] / "src")


def bench_export(root: Path, copies: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "bench", "export", "--format", "json"],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHONPATH": SRC, "TRIGLOT_BENCH_EXPORT_COPIES": copies})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["export"]


def test_the_export_bench_measures_each_size_in_its_own_process_with_its_peak_memory(tmp_path):
    """The whole export ran inside the bench's process, after the stages had loaded the edition: its
    memory could not be told from the bench's own, and only wall time was given. Each size is now a
    `triglot export` of its own, with CPU time and its largest process's memory, so whether memory
    grows with the edition shows in the figures."""
    root = make_project(tmp_path, "translate-mini")     # a fixture whose registers have full headers
    figures = bench_export(root, "2,3")
    documents = figures["edition: documents"]
    assert documents >= 1
    assert [figures[f"corpus x{n}: documents"] for n in (2, 3)] == [2 * documents, 3 * documents]
    for label in ("edition", "corpus x2", "corpus x3"):
        assert f"{label}: export failed" not in figures
        assert figures[f"{label}: export CPU s"] > 0
        assert figures[f"{label}: export peak MiB"] > 20      # a Python process with lxml and Saxon loaded
    assert "corpus x3 / edition: export CPU ms/document" in figures
    assert "corpus x3 / edition: peak MiB" in figures
    assert list((root / "build").glob("export")) == []      # the user's own build is left alone


def test_an_export_that_fails_is_reported_as_failed_not_as_fast(tmp_path):
    """A refused export ends in a moment: without its outcome, the bench would give that moment as
    the export's time."""
    from triglot.library.bench import _whole
    root = make_project(tmp_path, "mini")
    document = next(p for p in sorted((root / "tei").glob("*.xml")) if b'ref="psn:' in p.read_bytes())
    document.write_bytes(document.read_bytes().replace(b'ref="psn:', b'ref="psn:nobody-', 1))   # dangling
    figures = _whole(root, tmp_path / "out", "broken")
    assert figures["broken: export failed"].startswith("{1: ")
