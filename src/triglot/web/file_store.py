"""Files kept by the hash of their bytes, linked into each new output folder.

Every web build writes a fresh folder and swaps it in (triglot.build.publish), so a
file that did not change is still a new file each time. Creating a thousand small
files (the search's word shards) is most of a one-edit rebuild's time on a busy
disk, and a hard link to identical bytes costs a fraction of it. A file is stored
once under its digest (written whole, then renamed) and linked, or copied where
links are refused; the entries that no build used last are removed at `finish`.
A stored file is never written again, so a published copy cannot change under a
reader.

A stored file is checked before it is linked (its bytes compared, or hashed against its name), since
a published copy edited in place is the stored file itself. Once checked, its stamp (size, time of
modification, inode, device: as the search's bundle cache stamps its files) is kept in STAMPS, and a
later build that finds the same stamp links it unread: a write through any link moves the time of
modification. (Not the time of change: every build's links to the file move that.) At 500
documents reading and hashing the ~5,500 stored files a one-edit rebuild links again (citations,
word shards, first passages) was 0.2-0.3 CPU-s (rebuild35). A file is stamped only when it was
last modified SETTLED before the build began, so an edit within the same tick of the clock as the
check cannot share its stamp.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import time
from pathlib import Path



def cache_bytes(path: Path) -> bytes:
    """A cache file's bytes, or OSError for anything but a regular file: a FIFO left in its place
    (read_bytes waits for a writer for ever: the build hung) or a folder is a cache that does not
    check out, and the caller makes the part again. Opened without blocking, checked before a read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{path}: not a regular file")
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def cache_json(raw: bytes | str):
    """A cache file's JSON: xmlio.loads_json (a nesting too deep for the parser is a ValueError, a cache that
    does not check out, made again; it stopped every build, hostile42)."""
    from triglot.xmlio import loads_json
    return loads_json(raw)


def cache_text(path: Path) -> str:
    """A cache file's text (cache_bytes): UnicodeDecodeError is a ValueError, as read_text's."""
    return cache_bytes(path).decode("utf-8")


class FileStore:
    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder is not None else None
        self._root = os.fspath(self.folder) if self.folder is not None else ""
        self._used: set[str] = set()
        self._made: set[str] = set()      # folders made for targets
        self._since = time.time_ns()       # before any stored file is looked at by this build
        self._kept: dict | None = None     # the stamps of the files checked by the build before (STAMPS)
        self._stamps: dict[str, list[int]] = {}   # those of the files this build checked or trusted

    def put(self, target: Path, data: bytes) -> None:
        """Make `target` hold `data`: a link to the stored copy, or, when none is stored, `target`
        written and then linked into the store. Called for each of a thousand small files of a build
        (the search's word shards): plain strings, a folder made once, and for a new file one write
        and a link, not a temporary file written, its mode set and renamed, then linked."""
        target = os.fspath(target)
        self._folder_of(target)
        if self.folder is None:
            _write(target, data)
            return
        name = hashlib.sha256(data).hexdigest()
        stored = os.path.join(self._root, name)
        self._used.add(name)
        try:
            st = os.lstat(stored)
            if stat.S_ISREG(st.st_mode) and (self._trusted(name, st) or _holds(stored, data)):
                self._checked(name, st)
                link_or_copy(stored, target)
                return
        except OSError:
            pass                       # not stored (or not linkable): written, and stored if it can be
        _write(target, data)
        self._store(target, stored)

    def put_stored(self, target: Path, digest: str) -> bool:
        """Make `target` a link to the stored copy named `digest` (the sha256 of bytes `put` stored
        before) when the stored bytes still give that digest; False when there is none, or another
        (edited in place through a published link, cut short): the caller makes the bytes and `put`s
        them. A caller that kept only the digest (a kept part's citation files) need not hold the bytes."""
        if self.folder is None:
            return False
        stored = os.path.join(self._root, digest)
        try:
            # a symbolic link in the store is no stored copy: linked, the link itself was published,
            # and the site held a link to wherever it pointed (hostile41: /tmp/… from cite/passages/)
            st = os.lstat(stored)
            if not stat.S_ISREG(st.st_mode):
                return False
            if not self._trusted(digest, st) and hashlib.sha256(cache_bytes(stored)).hexdigest() != digest:
                return False
            self._checked(digest, st)
            target = os.fspath(target)
            self._folder_of(target)
            link_or_copy(stored, target)
        except OSError:
            return False
        self._used.add(digest)
        return True

    def _trusted(self, name: str, st: os.stat_result) -> bool:
        """Whether the stored file `name` is, by its stamp, the one an earlier build checked."""
        if self._kept is None:
            self._kept = _read_stamps(os.path.join(self._root, STAMPS))
        return self._kept.get(name) == _stamp(st)

    def _checked(self, name: str, st: os.stat_result) -> None:
        """Note the stamp of a stored file whose bytes were checked (or trusted) as it was linked."""
        if st.st_mtime_ns < self._since - SETTLED:
            self._stamps[name] = _stamp(st)

    def _folder_of(self, path: str) -> None:
        parent = os.path.dirname(path)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)

    def put_made(self, target: Path, key: str, make) -> None:
        """Make `target` hold `make()`, the bytes named by `key` (a digest of what they are made
        from): linked from the stored copy, and made only when none is stored. For files that are
        never published (the pages Pagefind reads), so none can be edited in place.
        Called once per passage of a language to re-index (16,500 at 500 documents): plain strings
        and one lstat and link per file, a folder made once (pathlib's joins and a mkdir per file
        were most of it)."""
        target = os.fspath(target)
        self._folder_of(target)
        if self.folder is None or not key:
            _write(target, make())
            return
        stored = os.path.join(self._root, key)
        self._used.add(key)
        try:
            if stat.S_ISREG(os.lstat(stored).st_mode):
                link_or_copy(stored, target)
                return
        except OSError:
            pass                       # not stored (or not linkable): made, and stored if it can be
        _write(target, make())
        self._store(target, stored)

    def _store(self, written: str, stored: str) -> None:
        """Name a file just written whole as the stored copy: linked under its name when none is
        stored (a cold build: one system call a file, where a temporary name and a rename were two,
        for each of its ~1,900 search files), else linked to a temporary name and renamed over
        whatever is stored there (a stored copy edited in place through a published link). A store
        that cannot be written only costs time."""
        tmp = f"{stored}.{os.getpid()}.tmp"
        try:
            self._folder_of(stored)
            try:
                os.link(written, stored)
                return
            except FileExistsError:
                pass
            os.link(written, tmp)
            os.replace(tmp, stored)
        except OSError:                # the file stays written; only the store misses it (and no temporary stays)
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def keep(self, keys) -> None:
        """Keep these stored files at `finish` though this build did not link them."""
        self._used.update(keys)

    def finish(self) -> None:
        """Remove the stored files this build did not use (the store holds one site's files)."""
        if self.folder is None:
            return
        if self._stamps != (self._kept or {}):
            _write_stamps(os.path.join(self._root, STAMPS), self._stamps)
        if prunable(self.folder):
            prune(self.folder, STORED, self._used)


# the stored files' stamps, beside them; a stamp is kept only for a file modified this long before
# the build that checked it (the time of modification moves in ticks of the kernel's clock, milliseconds)
STAMPS = ".stamps.json"
SETTLED = 2_000_000_000


def _stamp(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev]


def _read_stamps(path: str) -> dict:
    """The kept stamps {name: stamp}, or none at all when the file is gone or not of that shape
    (then every stored file is checked by its bytes, as before)."""
    try:
        kept = cache_json(cache_bytes(path))
    except (OSError, ValueError):
        return {}
    if type(kept) is not dict or not all(type(v) is list and len(v) == 4 and all(type(n) is int for n in v)
                                         for v in kept.values()):
        return {}
    return kept


def _write_stamps(path: str, stamps: dict) -> None:
    import json
    from triglot.xmlio import atomic_write
    try:
        # (beside the stamps: the store prunes their temporaries itself at `finish`, without the lock's sweep)
        atomic_write(path, json.dumps(stamps, sort_keys=True).encode("utf-8"), staged=False)
    except OSError:
        pass        # not kept: the next build checks the files by their bytes


def prune(folder: Path, stored: re.Pattern, used: set[str]) -> None:
    """Remove the files directly in `folder` whose names `stored` matches and `used` does not hold,
    and the two-letter folders an earlier layout kept them in, with every stored file in them (a
    file there is never the one a build used, though it may bear the same name) and then the
    folder once empty: a cache made by an older build is tidied, not left beside the new one. Names
    as strings, the used ones set aside at once: a Path and a lookup per stored file were 0.2 CPU-s
    of every rebuild at 500 documents (50,000 staged pages kept)."""
    for name in set(os.listdir(folder)).difference(used):
        path = os.path.join(folder, name)
        try:
            if stored.fullmatch(name):
                os.unlink(path)
            elif STORED_FOLDER.fullmatch(name) and prunable(Path(path)):
                prune(Path(path), stored, set())
                with contextlib.suppress(OSError):
                    os.rmdir(path)      # left when something else is in it
        except OSError:
            pass    # removed meanwhile, or a folder where a stored file goes: not the store's to remove


# what a store holds: files named by a digest (and the temporaries of _store), directly in its folder;
# earlier builds kept them in folders named by the digest's first two hex digits (STORED_FOLDER), 545
# folders made by a cold build of the edition, one for nearly every file of a store of a few hundred
STORED_FOLDER = re.compile(r"[0-9a-f]{2}")
# and the temporaries of STAMPS' atomic_write (a dot, its name, eight characters, .tmp) that a build killed while it
# wrote them left: nothing else removed them, one more for each such kill (hostile42)
STORED = re.compile(r"\.?[0-9a-f]{64}(\.[A-Za-z0-9_]+\.tmp)?|\." + re.escape(STAMPS) + r"\.[A-Za-z0-9_]{8}\.tmp")


def prunable(folder: Path) -> bool:
    """Whether a cache may remove what it no longer uses from `folder`: a real folder, not a link.
    A cache folder replaced by a link to one elsewhere (a folder of the user's) had every file there
    that was not the build's removed; the build reads and writes through it, and removes nothing."""
    return folder.is_dir() and not folder.is_symlink()


def _write(target: str, data: bytes) -> None:
    try:
        with open(target, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = target    # a write to the open file (a full disk) names no file
        raise


def _holds(stored: str, data: bytes) -> bool:
    """Whether the stored file is there with these bytes (a published copy edited in place,
    which shares the stored file, is caught here and stored again)."""
    try:
        if not stat.S_ISREG(os.lstat(stored).st_mode):
            return False
        with open(stored, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False


def link_or_copy(source, target) -> None:
    """A hard link to `source` at `target`, or a copy where links are refused (another file system)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
