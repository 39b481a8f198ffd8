"""hostile44: a build killed with SIGKILL at the moment it renames a kept file into place, in the two caches that
rename rather than write: the rendered pages' (build/web-cache/pages/, page_cache.store) and a file store's, renaming
over a stored copy that was edited in place through a published link (web/file_store.py, FileStore._store). The next
build must give the site a cold build gives, byte for byte, and leave no file of the killed build behind.

How the kill is aimed (tests/killed.py): a sitecustomize hook on the killed process's path kills it (signal 9, the
process's own) at its first os.replace whose target lies directly in the named folder of build/web-cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import make_project, run_cli
from killed import killed_at_replace


def _edit(root: Path) -> None:
    """An editor's change of the document's words: its pages are rendered again."""
    tei = root / "tei" / "mini.xml"
    text = tei.read_text("utf-8")
    assert "A test note." in text
    tei.write_text(text.replace("A test note.", "A test note, edited."), "utf-8")


def _site(root: Path) -> dict:
    """The site's files and bytes, Pagefind's own unordered output read as test_web_incremental reads it (two cold
    builds' filter files differ in their order and so in their names)."""
    from test_web_incremental import files
    return files(root / "build" / "web")


@pytest.fixture(scope="module")
def cold(tmp_path_factory) -> dict[str, bytes]:
    """The edited edition built once, from nothing."""
    root = make_project(tmp_path_factory.mktemp("cold"), "mini")
    _edit(root)
    assert run_cli("--root", root, "build", "web") == 0
    return _site(root)


def _cache_files(cache: Path) -> set[str]:
    """The cache's files, less build/web-cache/replaced: the sites earlier builds replaced, which a detached process
    of their own is removing while this reads (a walk through them raced that removal and stopped on a folder gone)."""
    found = set()
    for folder, subfolders, names in os.walk(cache):
        if Path(folder) == cache:
            subfolders[:] = [name for name in subfolders if name != "replaced"]
        found.update(str((Path(folder) / name).relative_to(cache)) for name in names)
    return found


@pytest.mark.parametrize("folder", ["pages", "search-files"])
def test_a_build_killed_as_it_renames_a_kept_file_is_followed_by_the_site_a_cold_build_gives(tmp_path, cold, folder):
    root = make_project(tmp_path, "mini")
    assert run_cli("--root", root, "build", "web") == 0
    cache = root / "build" / "web-cache"
    if folder == "search-files":
        # every stored copy edited in place (through a published link): the store renames a good copy over each
        for stored in (cache / folder).iterdir():
            if stored.is_file() and not stored.name.startswith("."):
                with stored.open("ab") as fh:
                    fh.write(b" ")
    _edit(root)
    run = killed_at_replace(tmp_path, root, folder)     # a file directly in web-cache/FOLDER
    assert run.returncode == -9, run.stderr       # killed at the rename, not finished before it
    strays = {name for name in _cache_files(cache / folder) if name.startswith(".") or name.endswith(".tmp")}
    assert strays, "the kill left no temporary: it did not come at the rename"
    assert run_cli("--root", root, "build", "web") == 0
    assert _site(root) == cold
    assert strays.isdisjoint(_cache_files(cache / folder)), strays & _cache_files(cache / folder)
    assert not [name for name in _cache_files(cache) if name.endswith(".tmp")]
    # nothing of the killed build's: a second build after it changes nothing either
    assert run_cli("--root", root, "build", "web") == 0
    assert _site(root) == cold
