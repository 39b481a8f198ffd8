"""Gathering a document for the web edition loads no more of the toolkit than it needs.

A one-edit rebuild gathers one document again, and every module that gathering imports for the
first time is paid by that rebuild: `dropped-language` (said for each gathered document) was read
from editor/check.py, which imports the name recogniser (editor/recognize.py, ~400 patterns), and
that import was 0.18 CPU-s of a one-edit rebuild at 500 documents. Run in a process of its own,
since what is imported is the whole process's."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import make_project

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = """
import sys
from pathlib import Path
from triglot.build import load_valid
from triglot.web.data import gather_document
edition = load_valid(Path(sys.argv[1]))
before = set(sys.modules)
part = gather_document(edition, edition.documents[0])
assert part.info.id == edition.documents[0].id
print(" ".join(sorted(name for name in set(sys.modules) - before if name.startswith("triglot.editor"))))
"""


def test_gathering_a_document_does_not_import_the_name_recogniser(tmp_path):
    root = make_project(tmp_path)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(root)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    imported = done.stdout.split()
    assert "triglot.editor.dropped_languages" in imported     # the rule is still said for the document
    assert "triglot.editor.recognize" not in imported and "triglot.editor.check" not in imported, imported
