"""Safe reading and atomic writing of XML and text files.

Every file the tools read may be hostile: entities are never expanded, no DTD
or network resource is loaded, and a huge or deeply nested file is refused.
Every file they write is written to a temporary file beside it and renamed,
so a failure never leaves a half-written file.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=False, strip_cdata=False,
    )


def parse_xml(path: Path, display: str | None = None) -> etree._ElementTree:
    """Parse a file, refusing DTDs and entities; raise InputError with file:line:col."""
    name = display or str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError([Problem(name, 0, "read", exc.strerror or str(exc))]) from None
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> etree._ElementTree:
    try:
        root = etree.fromstring(data, _parser(), base_url=name)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (exc.lineno or 0, 0)
        msg = exc.msg.split(f"{name}:")[-1] if exc.msg else "not well-formed"
        raise InputError([Problem(name, line or 0, "well-formed", f"column {col}: {msg}")]) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise InputError([Problem(name, 1, "well-formed",
                                  "a DOCTYPE declaration is not allowed (entities and DTDs are refused)")])
    return tree


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
