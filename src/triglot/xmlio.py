"""Safe reading and atomic writing of XML and text files.

Every file the tools read may be hostile: entities are never expanded, no DTD
or network resource is loaded, and a huge or deeply nested file is refused.
Every file they write is written to a temporary file beside it and renamed,
so a failure never leaves a half-written file.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem

# Limits on what the tools read (tei/ENCODING.md, "Limits"). A document of this
# edition is under 200 kB; the limits leave room for one ten times longer while
# keeping validation within seconds and memory within tens of megabytes.
MAX_XML_BYTES = 2 * 1024 * 1024      # one TEI file (the largest document has 160 kB)
MAX_TEXT_BYTES = 8 * 1024 * 1024     # one seed or PO file
MAX_DEPTH = 100                      # element nesting in a TEI file
MAX_TEXT_CHARS = 100_000             # one text node or attribute value (an entry, a paragraph)


def read_regular(path: Path, name: str, limit: int = MAX_XML_BYTES) -> bytes:
    """The bytes of a regular file, refusing FIFOs, devices, folders and files over `limit`.

    Why: opening a FIFO blocks for ever and a link to /dev/zero never ends; the
    file is opened without blocking and checked with fstat before a byte is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError([Problem(name, 0, "read", exc.strerror or str(exc))]) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):   # checked before fdopen, which refuses a folder with its own error
        os.close(fd)
        raise InputError([Problem(name, 0, "read", "not a regular file (a folder, FIFO, socket or device); "
                                                   "only regular files are read")])
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > limit:
            raise InputError([Problem(name, 0, "limit", f"the file has {info.st_size} bytes; "
                                                        f"the limit is {limit} bytes")])
        # as much as fstat said and one byte more, then the rest up to the limit only if the file
        # grew: asking for limit + 1 bytes made Python allocate the limit (2 MB) for every file
        # read, a tenth of a millisecond each, 500 times in a cold validation
        data = fh.read(info.st_size + 1)
        if len(data) > info.st_size:
            data += fh.read(limit + 1 - len(data))
    if len(data) > limit:
        raise InputError([Problem(name, 0, "limit", f"the file grew past the limit of {limit} bytes while read")])
    return data


def content_digest(path: Path, name: str, limit: int = 32 * 1024 * 1024) -> bytes:
    """The SHA-256 of a file's bytes, for cache keys; a FIFO, device, folder, missing or huge
    file gives a marker instead (read_regular never blocks on it), and whatever reads the
    file for real reports it at its name."""
    try:
        return hashlib.sha256(read_regular(Path(path), name, limit)).digest()
    except InputError as exc:
        return f"unreadable: {exc}".encode()


def xml_unsafe_char(text: str) -> int:
    """Index of the first character XML 1.0 does not allow (controls, U+FFFE, U+FFFF), or -1."""
    for i, c in enumerate(text):
        o = ord(c)
        if (o < 32 and c not in "\t\n\r") or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
            return i
    return -1


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=False, strip_cdata=False,
    )


def parse_xml(path: Path, display: str | None = None) -> etree._ElementTree:
    """Parse a file, refusing DTDs and entities; raise InputError with file:line:col."""
    name = display or str(path)
    return parse_bytes(read_regular(path, name), name)


def name_problem(name: str) -> Problem | None:
    """A file whose name is not UTF-8 (its bytes come as lone surrogates, which lxml, a digest or a
    page cannot take: a traceback in validate, build and the watcher), or None if the name is."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "backslashreplace").decode("utf-8")
        return Problem(shown, 0, "file-name", "the file's name is not UTF-8 (its other bytes shown as \\udcXX): "
                       "rename it in UTF-8")
    return None


def parse_bytes(data: bytes, name: str) -> etree._ElementTree:
    if name_problem(name):
        raise InputError([name_problem(name)])
    if len(data) > MAX_XML_BYTES:
        raise InputError([Problem(name, 0, "limit", f"{len(data)} bytes of XML; the limit is {MAX_XML_BYTES}")])
    try:
        root = etree.fromstring(data, _parser(), base_url=name)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (exc.lineno or 0, 0)
        msg = exc.msg.split(f"{name}:")[-1] if exc.msg else "not well-formed"
        if msg.startswith("Excessive depth in document"):
            # libxml2 stops at 256 levels and advises its own option, XML_PARSE_HUGE, which no editor can set (a
            # file nested 10,000 deep, hostile44): the edition's limit, as check_limits words it below 256
            raise InputError([Problem(name, line or 0, "limit", f"elements nested more than {MAX_DEPTH} deep; "
                                      f"the limit is {MAX_DEPTH}")]) from None
        raise InputError([Problem(name, line or 0, "well-formed", f"column {col}: {msg}")]) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise InputError([Problem(name, 1, "well-formed",
                                  "a DOCTYPE declaration is not allowed (entities and DTDs are refused)")])
    check_limits(root, name, data)
    return tree


def check_limits(root, name: str, data: bytes = b"") -> None:
    """Refuse nesting deeper than MAX_DEPTH and text or attribute values longer than MAX_TEXT_CHARS."""
    breach = limit_breach(root, data)
    if breach is not None:
        el, message = breach
        raise InputError([Problem(name, el.sourceline or 0, "limit", message)])


def limit_breach(root, data: bytes = b"") -> tuple[object, str] | None:
    """The first element over a limit (nested too deep, or holding too long a text or attribute value) and
    what is over it, or None: check_limits says it at the element's line; import-tei at its source's line.

    Cheap on ordinary files: the depth is one XPath in libxml2's C code, and the values
    are only looked at when the source has a stretch of more than MAX_TEXT_CHARS bytes
    without a '<' (a text or attribute value cannot be longer than that stretch) or a CDATA section
    (without `data`, a tree built in memory, they are always looked at).
    """
    deep = root.xpath("/".join(["*"] * MAX_DEPTH))   # elements at depth MAX_DEPTH + 1
    if deep:
        return deep[0], f"elements nested more than {MAX_DEPTH} deep; the limit is {MAX_DEPTH}"
    # a CDATA section begins with a '<' but does not end its text: lxml joins the sections and the
    # text around them into one value, however short each run between two '<' is
    if data and b"<![CDATA[" not in data and not long_stretch(data, MAX_TEXT_CHARS):
        return None
    for el in root.iter():
        values = (el.text, el.tail, *el.attrib.values()) if isinstance(el.tag, str) else (el.tail,)
        for value in values:
            if value is not None and len(value) > MAX_TEXT_CHARS:
                return el, f"a text or attribute value of {len(value)} characters; the limit is {MAX_TEXT_CHARS}"
    return None


def long_stretch(data: bytes, limit: int) -> bool:
    """Whether `data` has more than `limit` bytes in a row without a '<'. Such a stretch holds a
    whole window of limit // 2 bytes starting at a multiple of limit // 2, so only a window
    without a '<' (found in C, a few per file) is looked at more closely; splitting every file
    at each '<' made thousands of small strings and was a fifth of parsing a document."""
    step = max(limit // 2, 1)
    for start in range(0, len(data), step):
        if data.find(b"<", start, start + step) == -1:
            return max(map(len, data.split(b"<"))) > limit
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def loads_json(raw: bytes | str):
    """json.loads, with a nesting deeper than the parser goes (a damaged or hostile file of 100,000 '[') a
    ValueError like any other malformed JSON: json raised RecursionError, which the readers of caches and
    data files did not catch, and the command stopped with 'triglot:0: limit: RecursionError', naming no
    file (hostile42). A cache is then made again, a data file refused at its name."""
    import json
    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("nested deeper than a JSON reader goes (arrays or objects thousands deep)") from None


# A folder of many subfolders of files (the web build's cache: docs/, pages/, registers/, data/<digest>/, tens of
# thousands of names at 500 documents) whose files are written through temporaries in one folder of its own,
# STAGING, and renamed into place: a writer killed with SIGKILL leaves its temporary there, where the lock's sweep
# reads one folder (lock.SWEPT), not every subfolder (hostile43: a killed build's '.0001.json.XXXXXXXX.tmp' stayed
# in web-cache/docs/ for good).
STAGED_UNDER = "web-cache"     # (build/web-cache: the folder lock.SWEPT reads)
STAGING = ".staging"


def _staging(folder: Path) -> Path:
    """Where the temporary of a file in `folder` is written: STAGING of the STAGED_UNDER folder it lies in
    (read from the path's names alone: nothing asked of the disk), else `folder` itself."""
    parts = folder.parts
    for i in range(len(parts) - 2, -1, -1):       # (a file of the cache's own folder: its temporary beside it)
        if parts[i] == STAGED_UNDER and i and parts[i - 1] == "build":
            return Path(*parts[:i + 1], STAGING)
    return folder


def atomic_write(path: Path, data: bytes, staged: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder (in a folder of STAGED_UNDER,
    in its STAGING folder, unless not `staged`: a writer that prunes its own folder's temporaries), renamed
    into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging(path.parent) if staged else path.parent
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=staging)
        except FileNotFoundError:
            if staging == path.parent:
                raise
            staging.mkdir(exist_ok=True)       # (the first write of a build: made once, not asked each time)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=staging)
    except OSError as exc:
        exc.filename = str(path)   # a read-only folder: said of the file to write, not of a name never made
        raise
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            # a subfolder on another file system (mounted or linked there): the temporary beside the file
            os.unlink(tmp)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
            os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):
            # a write to the descriptor (a full disk) names no file, a refused rename (an immutable
            # file) the temporary, removed just now: both are said of the file to write
            exc.filename, exc.filename2 = str(path), None
        raise


MAX_SCHEMA_BYTES = 32 * 1024 * 1024   # a schema of the project (tei_all.rng has 1.1 MB)


UNDO = ".triglot-undo"      # in the edition's folder: the old contents of a change being written
BEFORE_KILL = ".triglot-before-kill"   # a file's contents before a killed change, where it was changed since


def write_together(files: dict[Path, bytes | None], journal: Path | None = None,
                   read: dict[Path, str | None] | None = None) -> list[Path]:
    """Write every file through a temporary one (None: remove it); if one fails, put back (or
    remove) those written.

    With `read` (a file's path -> the sha256 of the bytes the new contents were made from, None where
    there was no file), a file
    that no longer holds those bytes is refused (InputError, `changed-meanwhile`) before any file is
    written: the edition's lock keeps out other triglot commands, not an editor's text editor, and a
    save made while the command validated its change was overwritten with a change made from the
    file as it was before (sync-headers, register rename).

    With `journal` (the edition's folder), the old contents are first kept in JOURNAL/.triglot-undo,
    removed once every file is written: a command killed half way (kill -9, a power cut) left some
    files new and some old, a register without an entry its documents still pointed at; the next
    writer to take the edition's lock puts the old ones back (triglot.lock.sweep, restore)."""
    done: list[tuple[Path, bytes | None]] = []
    olds = {path: _old_bytes(path) for path in files}
    moved = [path for path, digest in (read or {}).items()
             if path in files and (olds[path] is NOT_REGULAR or (hashlib.sha256(olds[path]).hexdigest()
                                                                  if olds[path] is not None else None) != digest)]
    if moved:
        raise InputError([Problem(_shown(path, journal), 1, "changed-meanwhile",
                                  "the file was changed while this command ran (an editor saved it, or another "
                                  "program): nothing was written, so that change stands; run the command again")
                          for path in moved])
    strange = [path for path in files if olds[path] is NOT_REGULAR]
    if strange:
        raise InputError([Problem(_shown(path, journal), 0, "read", "not a regular file (a folder, FIFO, socket or "
                                  "device); only regular files are written over") for path in strange])
    changing = {path: data for path, data in files.items() if olds[path] != data}
    linked = [problem for path in changing if (problem := link_problem(path, _shown(path, journal)))]
    if linked:
        raise InputError(linked)
    undo = _keep_undo(Path(journal), {p: (olds[p], changing[p]) for p in changing}) \
        if journal and len(changing) > 1 else None
    try:
        for path, data in changing.items():
            if data is None:
                path.unlink()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(path, data)
            done.append((path, olds[path]))
    except BaseException:
        for path, old in reversed(done):      # if one fails (a full disk), the journal stays for the next writer
            if old is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write(path, old)
        if undo is not None:
            _drop(undo)
        raise
    if undo is not None:
        _drop(undo)
    return [p for p, _ in done]


NOT_REGULAR = object()   # _old_bytes' answer for a FIFO, device or folder


def _old_bytes(path: Path) -> bytes | None | object:
    """What `path` holds before it is written over (None: nothing is there), or NOT_REGULAR.

    Why: a file replaced by a FIFO (or a link to one, or to /dev/zero) between a command's read and
    its write blocked read_bytes() for ever, the edition's lock held; it is opened without blocking
    and checked with fstat, as read_regular does, but with no limit (a PO file may be large)."""
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return NOT_REGULAR
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def link_problem(path: Path, shown: str) -> Problem | None:
    """The refusal to write over a file that is a symbolic link, or None. A file is written by renaming a new
    one into place, which replaces the link and leaves its target as it was: `translations export` over a PO
    file linked from a translator's shared folder wrote the edition's copy, and the translator went on editing
    the linked file, which the edition no longer read (hostile47). A linked folder is written through."""
    if not os.path.islink(path):
        return None
    return Problem(shown, 0, "write", f"a symbolic link (to {os.readlink(path)}): the command writes a file whole and "
                   "renames it into place, which would replace the link and leave the linked file as it was; nothing "
                   "written (link the folder instead of the file, or put the file itself here)")


def _shown(path: Path, root: Path | None) -> str:
    """A file's name from the edition's folder where it is under it, else as given."""
    if root is not None:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not rel.startswith(".."):
            return rel
    return str(path)


def _keep_undo(root: Path, changes: dict[Path, tuple[bytes | None, bytes | None]]) -> Path:
    """ROOT/.triglot-undo holding each file's old contents, and a manifest with the hash of what is
    to be written (only a file still as the command left it is put back), made whole in a scratch
    folder and renamed into place: it exists only complete. Paths are kept as spelt under ROOT
    (a tei/ that is a symlink elsewhere stays tei/…): restore refuses any path out of ROOT."""
    import json
    import shutil
    scratch = None
    try:
        scratch = Path(tempfile.mkdtemp(prefix=UNDO + "-new-", dir=root))
        manifest = []
        for i, (path, (old, new)) in enumerate(changes.items()):
            name = None
            if old is not None:
                name = str(i)
                (scratch / name).write_bytes(old)
            manifest.append([os.path.relpath(os.path.abspath(path), os.path.abspath(root)), name,
                             hashlib.sha256(new).hexdigest() if new is not None else None])
        (scratch / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(scratch, root / UNDO)
    except OSError as exc:
        # a read-only edition folder or a full disk: said of the edition's folder, not of a scratch
        # file no one knows, and with nothing changed yet
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise OSError(exc.errno, f"{exc.strerror or exc}: the old contents of the files to change could not "
                      f"be kept in {UNDO}, so nothing was changed", str(root)) from None
    return root / UNDO


def _drop(undo: Path) -> None:
    """Remove a journal: renamed away first (one step), so a kill while removing it never restores
    a change that was written whole. Renamed onto an empty folder of a name no other has (a
    name from the pid met the half-removed folder of a killed command whose pid had come round)."""
    import shutil
    gone = Path(tempfile.mkdtemp(prefix=UNDO + "-old-", dir=undo.parent))
    os.replace(undo, gone)
    shutil.rmtree(gone, ignore_errors=True)


def restore(root: Path) -> tuple[list[Path], list[Path], dict[Path, Path]]:
    """Put back the files a killed write_together left half-changed (the journal in ROOT/.triglot-undo);
    remove journals left incomplete or already done. Called with the edition's lock held.

    A file is put back only if it is still as the killed command wrote it (or removed, where it
    removed it): one changed since (restored from git, edited by hand) is someone's work and is
    left, and its contents before the killed command are kept under ROOT/.triglot-before-kill (the
    journal goes, and with it the only copy outside git), each under a name of its own
    (`_keep_before_kill`). Returns (files put back, files left because they changed since, the
    copy kept of each of those that existed before).

    The journal is read whole and checked before anything is touched (_read_undo): one that is
    not as write_together makes it (a manifest naming a file outside the edition, an absolute or
    `../` path, a symlink, a file too large, invalid JSON) is refused with InputError and kept, and
    nothing is changed: a planted journal deleted or overwrote files outside the edition."""
    import shutil
    restored, left, kept = [], [], {}
    undo = Path(root) / UNDO
    if os.path.lexists(undo):
        for path, old, written in _read_undo(Path(root), undo):
            now = _digest(path)
            if now == (hashlib.sha256(old).hexdigest() if old is not None else None):
                continue                                   # not reached by the killed command
            if now != written:
                left.append(path)
                if old is not None:     # its contents before the killed command: kept for the editor to compare
                    kept[path] = _keep_before_kill(Path(root), os.path.relpath(path, root), old)
            elif old is None:
                path.unlink()
                restored.append(path)
            else:
                atomic_write(path, old)
                restored.append(path)
        _drop(undo)
    for leftover in Path(root).glob(UNDO + "-*"):      # made but never used, or done but not yet removed
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
    return restored, left, kept


def _keep_before_kill(root: Path, name: str, old: bytes) -> Path:
    """Keep a file's contents before a killed command as ROOT/.triglot-before-kill/NAME, or, where an
    earlier kill's copy (not yet compared) is there with other contents, NAME's stem .2, .3 …: a second
    kill overwrote the first one's copy, the only one of what the file held then. Only through real
    folders of the edition: a .triglot-before-kill that is a link (planted, or left by a copy)
    wrote the copy wherever it led, one that is a file stopped every command with 'Not a directory';
    both are refused before the copy is made, the journal kept (nothing is lost)."""
    folder = root / BEFORE_KILL
    for part in [folder, *(folder / p for p in reversed(Path(name).parents) if str(p) != ".")]:
        if os.path.lexists(part) and (os.path.islink(part) or not os.path.isdir(part)):
            raise InputError([Problem(os.path.relpath(part, root), 0, "undo",
                                      f"not a real folder (a link, or a file): the contents {name} held before a "
                                      f"killed triglot command are kept only in a folder of the edition; move it "
                                      f"away and run the command again (the journal {UNDO} is kept, nothing was "
                                      "lost)")])
    target = folder / name
    n = 1
    while os.path.lexists(target):
        if not os.path.islink(target) and target.is_file() and target.read_bytes() == old:
            return target                                  # that copy is kept already
        n += 1
        target = folder / Path(name).parent / f"{Path(name).stem}.{n}{Path(name).suffix}"
    atomic_write(target, old)
    return target


def _digest(path: Path) -> str | None:
    """The sha256 of a regular file (read in pieces: any size), None if nothing is there, and
    a mark no hash equals for a folder, a symlink or a device (never what write_together left)."""
    if not os.path.lexists(path):
        return None
    if path.is_symlink() or not path.is_file():
        return "not a regular file"
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        for piece in iter(lambda: fh.read(1 << 20), b""):
            sha.update(piece)
    return sha.hexdigest()


def _read_undo(root: Path, undo: Path) -> list[tuple[Path, bytes | None, str | None]]:
    """The journal's (file, old contents, hash written) triples, every one checked; InputError if
    the journal is not one write_together made (it is then kept, and nothing is put back)."""
    import json
    import re

    def damaged(why: str) -> InputError:
        return InputError([Problem(UNDO, 0, "undo", f"the journal a killed triglot command left is damaged or "
                                   f"not triglot's ({why}); nothing was put back or changed. Check the files "
                                   f"of tei/ and translations/ (git status, git diff), then remove {UNDO}")])
    if undo.is_symlink() or not undo.is_dir():
        raise damaged("not a folder")
    try:
        manifest = loads_json(read_regular(undo / "manifest.json", UNDO, MAX_TEXT_BYTES).decode("utf-8"))
    except InputError as exc:
        raise damaged(f"manifest.json: {exc.problems[0].message}") from None
    except ValueError as exc:
        raise damaged(f"manifest.json is not JSON: {exc}") from None
    if not isinstance(manifest, list):
        raise damaged("manifest.json is not a list")
    plan = []
    for entry in manifest:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
                and (entry[1] is None or isinstance(entry[1], str) and re.fullmatch(r"[0-9]+", entry[1]))
                and (entry[2] is None or isinstance(entry[2], str) and re.fullmatch(r"[0-9a-f]{64}", entry[2]))):
            raise damaged(f"an entry not [file, kept copy, hash]: {json.dumps(entry)[:200]}")
        rel, name, written = entry
        path = root / rel
        if not rel or os.path.isabs(rel) or ".." in Path(rel).parts or "\0" in rel:
            raise damaged(f"it names a file outside the edition: {rel[:200]}")
        old = None
        if name is not None:
            kept = undo / name
            if kept.is_symlink():
                raise damaged(f"its copy {name} is a symlink")
            try:
                old = read_regular(kept, f"{UNDO}/{name}", MAX_SCHEMA_BYTES)   # the largest file triglot writes
            except InputError as exc:
                raise damaged(f"its copy {name}: {exc.problems[0].message}") from None
        plan.append((path, old, written))
    return plan


def parse_schema(path: Path) -> etree._ElementTree:
    """A schema or stylesheet file of the project: trusted, but perhaps damaged or missing.

    Read with the same safe parser as the edition (no DTD, entity or network),
    without the edition's size and depth limits; a damaged file is a problem, not a traceback.
    """
    name = str(path)
    data = read_regular(Path(path), name, MAX_SCHEMA_BYTES)
    try:
        return etree.fromstring(data, _parser(), base_url=name).getroottree()
    except etree.XMLSyntaxError as exc:
        raise InputError([Problem(name, exc.lineno or 0, "schema",
                                  f"the schema file is damaged ({exc.msg}); restore it from git or "
                                  "run `triglot schema`")]) from None


def relaxng(path: Path) -> etree.RelaxNG:
    """A RELAX NG schema compiled; InputError naming the file if it is damaged."""
    tree = parse_schema(path)
    try:
        return etree.RelaxNG(tree)
    except etree.RelaxNGParseError as exc:
        raise InputError([Problem(str(path), 0, "schema", f"not a usable RELAX NG schema: {exc}")]) from None
