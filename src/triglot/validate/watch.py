"""`triglot validate --watch`: revalidate the edition each time a file it is made from is saved.

Why: an editor validates after every edit, and a new process pays, every time, for Python's
imports, the compiled grammar and Schematron, and reading every document's cache entry. This
process keeps all of them: after a save it looks at the files' stats (a few milliseconds for
500 documents), validates only the documents whose bytes changed (validate/stream.py, with
the cache's entries held in memory) and runs the rules across files on the summaries it holds.

Each run prints the edition's problems as `triglot validate` does (`file:line: rule: message`),
then one line `watch: N problem(s) in S s` (or `watch: no problems in S s`), so a tool can
tell when a run has ended. The folders are polled (polling works on every file system and in
containers, where change events may not arrive); a save is taken once two looks SETTLE_SECONDS
apart see the same files. A FIFO, a file being written, a broken settings file: each is a
problem on its line, and the watch goes on. Ctrl-C ends it.
"""
from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.15
SETTLE_SECONDS = 0.05
WATCHED = ("tei", "tei/schema", "seeds")     # and triglot.toml


def sources(root: Path) -> dict[str, tuple]:
    """name -> (size, mtime ns, inode) of every file validation reads. os.scandir's stat of an
    entry never opens it: a FIFO does not block here."""
    out = {}
    for folder in WATCHED:
        try:
            with os.scandir(root / folder) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or entry.name.endswith(("~", ".swp", ".tmp")):
                        continue        # an editor's swap and backup files: not the edition
                    try:
                        st = entry.stat(follow_symlinks=True)
                    except OSError:
                        continue        # gone between the listing and the stat: seen next time
                    out[f"{folder}/{entry.name}"] = _key(st)
        except OSError:
            continue                    # a folder that does not exist (yet)
    with contextlib.suppress(OSError):  # no settings file: the run that follows reports it
        out["triglot.toml"] = _key(os.stat(root / "triglot.toml"))
    return out


def _key(st: os.stat_result) -> tuple:
    """What changes when a file is saved, replaced or made another kind of file."""
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode)


def run_once(root: Path, memory: dict, out=sys.stdout) -> list[str]:
    """One validation with the entries kept in `memory`; prints its lines; returns the problems."""
    from triglot.problems import InputError
    from triglot.settings import load
    from triglot.validate.stream import check_edition
    start = time.perf_counter()
    try:
        load(root)     # bad settings: their problems, as every command reports them
        lines = [str(p) for p in check_edition(root, memory=memory)]
    except InputError as exc:
        lines = [str(p) for p in exc.problems]
    except (OSError, MemoryError, RecursionError) as exc:
        lines = [f"triglot:0: watch: {type(exc).__name__}: {exc}"]
    took = time.perf_counter() - start
    for line in lines:
        print(line, file=out)
    summary = f"{len(lines)} problem(s)" if lines else "no problems"
    print(f"watch: {summary} in {took:.3f} s", file=out, flush=True)
    return lines


def watch(root: Path, out=sys.stdout, stop=None, poll: float = POLL_SECONDS) -> int:
    """Validate now, then after every save until Ctrl-C (or until `stop`, an Event, is set)."""
    root = Path(root)
    memory: dict = {}
    seen = sources(root)
    run_once(root, memory, out)
    _prepare(root)
    while not _wait(stop, poll):
        now = sources(root)
        if now == seen:
            continue
        while not _wait(stop, SETTLE_SECONDS):   # a save may be several writes
            later = sources(root)
            if later == now:
                break
            now = later
        seen = now
        if len(memory) > 4:          # entries of old versions (a schema or settings change)
            for key in list(memory)[:-4]:
                del memory[key]
        run_once(root, memory, out)
    return 0


def _prepare(root: Path) -> None:
    """Compile the schemas before the first save, not after it."""
    from triglot.problems import InputError
    from triglot.validate.schema_check import prepare
    try:
        prepare(root)
    except (InputError, OSError, ValueError):
        pass      # a schema that does not compile is reported by the run that needs it


def _wait(stop, seconds: float) -> bool:
    """Sleep `seconds`; True when the watch is to end."""
    if stop is None:
        time.sleep(seconds)
        return False
    return stop.wait(seconds)
