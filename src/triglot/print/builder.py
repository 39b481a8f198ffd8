"""`triglot build print`: one parallel-text PDF per book under build/print/.

A book is laid out in parts, never whole (print.parts, print.join): groups of documents
of the body, each in a worker process; then the back matter, whose chronology and
indexes take their page numbers from where the body's anchors fell; then the front
matter with the contents (in parts too), and the running heads and folios of the body; the parts
are joined into one tagged PDF as they come, the body's while the back matter is laid out. The
steps of all books run together on every core, the longest chain of parts first.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import os
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, wait
from dataclasses import dataclass
from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID

LOG = logging.getLogger(__name__)


def stylesheet_path(root: Path) -> Path:
    """The edition's own xslt/print.xsl if it has one, else the toolkit's."""
    from triglot.resources import find
    return find(root, "xslt/print.xsl")


@dataclass
class BookResult:
    langs: tuple[str, ...]
    path: Path
    pages: int
    seconds: float
    phases: dict = None      # step -> (parts, pages, CPU seconds of the processes that ran it): where a page's CPU goes


def parse_books(specs, settings) -> list[tuple[str, ...]]:
    """Books from `--languages` values such as "en-ru" or "en,ru,hy" (the base language always first)."""
    from triglot.i18n import language_name
    base, known = settings.base, settings.languages
    books = []
    for spec in specs:
        langs = tuple(x for x in spec.replace(",", "-").replace("+", "-").split("-") if x)
        unknown = [x for x in langs if x not in known]
        if unknown or len(set(langs)) != len(langs) or not langs:
            raise InputError([Problem("--languages", 0, "print",
                                      f"{spec!r}: languages are {', '.join(known)}, each at most once")])
        if base in langs:
            langs = (base,) + tuple(x for x in langs if x != base)
        else:
            raise InputError([Problem("--languages", 0, "print",
                                      f"{spec!r}: every book prints the {language_name(base, 'en')} base text "
                                      f"beside its translations; add {base}")])
        books.append(langs)
    return books


def book_file(langs, settings) -> str:
    return f"{settings.name}-{'-'.join(langs)}.pdf"


def book_languages(name: str, settings) -> tuple[str, ...] | None:
    """The languages of a book from its file name (the inverse of book_file), None if not a book."""
    prefix = f"{settings.name}-"
    if not (name.startswith(prefix) and name.endswith(".pdf")):
        return None
    langs = tuple(name[len(prefix):-len(".pdf")].split("-"))
    ok = langs and all(x in settings.languages for x in langs) and book_file(langs, settings) == name
    return langs if ok else None


def build(edition, out_dir: Path, options=None) -> list[BookResult]:
    """Write every book's PDF into `out_dir`; returns what was made and how long it took.

    Every book is made of parts laid out on their own (print.parts), on every core: the
    body of all books, a group of documents at a time; then each book at its own pace
    (finish_book): the back matter, numbered on from the body, its pages read from the
    body's anchors, a part at a time (while the body's running heads and folios are laid
    out); the front matter (contents); then the book joined, a part at a time (print.join).
    Memory is that of the largest part, time grows with the pages."""
    specs = getattr(options, "languages", None) if options is not None else None
    books = parse_books(specs, edition.settings) if specs else list(edition.settings.books)
    import weasyprint  # noqa: F401  (here, not in a worker: a missing print extra is then named in one line)
    from triglot.print import fonts
    unprintable = fonts.missing(lang for langs in books for lang in langs)
    if unprintable:
        raise InputError(unprintable)
    if options is not None and hasattr(options, "warn"):
        for lang in dict.fromkeys(lang for langs in books for lang in langs):
            _warn_borrowed_strings(edition, lang, options.warn)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    # the parts are written inside the output folder: a killed build leaves them in the
    # unpublished folder that the next run removes (build.publish)
    with tempfile.TemporaryDirectory(prefix=".parts-", dir=out_dir) as tmp, Workers() as run:
        plans = [BookPlan(edition, langs, Path(tmp)) for langs in books]
        body = run((task for plan in plans for task in plan.body_tasks()), step="body")
        for plan in plans:
            plan.body, body = body[:len(plan.groups)], body[len(plan.groups):]
        # the furniture needs only the body's pages: laid out while the back matter is
        furniture = [[run.submit(task) for task in plan.furniture_tasks()] for plan in plans]
        joined = run.drive([finish_book(plan, pending, out_dir) for plan, pending in zip(plans, furniture)])
    return [BookResult(plan.langs, out_dir / book_file(plan.langs, edition.settings), pages, seconds + plan.seconds(),
                       plan.phases(cpu))
            for plan, (pages, seconds, cpu) in zip(plans, joined)]


def _warn_borrowed_strings(edition, lang: str, warn) -> None:
    """Say so when a book column's language has no print catalog and takes another language's
    strings (book.strings_lang): the web build names a missing interface catalog and stops, the
    print build was silent, and a German column said "Not yet translated" in English."""
    from triglot import i18n
    from triglot.print.book import strings_lang
    said_in = strings_lang(edition, lang)
    if said_in == lang:
        return
    from triglot.resources import find
    own = f"translations/ui/{lang}/LC_MESSAGES/print.po"
    template = find(edition.root, "translations/ui/print.pot")
    warn(f"{own}:0: catalog: no 'print' catalog for {lang!r}: the books' {i18n.language_name(lang, 'en')} "
         f"columns and indexes are labelled in {i18n.language_name(said_in, 'en')}; translate one, begun with "
         f"`msginit --no-translator -l {lang} -i {template} -o {own}`")


# The most documents' TEI, in bytes, laid out together in one part when the largest
# document is smaller: fewer, larger parts share their fonts and start-up costs.
PART_BYTES = 256 * 1024
# The most rows of the back matter (chronology events, index entries), in bytes of
# print.xsl's input, laid out in one part: a table lays out denser than the body's text.
BACK_PART_BYTES = 64 * 1024
# The most lines of the contents, in bytes of print.xsl's input, laid out in one part of
# the front matter (a table, like the back matter's): the contents of 500 documents is not one part.
CONTENTS_PART_BYTES = 64 * 1024
# Body pages whose running heads and folios are laid out in one part (even: a part begins on a recto).
FURNITURE_PAGES = 256


def finish_book(plan, furniture: list, out_dir: Path):
    """The steps of one book after its body, as a generator that Workers.drive runs: it
    yields a part's task (or a function and its argument, or a result already pending) and
    is sent the result. The back matter's parts are laid out side by side, as the body's
    are: none knows where it begins (its margins, running heads and folios are the join's,
    print.parts), and a part that must begin on a recto is given a blank page before it
    when it would not (BookPlan.back_placed); then the furniture of the back's pages, and the front matter, its contents cut into parts (book.front_pieces) numbered
    on from one another, the last ending on a verso so that the body begins on a recto;
    then the join's last step. The join goes on in steps beside the layout (print.join): the body's
    parts are copied into the book while the back matter is laid out, the back's while the front
    is, and only the front's are left when the front is made (at 100 times the edition the join,
    one process copying every part after the last was laid out, was the build's last minute, on
    one core). The contents' parts whose lines are all of the body (all but the last, the only
    one that can list the back matter) do not wait for the back: they are laid out in a chain beside
    the back's (a 100-times book's eight contents parts one after another left a core idle for
    seven parts' time). Books go on side by side, each at its own pace: one book's part never
    waits for another book's (with steps taken in rounds, a round of three books' parts
    on two cores left a core idle for a part's time)."""
    started = time.perf_counter()
    plan.start_back()
    # each section's parts one after another (a part begins with the rows the one before carried),
    # the sections side by side, and beside them the contents' parts that list only the body, and
    # the body joined (its pages' margins and running heads are the body's furniture)
    early = plan.early_front()
    chains = yield [Chain(plan.join_body(furniture))] + plan.back_chains() + ([early] if early else [])
    book, chains = chains[0], chains[1:]
    plan.back = [part for chain in chains[:len(chains) - bool(early)] for part in chain]
    plan.place_back()
    back = time.perf_counter()
    back_furniture = yield Start(plan.back_furniture_tasks())     # laid out while the front is
    [joining] = yield Start([Chain(plan.join_back(book, back_furniture))])    # the back joined, too
    plan.start_front(chains[-1] if early else [])
    while plan.front_left():
        plan.front.append((yield plan.front_task()))
    front = time.perf_counter()
    plan.furniture = []
    for pending in furniture + back_furniture:
        plan.furniture.append((yield pending))
    book = yield joining
    joined = yield (join_book, plan.join_task(book, out_dir))
    LOG.info("print %s: back matter %d parts %.1f s, front matter %d parts %.1f s, join's last step %.1f s",
             "-".join(plan.langs), len(plan.back), back - started, len(plan.front), front - back,
             time.perf_counter() - front)
    return joined


class Workers:
    """Run tasks on every core: spawned processes that end with this one (triglot.workers).

    Spawned, not forked: forking a process whose Saxon runtime (native threads) is already
    running can deadlock the child, as seen when a test session had used Saxon before
    building. A worker never loads the edition: its tasks carry their inputs.
    A ProcessPoolExecutor, not multiprocessing.Pool: when a worker is killed (by a user, or by
    the kernel when memory runs out) Pool starts another and waits for ever for the lost
    task's result (a killed worker hung the build); the executor fails every pending result
    with BrokenProcessPool, which the command reports."""

    def __init__(self):
        self.pool = None
        self.count = os.cpu_count() or 1
        self.running: list[Future] = []      # handed to the pool by submit, one a core
        self.held: list = []                 # (-priority, order, function, task, result) waiting for a core
        self.order = itertools.count()
        self.lock = threading.RLock()        # submit's and the pool thread's (_free)

    def __enter__(self):
        if self.count > 1:
            from triglot.workers import process_pool
            self.pool = process_pool(self.count, _start_worker)
        return self

    def __call__(self, tasks, function=None, step=""):
        """The results of `function` on every task (any iterable), in order (the step's time is logged)."""
        from triglot.print import parts
        function = function or parts.lay_out
        started = time.perf_counter()
        if self.pool is None:
            results = [function(task) for task in tasks]
        else:
            results = list(self._in_order(function, tasks))
        LOG.info("print %s: %d tasks, %.1f s", step, len(results), time.perf_counter() - started)
        return results

    def _in_order(self, function, tasks):
        """The results of `function` on each task, in order, with a few tasks handed out ahead of
        the one awaited: a task's inputs are made only shortly before a worker is free for it."""
        ahead: deque = deque()
        for task in tasks:
            ahead.append(self.pool.submit(function, task))
            if len(ahead) > 2 * self.count:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()

    def drive(self, steps) -> list:
        """Run generators of steps side by side (finish_book): each yields a task for
        parts.lay_out, a (function, argument) pair, a result already pending, or a list of
        these (run side by side), and is sent its result (the list of their results) when it
        is ready; or Start(tasks), and is sent at once their pending results, to wait for
        later. Returns what each generator returned, in order. A chain started goes on
        whether or not a generator waits for it yet (the join's steps are started, then
        waited for only at the end)."""
        results: list = [None] * len(steps)
        pending: dict = {}
        chains: list = []

        def start(item, priority: int = 0):
            if isinstance(item, tuple):
                return self.submit(item[1], item[0], priority)
            if isinstance(item, (Future, Gathered, Chained)):
                return item
            if isinstance(item, Chain):
                chains.append(Chained(start, item))
                return chains[-1]
            return self.submit(item, priority=priority)

        def advance(i: int, value) -> None:
            while True:
                try:
                    item = steps[i].send(value)
                except StopIteration as stop:
                    results[i] = stop.value
                    return
                if not isinstance(item, Start):
                    break
                value = [start(task) for task in item.tasks]
            pending[i] = Gathered([start(x) for x in item]) if isinstance(item, list) else start(item)

        for i in range(len(steps)):
            advance(i, None)
        while pending:
            chains[:] = [chain for chain in chains if not chain.done()]
            ready = [i for i, result in pending.items() if result.done()]
            if not ready:
                wait([f for result in [*pending.values(), *chains] for f in _futures(result) if not f.done()],
                     return_when=FIRST_COMPLETED)
                continue
            for i in ready:
                advance(i, pending.pop(i).result())
        return results

    def submit(self, task, function=None, priority: int = 0) -> Future:
        """Start `function` on `task` on a free core, or as soon as one is free, tasks of a higher
        `priority` first; the result's result() waits for it. The pool is given one task a core,
        no more: a task it queued would go before a more urgent one made after it (the chronology's
        next part waited behind the indexes' and the join's, and ended alone on one core)."""
        from triglot.print import parts
        function = function or parts.lay_out
        if self.pool is None:
            return done(function(task))
        with self.lock:
            self.running = [f for f in self.running if not f.done()]
            if len(self.running) < self.count and not self.held:
                return self._run(function, task)
            result: Future = Future()
            heapq.heappush(self.held, (-priority, next(self.order), function, task, result))
            return result

    def _run(self, function, task) -> Future:
        running = self.pool.submit(function, task)
        self.running.append(running)
        running.add_done_callback(self._free)
        return running

    def _free(self, _) -> None:
        """A task ended, a core is free: the most urgent task held goes to it (in the pool's thread)."""
        with self.lock:
            self.running = [f for f in self.running if not f.done()]
            while self.held and len(self.running) < self.count:
                _, _, function, task, result = heapq.heappop(self.held)
                if not result.set_running_or_notify_cancel():
                    continue
                try:
                    running = self._run(function, task)
                except BaseException as exc:     # the pool broken or shut down: said where it is awaited
                    result.set_exception(exc)
                    continue
                running.add_done_callback(lambda f, result=result: _pass_on(f, result))

    def __exit__(self, *exc):
        if self.pool is not None:
            # after an error or a Ctrl-C the workers are stopped at once, their tasks dropped
            self.pool.__exit__(*exc)


class Start:
    """What a step of finish_book yields to start tasks now and wait for their results later."""

    def __init__(self, tasks):
        self.tasks = list(tasks)


class Gathered:
    """Pending results waited for together: done when every one is, read as a list."""

    def __init__(self, items: list):
        self.items = items

    def result(self) -> list:
        return [item.result() for item in self.items]

    def done(self) -> bool:
        return all([item.done() for item in self.items])     # each asked: a Chained goes on when asked


class Chain:
    """What a step of finish_book yields for tasks run one after another, each made from the
    result of the one before: `steps` is a generator yielding what finish_book may yield
    (a task, a (function, argument) pair, a result pending or a list of these) and sent the results.
    `parts`: how many parts it lays out; the chain with the most left goes first (Workers.submit),
    so that the longest, the chronology's at 100 times the edition, does not end alone."""

    def __init__(self, steps, parts: int = 0):
        self.steps, self.parts = steps, parts


class Chained:
    """A Chain started: its current step pending; the next is started when asked whether it is
    done and the current one is. Its result is what the generator returns."""

    def __init__(self, start, chain: Chain):
        self.start, self.steps, self.value, self.finished = start, chain.steps, None, False
        self.left = chain.parts
        self.current = start(next(self.steps), self.left)

    def done(self) -> bool:
        while not self.finished and self.current.done():
            try:
                self.left -= 1
                self.current = self.start(self.steps.send(self.current.result()), self.left)
            except StopIteration as stop:
                self.value, self.finished = stop.value, True
        return self.finished

    def result(self):
        while not self.done():
            wait([self.current])
        return self.value

    def futures(self) -> list:
        return [] if self.finished else _futures(self.current)


def _futures(result) -> list:
    if isinstance(result, Chained):
        return result.futures()
    if isinstance(result, Gathered):
        return [f for item in result.items for f in _futures(item)]
    return [result]


def _pass_on(running: Future, result: Future) -> None:
    """A pool's result handed on to the result submit gave (in the pool's thread)."""
    if running.cancelled():          # the pool was shut down: nobody waits any more
        result.set_exception(CancelledError())
    elif running.exception() is not None:
        result.set_exception(running.exception())
    else:
        result.set_result(running.result())


def done(value) -> Future:
    """A result computed at once (no worker pool), read as a worker's pending result is."""
    future: Future = Future()
    future.set_result(value)
    return future


def _start_worker():
    from triglot.print import collector
    from triglot.workers import end_with_parent
    end_with_parent()
    collector.in_worker()


class BookPlan:
    """The parts of one book and what is known of them, step by step."""

    def __init__(self, edition, langs, tmp: Path):
        self.edition, self.langs = edition, tuple(langs)
        self.dir = tmp / "-".join(self.langs)
        self.dir.mkdir()
        self.params = stylesheet_params(edition, self.langs)
        self.stylesheet = stylesheet_path(edition.root)
        self.groups = document_groups(edition.documents)
        self.body = self.back = self.front = self.furniture = None
        self.title = edition.settings.book_title(self.langs[0])
        from triglot.print import book
        self.editors = book.editors(edition)     # read off every header once per book
        self.said_in = book.strings_lang(edition, self.langs[0])   # the base language's print strings, if it has them
        self.names = " – ".join(i18n_name(x, self.said_in) for x in self.langs)

    def task(self, kind: str, sources, name: str, **extra):
        from triglot.print.parts import Task
        return Task(kind, list(sources), self.langs, self.params, self.stylesheet, self.dir / name, **extra)

    def body_tasks(self):
        from triglot.print import book
        for i, group in enumerate(self.groups):      # a generator: each part's input made when a worker takes it
            yield self.task("body", [book.body_source(self.edition, self.langs, group, self.editors)], f"body-{i}.pdf")

    def body_pages(self) -> dict[str, int]:
        """Anchor name -> printed page number in the body (which starts on page 1)."""
        found, base = {}, 1
        for part in self.body:
            for name, index in part.anchors.items():
                found.setdefault(name, base + index)
            base += part.pages
        return found

    def body_page_count(self) -> int:
        return sum(part.pages for part in self.body)

    def start_back(self) -> None:
        """Cut the back matter into parts, now that the body's pages are known. The
        chronology and the first index begin on a recto, each in a part of its own."""
        from triglot.print import book, index
        pages = self.body_pages()
        sections = book.back_sections(index.chronology(self.edition, self.langs, pages),
                                      index.indexes(self.edition, self.langs, pages))
        self.back_rectos = frozenset(section.get("id") for section, _ in sections[:2])
        self.back_pieces = book.back_pieces(sections, BACK_PART_BYTES, self.back_rectos)
        self.back = []

    def back_task(self, k: int, carry: bool = False):
        """Part `k` of the back matter, laid out not knowing on which page it begins (as a body part
        is); `carry`: the next part goes on with its last section (parts.carry_last_page)."""
        from triglot.print import book
        return self.task("back", [book.back_source(self.edition, self.langs, self.back_pieces[k])], f"back-{k}.pdf",
                         carry=len(self.back_pieces[k]) if carry else 0)

    def back_chains(self) -> list:
        """The back parts as chains: a part that goes on with the section of the part before is laid
        out after it, beginning with the rows of that part's last page, so that no page of a section
        but its last is left part-empty; chains of different sections run side by side."""
        chains: list[list[int]] = []
        for k, pieces in enumerate(self.back_pieces):
            if chains and pieces[0][2]:          # continued from part k - 1
                chains[-1].append(k)
            else:
                chains.append([k])
        return [Chain(self.back_chain(ks), len(ks)) for ks in chains]

    def back_chain(self, ks: list[int]):
        parts = []
        for k in ks:
            part = yield self.back_task(k, carry=k != ks[-1])
            parts.append(part)
            if part.carried:
                self.carry(k, part.carried)
        return parts

    def carry(self, k: int, rows: int) -> None:
        """Move the last `rows` rows of part k's last piece to the head of part k + 1."""
        section, kept, continued = self.back_pieces[k][-1]
        moved, kept = kept[len(kept) - rows:], kept[:len(kept) - rows]
        if kept:
            self.back_pieces[k][-1] = (section, kept, continued)
        else:                                   # the section began on the page carried: it begins in k + 1
            self.back_pieces[k].pop()
        _, rows_after, continued_after = self.back_pieces[k + 1][0]
        self.back_pieces[k + 1][0] = (section, moved + rows_after, continued_after if kept else continued)

    def place_back(self) -> None:
        """The page on which each back part begins, now that their lengths are known: on from
        the part before, after a blank page when the part must begin on a recto and would
        begin on a verso (what `break-before: right` did when the parts were laid out one
        after another)."""
        self.back_starts, self.back_blank = [], []
        page = self.body_page_count() + 1
        for pieces, part in zip(self.back_pieces, self.back):
            section, _, continued = pieces[0]
            blank = not continued and section.get("id") in self.back_rectos and page % 2 == 0
            page += blank
            self.back_starts.append(page)
            self.back_blank.append(blank)
            page += part.pages

    def back_first_page(self, k: int) -> int:
        """The printed number of the first page of back part `k` (the body starts on page 1)."""
        return self.back_starts[k]

    def back_heads(self) -> list[tuple[str, str] | None]:
        """The running head of every page of the back matter (None: a blank page): the title
        of the section the page belongs to, found from where each section's title fell."""
        from triglot.print import book
        heads: list[tuple[str, str] | None] = []
        for pieces, part, blank in zip(self.back_pieces, self.back, self.back_blank):
            if blank:
                heads.append(None)
            starts = [(0 if continued else part.anchors.get(section.get("id"), 0),
                       book.back_head(self.edition, self.langs, section)) for section, _, continued in pieces]
            for page in range(part.pages):
                head = [title for first, title in starts if first <= page][-1]
                heads.append((head, head))
        return heads

    def back_furniture_tasks(self):
        """Running heads and folios of the back matter's pages, in parts of FURNITURE_PAGES
        pages (a blank page has none: the join draws nothing on it)."""
        from triglot.print import book
        heads = [head or ("", "") for head in self.back_heads()]
        first = self.body_page_count() + 1
        return [self.task("furniture", [book.furniture_source(self.edition, self.langs, heads[i:i + FURNITURE_PAGES],
                                                              verso_start=(first + i) % 2 == 0)],
                          f"furniture-back-{k}.pdf", first_page=first + i)
                for k, i in enumerate(range(0, len(heads), FURNITURE_PAGES))]

    def back_with_blanks(self) -> list:
        """The back parts for the join, each after its blank page if it has one."""
        from triglot.print.parts import blank_page
        out = []
        for part, blank in zip(self.back, self.back_blank):
            out += [blank_page(), part] if blank else [part]
        return out

    def early_front(self) -> Chain | None:
        """The parts of the contents that list only the body's documents, one after another, to be
        laid out while the back matter is (None if there are none). The contents is cut greedily
        (book.front_pieces), so the lines of the back matter, which come last, can change only the
        last part of the body's lines: every part before it is cut as the whole contents is."""
        from triglot.print import book
        pieces = book.front_pieces(contents(self.edition, self.langs, self.body_pages()), CONTENTS_PART_BYTES)
        self.front_pieces, self.front = pieces[:-1], []
        return Chain(self.front_chain(), len(self.front_pieces)) if self.front_pieces else None

    def front_chain(self):
        made = []
        while len(made) < len(self.front_pieces):
            made.append((yield self.front_task(made, final=False)))
        return made

    def start_front(self, early: list) -> None:
        """Cut the contents into parts, now that the pages of the body and the back are known;
        `early`: its first parts, already laid out (early_front)."""
        from triglot.print import book, index
        back_pages = {name: self.back_first_page(k) + i
                      for k, part in enumerate(self.back) for name, i in part.anchors.items()}
        toc = contents(self.edition, self.langs, self.body_pages()) \
            + index.toc_back_entries(self.edition, self.langs, back_pages)
        self.front_pieces = book.front_pieces(toc, CONTENTS_PART_BYTES)
        self.front = list(early)

    def front_left(self) -> bool:
        return len(self.front) < len(self.front_pieces)

    def front_task(self, made: list | None = None, final: bool = True):
        """The next part of the front matter after the parts `made` (those of self.front); the
        last is laid out a second time with a pad page when it would end on a recto (the body
        begins on a recto). `final`: the contents is cut whole (start_front), so its last part is known."""
        from triglot.print import book
        made = self.front if made is None else made
        k = len(made)
        first = 1 + sum(part.pages for part in made)
        last = final and k == len(self.front_pieces) - 1
        sources = [book.front_source(self.edition, self.langs, self.front_pieces[k], pad=pad, names=self.editors,
                                     continued=k > 0, verso_start=first % 2 == 0)
                   for pad in ((False, True) if last else (False,))]
        return self.task("front", sources, f"front-{k}.pdf", metadata=self.metadata() if k == 0 else {},
                         first_page=first if k else None)

    def furniture_tasks(self):
        """Running heads of every body page (the titles of the document the page belongs to),
        in parts of FURNITURE_PAGES pages: a part of a large book's furniture is as small as
        the edition's."""
        from triglot.print import book
        recto = self.langs[1] if len(self.langs) > 1 else self.langs[0]
        pages = self.body_pages()
        starts = sorted((pages[f"doc-{doc.id}"] - 1, (doc.title(self.langs[0]), doc.title(recto)))
                        for group in self.groups for doc in group if f"doc-{doc.id}" in pages)
        heads, current, i = [], ("", ""), 0
        for page in range(self.body_page_count()):
            while i < len(starts) and starts[i][0] <= page:
                current, i = starts[i][1], i + 1
            heads.append(current)
        return [self.task("furniture", [book.furniture_source(self.edition, self.langs, heads[first:first + FURNITURE_PAGES])],
                          f"furniture-{k}.pdf", first_page=first + 1)
                for k, first in enumerate(range(0, len(heads), FURNITURE_PAGES))]

    def join_body(self, furniture: list):
        """The first step of the join (a Chain): when the body's furniture is laid out, the
        body's parts copied into a new book file."""
        from triglot.print import join
        furniture = yield Gathered(furniture)
        book = join.Book.begin(self.dir / ".book.pdf")
        return (yield (join_parts, (book, self.body, furniture)))

    def join_back(self, book, furniture: list):
        """The second step (a Chain): when the back's furniture is laid out, the back's parts
        (and their blank pages) copied on, after the body's."""
        furniture = yield Gathered(furniture)
        return (yield (join_parts, (book, self.back_with_blanks(), furniture)))

    def join_task(self, book, out_dir: Path):
        return (book, self.front, out_dir / book_file(self.langs, self.edition.settings),
                f"{self.title} ({self.names})", self.langs[0])

    def metadata(self) -> dict:
        from triglot.print import book
        return {"title": f"{self.title} ({self.names})", "authors": self.editors,
                "lang": self.langs[0],
                "description": book.ui(self.edition.root, self.said_in, "Parallel edition")
                + f": {self.names}",
                "keywords": [d.id for d in self.edition.documents]}

    def seconds(self) -> float:
        return sum(part.seconds for part in (*self.body, *self.back, *self.front, *self.furniture))

    def phases(self, join_cpu: float) -> dict:
        """Each step's parts, pages and CPU seconds (in whichever process ran it), and the join's."""
        steps = {"body": self.body, "back matter": self.back, "front matter": self.front, "furniture": self.furniture}
        found = {name: (len(made), sum(p.pages for p in made), sum(p.cpu for p in made)) for name, made in steps.items()}
        found["join"] = (1, sum(found[name][1] for name in ("body", "back matter", "front matter")), join_cpu)
        return found


def i18n_name(code: str, said_in: str) -> str:
    from triglot.i18n import language_name
    return language_name(code, said_in)


def document_groups(documents) -> list[list]:
    """Consecutive documents laid out together: as many as fit in the larger of the largest
    document's size and PART_BYTES (a part is never bigger than a single document needs)."""
    from lxml import etree
    sizes = [len(etree.tostring(doc.root)) for doc in documents]
    limit = max([PART_BYTES, *sizes])
    groups, size = [], 0
    for doc, n in zip(documents, sizes):
        if not groups or size + n > limit:
            groups.append([])
            size = 0
        groups[-1].append(doc)
        size += n
    return groups


def join_parts(args):
    """A step of the join (print.join.add_parts), in whichever process is free."""
    from triglot.print import join
    return join.add_parts(*args)


def join_book(args) -> tuple[int, float, float]:
    """The book's last step of the join: its pages, the wall and the CPU seconds its steps took."""
    from triglot.print import join
    book = args[0]
    pages = join.finish_book(*args)
    return pages, book.seconds, book.cpu


# footnote labels of a translation column the settings give none (print.note-labels): each its own
# series, never the base text's numbers. Two series stopped the default all-languages book of an
# edition of three translations (`triglot new --translations fr,de,es`, then build): Greek letters
# that look like no Latin one, and the printers' marks, give a third and a fourth column theirs
DEFAULT_NOTE_LABELS = ("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       "αβγδζηθλμξπσφψω", "*†‡§¶")


def note_labels(settings, langs) -> dict[str, str]:
    """Each translation column's footnote labels in a book of `langs`: the settings' letters, else the
    first default series sharing no label with another column of the book. A column left numbered like
    the base text printed two notes "2" in one footnote area (the en–fr book, journey 18); so did a
    default series beside settings that use some of its letters (ru = "abc"), or settings of two
    columns sharing a letter or using digits: those stop the book with what to change."""
    out = {lang: settings.note_labels[lang] for lang in langs if lang in settings.note_labels}
    used = {} if settings.base in out else {c: settings.base for c in "0123456789"}   # the base's numbers
    for lang, letters in out.items():
        for c in letters:
            if used.setdefault(c, lang) != lang:
                other = used[c]
                raise InputError([Problem("triglot.toml", settings.line_of(f"print.note-labels.{lang}"), "settings",
                                          f"print.note-labels: {lang}'s note "
                                          f"labels share {c!r} with the {other} column's "
                                          f"{'numbers' if other == settings.base and c.isdigit() else 'labels'}; "
                                          f"in the book {'-'.join(langs)} two notes {c!r} would stand in one "
                                          "footnote area: give each language labels of its own")])
    for lang in langs:
        if lang != settings.base and lang not in out:
            series = next((s for s in DEFAULT_NOTE_LABELS if not set(s) & used.keys()), None)
            if series is None:
                raise InputError([Problem("triglot.toml", settings.line_of("print.note-labels"), "settings",
                                          f"print.note-labels: the book "
                                          f"{'-'.join(langs)} has more columns than default label series; give "
                                          f"{lang} labels of its own under [print.note-labels]")])
            out[lang] = series
            used.update(dict.fromkeys(series, lang))
    return out


def stylesheet_params(edition, langs) -> dict:
    settings = edition.settings
    labels = " ".join(f"{lang}:{letters}" for lang, letters in note_labels(settings, langs).items())
    from triglot.i18n import declared_languages, rtl_languages
    return {"languages": " ".join(langs), "base": settings.base, "note-labels": labels,
            "rtl-languages": rtl_languages([*langs, *settings.interface, *declared_languages(edition)])}


def contents(edition, langs, body_pages: dict[str, int]) -> list[dict]:
    """Contents lines for the documents and the archival documents inside them."""
    entries = []
    for doc in edition.documents:
        entries.append({"level": 1, "target": f"doc-{doc.id}", "page": body_pages[f"doc-{doc.id}"],
                        "titles": list(dict.fromkeys(doc.title_in(lang) for lang in langs))})
        if doc.base is None:
            continue
        for sub in doc.base.iterfind(".//t:div[@type='document']", NS):
            head = sub.find("t:head", NS)
            target = f"doc-{sub.get(XML_ID)}"
            if head is not None and target in body_pages:
                from triglot.tei import seed_text, normalize_space
                entries.append({"level": 2, "target": target, "page": body_pages[target],
                                "titles": [(edition.settings.base, normalize_space(seed_text(head)))]})
    return entries
