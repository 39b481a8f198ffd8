"""A kept search bundle is moved whole from the site a build replaced, not linked file by file (issue 21).

At 500 documents the kept Pagefind bundles are about 50,000 files, and linking each into the new
site was 0.4 of a one-edit rebuild's CPU-s. Once a site is published, the bundles it kept are taken
out of the old site (no longer published, about to be removed) into build/web-cache/pagefind-spare/,
and the next build that keeps them moves each in with one rename, when every file in it is still the
kept entry's own (inode, size and time of change as recorded) and nothing is missing or added;
otherwise the entry is linked as before. The site stays the one a cold build makes.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import copy_project, replace_once
from test_search_bundles import _kept_bundle
from test_web_incremental import DOC, EDITS, cold, files
from triglot.build import build
from triglot.web import search

KEY = "ru-" + "0" * 32


def _published(tmp_path: Path):
    """A bundle stored in a BundleCache, linked into a site as a build does, and that site's copy moved
    to the spare folder as IndexJob.salvage moves it once a newer site is published."""
    cache, _ = _kept_bundle(tmp_path)            # stored under KEY
    (tmp_path / "old" / "pagefind").mkdir(parents=True)
    assert cache.reuse(KEY, tmp_path / "old" / "pagefind" / "ru")
    cache.spare.mkdir()
    os.rename(tmp_path / "old" / "pagefind" / "ru", cache.spare / "ru")
    return cache, cache.folder / KEY, cache.spare / "ru"


def _inode(path: Path) -> int:
    return os.lstat(path).st_ino


def test_a_spare_holding_the_entrys_own_files_is_moved_in_whole(tmp_path, monkeypatch):
    cache, entry, spare = _published(tmp_path)
    monkeypatch.setattr(search, "_link_intact", lambda *a: pytest.fail("the kept bundle was linked file by file"))
    target = tmp_path / "new" / "pagefind" / "ru"
    assert cache.reuse(KEY, target, "ru")
    assert not spare.exists()
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == \
        ["fragment/f0.pf_fragment", "fragment/f1.pf_fragment", "fragment/f2.pf_fragment", "pagefind-entry.json"]
    assert _inode(target / "fragment" / "f2.pf_fragment") == _inode(entry / "fragment" / "f2.pf_fragment")


def _copied(spare: Path) -> None:        # the same bytes, size and time of change, but not the entry's file
    path = spare / "fragment" / "f1.pf_fragment"
    shutil.copy2(path, spare / "copy")
    os.replace(spare / "copy", path)


def _added(spare: Path) -> None:
    (spare / "fragment" / "extra.pf_fragment").write_bytes(b"x")


def _empty_folder_added(spare: Path) -> None:
    (spare / "fragment" / "extra").mkdir()


def _missing(spare: Path) -> None:
    (spare / "fragment" / "f0.pf_fragment").unlink()


def _a_link(spare: Path) -> None:
    shutil.rmtree(spare)
    spare.symlink_to(spare.parent.parent / "cache" / KEY)


@pytest.mark.parametrize("damage", [_copied, _added, _empty_folder_added, _missing, _a_link])
def test_a_spare_that_is_not_the_entrys_files_is_not_taken_and_the_entry_is_linked(tmp_path, damage):
    cache, entry, spare = _published(tmp_path)
    damage(spare)
    target = tmp_path / "new" / "pagefind" / "ru"
    target.parent.mkdir(parents=True)
    assert cache.reuse(KEY, target, "ru")
    assert os.path.lexists(spare)                       # left for the next salvage to replace
    linked = sorted(p.relative_to(target).as_posix() for p in target.rglob("*"))
    assert linked == ["fragment", "fragment/f0.pf_fragment", "fragment/f1.pf_fragment", "fragment/f2.pf_fragment",
                      "pagefind-entry.json"]
    assert _inode(target / "fragment" / "f1.pf_fragment") == _inode(entry / "fragment" / "f1.pf_fragment")


def test_an_entry_stored_without_inodes_is_linked_not_taken_from_a_spare(tmp_path):
    """Entries stored before inodes were recorded hold [size, time]: still linked, never moved."""
    import json
    cache, entry, spare = _published(tmp_path)
    stamps = entry / cache.STAMPS
    stamps.write_text(json.dumps({k: v[:2] for k, v in json.loads(stamps.read_text("utf-8")).items()}), "utf-8")
    target = tmp_path / "new" / "pagefind" / "ru"
    target.parent.mkdir(parents=True)
    assert cache.reuse(KEY, target, "ru")
    assert spare.is_dir() and (target / "pagefind-entry.json").is_file()


def test_rebuilds_take_the_kept_bundles_from_the_replaced_site_and_give_the_cold_build(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    spare = root / "build" / "web-cache" / "pagefind-spare"
    replace_once(root / "tei" / DOC, *EDITS[0])
    build(root, ["web"])                        # en and hy kept (linked), ru re-indexed
    assert sorted(p.name for p in spare.iterdir()) == ["en", "hy"]
    replace_once(root / "tei" / DOC, *EDITS[1])
    monkeypatch.setattr(search, "_link_intact", lambda *a: pytest.fail("a kept bundle was linked file by file"))
    build(root, ["web"])
    site = root / "build" / "web"
    for lang in ("en", "hy"):
        entry = next(p for p in (root / "build" / "web-cache" / "pagefind").iterdir() if p.name.startswith(f"{lang}-"))
        assert _inode(site / "pagefind" / lang / "pagefind-entry.json") == _inode(entry / "pagefind-entry.json")
    assert sorted(p.name for p in spare.iterdir()) == ["en", "hy"]     # taken again from the site just replaced
    again = files(site)
    expected = cold(root, tmp_path / "cold")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []


def test_publish_hands_the_replaced_output_to_salvage_once_the_new_one_is_in_place(tmp_path):
    """salvage sees the old output after the new one is published (what it moves out is no longer
    anyone's), and one that fails only costs time: the new output stays published, the old removed."""
    from triglot.build import publish
    final = tmp_path / "build" / "web"

    def site(version):
        def write(out):
            (out / "pagefind" / "en").mkdir(parents=True)
            (out / "pagefind" / "en" / "entry").write_text(version, "utf-8")
        return write

    publish(final, site("old"))
    seen = []

    def salvage(old):
        seen.append(((old / "pagefind" / "en" / "entry").read_text("utf-8"),
                     (final / "pagefind" / "en" / "entry").read_text("utf-8")))
        os.rename(old / "pagefind" / "en", tmp_path / "taken")

    publish(final, site("new"), salvage=salvage)
    assert seen == [("old", "new")]
    assert (tmp_path / "taken" / "entry").read_text("utf-8") == "old"

    def failing(old):
        raise OSError(28, "No space left on device")

    publish(final, site("newer"), salvage=failing)
    assert (final / "pagefind" / "en" / "entry").read_text("utf-8") == "newer"
    assert sorted(p.name for p in final.parent.iterdir()) == ["web"]


def test_salvage_replaces_a_stale_spare_and_drops_those_of_bundles_gone_with_the_old_site(tmp_path):
    job = object.__new__(search.IndexJob)
    job._cache = search.BundleCache(tmp_path / "cache" / "pagefind")
    job._reused, job._folders = ["en"], {("en", 0): "en", ("en", 1): "more/en/1"}
    job._overlays = {}                             # no overlay bundle (web/overlays.py) in this build
    spare = job._cache.spare
    for name in ("en", "ru-3"):                    # a stale spare of a kept bundle, and one of a gone bundle
        (spare / name).mkdir(parents=True)
        (spare / name / "stale").write_text(name, "utf-8")
    old = tmp_path / "old"
    (old / "pagefind" / "en").mkdir(parents=True)
    (old / "pagefind" / "en" / "entry").write_text("kept", "utf-8")
    job.salvage(old)
    assert sorted(p.name for p in spare.iterdir()) == ["en"]
    assert sorted(p.name for p in (spare / "en").iterdir()) == ["entry"]
    removed_with_old = sorted(p.relative_to(old).as_posix() for p in old.rglob("stale"))
    assert removed_with_old == [".triglot-stale-spares/en/stale", ".triglot-stale-spares/ru-3/stale"]
