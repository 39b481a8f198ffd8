"""`triglot serve --watch`: rebuild what changed when the editor saves, and reload the page.

An editor edits a TEI file, a register, the settings or a translation file and looks
at the result. The watcher polls the edition's sources (polling works on every file
system and in containers, where inotify events may not arrive), waits until the saves
have settled, and then:

- a TEI file, register, seed, stylesheet or the settings changed: `build web`, which
  revalidates only the changed files (validation cache) and re-renders only the pages
  whose inputs changed (page cache);
- a translation file (.po/.xlf) changed: the checks of `translations import --check`,
  so a broken entry is shown at its line; the site changes when the file is imported.

Every outcome is a numbered state the preview's pages ask for (/__triglot/status):
the page reloads when a build succeeded (`site` counts them) and shows the problems,
each as `file:line: rule: message`, over the page while there are any. The terminal
prints the same lines. A failed build leaves the previous site in place (the build's
rule), and the page says so (`stale`) until a build succeeds.

The problems shown are those of the last build and, for each translation file, of its
last check: a save of one kind never hides the other kind's problems (a clean PO file
saved after a broken TEI file is no rebuilt site), and a file's problems stay until it
is checked clean (after a build too: a TEI edit can resolve a stale entry).
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

POLL_SECONDS = 0.5
SETTLE_SECONDS = 0.3
SOURCE_SUFFIXES = {".xml", ".txt", ".toml", ".xsl", ".po", ".pot", ".xlf", ".xliff", ".rng", ".sch", ".tsv"}
SOURCE_DIRS = ("tei", "seeds", "translations", "xslt")
TRANSLATION_SUFFIXES = {".po", ".xlf", ".xliff"}   # import reads both XLIFF suffixes


@dataclass
class State:
    """What the preview's pages learn from /__triglot/status."""
    version: int = 0
    building: bool = False
    problems: list[str] = field(default_factory=list)
    message: str = ""
    site: int = 0          # successful builds: a page reloads when this changes
    stale: bool = False    # the last build failed: the site served is an earlier one
    lock: threading.Lock = field(default_factory=threading.Lock)

    def as_json(self) -> dict:
        with self.lock:
            return {"version": self.version, "building": self.building, "problems": list(self.problems),
                    "message": self.message, "site": self.site, "stale": self.stale}

    def update(self, **values) -> None:
        with self.lock:
            for key, value in values.items():
                setattr(self, key, value)


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """path -> (size, mtime in ns) of every source file the site is made from."""
    out = {}
    candidates = [root / "triglot.toml"]
    for name in SOURCE_DIRS:
        folder = root / name
        if folder.is_dir():
            candidates += [p for p in folder.rglob("*") if p.suffix in SOURCE_SUFFIXES]
    for path in candidates:
        try:
            st = path.stat()
        except OSError:
            continue     # removed between the listing and now: the next poll sees it gone
        if path.is_file():
            out[str(path.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def changed(before: dict, after: dict) -> list[str]:
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


class Watcher(threading.Thread):
    """Polls the sources and rebuilds on change; one build at a time, in this thread."""

    def __init__(self, root: Path, state: State, out=sys.stdout):
        super().__init__(daemon=True, name="triglot-watch")
        self.root = Path(root)
        self.state = state
        self.out = out
        self.stopped = threading.Event()
        self.seen = snapshot(self.root)
        self.build_problems: list[str] = []
        self.file_problems: dict[str, list[str]] = {}   # translation file -> problems of its last check

    def run(self) -> None:
        while not self.stopped.wait(POLL_SECONDS):
            try:
                self.poll()
            except Exception as exc:   # noqa: BLE001 - an uncaught error ended the thread: the watching
                self.say(f"{type(exc).__name__}: {exc}; watching on", err=True)

    def poll(self) -> None:
        """One look at the sources. A listing that fails (a folder removed while pathlib reads it:
        rglob raises FileNotFoundError) skips this look; it ended the thread, and the watching."""
        try:
            now = snapshot(self.root)
            if now == self.seen:
                return
            time.sleep(SETTLE_SECONDS)          # an editor's save may be several writes
            now = snapshot(self.root)
        except OSError as exc:
            self.say(f"could not list the sources ({exc}); looking again", err=True)
            return
        paths, self.seen = changed(self.seen, now), now
        self.react(paths)

    def stop(self) -> None:
        self.stopped.set()

    def first_build(self) -> None:
        """The build `serve --watch` starts with; its problems are the page's until a save fixes them."""
        self.react([], build=True, announce=False)

    def react(self, paths: list[str], build: bool = False, announce: bool = True) -> None:
        translations = [p for p in paths if Path(p).suffix in TRANSLATION_SUFFIXES]
        sources = [p for p in paths if p not in translations and not p.startswith("translations/ui/")
                   or p.startswith("translations/ui/") and p.endswith(".po")]
        if announce:
            self.say(f"changed: {', '.join(paths)}")
        self.state.update(building=True, message="building")
        rebuilt = False
        if sources or build:
            try:
                self.build_problems = self.rebuild()
            except Exception as exc:   # the preview must go on: report it like any other problem
                self.build_problems = [f"{type(exc).__name__}: {exc}"]
            rebuilt = not self.build_problems
            if rebuilt:        # the files still failing may pass against the new TEI
                translations = sorted(set(translations) | {p for p, found in self.file_problems.items() if found})
        if translations:
            self.check_each(translations)
        problems = list(dict.fromkeys(   # one line for a TEI problem both the build and a file's check met
            self.build_problems + [p for path in sorted(self.file_problems) for p in self.file_problems[path]]))
        self.state.update(version=self.state.version + 1, building=False, problems=problems,
                          site=self.state.site + rebuilt, stale=bool(self.build_problems),
                          message="problems" if problems else "rebuilt")
        for line in problems:
            self.say(line, err=True)
        if self.build_problems:
            self.say(f"{len(problems)} problem(s); the previous site is shown")
        else:
            self.say(("site rebuilt" if rebuilt else "translation files checked")
                     + (f"; {len(problems)} problem(s) in translation files" if problems else ""))

    def check_each(self, paths: list[str]) -> None:
        """Check each translation file on its own, so its problems are replaced by its next check."""
        for path in paths:
            try:
                self.file_problems[path] = self.check_translations([path])
            except Exception as exc:   # noqa: BLE001 - the preview must go on
                self.file_problems[path] = [f"{path}: {type(exc).__name__}: {exc}"]
            if not self.file_problems[path]:
                del self.file_problems[path]

    def rebuild(self) -> list[str]:
        from triglot.build import build
        from triglot.lock import edition_lock
        from triglot.problems import InputError
        try:
            with edition_lock(self.root, "serve --watch"):
                build(self.root, ["web"])
        except InputError as exc:
            return [str(p) for p in exc.problems]
        return []

    def check_translations(self, paths: list[str]) -> list[str]:
        from triglot.edition import load
        from triglot.problems import InputError
        from triglot.translate.importer import import_files
        files = [self.root / p for p in paths if (self.root / p).is_file()]
        if not files:
            return []
        try:
            edition = load(self.root)
            problems = edition.problems + edition.shape_problems()
            if problems:   # as `translations import` does: checked against the rest, a file would have "no document"
                return [str(p) for p in problems]
            result = import_files(edition, files, write=False)
        except InputError as exc:
            return [str(p) for p in exc.problems]
        return [str(p) for p in result.problems]

    def say(self, line: str, err: bool = False) -> None:
        """Print a line; a file name of bytes that are not UTF-8 (held as lone surrogates) is shown
        escaped: printed as it was to a strict UTF-8 terminal, it ended the watching thread."""
        line = line.encode("utf-8", "backslashreplace").decode("utf-8")
        print(f"watch: {line}", file=sys.stderr if err else self.out, flush=True)


LIVE_JS = Path(__file__).with_name("live.js")   # beside, not in static/: never copied into the site
