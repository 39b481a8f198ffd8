"""A print worker collects cycles once a part, not every 700 allocations (#17, item 4).

The collector was 13-14 % of a part's CPU (triglot.print.collector). Counted, not timed:
the worker's thresholds, and what a part's end collects.
"""
from __future__ import annotations

import gc
import operator
import subprocess
import sys

from triglot.print import builder, collector


def test_a_worker_collects_rarely(monkeypatch):
    monkeypatch.setattr(builder.os, "cpu_count", lambda: 2)
    with builder.Workers() as run:
        assert run.pool is not None
        assert run.submit(gc.get_threshold, function=operator.call).result() == collector.THRESHOLDS
    assert gc.get_threshold() != collector.THRESHOLDS     # the main process keeps Python's own


def test_a_part_s_end_collects_its_cycles_and_freezes_what_lived_before():
    program = """
import gc, weakref
from triglot.print import collector
collector.in_worker()
class Box: pass
box = Box(); box.me = box
gone = weakref.ref(box)
del box
collector.part_done()
assert gone() is None, "the part's cycle was not collected"
assert gc.get_freeze_count() > 0
"""
    subprocess.run([sys.executable, "-c", program], check=True)
