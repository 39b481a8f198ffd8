"""Benchmark "print": seconds per page and peak memory of the print build, as it grows.

Measured on the edition (all default books) and on a corpus 20 times the edition
(triglot.scaled, `TRIGLOT_BENCH_PRINT_SCALE` for another size; one book, en-ru by default, `TRIGLOT_BENCH_PRINT_BOOK`, to keep the run
short on a shared machine). Memory is the peak of the proportional set size (PSS: shared
pages divided among the processes that share them) summed over the build's process and
all its workers, sampled every 0.2 s. The anchor, in the same run, is what the build did
before it was split into parts: the body of one book of the edition laid out and written
as a single WeasyPrint document.
"""
from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

SCALE = int(os.environ.get("TRIGLOT_BENCH_PRINT_SCALE", "20"))


def run(root) -> dict:
    from triglot.edition import load
    from triglot.scaled import scaled_copy
    root = Path(root)
    book = os.environ.get("TRIGLOT_BENCH_PRINT_BOOK", "en-ru")
    results = {}
    edition = load(root)
    results.update(measure("anchor: one book's body laid out whole (edition, " + book + ")",
                           lambda: whole_body(edition, book)))
    results.update(measure("edition, every book in parts", lambda: build(edition, None)))
    with tempfile.TemporaryDirectory() as tmp:
        scaled = load(scaled_copy(root, Path(tmp) / "scaled", SCALE))
        results.update(measure(f"{SCALE}x edition, {book} in parts", lambda: build(scaled, [book])))
    results["cores"] = os.cpu_count()
    results["load average at the end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return results


def measure(label: str, work) -> dict:
    """Wall time, memory and CPU of `work` (which returns the pages it made).

    CPU is what the 0.1 s a page on 2 cores is about, apart from the load (0.2 CPU-s a page):
    the user and system time of this process and of the workers it ended, less the memory
    sampler's own (reading every process's smaps_rollup five times a second cost 4 % of a
    core, counted before in the bench's CPU and growing with the wall time, so with the load)."""
    before, own = cpu_seconds(), cpu_seconds(own_only=True)
    with PeakMemory() as memory:
        started = time.perf_counter()
        pages = work()
        wall = time.perf_counter() - started
    cpu = cpu_seconds() - before - memory.cpu
    phases = ""
    if isinstance(pages, tuple):        # a build: its pages and each step's (parts, pages, CPU-s)
        pages, steps = pages
        main = cpu_seconds(own_only=True) - own - memory.cpu
        rest = cpu - main - sum(c for _, _, c in steps.values())
        phases = "; CPU-s a page by step: " + ", ".join(
            [f"{name} {c / pages:.4f} ({n} parts, {p} pages, {c:.1f} CPU-s)" for name, (n, p, c) in steps.items()]
            + [f"main process (inputs, placing) {main / pages:.4f} ({main:.1f} CPU-s)",
               f"workers outside parts (start, imports) {rest / pages:.4f} ({rest:.1f} CPU-s)"])
    return {label: f"{pages} pages, {wall:.1f} s, {wall / pages:.3f} s/page, "
                   f"{cpu:.1f} CPU-s, {cpu / pages:.3f} CPU-s/page (memory sampler {memory.cpu:.1f} CPU-s apart), "
                   f"peak {memory.peak / 2**20:.0f} MiB (all processes; "
                   f"main process {memory.main / 2**20:.0f} MiB, largest worker {memory.worker / 2**20:.0f} MiB)"
                   + phases}


def cpu_seconds(own_only: bool = False) -> float:
    """User and system CPU of this process and of its children that have ended (the build's workers
    end with it); `own_only`: of this process alone."""
    import resource
    own, ended = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + (0 if own_only else ended.ru_utime + ended.ru_stime)


def build(edition, books) -> int:
    from triglot.print import builder
    with tempfile.TemporaryDirectory() as out:
        results = builder.build(edition, Path(out), SimpleNamespace(languages=books))
    steps: dict = {}
    for result in results:
        for name, figures in result.phases.items():
            steps[name] = tuple(a + b for a, b in zip(steps.get(name, (0, 0, 0.0)), figures))
    return sum(r.pages for r in results), steps


def whole_body(edition, book: str) -> int:
    """The anchor: the body of one book laid out and written as one document."""
    from triglot.print import builder, parts
    from triglot.print.book import body_source
    langs = builder.parse_books([book], edition.settings)[0]
    with tempfile.TemporaryDirectory() as out:
        task = parts.Task("body", [body_source(edition, langs)], langs, builder.stylesheet_params(edition, langs),
                          builder.stylesheet_path(edition.root), Path(out) / "body.pdf")
        return parts.lay_out(task).pages


class PeakMemory:
    """The peak, over time, of the memory of this process and its descendants (bytes),
    and apart the peaks of this process and of its largest descendant (where memory goes);
    `cpu`, the sampling thread's own CPU seconds, which `measure` leaves out of the build's."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak, self.main, self.worker, self.cpu = interval, 0, 0, 0, 0.0
        self._stop = threading.Event()

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _sample(self):
        me = os.getpid()
        while True:
            sizes = {pid: pss(pid) for pid in tree(me)}
            self.peak = max(self.peak, sum(sizes.values()))
            self.main = max(self.main, sizes.pop(me, 0))
            self.worker = max([self.worker, *sizes.values()])
            self.cpu = time.thread_time()
            if self._stop.wait(self.interval):
                return


def tree(root: int) -> list[int]:
    """`root` and every process descending from it."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def pss(pid: int) -> int:
    """Proportional set size of a process in bytes (its resident size where PSS is not shown)."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0
