"""One writer at a time per edition, and the leftovers of killed writers removed.

Why: two imports into the same document each read the TEI, merge their PO file
and write it back, so the later write silently drops the earlier one's edit;
two builds race for the same build/ folders. Every command that writes takes
the edition's lock (an `flock` on `.triglot.lock` in the project folder, held
by the open file, so a killed process never leaves it taken). A second writer
waits up to WAIT_SECONDS (environment TRIGLOT_LOCK_WAIT), then refuses with a
message naming the command that holds the lock.

Holding the lock also means no other writer is half-way, so it is the moment
to remove what killed writers left: temporary files of `atomic_write` in the
edition's folders (the output folders of build/ clean themselves, see
triglot.build.publish).
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from triglot.problems import InputError, Problem

LOCK_FILE = ".triglot.lock"
WAIT_SECONDS = 30.0
# Folders whose files are replaced through `atomic_write` temporaries; and the web cache's own folder, whose kept
# files (pages.json, first-passages.json, search-data.json, …) a build killed as it renamed one left a temporary of
# for good (hostile42: '.first-passages.json.xv1_6wfd.tmp', a few megabytes at 500 documents, one more a kill). Its
# folders of many files (pages, stores) are not read for it: each command would scan tens of thousands of names;
# their files' temporaries are written in its .staging folder instead (xmlio.STAGING), read here.
SWEPT = ("tei", "tei/schema", "translations", "translations/*", "seeds", "build/web-cache", "build/web-cache/.staging")
# `atomic_write`'s temporaries: a dot, the file's name, eight random characters, .tmp
TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("TRIGLOT_LOCK_WAIT", WAIT_SECONDS)))
    except ValueError:
        return WAIT_SECONDS


@contextmanager
def edition_lock(root: Path, command: str, wait: float | None = None):
    """Hold the edition's write lock for the block; InputError if another writer keeps it too long."""
    path = Path(root) / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise InputError([Problem(LOCK_FILE, 0, "lock", f"cannot open the edition's lock file: "
                                                        f"{exc.strerror or exc}")]) from None
    try:
        _acquire(fd, command, wait_seconds() if wait is None else wait)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {command}\n".encode("utf-8", "backslashreplace"), 0)
        sweep(Path(root))
        yield
    finally:
        os.close(fd)   # closing the file releases the lock


def _acquire(fd: int, command: str, wait: float) -> None:
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
                raise InputError([Problem(LOCK_FILE, 0, "lock",
                                          f"another triglot command is writing this edition (pid and command: "
                                          f"{holder}); `{_cut(command)}` waited {wait:g} s and changed nothing. "
                                          f"Run it again when the other has finished")]) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _cut(command: str, most: int = 200) -> str:
    """The waiting command as the refusal quotes it: `translations import translations/*/*.po` at an
    edition of 500 documents is a thousand file names, quoted whole in one line (hostile round 37)."""
    return command if len(command) <= most else f"{command[:most]}… ({len(command):,} characters)"


def sweep(root: Path) -> list[Path]:
    """Put back the files of a change a killed writer left half-written (xmlio.restore), and remove
    the temporary files killed writers left in the edition's folders; returns those removed."""
    from triglot.xmlio import restore
    restored, left, kept = restore(root)
    if restored or left:
        import sys
        if restored:
            print(f"put back {len(restored)} file(s) a killed triglot command left half-changed: "
                  + ", ".join(str(p.relative_to(root)) for p in restored), file=sys.stderr)
        if left:
            print(f"left as they are {len(left)} file(s) a killed triglot command had changed, changed since "
                  "by someone else (each with its contents before that command, kept to compare): "
                  + ", ".join(f"{p.relative_to(root)} ("
                              + (f"before: {kept[p].relative_to(root)}" if p in kept else "made by that command")
                              + ")" for p in left), file=sys.stderr)
    removed = []
    for folder in root.glob(".triglot-register-*"):   # the register command's scratch copy of tei/
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    for pattern in SWEPT:
        for folder in root.glob(pattern):
            if not folder.is_dir() or folder.is_symlink():
                continue
            for entry in os.scandir(folder):
                if TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False):
                    try:
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
                    except FileNotFoundError:
                        pass        # another sweeper (or its writer) removed it first
    return removed
