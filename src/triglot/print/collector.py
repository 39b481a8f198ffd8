"""Python's cycle collector, run per part in a worker rather than every 700 allocations (#17, item 4).

The cost (session 21, parts of a 5× en-ru book laid out in one process): 13-14 % of a part's
CPU was the collector (1.4-1.8 CPU-s in 1,656 collections for 79 pages): WeasyPrint makes
hundreds of thousands of boxes and styles a part, each young-generation collection scans them
and the full ones scan the stylesheets, fonts and compiled XSLT a worker keeps as well.

So a worker (`in_worker`, its initializer) collects after 50,000 allocations, not 700, and
fully only rarely; and collects once at the end of each part (`part_done`), which keeps its
memory that of its largest part (without that collection a worker grew by 100 MiB over six
parts; with it 218 MiB, as before). After its first part, what survives (caches, imports) is
frozen out of later collections. Collections then took 0.5-0.6 CPU-s for those 79 pages. The
main process is left with Python's defaults.
"""
from __future__ import annotations

import gc

THRESHOLDS = (50_000, 20, 100)
_state = {"raised": False, "frozen": False}


def in_worker() -> None:
    """Collect rarely in this process: it lays out parts and collects after each (part_done)."""
    gc.set_threshold(*THRESHOLDS)
    _state["raised"] = True


def part_done() -> None:
    """A part is written: collect its cycles now; after the first part, freeze what survived."""
    if not _state["raised"]:
        return
    gc.collect()
    if not _state["frozen"]:
        gc.freeze()
        _state["frozen"] = True

