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
