"""Session 25's hostile round (round 33) on what session 25 added: the reading by fstat size with
long texts found in windows, `write_together(read=…)` and its `changed-meanwhile` refusal. Each test
failed before its fix.

No test here is timed: a race is staged through a hook (a function of the toolkit wrapped in the
test), and a writer that would block is run on a thread that the test unblocks itself."""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from conftest import make_project


def _a_document(root: Path) -> Path:
    return next(p for p in sorted((root / "tei").glob("*.xml")) if "<body" in p.read_text("utf-8"))


# ---------------------------------------------------------------- the text limit and CDATA sections

def test_a_text_cut_into_cdata_sections_is_held_to_the_text_limit(tmp_path, cli):
    """check_limits looks at the values only when the source has a long run without a '<'; a text
    written as CDATA sections of 40,000 characters each has a '<' every 40,000 bytes, yet it is one
    text of 400,000 characters (lxml joins the sections): it was accepted, past the limit of 100,000."""
    root = make_project(tmp_path)
    doc = _a_document(root)
    text = doc.read_text("utf-8")
    at = text.index(">", text.index("<p ", text.index("<body"))) + 1
    doc.write_text(text[:at] + "<![CDATA[" + "]]><![CDATA[".join(["b" * 40_000] * 10) + "]]>" + text[at:], "utf-8")
    before = doc.read_bytes()
    code, out, err = cli("--root", root, "validate")
    assert code != 0 and ": limit: a text or attribute value of " in out + err and "Traceback" not in err, (code, out[-2000:], err)
    assert doc.read_bytes() == before
