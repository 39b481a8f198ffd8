"""The validation cache: each file's own problems, kept by content hash under build/.

An editor validates after every edit, and most files have not changed since the last
run. The grammar, Schematron and single-file rules of a file depend only on its bytes,
the schema files, the rules' code, the settings and the registers, so their problems are
stored under a key made of all of these; an entry is used only when its key is the one
computed now. Rules that look across files (ids unique in the edition, pointers into the
registers, fidelity to the seeds) are not stored: they run on every validation, so a
problem caused by another file's change is never hidden.

A failing validation does not create build/ (a failed command writes nothing new); once
build/ exists, failing runs keep their entries too. One entry per file (named after the file, so the folder does not grow with edits), each
written to a temporary and renamed into place. An entry that cannot be read, does not
parse, has another key or names another file is ignored and recomputed. A cache that
cannot be written (a read-only project) only costs time.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

from triglot.problems import Problem

FOLDER = ("build", "validate-cache")
FORMAT = "triglot-validate-cache 1"


def folder(root) -> Path:
    return Path(root).joinpath(*FOLDER)


class Cache:
    """The entries of one edition for one set of inputs besides the file itself."""

    def __init__(self, edition, schema: bool):
        self.dir = folder(edition.root)
        self.version = version(edition, schema)

    def key(self, name: str, digest: str) -> str:
        return hashlib.sha256(f"{self.version}\n{name}\n{digest}".encode()).hexdigest()

    def _path(self, name: str) -> Path:
        return self.dir / (hashlib.sha256(name.encode()).hexdigest()[:32] + ".json")

    def get(self, name: str, digest: str) -> list[Problem] | None:
        """The stored problems of file `name` with these bytes, or None when there is no trustworthy entry."""
        if not digest:
            return None
        try:
            data = json.loads(self._path(name).read_text("utf-8"))
            if data.get("format") != FORMAT or data.get("key") != self.key(name, digest) or data.get("file") != name:
                return None
            return [_problem(name, item) for item in data["problems"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def keep(self, fresh: dict, create: bool) -> None:
        """Store the new entries {name: (digest, problems)}. A failing run does not create
        build/ (a failed command leaves the project as it found it); once build/ exists,
        the entries of failing runs are kept too."""
        if not fresh or not (create or self.dir.parent.is_dir()):
            return
        for name, (digest, problems) in fresh.items():
            self.put(name, digest, problems)

    def put(self, name: str, digest: str, problems) -> None:
        if not digest:
            return
        entry = {"format": FORMAT, "file": name, "key": self.key(name, digest),
                 "problems": [[p.file, p.line, p.rule, p.message] for p in problems]}
        tmp = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix="entry-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            os.replace(tmp, self._path(name))
            tmp = None
        except OSError:
            pass    # a cache that cannot be written only costs a revalidation
        finally:
            if tmp:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass    # already gone; the next writer's lock sweeps leftovers


def _problem(name: str, item) -> Problem:
    file, line, rule, message = item
    if file != name or not isinstance(line, int) or isinstance(line, bool) \
            or not isinstance(rule, str) or not isinstance(message, str):
        raise ValueError("not an entry of this file")
    return Problem(file, line, rule, message)


def version(edition, schema: bool) -> str:
    """A hash of everything besides a file's bytes that its cached problems depend on."""
    from lxml import etree

    from triglot.schema import PROJECT_RNG, PROJECT_SCH_XSL, schema_file
    h = hashlib.sha256(FORMAT.encode())
    h.update(f"{schema}|{sys.version_info[:2]}|{etree.LXML_VERSION}|{etree.LIBXML_VERSION}".encode())
    if schema:
        for name in (PROJECT_RNG, PROJECT_SCH_XSL):
            h.update(_bytes(schema_file(edition.root, name)))
    for path in sorted(code_files()):
        h.update(path.name.encode() + _bytes(path))
    h.update(_bytes(Path(edition.root) / "triglot.toml"))
    h.update(repr(edition.settings).encode())
    for name, reg in sorted(edition.registers.items()):
        h.update(f"{name}={reg.name}:{reg.digest}".encode())
    return h.hexdigest()


def code_files() -> list[Path]:
    """The rules' code: this package and the modules whose helpers the rules call."""
    import triglot
    base = Path(triglot.__file__).parent
    own = list((base / "validate").glob("*.py"))
    return own + [base / f for f in ("edition.py", "tei.py", "i18n.py", "patterns.py", "problems.py",
                                      "xmlio.py", "settings.py")]


def _bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b"(unreadable)"
