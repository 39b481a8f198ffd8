"""`triglot validate` of the whole edition, one document at a time.

Why: loading the edition parses every document and keeps every tree, so memory grew with
the edition and an editor's revalidation after one edit re-read all of it. Here a document
is looked at only as far as needed:

- its size, modification time and inode are those its cache entry recorded: it is not read;
- else its bytes are hashed: the same bytes as the entry's are not parsed;
- else it is parsed and validated (grammar, Schematron, its own rules, fidelity), in worker
  processes on every core when there is enough to do (each compiles the schemas once), and
  only its entry (problems and summary) comes back; the tree is freed before the next file.

The rules across files (pointers into the registers, ids unique in the edition) then run on
the summaries (validate/summary.py); the registers are the only trees held. The output is the
one `validate(load(root))` gives (a test compares them).
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from triglot import collector
from triglot.problems import InputError, Problem

WORKER_BYTES = 2_000_000   # less to validate than this is done here: starting workers costs more


def check_edition(root: Path, workers: int | None = None, memory: dict | None = None) -> list[Problem]:
    """Every problem of the edition at `root`, sorted, without duplicates. `memory`: the cache's
    entries kept in this process between runs (validate/watch.py)."""
    from triglot.edition import Edition, load_registers
    from triglot.settings import load as load_settings
    from triglot import order
    from triglot.validate import SeedDigests, edition_name, fidelity, summary
    from triglot.validate.cache import Cache

    settings = load_settings(root)
    registers, loading = load_registers(root, settings)
    edition = Edition(root, [], registers, loading, settings)
    store = Cache(root, settings, schema=True, memory=memory)
    seeds = SeedDigests(root)
    problems: list[Problem] = list(edition.problems)
    entries, fresh, todo = {}, {}, []
    broken = bool(loading)     # as when loading finds problems: no seed is then reported unused
    for reg in edition.registers.values():
        name = edition_name(edition, reg.path)
        entries[name] = store.get(name, reg.digest)
        if entries[name] is None:
            entries[name] = register_entry(root, name, reg)
            fresh[name] = (entries[name], None)
    folder = _name(root, Path(root) / "tei")    # named once: resolving each path cost 2 ms a file
    with collector.paused(keep=memory is None):
        for path in document_paths(root, settings):
            name = f"{folder}/{path.name}"
            entry, stat, unreadable = _known(store, seeds, name, path)
            problems += unreadable
            broken = broken or bool(unreadable)
            if entry is not None:
                entries[name] = entry
                if stat is not None:
                    fresh[name] = (entry, stat)    # same bytes, new stat: record it
            elif not unreadable:
                todo.append((name, path, stat))
    try:
        for name, entry, unreadable, stat in _validated(root, todo, workers, store.early, memory is None):
            problems += unreadable
            broken = broken or bool(unreadable)
            if entry is not None:
                entries[name] = entry
                fresh[name] = (entry, stat)
        with collector.paused(keep=memory is None):
            for entry in entries.values():
                problems += entry.problems
            docs = [(name, e.summary) for name, e in entries.items() if e.summary is not None]
            problems += summary.across(edition, [], docs)
            if not broken and not any(e.broken for e in entries.values()):
                problems += order.unknown_ids(settings, {s["id"] for _, s in docs})
            if not broken and not any(e.broken for e in entries.values()):
                problems += fidelity.unused_seeds(root, {s["seed"] for _, s in docs})
        store.keep(fresh, create=not problems)
    finally:
        store.discard()     # the entries staged by a run that failed or was stopped (a Ctrl-C)
    return sorted(set(problems))


def register_entry(root, name, reg):
    from triglot.validate import schema_check
    from triglot.validate.cache import Entry
    return Entry(reg.digest, schema_check.check(root, [(name, reg.tree)]))


def document_paths(root: Path, settings) -> list[Path]:
    """The documents of the edition, in the order `edition.load` takes them."""
    from triglot.edition import document_paths
    return document_paths(root, settings)


def _name(root: Path, path: Path) -> str:
    from triglot.edition import _rel
    return _rel(root, path)


def _known(store, seeds, name: str, path: Path):
    """(the cached entry if the file is unchanged, its stat when it must be recorded anew,
    problems of a file that cannot be read)."""
    from triglot.validate.cache import settled
    from triglot.xmlio import read_regular
    try:
        seen = time.time_ns()
        stat = os.stat(path)
    except OSError:
        stat = None
    if stat is not None:
        entry = store.unchanged(name, stat)
        if entry is not None and seeds.current(entry.seed):
            return entry, None, []
        if not store.holds(name):
            # no entry to compare a hash with: whoever validates the file reads it (and
            # reports it if it cannot be read); reading and hashing it here too cost a cold
            # run at 500 documents a serial half second
            return None, settled(stat, seen), []
    try:
        data = read_regular(path, name)
    except InputError as exc:
        return None, None, exc.problems
    stat = settled(stat, seen)
    entry = store.get(name, hashlib.sha256(data).hexdigest())
    if entry is not None and seeds.current(entry.seed):
        return entry, stat, []
    return None, stat, []


def _validated(root: Path, todo, workers: int | None, arrived=None, one_shot: bool = True):
    """(name, entry, problems of an unreadable file, stat) of each document to validate: here,
    or in worker processes when there is enough to do. With workers, `arrived(name, entry, stat)`
    is called for each entry as it comes back (the cache writes it while the others are validated).

    With workers, the smallest document is validated here first: that imports what a document's
    check needs and compiles the grammars, and workers forked after it (workers.forkable) start
    with all of it instead of each importing the toolkit and compiling the schemas again (two
    spawned workers cost 0.5 CPU-s a run). Where this process may not fork, they are spawned."""
    from triglot.validate.files import check_path, start_worker
    sizes = {name: os.stat(path).st_size if os.path.isfile(path) else 0 for name, path, _ in todo}
    count = min(workers or os.cpu_count() or 1, len(todo))
    if count < 2 or sum(sizes.values()) < WORKER_BYTES:
        for name, path, stat in todo:
            yield (*check_path(str(root), name, str(path)), stat)
        return
    from triglot.workers import forkable, process_pool   # here: a revalidation that starts no worker does not pay for it
    # largest first, so that no worker is left with a big document at the end
    order = sorted(todo, key=lambda t: -sizes[t[0]])
    name, path, _ = order.pop()
    done = {name: check_path(str(root), name, str(path))}
    with process_pool(min(count, len(order)), start_worker, method="fork" if forkable() else "spawn") as pool:
        # submitted, not pool.map: map cancels its futures when left early (a Ctrl-C), and a
        # cancelled future met the pool's own thread failing it when the workers were stopped:
        # a traceback (InvalidStateError) after the one-line report
        futures = [pool.submit(check_path, str(root), n, str(p)) for n, p, _ in order]
        stats = {n: stat for n, _, stat in todo}
        if arrived is not None and done[name][1] is not None:
            arrived(name, done[name][1], stats[name])
        # the workers are started (process_pool starts them all at once): the pause is this process's
        # alone, while 500 entries come back and are kept here
        with collector.paused(keep=one_shot):
            # in the order submitted (largest first), not as_completed: that acquires every future's
            # lock at once, and a Ctrl-C in the middle of it left one held (a hang once in 40 runs)
            for future in futures:
                found = future.result()
                done[found[0]] = found
                if arrived is not None and found[1] is not None:
                    arrived(found[0], found[1], stats[found[0]])
    # in the edition's order, as without workers: the rules across files name the later holder
    # of an id two documents hold
    for name, _, stat in todo:
        yield (*done[name], stat)
