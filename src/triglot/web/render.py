"""Page models to HTML files with web.xsl: in this process, or in worker processes when there are many.

Saxon's transform is most of a large build's time and the pages are independent,
so an edition of more than WORKER_THRESHOLD pages is rendered by worker processes
while this process goes on building page models (and Pagefind indexes in its own):
one from the first page to render, a second (up to one per core) only once more
than WORKER_THRESHOLD pages are to be rendered — a rebuild after one edit renders a
few pages, and a second worker compiling the stylesheet for them doubled the
children's CPU (3 pages, 3.1–3.3 CPU-s at 500 documents: rebuild30). Workers are
spawned, never forked, for the reason given in
triglot.print.builder (a forked Saxon runtime can deadlock); each compiles the
stylesheet once. Output is the same either way: each page is one transform of
one serialised model.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from lxml import etree

from triglot.workers import process_pool
from triglot.xmlio import atomic_write

WORKER_THRESHOLD = 60   # pages; below it, starting workers costs more than they save


class Pages:
    """Every page of one build: rendered here or by workers, or copied from the page cache.

    Workers (and the stylesheet) are started only when a page must really be rendered,
    so a rebuild that changes a few pages does not pay for compiling and spawning."""

    def __init__(self, stylesheet: Path, strings_xml: dict[str, str], out_dir: Path, pages: int,
                 cache=None):
        self.out_dir = Path(out_dir)
        # the stylesheets' version (every .xsl beside it, Saxon's version): a long-lived process
        # (serve --watch) compiles them again only when it changes
        self._args = (str(stylesheet), strings_xml, cache.xslt if cache is not None else "")
        self._workers = min(2, os.cpu_count() or 1) if pages > WORKER_THRESHOLD else 1
        self._futures = []
        self._pools = []        # one worker each, so that a second can join when the work grows
        self._pending = [0] * self._workers     # renderings handed to each and not yet done
        self._lock = threading.Lock()
        self._submitted = 0
        self._started = False
        self.cache = cache
        self._keys: set[str] = set()
        self._rendered: list[tuple[str, Path]] = []

    def _start_rendering(self) -> None:
        if self._started:
            return
        self._started = True
        if self._workers > 1:
            self._pools.append(process_pool(1, _start, self._args))
        else:
            _start(*self._args)

    def _submit(self, work, *args) -> None:
        """Hand one rendering to the worker with the fewest pending, starting another worker
        when more than WORKER_THRESHOLD renderings have been handed out."""
        self._submitted += 1
        if self._submitted > WORKER_THRESHOLD and len(self._pools) < self._workers:
            self._pools.append(process_pool(1, _start, self._args))
        with self._lock:
            k = min(range(len(self._pools)), key=self._pending.__getitem__)
            self._pending[k] += 1
        future = self._pools[k].submit(work, *args)
        future.add_done_callback(lambda _, k=k: self._done(k))
        self._futures.append(future)

    def _done(self, k: int) -> None:
        with self._lock:
            self._pending[k] -= 1

    def _cached(self, ui: str, text: str, path: str, tei_digest: str = "", inputs: str = "") -> bool:
        """True when the page was copied from the cache; else it is noted to be rendered and stored."""
        if self.cache is None:
            return False
        key = self.cache.key(path, ui, text, tei_digest, self.cache.inputs_key(ui, inputs) if inputs else "")
        self._keys.add(key)
        if self.cache.reuse(path, key, self.out_dir / path):
            return True
        self._rendered.append((key, self.out_dir / path))
        return False

    def write(self, ui: str, page, path: str, entries: dict | None = None, inputs: str = "") -> bool:
        """Render `page` (a page model element, or its serialisation) to out_dir/path; True when it was
        copied from the cache instead. A register page comes with its kept entries (`entries`:
        register_cache.EntryCache.job). `inputs`: what the page is made from, for reuse_document."""
        text = page if isinstance(page, str) else etree.tostring(page, encoding="unicode")
        if self._cached(ui, text if entries is None else _named_only(page), path, inputs=inputs):
            return True
        self._start_rendering()
        target = str(self.out_dir / path)
        work, args = (_transform, (ui, text, target)) if entries is None else \
            (_transform_register, (ui, text, target, entries))
        if not self._pools:
            work(*args)
        else:
            self._submit(work, *args)
        return False

    def reuse_document(self, inputs: str, pages: list[tuple[str, str]]) -> bool:
        """True when every page (ui, path) of a document (or the chronology, a register) was made by an earlier build from the same
        inputs and is copied: its page models need not be built nor its TEI read."""
        if self.cache is None or not inputs:
            return False
        keys = []
        for ui, path in pages:
            key = self.cache.reuse_unbuilt(path, self.cache.inputs_key(ui, inputs), self.out_dir / path)
            if key is None:
                return False
            keys.append(key)
        self._keys.update(keys)
        return True

    def write_document(self, tei: str, pages: list[tuple[str, str, str]], inputs: str = "") -> None:
        """The pages (ui, model, path) of one document, which share its annotated TEI (`tei`)."""
        from triglot.web.page_cache import digest
        tei_digest = digest(tei) if self.cache is not None else ""
        items = [(ui, text, str(self.out_dir / path)) for ui, text, path in pages
                 if not self._cached(ui, text, path, tei_digest, inputs)]
        if not items:
            return
        self._start_rendering()
        if not self._pools:
            _transform_document(tei, items)
        else:
            self._submit(_transform_document, tei, items)

    def close(self) -> dict[str, int]:
        """Wait for every page (the first worker error is raised here); then store the new pages in
        the cache. Returns the number of pages per reason (rendered or reused)."""
        if self._pools:
            try:
                for future in self._futures:
                    future.result()
            except BaseException:
                self.abandon()      # the workers' other pages are not waited for (a Ctrl-C, an error)
                raise
            for pool in self._pools:
                pool.shutdown()
        if self.cache is None:
            return {}
        for key, target in self._rendered:
            self.cache.store(key, target)
        return self.cache.finish(self._keys)

    def abandon(self) -> None:
        """Stop the workers after an error elsewhere (nothing is stored in the cache)."""
        for pool in self._pools:
            pool.stop()


def _named_only(page) -> str:
    """A register page's model with its entries named by their keys alone, as its page is kept: the
    same page whether an entry was kept rendered or has its model inside (a page whose entries were
    all rendered again, after a stylesheet changed, is not "page data changed")."""
    models = [(placed, model) for placed in page.iter("{urn:triglot:web}rendered") for model in placed]
    for placed, model in models:
        placed.remove(model)
    try:
        return etree.tostring(page, encoding="unicode")
    finally:
        for placed, model in models:
            placed.append(model)


_STATE: dict = {}
_COMPILED: dict = {}    # (stylesheet, version) -> compiled stylesheet, for this process


def _start(stylesheet: str, strings_xml: dict[str, str], version: str = "") -> None:
    from triglot.workers import end_with_parent
    from triglot.xslt import compile_stylesheet, processor
    end_with_parent()
    proc = processor()
    key = (stylesheet, version)
    if not version or key not in _COMPILED:
        _COMPILED.clear()
        _COMPILED[key] = compile_stylesheet(Path(stylesheet))
    _STATE["executable"] = _COMPILED[key]
    _STATE["stylesheet"] = stylesheet
    _STATE["strings"] = {ui: proc.parse_xml(xml_text=xml) for ui, xml in strings_xml.items()}
    # with a right-to-left language the page is copied once more to give `dir` where the direction
    # changes, which a cell rendered apart would miss: its pages are rendered whole
    _STATE["rtl"] = any(etree.fromstring(xml.encode("utf-8")).get("rtl") for xml in strings_xml.values())


def _transform_document(tei: str, items) -> None:
    """A document's pages: its text rendered once for them all when there are several
    (web/text_cells.py), else each page whole."""
    from triglot.xslt import processor
    node = processor().parse_xml(xml_text=tei)
    if len(items) < 2 or _STATE["rtl"]:
        for ui, text, target in items:
            _transform(ui, text, target, node)
        return
    from triglot.web import text_cells
    ui, text, _ = items[0]
    cells = text_cells.split(_html(ui, text_cells.model(text), node))
    for ui, text, target in items:
        html = text_cells.fill(_strip_doctype(_transformed(ui, text, node, marks=True)), cells)
        atomic_write(Path(target), ("<!DOCTYPE html>\n" + html).encode("utf-8"))


def _transform(ui: str, text: str, target: str, tei=None) -> None:
    atomic_write(Path(target), ("<!DOCTYPE html>\n" + _strip_doctype(_html(ui, text, tei))).encode("utf-8"))


def _html(ui: str, text: str, tei=None) -> str:
    """The page model `text` transformed, as the stylesheet serialises it (HTML)."""
    return _transformed(ui, text, tei)


def _transformed(ui: str, text: str, tei=None, marks: bool = False) -> str:
    """_html; with `marks`, a document page with its text cells marked, to be filled (web/text_cells.py)."""
    from triglot.xslt import processor
    executable = _STATE["executable"]
    node = processor().parse_xml(xml_text=text)
    executable.clear_parameters()
    executable.set_parameter("ui-strings", _STATE["strings"][ui])
    if tei is not None:
        executable.set_parameter("tei", tei)
    if marks:
        executable.set_parameter("text-cells", processor().make_string_value("marks"))
    executable.set_global_context_item(xdm_item=node)
    try:
        return executable.transform_to_string(xdm_node=node)
    except Exception as exc:  # saxonche raises PySaxonApiError
        # which cannot leave a worker process as it is: an error in one page's transform (a project's own
        # web.xsl calling error()) ended the build with a PicklingError traceback (hostile round 36)
        from triglot.problems import InputError
        from triglot.xslt import problem
        raise InputError([problem(_STATE["stylesheet"], f"a page in {ui}: {str(exc).strip()}")]) from None


def _transform_register(ui: str, text: str, target: str, job: dict) -> None:
    """A register page: its entries rendered one by one, or taken as kept, and put in their places
    in the page's HTML (web/entry_fragments.py)."""
    from triglot.web.entry_fragments import assemble, fill
    page, entries = assemble(text, job, lambda fresh: _html(ui, fresh))
    html = fill(_strip_doctype(_html(ui, page)), entries)
    atomic_write(Path(target), ("<!DOCTYPE html>\n" + html).encode("utf-8"))


def _strip_doctype(html: str) -> str:
    return html.split(">", 1)[1].lstrip("\n") if html[:9].lower() == "<!doctype" else html
