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
import tempfile
import threading
from pathlib import Path

from lxml import etree


def write_index(records: list[dict], out_dir: Path) -> None:
    """Write out_dir/pagefind; in its own thread, so callers running an event loop are unaffected."""
    errors: list[BaseException] = []
    with tempfile.TemporaryDirectory(prefix="triglot-search-") as staging:
        stage_pages(records, Path(staging))

        def work():
            try:
                asyncio.run(_write(Path(staging), out_dir))
            except BaseException as exc:  # re-raised in the caller's thread
                errors.append(exc)
        thread = threading.Thread(target=work, name="pagefind")
        thread.start()
        thread.join()
    if errors:
        raise errors[0]


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
