"""Saxon (saxonche) for every XSLT: one processor per process, stylesheets compiled once per version."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from triglot.problems import InputError, Problem


@lru_cache(maxsize=1)
def processor():
    from saxonche import PySaxonProcessor
    return PySaxonProcessor(license=False)


def compile_stylesheet(path: Path):
    """Compile an XSLT 3.0 stylesheet once per version; errors name the stylesheet.

    Kept per process by its path and the bytes of every stylesheet it imports or includes: by
    its path alone, a long-lived process (`serve --watch`) went on with the stylesheets it first
    compiled, so a saved web-indexes.xsl changed no page until the server was restarted, and
    those pages were kept in the page cache under the new stylesheets' key."""
    return _compiled(str(path), sources_digest(Path(path)))


IMPORT = re.compile(rb"<xsl:(?:import|include)\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"']")


def sources_digest(path: Path, relative: bool = False) -> str:
    """A digest of the stylesheet's bytes and those of every stylesheet it reaches by xsl:import and
    xsl:include (relative hrefs and file: URIs; a file that cannot be read counts as missing: Saxon names it).
    With `relative`, a file in the stylesheet's folder or under it is named by its path from there, so the
    same stylesheets in another folder (a copied or moved edition's xslt/) give the same digest (the
    web's page cache, web/page_cache.stylesheets_digest); each file is named absolutely otherwise."""
    h, seen, todo = hashlib.sha256(), set(), [Path(path).resolve()]
    folder = todo[0].parent
    while todo:
        file = todo.pop()
        if file in seen:
            continue
        seen.add(file)
        try:
            data = file.read_bytes()
        except OSError:
            data = b"\0missing"
        name = file.relative_to(folder).as_posix() if relative and file.is_relative_to(folder) else str(file)
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
        todo += [found for href in IMPORT.findall(data) if (found := _imported(file, href)) is not None]
    return h.hexdigest()


def _imported(importer: Path, href: bytes) -> Path | None:
    """The file an href names, resolved as Saxon does (against the importer's URI): a file: URI and
    a %20 in a relative href were skipped, so a module reached so was compiled once per process
    and its edits unseen; None for another scheme (http:), which nothing here fetches."""
    from urllib.parse import unquote, urljoin, urlparse
    from urllib.request import url2pathname
    url = urlparse(urljoin(importer.as_uri(), href.decode("utf-8", "replace")))
    if url.scheme != "file":
        return None
    return Path(url2pathname(unquote(url.path))).resolve()


@lru_cache(maxsize=32)
def _compiled(path: str, version: str):
    xslt = processor().new_xslt30_processor()
    try:
        return xslt.compile_stylesheet(stylesheet_file=str(path))
    except Exception as exc:  # saxonche raises PySaxonApiError
        raise InputError([problem(path, str(exc))]) from None


_SAXON_LINE = re.compile(r"\bon line (\d+) column \d+ of ([^\s:]+):")


def problem(path, message: str) -> Problem:
    """Saxon's error in the stylesheet at `path`, named as validate names files: from the edition's
    folder (the nearest one above it holding triglot.toml) for an edition's own stylesheet, at the line
    Saxon gives when it gives one in that file. An edition's xslt/web.xsl was named by its absolute path
    (hostile round 36), at line 0 though Saxon said "on line 31 column 52 of web.xsl"; a packaged
    stylesheet, the toolkit's own, keeps its full path (it is in no edition)."""
    from triglot.resources import DATA
    from triglot.settings import FILE
    message = message.strip()
    path = Path(path).absolute()
    shown = str(path)
    if not path.is_relative_to(DATA):
        shown = next((path.relative_to(folder).as_posix() for folder in path.parents if (folder / FILE).is_file()), shown)
    found = _SAXON_LINE.search(message)
    if found and found[2] != path.name:
        module = _module(path, found[2])     # the error is in a stylesheet this one imports
        if module is not None:
            return problem(module, message)
    line = int(found[1]) if found and found[2] == path.name and len(found[1]) < 10 else 0
    return Problem(shown, line, "xslt", message)


def _module(path: Path, name: str) -> Path | None:
    """The one stylesheet called `name` beside `path` or in its folders below (Saxon names a module by
    its file name alone): an error in xslt/modules/blocks.xsl was named web.xsl at line 0 (hostile
    round 37). None when no file or more than one has that name: then the stylesheet asked for."""
    if "/" in name or "\\" in name:
        return None
    found = [p for p in path.parent.rglob(name) if p.is_file()][:2]
    return found[0] if len(found) == 1 else None


def parse(xml: bytes | str):
    """Saxon's tree of an XML text, for a text several stylesheets read (an export gives its corpus,
    the whole edition in one file, to the CMIF, its report and the edition's MODS record): each
    parse of it took about 330 MB at 500 documents, and Saxon's heap kept them all."""
    text = xml.decode("utf-8") if isinstance(xml, bytes) else xml
    return processor().parse_xml(xml_text=text)


def transform_to_string(executable, xml, base_uri: str = "file:///in.xml",
                        params: dict | None = None) -> str:
    """Run a compiled stylesheet on an XML text (str or bytes), or on a tree made by `parse`, and
    return the result as text."""
    node = parse(xml) if isinstance(xml, (bytes, str)) else xml
    executable.clear_parameters()
    for name, value in (params or {}).items():
        executable.set_parameter(name, _value(value))
    executable.set_global_context_item(xdm_item=node)
    return executable.transform_to_string(xdm_node=node)


def _value(value):
    proc = processor()
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    return proc.make_string_value(str(value))
