"""Benchmark of the web build: the edition, and a corpus COPIES (100) times larger, beside an anchor.

The large corpus is the edition's documents copied COPIES times each (new document ids,
so 500 documents from 5), with the registers, catalogs and seeds. On each, in one run:

- a cold build (no caches: validation and every page),
- a rebuild with nothing changed (what `serve --watch` pays for a save that changes nothing),
- a rebuild after one edit of one translation slot (the editor's loop: one file revalidated,
  that document's pages rendered, the rest reused);
- for the edition, `triglot build web` as a user runs it, each a new process: cold, cold with an
  empty user cache (a machine's first build), and again with nothing changed;

and, as the anchor, the TEI Consortium's Stylesheets (`html/html.xsl`, one language, no
registers, no search) run by saxonche on the same documents, compiled once. The anchor
is looked for in TRIGLOT_ANCHORS or in ../shared/anchors beside the edition; without
it the figures are reported alone.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from triglot.scaled import scaled_copy

# one or more sizes, e.g. TRIGLOT_BENCH_COPIES=20,100
COPIES = [int(n) for n in os.environ.get("TRIGLOT_BENCH_COPIES", "100").split(",") if n.strip()]


def run(root) -> dict:
    root = Path(root)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "edition"
        scaled_copy(root, small, 1, translations=True)
        out.update(_measure("edition", root, small))
        for copies in COPIES:
            big = scaled_copy(root, Path(tmp) / f"x{copies}", copies, translations=True)
            out.update(_measure(f"corpus_x{copies}", root, big))
            shutil.rmtree(big, ignore_errors=True)
    out["target"] = ("rebuild after one edit <= 2 s at 100x; a full build no slower per MB than "
                     "html.xsl; this edition under 1 s")
    return out


def _measure(label: str, source: Path, project: Path) -> dict:
    from triglot.build import build
    if (source / "seeds").is_dir():
        shutil.copytree(source / "seeds", project / "seeds", dirs_exist_ok=True)
    from triglot.settings import load as load_settings
    registers = {r.file for r in load_settings(project).registers}
    docs = sorted(p for p in (project / "tei").glob("*.xml") if p.name not in registers)
    size = sum(p.stat().st_size for p in docs) / 1e6
    figures = {f"{label}_documents": len(docs), f"{label}_MB": round(size, 3)}
    figures[f"{label}_load_average_before"] = round(os.getloadavg()[0], 1)
    cold, cpu = _timed(lambda: build(project, ["web"]))
    figures[f"{label}_cold_seconds"] = round(cold, 2)
    figures[f"{label}_cold_cpu_seconds"] = round(cpu, 2)
    figures[f"{label}_cold_seconds_per_MB"] = round(cold / size, 2)
    wall, cpu = _timed(lambda: build(project, ["web"]))
    figures[f"{label}_unchanged_rebuild_seconds"] = round(wall, 2)
    figures[f"{label}_unchanged_rebuild_cpu_seconds"] = round(cpu, 2)
    _edit_one_slot(docs[0])
    wall, cpu = _timed(lambda: build(project, ["web"]))
    figures[f"{label}_one_edit_rebuild_seconds"] = round(wall, 2)
    figures[f"{label}_one_edit_rebuild_cpu_seconds"] = round(cpu, 2)
    figures[f"{label}_peak_memory_MiB"] = _peak_mib()
    anchor = _anchor(docs, source)
    if anchor is not None:
        figures[f"{label}_anchor_html_xsl_seconds"] = round(anchor[0], 2)
        figures[f"{label}_anchor_html_xsl_cpu_seconds"] = round(anchor[1], 2)
        figures[f"{label}_anchor_html_xsl_seconds_per_MB"] = round(anchor[0] / size, 2)
    if label == "edition":
        figures.update(_as_a_user_runs_it(label, project))
    figures[f"{label}_load_average_after"] = round(os.getloadavg()[0], 1)
    return figures


def _as_a_user_runs_it(label: str, project: Path) -> dict:
    """`triglot build web` as a user runs it, each a new process (its start and imports counted, which
    the builds above, in this process, are not): cold (build/ removed), cold on a machine where no
    build ran before (an empty user cache: triglot.user_cache), and run again with nothing changed."""
    import subprocess
    import sys
    figures = {}
    import triglot
    command = [sys.executable, "-m", "triglot", "--root", str(project), "build", "web"]
    here = str(Path(triglot.__file__).resolve().parents[1])           # this toolkit, whichever is installed
    path = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH", "")) if p)
    with tempfile.TemporaryDirectory() as empty:
        runs = (("process_cold", True, {}), ("process_cold_no_user_cache", True, {"XDG_CACHE_HOME": empty}),
                ("process_again", False, {}))
        for name, cold, env in runs:
            if cold:
                shutil.rmtree(project / "build", ignore_errors=True)
            wall, cpu = _timed(lambda: subprocess.run(command, env={**os.environ, "PYTHONPATH": path, **env}, check=True,
                                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            figures[f"{label}_{name}_seconds"] = round(wall, 2)
            figures[f"{label}_{name}_cpu_seconds"] = round(cpu, 2)
    return figures


def _cpu() -> float:
    """CPU seconds of this process and its finished children (render workers, Pagefind): on a machine
    shared with other work, wall time grows with the load, CPU time much less."""
    import resource
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mib() -> int:
    """The largest resident size so far of this process or of any of its children, in MiB."""
    import resource
    return round(max(resource.getrusage(who).ru_maxrss for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024)


def _timed(work) -> tuple[float, float]:
    """Wall and CPU seconds of `work`."""
    start, cpu = time.perf_counter(), _cpu()
    work()
    return time.perf_counter() - start, _cpu() - cpu


EDIT_SIGN = "≈"


def _edit_one_slot(path: Path) -> None:
    """Change the first non-empty translation slot (an editor's typical save): a sign put before its
    text, or taken away when an earlier edit put it there. Each run of a series on one corpus (an A/B
    measurement) then makes the same edit between the same two texts, where a sign added at every
    run grew the slot by one sign a run, so that a long series measured an edit of a text no run
    before it had."""
    text = path.read_text("utf-8")
    match = re.search(r'(<ab xml:id="[^"]+\.(?!en")[a-z]+"[^>]*>)([^<]{3,})', text)
    if match is None:
        return
    start = match.end(1)
    if text.startswith(EDIT_SIGN, start):
        text = text[:start] + text[start + len(EDIT_SIGN):]
    else:
        text = text[:start] + EDIT_SIGN + text[start:]
    path.write_text(text, "utf-8")


def anchor_stylesheet(root: Path | None = None) -> Path | None:
    """The TEI Stylesheets' html.xsl: in TRIGLOT_ANCHORS when set, else in ../shared/anchors beside the
    project `root` (where the issue puts it), or beside the main working tree of the repository `root`
    is a git worktree of (a worktree lies elsewhere: /work/wt/NAME has no ../shared), else beside the
    toolkit's checkout. Looked for from the toolkit's checkout alone, a worktree's bench found none and
    reported its figures with no anchor unless TRIGLOT_ANCHORS was set."""
    if "TRIGLOT_ANCHORS" in os.environ:
        bases = [Path(os.environ["TRIGLOT_ANCHORS"])]
    else:
        projects = [Path(root)] if root is not None else []
        projects += [main for main in map(_main_working_tree, projects) if main is not None]
        projects.append(Path(__file__).resolve().parents[3])
        bases = [project.resolve().parent / "shared" / "anchors" for project in projects]
    for base in bases:
        path = base / "tei-stylesheets" / "html" / "html.xsl"
        if path.is_file():
            return path
    return None


def _main_working_tree(project: Path) -> Path | None:
    """The main working tree of the repository whose linked worktree `project` is (its .git a file
    "gitdir: <repository>/.git/worktrees/<name>", whose commondir names <repository>/.git), else None."""
    try:
        line = (project / ".git").read_text("utf-8").strip()
        if not line.startswith("gitdir:"):
            return None
        gitdir = (project / line[len("gitdir:"):].strip()).resolve()
        common = (gitdir / (gitdir / "commondir").read_text("utf-8").strip()).resolve()
    except (OSError, ValueError):
        return None
    return common.parent if common.name == ".git" else None


def _anchor(docs: list[Path], root: Path | None = None) -> tuple[float, float] | None:
    """The TEI Stylesheets' html.xsl on every document, compiled once (compiling not timed)."""
    path = anchor_stylesheet(root)
    if path is None:
        return None
    from triglot.xslt import compile_stylesheet, processor
    executable = compile_stylesheet(path)
    proc = processor()
    start, cpu = time.perf_counter(), _cpu()
    for doc in docs:
        node = proc.parse_xml(xml_file_name=str(doc))
        executable.transform_to_string(xdm_node=node)
    return time.perf_counter() - start, _cpu() - cpu
