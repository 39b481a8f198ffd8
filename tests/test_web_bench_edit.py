"""The web bench's one edit (web/bench._edit_one_slot) is the same edit every time it is made on one
corpus: made twice, the document is as it was, so a series of runs (an A/B measurement of the
one-edit rebuild) measures one edit between the same two texts, not a slot one sign longer a run."""
from __future__ import annotations

import shutil
from pathlib import Path

from triglot.web.bench import _edit_one_slot

ROOT = Path(__file__).resolve().parents[1]


def test_the_bench_s_edit_made_twice_gives_the_document_back(tmp_path):
    doc = shutil.copy(ROOT / "tei" / "chicherin-documents-1920.xml", tmp_path / "doc.xml")
    before = Path(doc).read_bytes()
    _edit_one_slot(Path(doc))
    edited = Path(doc).read_bytes()
    assert edited != before
    _edit_one_slot(Path(doc))
    assert Path(doc).read_bytes() == before
    _edit_one_slot(Path(doc))
    assert Path(doc).read_bytes() == edited
