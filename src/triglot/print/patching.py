"""One of WeasyPrint's functions replaced while a part is laid out, and put back after.

The print edition corrects a few of WeasyPrint's behaviours (hanging trailing spaces, /Lang in
tags, reading XHTML with the C parser) by wrapping one function of its modules for the time of a
layout, rather than by changing WeasyPrint. The function is a module global, so the replacement is
held under a lock of its own: two threads laying out at once would otherwise put back each other's
wrappers or the wrong original. The lock is re-entrant: one layout may wrap a function twice,
one wrapper around the other (print.lineends and print.pagefoot both wrap `split_text_box`), and
they are put back in the reverse order.
"""
from __future__ import annotations

from contextlib import contextmanager
from threading import Lock, RLock

_GUARD = Lock()
_LOCKS: dict[tuple[str, str], RLock] = {}


@contextmanager
def replaced(module, name: str, wrap):
    """While active, `module.name` is `wrap(original)`."""
    with _GUARD:
        lock = _LOCKS.setdefault((module.__name__, name), RLock())
    with lock:
        original = getattr(module, name)
        setattr(module, name, wrap(original))
        try:
            yield
        finally:
            setattr(module, name, original)
