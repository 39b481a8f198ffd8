"""The search bundle: Pagefind over single-language text, one anchored passage at a time.

Only single-language text is indexed (never the mixed parallel pages). For each
document and language the build writes a staging page at the same path as the
published document page (<lang>/documents/<doc>.html), holding that language's
passages only, each under a heading whose id is the passage's anchor; Pagefind's
command line (shipped in its Python package) indexes the staging folder once, so
records are never sent one by one, and its sub-results lead straight to the passage. Armenian text is indexed with "և" spelled "եւ"; static/search.js
normalises the query the same way, so either spelling finds both.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem


def write_index(records: list[dict], out_dir: Path) -> None:
    """Write out_dir/pagefind and wait for it."""
    start_index(records, out_dir).wait()


class IndexJob:
    """Pagefind indexing in a process of its own, so the pages can be rendered meanwhile.

    Pagefind's command line is used rather than its Python service: the service
    answers "files written" and is then terminated, and under load its last file
    (the entry file) was once found empty; a finished process has written everything.
    """

    def __init__(self, records: list[dict], out_dir: Path):
        self._process = None
        if not records:   # a new edition has no text yet, and Pagefind refuses to index nothing
            return
        # Inside the unpublished output folder, so a killed build leaves nothing elsewhere.
        self._staging = tempfile.TemporaryDirectory(prefix=".search-staging-", dir=out_dir)
        stage_pages(records, Path(self._staging.name))
        self._output = Path(out_dir) / "pagefind"
        self._process = subprocess.Popen(
            [sys.executable, "-m", "pagefind", "--site", self._staging.name,
             "--output-path", str(self._output), "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self, quiet: bool = False) -> None:
        """Until the index is written; its failure is raised unless `quiet` (another error is on its way)."""
        if self._process is None:
            return
        log, _ = self._process.communicate()
        self._staging.cleanup()
        if self._process.returncode != 0:
            if quiet:
                return
            raise InputError([Problem("pagefind", 0, "search-index",
                                      f"Pagefind failed (exit {self._process.returncode}): {log.strip()}")])
        _sort_entry(self._output / "pagefind-entry.json")


def _sort_entry(path: Path) -> None:
    """Pagefind lists the languages of its entry file in whatever order its threads finished:
    sorted, the file (and so the site) is the same on every build."""
    if not path.is_file():
        return
    entry = json.loads(path.read_text("utf-8"))
    entry["languages"] = dict(sorted(entry.get("languages", {}).items()))
    path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


def start_index(records: list[dict], out_dir: Path) -> IndexJob:
    return IndexJob(records, out_dir)


def stage_pages(records: list[dict], staging: Path) -> None:
    pages: dict[str, list[dict]] = {}
    for r in records:
        pages.setdefault(r["url"].split("#", 1)[0].lstrip("/"), []).append(r)
    for path, recs in sorted(pages.items()):
        html = etree.Element("html", lang=recs[0]["language"])
        etree.SubElement(etree.SubElement(html, "head"), "title").text = recs[0]["meta"]["title"]
        body = etree.SubElement(html, "body")
        etree.SubElement(body, "h1").text = recs[0]["meta"]["title"]
        for r in recs:
            etree.SubElement(body, "h2", id=r["meta"]["passage"]).text = r["meta"]["passage"]
            etree.SubElement(body, "p").text = r["content"]
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"<!DOCTYPE html>\n" + etree.tostring(html, method="html", encoding="utf-8"))
