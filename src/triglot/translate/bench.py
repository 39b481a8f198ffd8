"""Benchmark: export and import of the whole edition (target: well under a second each).

Runs on a copy of the project (tei/, seeds/) in a temporary folder so the real
files are never touched. Three timings: the export of every PO file; an import
of all of them unchanged (parsing and comparing only); and an import in which
every Russian entry of every document is replaced (checking, merging,
validating and writing every document). Beside them, in the same run, the anchors:
gettext's msgcat and polib reading and writing the same PO files (what any PO
tool must at least do), and the XLIFF export and import of the same entries.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from triglot.edition import load


def run(root: Path) -> dict:
    from triglot.translate import po
    from triglot.translate.export import export
    from triglot.translate.importer import default_files, import_files
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for folder in ("tei", "seeds"):
            shutil.copytree(root / folder, work / folder)
        shutil.copy(root / "triglot.toml", work / "triglot.toml")
        t0 = time.perf_counter()
        edition = load(work)
        t1 = time.perf_counter()
        exported = export(edition)
        t2 = time.perf_counter()
        unchanged = import_files(edition, default_files(work))
        t3 = time.perf_counter()
        entries = 0
        for path in sorted((work / "translations" / "ru").glob("*.po")):
            header, items = po.read(path.read_bytes(), str(path))
            for e in items:  # the English as a stand-in draft: every kind of block is merged
                e.msgstr, e.fuzzy = e.msgid, True
                e.tcomments = ["resp: resp-draft-ru"] + [c for c in e.tcomments if not c.startswith("resp:")]
                entries += 1
            path.write_text(po.render(header, items, "benchmark"), encoding="utf-8")
        t4 = time.perf_counter()
        merged = import_files(load(work), default_files(work))
        t5 = time.perf_counter()
        anchors = _anchors(work)
        x0 = time.perf_counter()
        export(load(work), fmt="xliff")
        x1 = time.perf_counter()
        xliff_files = sorted((work / "translations" / "xliff").rglob("*.xlf"))
        xliff_import = import_files(load(work), xliff_files)
        x2 = time.perf_counter()
        return {
            "documents": len(edition.documents),
            "blocks": sum(len(d.blocks) for d in edition.documents),
            "load_s": round(t1 - t0, 3),
            "export_s": round(t2 - t1, 3),
            "files_written": len(exported["written"]),
            "import_unchanged_s": round(t3 - t2, 3),
            "import_ru_s": round(t5 - t4, 3),
            "entries_imported": entries,
            "documents_written": len(merged.written),
            "import_problems": len(unchanged.problems) + len(merged.problems) + len(xliff_import.problems),
            "xliff_export_s": round(x1 - x0, 3),
            "xliff_import_unchanged_s": round(x2 - x1, 3),
            **anchors,
        }


def _anchors(work: Path) -> dict:
    """msgcat and polib reading and writing every PO file: the floor a PO tool pays."""
    import shutil as _shutil
    import subprocess

    import polib
    files = sorted((work / "translations").glob("*/*.po"))
    out = {}
    if _shutil.which("msgcat"):
        t0 = time.perf_counter()
        for path in files:
            subprocess.run(["msgcat", str(path), "-o", str(path.with_suffix(".msgcat"))], check=True)
        out["anchor_msgcat_s"] = round(time.perf_counter() - t0, 3)
    t0 = time.perf_counter()
    for path in files:
        polib.pofile(str(path)).save(str(path.with_suffix(".polib")))
    out["anchor_polib_s"] = round(time.perf_counter() - t0, 3)
    return out
