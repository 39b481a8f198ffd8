"""Shared helpers of the translations tests: the translate-mini project and PO editing.

The fixture is a one-document copy of the project layout (tests/roots/translate-mini);
the schema is copied from the real project at run time, so the fixture validates
against exactly the schema the edition uses.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from triglot.edition import load
from triglot.translate import po

HERE = Path(__file__).parent
PROJECT = HERE.parent
MINI = HERE / "roots" / "translate-mini"


def make_mini(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    shutil.copytree(PROJECT / "tei" / "schema", root / "tei" / "schema")
    return root


def export_mini(root: Path, **kwargs):
    from triglot.translate.export import export
    return export(load(root), **kwargs)


def import_mini(root: Path, files=None):
    from triglot.translate.importer import default_files, import_files
    return import_files(load(root), files or default_files(root))


def edit_po(path: Path, changes: dict) -> None:
    """Apply {msgctxt: callable(entry)} to a PO file and write it back in the tool's layout."""
    header, entries = po.read(path.read_bytes(), str(path))
    for e in entries:
        if e.context in changes:
            changes[e.context](e)
    path.write_text(po.render(header, entries, "edited by a test"), encoding="utf-8")


def translate(text: str, fuzzy: bool = True, resp: str | None = "resp-draft-ru"):
    def change(e):
        e.msgstr = text
        e.fuzzy = fuzzy
        if resp is not None:   # the translator's tool edits the resp line, the other comments stay
            e.tcomments = [f"resp: {resp}"] + [c for c in e.tcomments if not c.startswith("resp:")]
    return change


def msgfmt_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True)


@pytest.fixture
def mini(tmp_path) -> Path:
    return make_mini(tmp_path)


def test_the_fixture_project_is_valid(tmp_path):
    from triglot.validate import validate
    assert validate(load(make_mini(tmp_path))) == []
