"""The `triglot` command: parses arguments and hands over to one module.

Each subcommand lives in the module named in COMMANDS, imported only when run,
so `triglot validate` never pays for WeasyPrint or Saxon. A command module
provides `add_arguments(parser)` and `run(args, root) -> int`.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import shutil
import signal
import sys

from triglot import STARTING_INTERRUPTED, STOPPING, __version__, how_stopped, stopped_status
from pathlib import Path

from triglot.problems import InputError, Problem

# Commands that run without an edition's settings.
NO_EDITION = {"new"}

# name -> (module, one-line help)
COMMANDS = {
    "validate": ("triglot.validate.command", "check the edition: TEI P5 schema and Schematron, references, slots, dates, fidelity to the seeds"),
    "export": ("triglot.library.command", "write build/export/ for libraries: TEI corpus, Dublin Core, CMIF, BagIt 1.0 bag"),
    "schema": ("triglot.schema.command", "regenerate the project schema (a subset of tei_all) after using a new TEI element"),
    "build": ("triglot.build", "build the outputs (web, print or all) from the validated edition into build/"),
    "serve": ("triglot.web.serve", "preview the built web edition on http://127.0.0.1 (no server code needed in production)"),
    "translations": ("triglot.translate.command", "translators' workflow: export PO files, import them into the TEI slots, show status"),
    "encode": ("triglot.editor.encode_command", "turn a plain-text seed into a new TEI document skeleton with proposed markup"),
    "import-tei": ("triglot.editor.import_tei_command", "bring another project's TEI file into the edition: the file kept as its seed, its body as blocks, its names pointed at the registers"),
    "check": ("triglot.editor.check_command", "editorial lint: untagged names, unused register entries, untranslated slots, date values"),
    "retag": ("triglot.editor.retag_command", "propose markup in a document's untagged text (after new register entries), never touching the editors' markup"),
    "sync-headers": ("triglot.editor.header_sync_command", "bring every header into line with triglot.toml: publisher, licence, editors (a document's own licence is kept)"),
    "register": ("triglot.editor.register_command", "add, show, list, rename or merge register entries (every pointer follows); look places up in GeoNames"),
    "bench": ("triglot.bench", "measure validation and builds on this machine"),
    "new": ("triglot.new", "start a new parallel edition in DIR: settings, empty registers, schemas, catalogs"),
}

# Commands that write (the edition, translations/ or build/) take the edition's lock: one at a
# time per edition. --check and --dry-run write nothing, and so never wait.
WRITERS = {"build", "export", "encode", "import-tei", "retag", "schema", "sync-headers"}
WRITING_ACTIONS = {"translations": {"export", "import", "add-language", "tmx"}, "register": {"add", "rename", "merge", "variant"}}

DESCRIPTION = """\
Triglot builds a parallel TEI edition: base texts with aligned translations in the
languages its triglot.toml names (`triglot new DIR` starts one).

Start with `triglot validate` after every edit of tei/*.xml; `triglot <command> --help`
explains each command. All commands work from anywhere inside the edition folder.
"""


def edition_root(path: Path) -> Path:
    """`--root PATH`: it must be an edition folder (one holding triglot.toml)."""
    from triglot.settings import FILE
    if not (path / FILE).is_file():
        raise InputError([Problem(str(path), 0, "edition",
                                  f"not a Triglot edition: no {FILE} in this folder "
                                  "(create one with `triglot new DIR`)")])
    return path


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose own output on standard output (--help, --version) fails as the
    command's lines do when it cannot be written.

    Why: argparse writes them through `_print_message`, which drops any OSError, so `triglot --help
    >&-` and `triglot --version >&-` exited 0 with their text lost, where `triglot check >&-` says
    so and exits 1. Its messages on standard error (usage errors) are still dropped unwritten: with
    that closed there is nobody left to tell. Subcommands' parsers are made of this class too."""

    def _print_message(self, message, file=None):
        if message and file is not None and file is sys.stdout:
            file.write(message)
            return
        super()._print_message(message, file)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = Parser(
        prog="triglot", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"triglot {__version__}")
    parser.add_argument("--root", help="project folder (default: found from the current folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if name == command:
            importlib.import_module(module).add_arguments(sp)
    return parser


def main(argv: list[str] | None = None) -> int:
    whole_process = argv is None      # the `triglot` command itself, not a caller in its process
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if a in COMMANDS), None)
    try:
        parser = build_parser(command)      # imports the command's module (lxml, Saxon): a Ctrl-C lands here too
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 2
    except KeyboardInterrupt as exc:
        with contextlib.suppress(OSError):     # a closed terminal's SIGHUP: nobody to tell
            print(STARTING_INTERRUPTED.replace("Ctrl-C", how_stopped(exc)), file=sys.stderr)
        return stopped_status(exc)
    except BrokenPipeError:     # `triglot --help | head -1`
        return _reader_gone()
    except OSError as exc:      # `triglot --help >&-`: its text could not be written
        with contextlib.suppress(OSError):
            print(Problem("triglot", 0, "os", exc.strerror or str(exc)), file=sys.stderr)
        return 1
    try:
        root = None
        if args.command not in NO_EDITION:
            root = project_root(args.root)
            from triglot.settings import load
            load(root)   # bad settings stop every command here, with file, line and key
        module = importlib.import_module(COMMANDS[args.command][0])
        if writes(args):
            from triglot.lock import edition_lock
            with edition_lock(root, " ".join(argv)):
                return int(module.run(args, root) or 0)
        return int(module.run(args, root) or 0)
    except InputError as exc:
        print(exc, file=sys.stderr)
        return refusal_status(args)
    except ModuleNotFoundError as exc:
        if not exc.name or exc.name.split(".")[0] == "triglot":
            raise                               # a module of the toolkit itself: a bug, not the set-up
        print(missing_dependency(exc.name, args.command), file=sys.stderr)
        return refusal_status(args)
    except KeyboardInterrupt as exc:
        # the command is ending: a Ctrl-C delivered late (one held back while workers started)
        # or a second one must not raise again while the interpreter joins its threads, which
        # printed "Exception ignored in: <module 'threading'>" and a traceback after the line
        # (nor a second SIGTERM or SIGHUP, which stop it as a Ctrl-C does: triglot.Stopped)
        if whole_process:
            with contextlib.suppress(ValueError):    # not the main thread
                for signum in (signal.SIGINT, *(getattr(signal, name) for name in STOPPING if hasattr(signal, name))):
                    signal.signal(signum, signal.SIG_IGN)
        # a Ctrl-C: one line, not silence (a watch ends so by design: it says nothing)
        if not getattr(args, "watch", False):
            with contextlib.suppress(OSError):     # a closed terminal's SIGHUP: nobody to tell
                print(Problem("triglot", 0, "interrupted", f"`triglot {args.command}` stopped by {how_stopped(exc)} "
                              "before it finished; the files it writes are left as they were or written whole"),
                      file=sys.stderr)
        return stopped_status(exc)
    except BrokenPipeError:
        return _reader_gone()
    except shutil.Error as exc:   # a folder copied in part: its first failure, not the list of all
        failures = exc.args[0] if exc.args and isinstance(exc.args[0], list) else []
        _, target, why = failures[0] if failures and len(failures[0]) == 3 else ("", "triglot", str(exc))
        print(Problem(target, 0, "os", re.sub(r":\s*'[^']*'$", "", re.sub(r"^\[Errno \d+\] ", "", str(why)))),
              file=sys.stderr)
        return refusal_status(args)
    except OSError as exc:   # disk full, permission denied, a folder where a file was expected
        print(Problem(exc.filename or "triglot", 0, "os", exc.strerror or str(exc)), file=sys.stderr)
        return refusal_status(args)
    except _broken_executor():   # a worker process killed (by a user, or by the kernel when memory ran out)
        print(Problem("triglot", 0, "worker", "a worker process ended before its work was done (killed, or out "
                      "of memory); the command stopped without publishing its result: run it again"),
              file=sys.stderr)
        return refusal_status(args)
    except (MemoryError, RecursionError) as exc:
        print(Problem("triglot", 0, "limit", f"{type(exc).__name__}: the input is too large or too deep"),
              file=sys.stderr)
        return refusal_status(args)


def _reader_gone() -> int:
    """The reader went away (`triglot register list | head`): stop quietly, as Unix tools do, with
    the status a shell gives for SIGPIPE, and leave the closed stdout alone so that exiting does not
    report it a second time."""
    with contextlib.suppress(OSError, ValueError):   # no stdout to redirect: nothing left to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 141


def refusal_status(args) -> int:
    """The exit status of a refused command: 1, or what its module's `refusal_status(args)` says (a
    --check whose 1 already means "would change" must give a refusal another code)."""
    module = sys.modules.get(COMMANDS.get(args.command, ("",))[0])
    status = getattr(module, "refusal_status", None)
    return int(status(args)) if status else 1


# Import names whose distribution on PyPI is called otherwise.
DISTRIBUTIONS = {"icu": "pyicu"}


def missing_dependency(module: str, command: str) -> Problem:
    """One line for an optional dependency that is not installed: which extra of the
    package's own metadata brings it (pip install 'triglot[EXTRA]')."""
    import re
    from importlib import metadata
    top = module.split(".")[0]
    dist = DISTRIBUTIONS.get(top, top).lower().replace("_", "-")
    extras = []
    try:
        for req in metadata.requires("triglot") or []:
            name = re.match(r"[A-Za-z0-9._-]+", req).group().lower().replace("_", "-")
            extra = re.search(r"extra\s*==\s*[\"']([^\"']+)", req)
            if name == dist and extra and extra.group(1) != "test":
                extras.append(extra.group(1))
    except metadata.PackageNotFoundError:
        extras = []     # run from a source tree without installed metadata: name the distribution alone
    how = f"pip install 'triglot[{extras[0]}]'" if extras else f"pip install {dist}"
    return Problem("triglot", 0, "dependency", f"`triglot {command}` needs {dist} (Python module {top!r}), "
                                               f"which is not installed: {how}")


def writes(args) -> bool:
    """Whether the command changes the edition or build/, and so takes the edition's lock."""
    if getattr(args, "dry_run", False) or getattr(args, "check", False):
        return False
    if args.command in WRITING_ACTIONS:
        return args.action in WRITING_ACTIONS[args.command]
    return args.command in WRITERS


class _NoPool(Exception):
    """Raised by nothing: the error a pool that was never made cannot have."""


def _broken_executor() -> type:
    """concurrent.futures' BrokenExecutor, or, when no pool was made (the module was never imported),
    an error nothing raises. An except clause's class is looked up only when an error reaches it: a
    run without workers (one edit, a small edition) does not import concurrent.futures and logging
    with it, a twentieth of `triglot validate`'s imports."""
    futures = sys.modules.get("concurrent.futures")
    return futures.BrokenExecutor if futures is not None else _NoPool


def project_root(given: str | None):
    """The edition folder: --root if given (it must hold triglot.toml), else the nearest one above."""
    from triglot.settings import find_root
    return edition_root(Path(given).resolve()) if given else find_root()
