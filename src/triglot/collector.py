"""Python's cycle collector paused where many objects and no cycles are made, and kept off what stays (#21).

Used by the web build (below) and by validation (validate/stream.py: the cache's entries read and
the rules across files run, 60 of the 150 ms of a one-edit run at 500 documents).

A one-edit rebuild at 500 documents reads 500 kept parts (web/doc_cache.py): some million lists,
dicts and strings that JSON makes and that all stay alive. The collector runs every 700 new
containers, and each of its older-generation passes scans everything alive so far: 559
collections while the parts were read, most of the 0.45-0.7 CPU-s the reading took (measured
alone on a 500-document corpus's parts: 0.23-0.29 CPU-s with the collector paused over them). A
kept part holds no reference cycle, so nothing waits for the collector meanwhile; a document
gathered anew (`running`) is gathered with it at work, as before, so a cold build's memory is
what it was. (print/collector.py does the same for a print worker's parts.)

The edition read and validated, and once gathered the site's data (the records, mentions and
parts: a million objects at 500 documents), stay alive to the end of the build, and each
older-generation pass after that scanned all of it again, to free a few dozen objects (counted
with gc.callbacks on a one-edit rebuild at 500 documents: 3 oldest-generation passes, 0.7-1.2 s
wall at load 7-9, 20-23 objects freed; frozen, 0.04-0.07 s). `settled` sets
what is alive when `settle` is called (the build's start, the end of gathering) aside from the
passes (gc.freeze) for the rest of the build, and gives it back to them after (gc.unfreeze:
`serve --watch` builds again and again in one process). What is made after still is collected.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


def on() -> bool:
    """Whether the collector is on (before `paused`, for `running`)."""
    return gc.isenabled()


@contextmanager
def paused(keep: bool = False):
    """The collector off for the block, and on again after it if it was on before.

    With `keep` (a command that ends soon after), what the block made is then frozen out of the
    collector's sight (gc.freeze): else the first collection after the pause walked all of it (50 ms
    after validation's pause at 500 documents); it is still freed when no longer used. A process
    that runs on (`serve --watch`) only pauses. Start no worker inside: a forked one inherits the pause."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if keep:
                gc.freeze()
            gc.enable()


@contextmanager
def running(was_on: bool):
    """Inside `paused`: the collector on for the block if it was on before the pause."""
    if was_on:
        gc.enable()
    try:
        yield
    finally:
        gc.disable()


_SETTLED = [0]      # builds inside `settled` (a build may start another's, as tests do)


@contextmanager
def settled():
    """For the block: what `settle` sets aside stays out of the collector's passes; after it, back in."""
    _SETTLED[0] += 1
    try:
        yield
    finally:
        _SETTLED[0] -= 1
        if not _SETTLED[0]:
            gc.unfreeze()


def settle() -> None:
    """Inside `settled`: every object alive now is left out of the collector's passes (gc.freeze);
    elsewhere nothing (nobody would give them back). Called while the collector is still paused
    after the kept parts are read: its first passes once on again scanned every object read with it
    paused (a million at 500 documents), since all of them were still the youngest generation."""
    if _SETTLED[0]:
        gc.freeze()
