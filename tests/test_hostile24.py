"""Session 20's hostile round (round 24) on session 19's additions: documents not parsed in a rebuild,
register entries keyed by per-document digests, the user's cache, one font program per font, the
tagger's new resources and the weekday rule, header statements. Each test failed before its fix."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _triglot(*args, env=None, cwd=None):
    run = subprocess.run([sys.executable, "-m", "triglot", *map(str, args)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": SRC, **(env or {})}, cwd=cwd, timeout=600)
    return run.returncode, run.stdout + run.stderr


@pytest.fixture
def edition(tmp_path):
    ed = tmp_path / "ed"
    code, out = _triglot("new", ed, "--title", "Papers", "--base", "en", "--translations", "fr", "--publisher", "P")
    assert code == 0, out
    return ed


# ---------------------------------------------------------------- huge text into encode

def test_a_seed_paragraph_longer_than_a_text_may_be_is_refused_at_its_seed_line(edition):
    """A line of 120,000 characters was tagged whole (a minute for a line of
    forenames, three for one of capitals) and then refused at a temporary copy's line that no longer
    existed: '/tmp/triglot-schema-…/0-long.xml:50: limit: a text or attribute value of …'."""
    seed = edition / "seeds" / "long.txt"
    seed.write_text("Title\n\n" + "word " * 24_000 + "\n", "utf-8")
    before = sorted(p.name for p in (edition / "tei").iterdir())
    code, out = _triglot("--root", edition, "encode", seed, "--id", "long")
    assert code == 1, out
    assert "seeds/long.txt:3: limit: " in out and "triglot-schema-" not in out
    assert "Traceback" not in out
    assert sorted(p.name for p in (edition / "tei").iterdir()) == before
