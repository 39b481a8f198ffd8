"""Page models to HTML files with web.xsl: in this process, or in worker processes when there are many.

Saxon's transform is most of a large build's time and the pages are independent,
so an edition of more than WORKER_THRESHOLD pages is rendered by one worker
process per core while this process goes on building page models (and Pagefind
indexes in its own). Workers are spawned, never forked, for the reason given in
triglot.print.builder (a forked Saxon runtime can deadlock); each compiles the
stylesheet once. Output is the same either way: each page is one transform of
one serialised model.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

from triglot.xmlio import atomic_write

WORKER_THRESHOLD = 60   # pages; below it, starting workers costs more than they save


class Pages:
    def __init__(self, stylesheet: Path, strings_xml: dict[str, str], out_dir: Path, pages: int):
        self.out_dir = Path(out_dir)
        workers = min(2, os.cpu_count() or 1) if pages > WORKER_THRESHOLD else 1
        self._futures = []
        self._pool = None
        if workers > 1:
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start, initargs=(str(stylesheet), strings_xml))
        else:
            _start(str(stylesheet), strings_xml)

    def write(self, ui: str, page, path: str) -> None:
        """Render `page` (a page model element, or its serialisation) to out_dir/path."""
        text = page if isinstance(page, str) else etree.tostring(page, encoding="unicode")
        target = str(self.out_dir / path)
        if self._pool is None:
            _transform(ui, text, target)
        else:
            self._futures.append(self._pool.submit(_transform, ui, text, target))

    def write_document(self, tei: str, pages: list[tuple[str, str, str]]) -> None:
        """The pages (ui, model, path) of one document, which share its annotated TEI (`tei`)."""
        items = [(ui, text, str(self.out_dir / path)) for ui, text, path in pages]
        if self._pool is None:
            _transform_document(tei, items)
        else:
            self._futures.append(self._pool.submit(_transform_document, tei, items))

    def close(self) -> None:
        """Wait for every page; the first worker error is raised here."""
        if self._pool is None:
            return
        try:
            for future in self._futures:
                future.result()
        finally:
            self._pool.shutdown(cancel_futures=True)


_STATE: dict = {}


def _start(stylesheet: str, strings_xml: dict[str, str]) -> None:
    from triglot.workers import end_with_parent
    from triglot.xslt import compile_stylesheet, processor
    end_with_parent()
    proc = processor()
    _STATE["executable"] = compile_stylesheet(Path(stylesheet))
    _STATE["strings"] = {ui: proc.parse_xml(xml_text=xml) for ui, xml in strings_xml.items()}


def _transform_document(tei: str, items) -> None:
    from triglot.xslt import processor
    node = processor().parse_xml(xml_text=tei)
    for ui, text, target in items:
        _transform(ui, text, target, node)


def _transform(ui: str, text: str, target: str, tei=None) -> None:
    from triglot.xslt import processor
    executable = _STATE["executable"]
    node = processor().parse_xml(xml_text=text)
    executable.clear_parameters()
    executable.set_parameter("ui-strings", _STATE["strings"][ui])
    if tei is not None:
        executable.set_parameter("tei", tei)
    executable.set_global_context_item(xdm_item=node)
    html = executable.transform_to_string(xdm_node=node)
    atomic_write(Path(target), ("<!DOCTYPE html>\n" + _strip_doctype(html)).encode("utf-8"))


def _strip_doctype(html: str) -> str:
    return html.split(">", 1)[1].lstrip("\n") if html[:9].lower() == "<!doctype" else html
