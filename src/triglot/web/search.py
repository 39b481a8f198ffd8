"""The search bundle: Pagefind, fed one record per passage and language.

Only single-language text is indexed (never the mixed parallel pages), each record
tagged with its language so Pagefind stems Russian and Armenian words; a record's
URL is the passage's anchor on the document page of the same interface language.
Armenian text is indexed with "և" spelled "եւ"; static/search.js normalises the
query the same way, so either spelling finds both.
"""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path


def write_index(records: list[dict], out_dir: Path) -> None:
    """Write the bundle; in its own thread, so callers that run an event loop are unaffected."""
    errors: list[BaseException] = []

    def work():
        try:
            asyncio.run(_write(records, out_dir))
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)
    thread = threading.Thread(target=work, name="pagefind")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


async def _write(records, out_dir: Path) -> None:
    from pagefind.index import PagefindIndex
    config = {"output_path": str(out_dir / "pagefind")}
    async with PagefindIndex(config=config) as index:
        for record in sorted(records, key=lambda r: (r["language"], r["url"])):
            await index.add_custom_record(url=record["url"], content=record["content"],
                                          language=record["language"], meta=record["meta"])
