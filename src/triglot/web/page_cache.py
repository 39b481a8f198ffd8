"""Rendered pages kept by the hash of everything they are made from, so a rebuild renders only what changed.

Saxon's transform is most of a web build's time. A page is a pure function of its
inputs: the page model (which already holds every title, date and mention it shows),
the document's annotated TEI for a document page, the interface strings of its
language, the stylesheets and the Saxon version. Each page's inputs are hashed; a
page whose key was rendered by an earlier build is linked from the cache (a hard
link: creating a file costs many times more on a busy disk; a copy where links are
refused) instead of transformed again. A kept page's size and time of change are
recorded (kept-pages.json): a published page edited in place, which shares the kept
file, no longer matches and is rendered again, never linked. Nothing is trusted by name or by date: a changed input is a new
key, so an edit can never leave a stale page behind, whatever changed it (a register,
a catalog, a stylesheet of the project).

Like Sphinx's environment, the cache records why each page was rendered: the
components of the last key of every page are kept (build/web-cache/pages.json), and
each build writes build/web-cache/last-build.json, page -> "new page", "document
changed", "page data changed", "interface strings changed", "stylesheets changed" or
"unchanged". Entries no build used last are removed, so the cache holds one site.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from triglot.web.file_store import cache_json, cache_text, link_or_copy, prunable, prune
from triglot.xmlio import atomic_write

CACHE_DIR = "web-cache"
PAGES = "pages"
MANIFEST = "pages.json"
KEPT = "kept-pages.json"     # key -> size and time of the kept page, so a published link edited in place is seen
REPORT = "last-build.json"
KEPT_PAGE = re.compile(r"\.?[0-9a-f]{64}\.html(\.[0-9]+)?")   # a kept page, or store()'s temporary
REASONS = {"tei": "document changed", "model": "page data changed", "strings": "interface strings changed",
           "xslt": "stylesheets changed"}


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


# 2: a page rendered by `serve --watch` after a stylesheet was saved may have been rendered with the
# stylesheets first compiled (xslt.compile_stylesheet kept them by path alone) and kept under the
# new ones' digest: no page kept before is trusted
RENDERING = "2"


def stylesheets_digest(stylesheet: Path) -> str:
    """Every stylesheet a page may import (the whole folder of the main one, and every file its
    imports reach, wherever they are: a module beside xslt/ was not read, and its edits left the
    pages kept), and the Saxon version."""
    from importlib.metadata import version

    from triglot.xslt import sources_digest
    folder = Path(stylesheet).resolve().parent
    parts = [RENDERING, version("saxonche"), sources_digest(Path(stylesheet), relative=True)]
    for path in sorted(folder.rglob("*.xsl")):
        parts += [str(path.relative_to(folder)), path.read_bytes()]
    return digest(*parts)


def _key(parts: dict) -> str:
    return digest(*(f"{k}={v}" for k, v in sorted(parts.items())))


class PageCache:
    """Content-addressed copies of rendered pages under build/web-cache/."""

    def __init__(self, folder: Path, xslt: str, strings: dict[str, str]):
        self.folder = Path(folder)
        self.pages = self.folder / PAGES
        self.xslt = xslt
        self.strings = {ui: digest(text) for ui, text in strings.items()}
        self.previous = self._read(MANIFEST)
        self.kept = self._read(KEPT)
        self.kept_now: dict[str, str] = {}
        self.manifest: dict[str, dict] = {}
        self.report: dict[str, str] = {}

    def _read(self, name: str) -> dict:
        try:
            data = cache_json(cache_text(self.folder / name))
        except (OSError, ValueError):
            return {}     # no cache yet, or a damaged one: every page is rendered
        return data if isinstance(data, dict) else {}

    def _place(self, key: str, target: Path) -> bool:
        """Link the page kept under `key` to `target` (a copy where links are refused); False when it
        is not kept, or was changed since it was kept (a published link edited in place)."""
        cached = self.pages / f"{key}.html"
        try:
            now = _stamp(cached)
        except OSError:
            return False
        if cached.is_symlink() or self.kept.get(key) != now:
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(cached, target)
        self.kept_now[key] = now
        return True

    def key(self, path: str, ui: str, model: str, tei_digest: str = "", inputs: str = "") -> str:
        parts = {"xslt": self.xslt, "strings": self.strings[ui], "model": digest(model), "tei": tei_digest}
        key = _key(parts)
        self.manifest[path] = {**parts, "inputs": inputs} if inputs else parts
        return key

    def inputs_key(self, ui: str, inputs: str) -> str:
        """What a document page is made from, before its model is built: `inputs` (the document's
        bytes and what it is read against, see web/doc_cache.py, and the site's shared page data),
        the interface strings and the stylesheets."""
        return digest(inputs, self.strings[ui], self.xslt)

    def reuse_unbuilt(self, path: str, inputs: str, target: Path) -> str | None:
        """The key of the page an earlier build made from the same inputs, copied to `target`;
        None when there is none (then the page model is built and keyed as usual)."""
        before = self.previous.get(path)
        if not isinstance(before, dict) or not inputs or before.get("inputs") != inputs:
            return None
        parts = {k: before.get(k) for k in ("xslt", "strings", "model", "tei")}
        if not all(isinstance(v, str) for v in parts.values()):
            return None
        key = _key(parts)
        if not self._place(key, target):
            return None
        self.manifest[path] = {**parts, "inputs": inputs}
        self.report[path] = "unchanged"
        return key

    def reuse(self, path: str, key: str, target: Path) -> bool:
        """Link the page rendered under `key` to `target`; False (and the reason noted) when there is none."""
        if self._place(key, target):
            self.report[path] = "unchanged"
            return True
        self.report[path] = self._reason(path)
        return False

    def _reason(self, path: str) -> str:
        before = self.previous.get(path)
        if not isinstance(before, dict):
            return "new page"
        now = self.manifest[path]
        changed = [REASONS[k] for k in ("tei", "model", "strings", "xslt") if before.get(k) != now.get(k)]
        return ", ".join(changed) or "not in the cache"

    def store(self, key: str, rendered: Path) -> None:
        """Keep a rendered page: a second link to its file (its bytes are written once)."""
        cached = self.pages / f"{key}.html"
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_name(f".{cached.name}.{os.getpid()}")
            temporary.unlink(missing_ok=True)
            link_or_copy(rendered, temporary)
            os.replace(temporary, cached)
            self.kept_now[key] = _stamp(cached)
        except OSError:
            pass    # a cache that cannot be written only costs time

    def finish(self, keys: set[str]) -> dict[str, int]:
        """Write the manifest and the report, drop entries this build did not use; counts by reason."""
        for name, data in ((MANIFEST, json.dumps(self.manifest, sort_keys=True)),
                           (REPORT, json.dumps(self.report, sort_keys=True, indent=1))):
            try:
                atomic_write(self.folder / name, data.encode("utf-8"))
            except OSError:
                pass    # a cache that cannot be written only costs time (and the next build's reasons)
        try:
            atomic_write(self.folder / KEPT, json.dumps({k: v for k, v in sorted(self.kept_now.items())
                                                         if k in keys}).encode("utf-8"))
        except OSError:
            pass    # not kept: the next build links no page from the cache and renders them all
        keep = {f"{k}.html" for k in keys}
        if prunable(self.pages):
            prune(self.pages, KEPT_PAGE, keep)
        counts: dict[str, int] = {}
        for reason in self.report.values():
            counts[reason] = counts.get(reason, 0) + 1
        return counts


def _stamp(path: Path) -> str:
    """A kept page's size and time of change: a page edited through a published link changes it."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def report_unchanged(folder: Path) -> bool:
    """Write the report of a build that rendered nothing: every page of the last build "unchanged".
    False when there is no readable manifest to report from (then the build must run)."""
    try:
        pages = cache_json(cache_text(Path(folder) / MANIFEST))
    except (OSError, ValueError):
        return False
    if not isinstance(pages, dict) or not pages:
        return False
    atomic_write(Path(folder) / REPORT, json.dumps(dict.fromkeys(pages, "unchanged"), sort_keys=True,
                                                   indent=1).encode("utf-8"))
    print(f"web pages: 0 rendered (none changed), {len(pages)} unchanged")
    return True
