"""The web bench's anchor (the TEI Stylesheets' html.xsl) is found in ../shared/anchors beside the project
it is given, and beside the main working tree when that project is a git worktree elsewhere: from a
worktree under /work/wt the bench found none and reported no anchor unless TRIGLOT_ANCHORS was set."""
from __future__ import annotations

from pathlib import Path

from triglot.web import bench


def _anchors(folder: Path) -> Path:
    xsl = folder / "shared" / "anchors" / "tei-stylesheets" / "html" / "html.xsl"
    xsl.parent.mkdir(parents=True)
    xsl.write_text("<xsl:stylesheet/>", "utf-8")
    return xsl


def test_the_anchor_beside_the_project_is_found(tmp_path, monkeypatch):
    monkeypatch.delenv("TRIGLOT_ANCHORS", raising=False)
    xsl = _anchors(tmp_path)
    (tmp_path / "edition").mkdir()
    assert bench.anchor_stylesheet(tmp_path / "edition") == xsl


def test_the_anchor_beside_the_main_working_tree_is_found_from_a_worktree(tmp_path, monkeypatch):
    """The layout `git worktree add` makes: the worktree's .git is a file naming its folder in the
    repository's .git/worktrees, whose commondir leads back to the repository's .git."""
    monkeypatch.delenv("TRIGLOT_ANCHORS", raising=False)
    xsl = _anchors(tmp_path)
    worktrees = tmp_path / "main" / ".git" / "worktrees" / "edit"
    worktrees.mkdir(parents=True)
    (worktrees / "commondir").write_text("../..\n", "utf-8")
    worktree = tmp_path / "wt" / "edit"
    worktree.mkdir(parents=True)
    (worktree / ".git").write_text(f"gitdir: {worktrees}\n", "utf-8")
    assert bench.anchor_stylesheet(worktree) == xsl


def test_triglot_anchors_names_the_anchors_folder(tmp_path, monkeypatch):
    xsl = _anchors(tmp_path / "elsewhere")
    _anchors(tmp_path)
    (tmp_path / "edition").mkdir()
    monkeypatch.setenv("TRIGLOT_ANCHORS", str(tmp_path / "elsewhere" / "shared" / "anchors"))
    assert bench.anchor_stylesheet(tmp_path / "edition") == xsl
