"""The validation cache: each file's own problems and summary, kept by content hash under build/.

An editor validates after every edit, and most files have not changed since the last
run. The grammar, Schematron, single-file rules and fidelity of a file depend only on its
bytes, its seed, the schema files, the rules' code and the settings, so their problems are
stored under a key made of all of these (the seed's hash is kept beside them); an entry is
used only when its key is the one computed now. Rules that look across files (ids unique in
the edition, pointers into the registers) run on every validation, on the summary each entry
keeps (validate/summary.py), so a problem caused by another file's change is never hidden.

A file whose size, modification time (ns) and inode are those recorded is not read again
(as git's index does); the caller records them only for a file last modified more than a
second before it was looked at (`settled`), so an edit in the same clock tick as the read,
which would keep the recorded time, is not missed: such a file is hashed next time.

A failing validation does not create build/ (a failed command writes nothing new); once
build/ exists, failing runs keep their entries too. One entry per file (named after the file,
so the folder does not grow with edits), each written to a temporary and renamed into place.
While worker processes validate, the main process writes each entry as it arrives (`early`):
writing 500 entries after the workers had ended was 0.5-1.6 s of a cold run's wall time on a
shared disk. Before build/ exists they go to a folder of this run's own beside it (STAGING), which
`keep` moves into place whole when the run may create build/ and removes otherwise; a run killed
before that leaves the folder, locked while its run lives, and the next run removes it.
An entry that cannot be read, does not parse, has another key or names another file is
ignored and recomputed. A cache that cannot be written (a read-only project) only costs time.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from triglot.problems import Problem

FOLDER = ("build", "validate-cache")
FORMAT = "triglot-validate-cache 4"   # 3: the summary holds what the header states; 4: and a restricted availability
RACY_NS = 1_000_000_000   # a file changed this close to being looked at is hashed next time
STAGING = ".triglot-validate-cache-"   # a run's entries written before build/ exists, in the edition's folder
STAGED_NAME = re.compile(re.escape(STAGING) + "[0-9a-f]{16}")    # a run's own: STAGING + os.urandom(8).hex()


def folder(root) -> Path:
    return Path(root).joinpath(*FOLDER)


@dataclass
class Entry:
    """What a file's validation left: its own problems, its summary (None for a register or a
    file that did not parse), its seed's name and hash, and whether loading it found problems
    (a file that does not parse, a refused pattern: then no seed is reported as unused)."""
    digest: str
    problems: list
    summary: dict | None = None
    seed: list | None = None
    broken: bool = False


class Cache:
    """The entries of one edition for one set of inputs besides the file itself.

    `memory` (a dict a long-running process keeps between runs: `triglot validate --watch`)
    holds the entries read or written, by version and name, so a revalidation reads no entry
    file again; an entry is still used only for the bytes (or stat) it records."""

    def __init__(self, root, settings, schema: bool, fidelity: bool = True, memory: dict | None = None):
        self.dir = folder(root)
        self._dir = str(self.dir)
        self.version = version(root, settings, schema, fidelity)
        self.memory = None if memory is None else memory.setdefault((str(self.dir), self.version), {})
        self.root = Path(root)
        self._early: dict = {}      # name -> the entry written by `early`
        self._mode = None           # where `early` writes: "place" (build/ was there at its first entry),
                                    # "stage" (it was not), "off" (no staging folder could be made)
        self._staging = None        # (descriptor holding its lock, path) of this run's staging folder

    def key(self, name: str, digest: str) -> str:
        return hashlib.sha256(f"{self.version}\n{name}\n{digest}".encode("utf-8", "surrogateescape")).hexdigest()

    def _path(self, name: str) -> str:
        # a plain string: pathlib's joining cost more than reading the entry, 500 times a run
        return os.path.join(self._dir, hashlib.sha256(name.encode()).hexdigest()[:32] + ".json")

    def _read(self, name: str) -> dict | None:
        if self.memory is not None:
            if name not in self.memory:
                self.memory[name] = self._read_file(name)
            return self.memory[name]
        return self._read_file(name)

    def _read_file(self, name: str) -> dict | None:
        from triglot.xmlio import loads_json
        try:
            with open(self._path(name), "rb") as fh:
                data = loads_json(fh.read())
            if data.get("format") != FORMAT or data.get("file") != name or not isinstance(data.get("digest"), str):
                return None
            return data if data.get("key") == self.key(name, data["digest"]) else None
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def get(self, name: str, digest: str) -> Entry | None:
        """The entry of file `name` with these bytes, or None when there is no trustworthy entry."""
        data = self._read(name) if digest else None
        return _entry(name, data) if data is not None and data["digest"] == digest else None

    def kept_facts(self, name: str, digest: str) -> dict | None:
        """What loading needs of document `name` with these bytes when it is not parsed (edition.Unparsed,
        edition.facts_of), kept in its summary; None unless its entry is kept whole and loading it
        found no problem (a refused pattern is found by parsing: such a file is parsed each time)."""
        entry = self.get(name, digest)
        facts = entry.summary.get("load") if entry is not None and entry.summary and not entry.broken else None
        return facts if _facts_shape(facts) else None

    def holds(self, name: str) -> bool:
        """Whether any trustworthy entry of file `name` is kept (for whatever bytes)."""
        return self._read(name) is not None

    def unchanged(self, name: str, stat) -> Entry | None:
        """The entry of file `name` when its stat is the one recorded: the file is not read."""
        data = self._read(name)
        if data is None or data.get("stat") != stat_key(stat):
            return None
        return _entry(name, data)

    def keep(self, fresh: dict, create: bool) -> None:
        """Store the new entries {name: (Entry, stat or None)}. A failing run does not create
        build/ (a failed command leaves the project as it found it); once build/ exists,
        the entries of failing runs are kept too. The memory keeps them in any case."""
        write = bool(fresh) and (create or self.dir.parent.is_dir())
        if self._staging is not None:
            if write:
                self._publish()
            self.discard()
        # a killed run's folder, which only a run that stages swept: runs stage only while there is no
        # build/, and the killed run's neighbours had made one (hostile40: it stayed for good)
        sweep(self.root)
        for name, (entry, stat) in fresh.items():
            if self._early.get(name) is not entry:
                self.put(name, entry, stat, write)

    def early(self, name: str, entry: Entry, stat=None) -> None:
        """Write the entry of a file validated just now, while the run goes on (see the module's
        docstring); `keep` then writes only what was not written so."""
        if not entry.digest:
            return
        if self._mode is None:
            self._mode = "place" if self.dir.parent.is_dir() else "stage"
        if self._mode == "place":
            self.put(name, entry, stat)
        else:
            folder = self._stage() if self._mode == "stage" else None
            if folder is None:
                return      # nowhere to stage (a read-only project): `keep` writes it, or not
            data = self._data(name, entry, stat)
            if self.memory is not None:
                self.memory[name] = data
            try:
                # the folder is this run's alone: no temporary; a file half-written by a kill is
                # never moved into place
                with open(os.path.join(folder, os.path.basename(self._path(name))), "w", encoding="utf-8") as out:
                    out.write(json.dumps(data, ensure_ascii=False))
            except OSError:
                return
        self._early[name] = entry

    def _stage(self) -> str | None:
        """This run's staging folder, made (and locked) at the first call; old ones swept."""
        if self._staging is None:
            from triglot.workers import sigint_blocked   # called only where workers run: already imported
            sweep(self.root)
            # a Ctrl-C between making the folder and recording it would leave it until the next run:
            # SIGINT is held back meanwhile, and one that came just before (Python raises it at its
            # next step, even here) removes the folder on its way out
            name, made, fd = os.path.join(self.root, STAGING + os.urandom(8).hex()), False, None
            with sigint_blocked():
                try:
                    os.mkdir(name, 0o700)
                    made = True
                    fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # new: nobody else holds it
                    self._staging = (fd, name)
                except BaseException as exc:
                    if fd is not None:
                        os.close(fd)
                    if made or not isinstance(exc, OSError):    # (not a name another run holds)
                        shutil.rmtree(name, ignore_errors=True)
                    if not isinstance(exc, OSError):
                        raise
                    self._mode = "off"      # not staged: written by `keep` at the end, as before
                    return None
        return self._staging[1]

    def _publish(self) -> None:
        """The staged entries moved into build/validate-cache: the folder renamed into place when
        there is none, else each entry renamed into it."""
        from triglot.xmlio import _umask
        staged = self._staging[1]
        try:
            os.chmod(staged, 0o777 & ~_umask())    # as a folder made by mkdir (mkdtemp's is the owner's alone)
            self.dir.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.rename(staged, self.dir)
                self._staging = (self._staging[0], None)
                return
            except OSError:
                pass     # build/validate-cache is there (made meanwhile by another run)
            for name in os.listdir(staged):
                os.replace(os.path.join(staged, name), os.path.join(self.dir, name))
        except OSError:
            pass     # a cache that cannot be written only costs a revalidation

    def discard(self) -> None:
        """Remove this run's staging folder, if any is left (a failing run; after `keep` moved it)."""
        if self._staging is None:
            return
        fd, path = self._staging
        self._staging = None
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)
        os.close(fd)

    def put(self, name: str, entry: Entry, stat=None, write: bool = True) -> None:
        if not entry.digest:
            return
        data = self._data(name, entry, stat)
        if self.memory is not None:
            self.memory[name] = data
        if not write:
            return
        tmp = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix="entry-", suffix=".tmp")
            # json.dumps, not json.dump: only the one-shot encoder is the C one; streaming the
            # entries through the Python encoder was 1.5 s of a cold run at 500 documents
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(json.dumps(data, ensure_ascii=False))
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


    def _data(self, name: str, entry: Entry, stat) -> dict:
        return {"format": FORMAT, "file": name, "digest": entry.digest, "key": self.key(name, entry.digest),
                "stat": stat_key(stat) if stat is not None else None,
                "problems": [[p.file, p.line, p.rule, p.message] for p in entry.problems],
                "summary": entry.summary, "seed": entry.seed, "broken": entry.broken}


def sweep(root) -> None:
    """Remove the staging folders of runs that were killed (no live run holds its lock)."""
    try:
        # only the names a run gives (STAGING and 16 hex digits): ".triglot-validate-cache-old", a
        # user's copy of the cache, was removed with its contents (hostile41)
        names = [n for n in os.listdir(root) if STAGED_NAME.fullmatch(n)]
    except OSError:
        return
    for name in names:
        path = os.path.join(root, name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue    # not a folder of ours (a link, a file): left alone
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass        # its run is still going
        finally:
            os.close(fd)


def _facts_shape(facts) -> bool:
    """Whether kept facts have the form edition.facts_of gives (an entry edited by hand is not trusted)."""
    def texts(value) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(facts, dict) and isinstance(facts.get("id"), str) and texts(facts.get("langs")) \
        and texts(facts.get("blocks")) and isinstance(facts.get("seed"), (str, type(None))) \
        and isinstance(facts.get("date_key"), list) and len(facts["date_key"]) == 4 \
        and facts["date_key"][0] in (0, 1) and texts(facts["date_key"][1:]) \
        and isinstance(facts.get("header"), dict) and isinstance(facts.get("texts"), dict) \
        and texts(facts["texts"].get("emails"))


def settled(stat, seen_ns: int):
    """`stat` if the file was last modified more than RACY_NS before `seen_ns` (when the stat was
    taken, before the file was read), else None: its stat is not to be trusted next time."""
    return stat if stat is not None and seen_ns - stat.st_mtime_ns > RACY_NS else None


def stat_key(stat) -> list:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _entry(name: str, data: dict) -> Entry | None:
    try:
        problems = [_problem(name, item) for item in data["problems"]]
    except (ValueError, TypeError, KeyError):
        return None
    summary, seed = data.get("summary"), data.get("seed")
    if summary is not None and not isinstance(summary, dict) or seed is not None and not isinstance(seed, list):
        return None
    return Entry(data["digest"], problems, summary, seed, bool(data.get("broken")))


def _problem(name: str, item) -> Problem:
    file, line, rule, message = item
    if file != name or not isinstance(line, int) or isinstance(line, bool) \
            or not isinstance(rule, str) or not isinstance(message, str):
        raise ValueError("not an entry of this file")
    return Problem(file, line, rule, message)


def version(root, settings, schema: bool, fidelity: bool = True) -> str:
    """A hash of everything besides a file's bytes (and its seed's, kept in the entry) that its
    cached problems depend on. The registers are not part of it: the rules that read them run
    on every validation."""
    from lxml import etree

    from triglot.schema import PROJECT_RNG, PROJECT_SCH_XSL, schema_file
    from triglot.settings import key_text
    h = hashlib.sha256(FORMAT.encode())
    h.update(f"{schema}|{fidelity}|{sys.version_info[:2]}|{etree.LXML_VERSION}|{etree.LIBXML_VERSION}".encode())
    if schema:
        for name in (PROJECT_RNG, PROJECT_SCH_XSL):
            h.update(_bytes(schema_file(root, name)))
    for path in sorted(code_files()):
        h.update(path.name.encode() + _bytes(path))
    h.update(_bytes(Path(root) / "triglot.toml"))
    h.update(key_text(settings).encode())   # not where the edition is: a moved edition keeps its cache
    return h.hexdigest()


def code_files() -> list[Path]:
    """The rules' code: this package and the modules whose helpers the rules call, and the edition's
    order (order.py), whose date key the summary keeps for loading a document unparsed."""
    import triglot
    base = Path(triglot.__file__).parent
    own = list((base / "validate").glob("*.py"))
    return own + [base / f for f in ("edition.py", "tei.py", "tei_source.py", "i18n.py", "patterns.py", "problems.py",
                                      "xmlio.py", "settings.py", "order.py")]


def _bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b"(unreadable)"
