"""`triglot build [web|print|all]`: validate the edition once, then run the output builders.

The edition is parsed once and handed to every builder. Nothing is built from an
edition that does not validate: the problems are printed and the previous output
stays as it was. Each builder writes into a fresh temporary folder beside
build/<name>/, which is swapped in only when the builder has finished, so a
failure half-way never leaves a half-written site or PDF set behind.
"""
from __future__ import annotations

import contextlib

import errno
import glob
import importlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from triglot.problems import InputError, render

# output name -> module exposing build(edition, out_dir: Path, options) -> None
BUILDERS = {"web": "triglot.web.builder", "print": "triglot.print.builder"}
# `all` builds print first so the web edition can link the PDFs.
ORDER = ("print", "web")


@dataclass
class BuildOptions:
    """What every builder may need besides the edition."""
    root: Path
    build_dir: Path
    languages: list[str] | None = None   # print: the books to make ("en-ru", "en,ru,hy"); None = defaults
    warnings: list[str] = field(default_factory=list)
    # what a builder takes from the output its build replaced, once the new one is published (publish's
    # `salvage`): set by the builder while it builds, for that build only
    salvage: Callable[[Path], None] | None = None

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        print(f"warning: {message}", file=sys.stderr)

    def output(self, name: str) -> Path:
        """The published folder of another output (e.g. web links build/print/)."""
        return self.build_dir / name


def add_arguments(parser) -> None:
    parser.add_argument("target", nargs="?", default="all", choices=(*BUILDERS, "all"),
                        help="which output to build (default: all)")
    parser.add_argument("--out", help="build folder (default: <project>/build)")
    parser.add_argument("--languages", action="append", metavar="LANGS",
                        help="print: make this book (its languages, the base language first) instead of those of "
                             "print.books in triglot.toml (default: the base text with each translation, "
                             "then with all); repeatable, e.g. --languages en-tr --languages en,ru,hy,tr")


def run(args, root: Path) -> int:
    build_dir = Path(args.out).resolve() if args.out else root / "build"
    targets = list(ORDER) if args.target == "all" else [args.target]
    try:
        build(root, targets, build_dir, languages=args.languages)
    except InputError as exc:
        problems = list(dict.fromkeys(exc.problems))   # one cause met by several steps is said once
        print(render(problems), file=sys.stderr)
        print(f"build stopped: {len(problems)} problem(s); previous output left unchanged",
              file=sys.stderr)
        return 1
    return 0


def load_valid(root: Path, cache: bool = False, read: dict | None = None):
    """The edition, parsed once; InputError with every problem if it does not validate.

    Each file's own checks come from the validation cache when the file is unchanged
    (as for `triglot validate`), so a rebuild after one edit validates one file; with `cache`
    such a file is not even parsed until something needs its tree (edition.Unparsed). `read`: the
    TEI files' bytes a web build's stamp read (edition.load)."""
    from triglot.edition import load
    kept, memory = None, {}
    if cache:     # a document unchanged since it was validated is not parsed unless its tree is needed
        from triglot.settings import load as load_settings
        from triglot.validate.cache import Cache
        settings = load_settings(root)
        kept = Cache(root, settings, True, True, memory).kept_facts
        edition = load(root, settings=settings, kept=kept, read=read)
    else:
        edition = load(root, read=read)
    problems = list(edition.problems)
    if not problems:
        from triglot.validate import validate
        problems = list(validate(edition, cache=cache, memory=memory))
    if problems:
        raise InputError(problems)
    return edition


def build(root: Path, targets: list[str], build_dir: Path | None = None, edition=None,
          languages: list[str] | None = None) -> BuildOptions:
    """Build `targets` in order from one validated edition."""
    if languages and "print" in targets:
        from triglot.print.builder import parse_books
        from triglot.settings import load as load_settings
        parse_books(languages, load_settings(root))  # a bad --languages stops the build before anything is made
    build_dir = build_dir or root / "build"
    options = BuildOptions(root=root, build_dir=build_dir, languages=languages)
    # The validation cache lives in the edition's build/ (validate/cache.py): used only when
    # building there, so that `--out` elsewhere leaves the edition's folder as it was.
    # The edition is parsed and validated when the first target needs it: a web build whose
    # inputs are those of the site already published (web/stamp.py) needs nothing.
    loaded = [edition]
    read: dict = {}     # the TEI files' bytes the web stamp read, parsed as they are (edition.load)

    def valid():
        if loaded[0] is None:
            loaded[0] = load_valid(root, cache=build_dir == root / "build", read=read)
            read.clear()
        return loaded[0]

    if any(name != "web" for name in targets):
        valid()       # nothing is built from an edition that does not validate, whichever target is first
    for name in targets:
        final = options.build_dir / name
        stamp = _web_stamp(root, options, final) if name == "web" and edition is None else None
        if stamp is not None and stamp.skip():
            print(f"built {name}: {final} (inputs unchanged since the last build: nothing to do)")
            continue
        if stamp is not None and loaded[0] is None:
            read.update(stamp.read)
        if stamp is not None:
            stamp.read = {}
        # imported only when it builds: the web builder's imports (ICU, Babel, the search) were most
        # of a `triglot build web` that found nothing changed
        builder = importlib.import_module(BUILDERS[name])
        ed = valid()
        replaced = getattr(builder, "REPLACED", None)    # where the replaced output is removed meanwhile
        options.salvage = None
        publish(final, lambda out: builder.build(ed, out, options),
                replaced=options.build_dir / replaced if replaced else None,
                salvage=lambda old: options.salvage(old) if options.salvage else None)
        options.salvage = None
        if stamp is not None:
            stamp.done()
        print(f"built {name}: {final}")
    return options


def _web_stamp(root: Path, options: BuildOptions, final: Path):
    from triglot.web.stamp import WebStamp
    return WebStamp(root, options, final)


def publish(final: Path, write, replaced: Path | None = None, salvage=None) -> None:
    """Run `write(tmp)` into a fresh folder, then put it in place of `final` in one atomic step.

    The new folder and the published one are exchanged with renameat2(RENAME_EXCHANGE),
    so `final` is at every moment either the whole old output or the whole new one;
    the old one, now in the temporary's place, is then removed. A kill at any point
    leaves only a `.NAME.new.*` folder, removed by the next run (callers hold the
    edition lock, so no other writer is using it).

    With `replaced` (a folder of the output's cache, on the same file system), the old
    output is moved there and removed by a process of its own, so the command does not
    wait for it: removing a large site's tens of thousands of files took seconds of a
    one-edit rebuild. Whatever a killed removal leaves there is removed by the next run.

    `salvage(old)` is called with the old output, no longer published, before it is removed:
    what it moves out of it (the web's kept search bundles) is then not removed.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    if os.path.islink(final):
        # a link to a folder elsewhere (a web server's): the exchange swapped the link itself for the
        # new folder, so the folder it pointed at was never updated again, and the link was left as a
        # hidden .NAME.new.* beside it; the output is replaced whole, never written through a link
        from triglot.problems import Problem
        raise InputError([Problem(str(final), 0, "output",
                                  f"a symbolic link (to {os.readlink(final)}), where the output folder goes: "
                                  "the output is replaced whole, not written through a link; remove the link "
                                  "(and copy or link the built folder where it is served), then run again; "
                                  "nothing was written")])
    if os.path.lexists(final) and not os.path.isdir(final):
        # a file where the output folder goes: the exchange would move it to a hidden name and
        # leave it there, so it is named and left as it is
        raise NotADirectoryError(errno.ENOTDIR, "not a folder, where the output folder goes: move it "
                                 "away or remove it, then run again", str(final))
    clean_leftovers(final, replaced)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.new.", dir=final.parent))
    try:
        write(tmp)
        os.chmod(tmp, 0o755)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not os.path.lexists(final):
        os.rename(tmp, final)
        return
    if _exchange(tmp, final):
        _salvage(salvage, tmp)    # tmp now holds the old output
        _discard(tmp, replaced)
        return
    # No atomic exchange on this system or file system: two renames; a kill between
    # them leaves .NAME.old, which the next run puts back (clean_leftovers).
    old = final.with_name(f".{final.name}.old")
    os.replace(final, old)
    os.replace(tmp, final)
    _salvage(salvage, old)
    _discard(old, replaced)


def _salvage(salvage, old: Path) -> None:
    """Let the builder take what it keeps from the replaced output; a failure there only costs the
    next build time (the new output is published already)."""
    if salvage is not None:
        with contextlib.suppress(OSError):   # the next build links what it keeps instead
            salvage(old)


def clean_leftovers(final: Path, replaced: Path | None = None) -> None:
    """Remove what killed runs left beside `final`; restore `final` from .NAME.old if a swap was cut.
    Old outputs left in `replaced` (a removal killed, or still running) are removed meanwhile."""
    old = final.with_name(f".{final.name}.old")
    if old.is_dir() and not old.is_symlink():
        if not os.path.lexists(final):
            os.rename(old, final)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for leftover in final.parent.glob(f".{glob.escape(final.name)}.new.*"):
        if leftover.is_symlink():
            leftover.unlink()          # the link itself, never what it points at
        elif leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
    if replaced is not None and replaced.is_dir() and not replaced.is_symlink():
        for entry in replaced.iterdir():
            running = _REMOVING.get(str(entry))
            if running is None or running.poll() is not None:
                _remove_meanwhile(entry)


# path -> the process removing it (a long-running `serve --watch` does not start a second one)
_REMOVING: dict = {}


def _discard(old: Path, replaced: Path | None) -> None:
    """Remove a replaced output: moved into `replaced` and removed by a process of its own, or here."""
    if replaced is not None:
        try:
            replaced.mkdir(parents=True, exist_ok=True)
            moved = Path(tempfile.mkdtemp(prefix="old.", dir=replaced))
            os.replace(old, moved)        # over the empty folder just made (same file system)
        except OSError:
            pass                          # not movable there: removed here
        else:
            if _remove_meanwhile(moved):
                return
            old = moved
    shutil.rmtree(old, ignore_errors=True)


def _remove_meanwhile(path: Path) -> bool:
    """Start `rm -rf path` in a session of its own at low priority (a Ctrl-C of the command does not
    stop it; a kill leaves the rest for the next run); False when it cannot be started."""
    import subprocess
    rm, nice = shutil.which("rm"), shutil.which("nice")
    if rm is None or not path.is_dir() or path.is_symlink():
        return False
    try:
        process = subprocess.Popen([*([nice, "-n", "19"] if nice else []), rm, "-rf", "--", str(path)],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)
    except OSError:
        return False
    _REMOVING[str(path)] = process
    for name, other in list(_REMOVING.items()):
        if other.poll() is not None:       # finished: reaped, forgotten
            del _REMOVING[name]
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where that is not supported."""
    import ctypes
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))
