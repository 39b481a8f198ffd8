"""Session 18's hostile round (round 22): the undo journal of a change of several files, planted,
damaged or raced; passages in their own language; the translators' resp rule with odd values.
Each test failed before its fix."""
from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from conftest import ROOT, copy_project


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "translations", root / "translations")
    return root


def snapshot(root):
    return {p: p.read_bytes() for folder in ("tei", "translations") for p in sorted((root / folder).rglob("*"))
            if p.is_file()}


ADD = ("register", "add", "place", "goris", "--name", "en=Goris", "--name", "ru=Горис", "--name", "hy=Գորիս")


# ---------------------------------------------------------------- a planted or damaged journal

def _plant(root, victim, kind):
    """A .triglot-undo as a hostile or broken hand leaves it; the victim is a file outside the edition."""
    undo = root / ".triglot-undo"
    mark = hashlib.sha256(victim.read_bytes()).hexdigest()
    if kind == "file":
        undo.write_text("not a journal")
        return
    if kind == "symlink":
        os.symlink(victim.parent, undo)
        return
    undo.mkdir()
    manifest = {
        "absolute": [[str(victim), None, mark]],                          # "the command created it": remove
        "dotdot": [[os.path.relpath(victim, root), "0", mark]],           # "put back the old contents"
        "json": None,
        "shape": [["tei/places.xml", "0"]],
        "copy outside": [["tei/places.xml", "../../" + victim.name, "0" * 64]],
        "copy missing": [["tei/places.xml", "7", "0" * 64]],
    }[kind]
    (undo / "0").write_bytes(b"overwritten by a planted journal")
    (undo / "manifest.json").write_text("{not json" if manifest is None else json.dumps(manifest))


@pytest.mark.parametrize("kind", ["absolute", "dotdot", "json", "shape", "copy outside", "copy missing",
                                  "file", "symlink"])
def test_a_planted_or_damaged_journal_is_refused_and_touches_nothing(cli, project, tmp_path, kind):
    """The next writer obeyed any .triglot-undo: a manifest naming /abs/path deleted that file
    outside the edition, one naming ../../file overwrote it; a manifest of the wrong shape was a
    traceback (ValueError) on every command; invalid JSON was dropped without a word, leaving the
    killed command's half-written files as they were. Now the journal is checked whole first, and
    one not as triglot makes it stops the command with a line saying what to do, nothing changed."""
    victim = tmp_path / "precious.txt"
    victim.write_bytes(b"someone's work outside the edition")
    _plant(project, victim, kind)
    before = snapshot(project)
    code, out, err = cli("--root", project, *ADD)
    assert code == 1, (out, err)
    assert ".triglot-undo:0: undo: " in err and "remove .triglot-undo" in err, err
    assert victim.read_bytes() == b"someone's work outside the edition"
    assert snapshot(project) == before
    assert os.path.lexists(project / ".triglot-undo")
