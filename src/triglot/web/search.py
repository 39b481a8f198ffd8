"""The search bundle: Pagefind over single-language text, one anchored passage at a time.

Only single-language text is indexed (never the mixed parallel pages). For each
document and language the build writes a staging page at the same path as the
published document page (<lang>/documents/<doc>.html), holding that language's
passages only, each under a heading whose id is the passage's anchor; Pagefind
indexes the staging folder once (its Python service answers one request per
0.1 s, so records are never sent one by one) and its sub-results lead straight
to the passage. Armenian text is indexed with "և" spelled "եւ"; static/search.js
normalises the query the same way, so either spelling finds both.
"""
from __future__ import annotations

import asyncio
import json
import tempfile
import threading
from pathlib import Path

from lxml import etree


def write_index(records: list[dict], out_dir: Path) -> None:
    """Write out_dir/pagefind and wait for it."""
    start_index(records, out_dir).wait()


class IndexJob:
    """Pagefind indexing in a thread of its own, so the pages can be rendered meanwhile.

    (Pagefind works in its own process; the thread only waits for it, and keeps
    callers that run an event loop unaffected.)
    """

    def __init__(self, records: list[dict], out_dir: Path):
        self._staging = tempfile.TemporaryDirectory(prefix="triglot-search-")
        self._errors: list[BaseException] = []
        stage_pages(records, Path(self._staging.name))
        self._out_dir = Path(out_dir)
        self._thread = threading.Thread(target=self._work, args=(out_dir,), name="pagefind")
        self._thread.start()

    def _work(self, out_dir: Path) -> None:
        try:
            asyncio.run(_write(Path(self._staging.name), out_dir))
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            self._errors.append(exc)

    def wait(self, quiet: bool = False) -> None:
        """Until the index is written; its error is raised unless `quiet` (another one is on its way)."""
        self._thread.join()
        self._staging.cleanup()
        if self._errors and not quiet:
            raise self._errors[0]
        if not self._errors:
            _sort_entry(self._out_dir / "pagefind" / "pagefind-entry.json")


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


async def _write(staging: Path, out_dir: Path) -> None:
    from pagefind.index import PagefindIndex
    async with PagefindIndex(config={"output_path": str(out_dir / "pagefind")}) as index:
        await index.add_directory(path=str(staging))
