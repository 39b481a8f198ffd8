"""Files the web build links from copies kept by content (web/file_store.py): an unchanged
search shard costs a link, never a stale or shared-and-edited file."""
from __future__ import annotations

from triglot.web.file_store import FileStore


def test_the_same_bytes_in_two_builds_are_one_stored_file_linked_twice(tmp_path):
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "one" / "a.json", b"[1]")
    store.put(tmp_path / "two" / "a.json", b"[1]")
    assert (tmp_path / "two" / "a.json").read_bytes() == b"[1]"
    assert (tmp_path / "one" / "a.json").stat().st_ino == (tmp_path / "two" / "a.json").stat().st_ino


def test_a_published_file_edited_in_place_is_not_linked_into_the_next_build(tmp_path):
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "one" / "a.json", b"[1]")
    (tmp_path / "one" / "a.json").write_bytes(b"[2]")      # someone edits the published copy
    store.put(tmp_path / "two" / "a.json", b"[1]")
    assert (tmp_path / "two" / "a.json").read_bytes() == b"[1]"


def test_finish_keeps_only_what_this_build_used(tmp_path):
    FileStore(tmp_path / "store").put(tmp_path / "one" / "old.json", b"old")
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "two" / "new.json", b"new")
    store.finish()
    kept = [p for p in (tmp_path / "store").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in kept] == [b"new"]
    assert (tmp_path / "one" / "old.json").read_bytes() == b"old"   # a published file stays whole


def test_a_store_that_cannot_be_written_only_costs_a_plain_write(tmp_path):
    (tmp_path / "store").write_text("a file where the folder would be")
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "out" / "a.json", b"[1]")
    store.finish()
    assert (tmp_path / "out" / "a.json").read_bytes() == b"[1]"


def test_a_page_kept_by_its_key_is_made_once_and_kept_while_its_key_is_used(tmp_path):
    made = []

    def make():
        made.append(1)
        return b"<p>page</p>"
    store = FileStore(tmp_path / "store")
    store.put_made(tmp_path / "one" / "p.html", "k1", make)
    store.finish()
    again = FileStore(tmp_path / "store")
    again.keep(["k1"])                                   # used by the edition, not staged this time
    again.put_made(tmp_path / "two" / "q.html", "k2", lambda: b"<p>other</p>")
    again.finish()
    third = FileStore(tmp_path / "store")
    third.put_made(tmp_path / "three" / "p.html", "k1", make)
    assert made == [1] and (tmp_path / "three" / "p.html").read_bytes() == b"<p>page</p>"


def test_a_new_file_is_written_once_where_it_goes_and_linked_into_the_store(tmp_path, monkeypatch):
    """A cold build stores a thousand small files (word shards, staged pages): each was written to a
    temporary file, its mode set, renamed into the store and then linked, about twice the work of
    writing it where it goes and linking that into the store."""
    import tempfile

    def refuse(*args, **kwargs):
        raise OSError("no temporary file is needed")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "out" / "a.json", b"[1]")
    store.put_made(tmp_path / "out" / "p.html", "ab" * 32, lambda: b"<p>page</p>")
    stored = sorted((p.read_bytes(), p.stat().st_ino) for p in (tmp_path / "store").rglob("*") if p.is_file())
    assert stored == sorted((p.read_bytes(), p.stat().st_ino) for p in (tmp_path / "out").iterdir())
    assert not [p for p in (tmp_path / "store").rglob("*.tmp")]


def test_stored_files_lie_in_the_store_folder_itself_not_one_folder_each(tmp_path):
    """A store kept each file in a folder named by its digest's first two hex digits: a store of a few
    hundred files made a folder for nearly each (545 of a cold build's 576 folders), and making a
    folder costs as much as the file on a busy disk."""
    store = FileStore(tmp_path / "store")
    for n in range(40):
        store.put(tmp_path / "out" / f"{n}.json", f"[{n}]".encode())
    store.put_made(tmp_path / "out" / "p.html", "cd" * 32, lambda: b"<p>page</p>")
    store.finish()
    assert [p for p in (tmp_path / "store").iterdir() if p.is_dir()] == []
    assert len(list((tmp_path / "store").iterdir())) == 41


def test_a_store_in_the_earlier_layout_is_tidied_and_what_is_not_the_stores_stays(tmp_path):
    """A cache made by a build before the flat layout holds its files in two-letter folders: the next
    build uses none of them, removes them and their emptied folders, and leaves a file or folder that
    is not a stored file where it is."""
    import hashlib
    old = tmp_path / "store" / "ab"
    old.mkdir(parents=True)
    (old / ("ab" * 32)).write_bytes(b"[old]")
    same = hashlib.sha256(b"[1]").hexdigest()          # the file this build stores, kept the old way:
    (tmp_path / "store" / same[:2]).mkdir(exist_ok=True)   # same name, but not the copy the build links
    (tmp_path / "store" / same[:2] / same).write_bytes(b"[1]")
    (tmp_path / "store" / "cd").mkdir()
    (tmp_path / "store" / "cd" / "notes.txt").write_text("keep", "utf-8")
    store = FileStore(tmp_path / "store")
    store.put(tmp_path / "out" / "a.json", b"[1]")
    store.finish()
    assert not old.exists() and not (tmp_path / "store" / same[:2]).exists()
    assert (tmp_path / "store" / "cd" / "notes.txt").read_text("utf-8") == "keep"
    assert [p.read_bytes() for p in (tmp_path / "store").iterdir() if p.is_file()] == [b"[1]"]


def test_the_page_cache_keeps_its_pages_in_one_folder(tmp_path):
    """The rendered-page cache kept each page in a two-letter folder of its own (30 folders for the
    edition's 31 pages); its pages now lie in one folder, and an earlier layout's are removed."""
    from triglot.web.page_cache import PageCache
    cache = PageCache(tmp_path / "cache", "xslt", {"en": "<strings/>"})
    old = cache.pages / "ef"
    old.mkdir(parents=True)
    (old / f"{'ef' * 32}.html").write_text("<p>old</p>", "utf-8")
    keys = set()
    for n in range(5):
        target = tmp_path / "site" / f"{n}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"<p>{n}</p>", "utf-8")
        key = cache.key(f"en/{n}.html", "en", f"<page n='{n}'/>")
        cache.store(key, target)
        keys.add(key)
    cache.finish(keys)
    assert [p for p in cache.pages.iterdir() if p.is_dir()] == []
    assert sorted(p.name for p in cache.pages.iterdir()) == sorted(f"{k}.html" for k in keys)
    again = PageCache(tmp_path / "cache", "xslt", {"en": "<strings/>"})
    key = again.key("en/0.html", "en", "<page n='0'/>")
    assert again.reuse("en/0.html", key, tmp_path / "next" / "0.html")
    assert (tmp_path / "next" / "0.html").read_text("utf-8") == "<p>0</p>"


def test_a_cold_store_links_each_new_file_under_its_name_without_a_rename(tmp_path, monkeypatch):
    """A file none stored is linked into the store under its name: a temporary link renamed over the
    name (what replaces a stored copy edited in place) was a second system call for each of a cold
    build's ~1,900 search files (session 29, web31: 0.03-0.37 sys CPU-s of the edition's)."""
    import os
    renames = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda *a, **k: (renames.append(a), real(*a, **k))[1])
    store = FileStore(tmp_path / "store")
    for i in range(20):
        store.put(tmp_path / "out" / f"{i}.json", f"[{i}]".encode())
    assert renames == []
    assert sorted(p.stat().st_ino for p in (tmp_path / "store").iterdir()) == \
        sorted(p.stat().st_ino for p in (tmp_path / "out").iterdir())
    (tmp_path / "out" / "0.json").write_bytes(b"[edited]")        # published copy edited in place
    FileStore(tmp_path / "store").put(tmp_path / "two" / "0.json", b"[0]")
    assert len(renames) == 1 and (tmp_path / "two" / "0.json").read_bytes() == b"[0]"


def _checked_once(tmp_path, monkeypatch, name: str = "a.json") -> None:
    """A file stored by one build and checked (and stamped) by the next: what every stored file of a
    rebuild is. The time a file must have been left alone before its stamp is kept is made short."""
    import time

    from triglot.web import file_store
    monkeypatch.setattr(file_store, "SETTLED", 50_000_000, raising=False)
    first = FileStore(tmp_path / "store")
    first.put(tmp_path / "one" / name, b"[1]")
    first.finish()
    time.sleep(0.1)
    second = FileStore(tmp_path / "store")
    second.put(tmp_path / "two" / name, b"[1]")
    second.finish()


def test_a_stored_file_checked_by_the_build_before_is_linked_unread_until_it_is_edited(tmp_path, monkeypatch):
    """At 500 documents a rebuild read and compared (or hashed) each of the ~5,500 stored files it
    linked again, 0.2-0.3 CPU-s; one whose stamp is the one kept when a build last checked it is the
    same file, unchanged. Edited in place through a published link, it is read, and not linked."""
    from triglot.web import file_store
    _checked_once(tmp_path, monkeypatch)
    read = []
    real = file_store._holds
    monkeypatch.setattr(file_store, "_holds", lambda *args: read.append(args) or real(*args))
    third = FileStore(tmp_path / "store")
    third.put(tmp_path / "three" / "a.json", b"[1]")
    assert read == []
    assert (tmp_path / "three" / "a.json").read_bytes() == b"[1]"
    assert (tmp_path / "three" / "a.json").stat().st_ino == (tmp_path / "one" / "a.json").stat().st_ino
    third.finish()
    with open(tmp_path / "three" / "a.json", "r+b") as fh:     # the same size, through the published link
        fh.write(b"[2]")
    fourth = FileStore(tmp_path / "store")
    fourth.put(tmp_path / "four" / "a.json", b"[1]")
    assert len(read) == 1 and (tmp_path / "four" / "a.json").read_bytes() == b"[1]"


def test_a_stored_file_checked_before_is_linked_by_its_digest_unread(tmp_path, monkeypatch):
    """put_stored, which the kept parts' citation files take: no read, no hash, while the stamp holds."""
    import hashlib

    from triglot.web import file_store
    _checked_once(tmp_path, monkeypatch)
    read = []
    real = file_store.cache_bytes
    monkeypatch.setattr(file_store, "cache_bytes", lambda path: read.append(path) or real(path))     # the stamps read too
    third = FileStore(tmp_path / "store")
    assert third.put_stored(tmp_path / "three" / "a.json", hashlib.sha256(b"[1]").hexdigest())
    assert [p for p in map(str, read) if not p.endswith(".stamps.json")] == []
    assert (tmp_path / "three" / "a.json").read_bytes() == b"[1]"
