"""One part of a book laid out and written on its own, in whatever process runs it.

A book is too big to lay out as one WeasyPrint document (at 20 times the edition a
single layout took 3.4 GB and time grew faster than pages), so it is made of parts:
groups of documents of the body, the back matter, the front matter, and the running
heads and folios of the body ("furniture"). Each part is an independent task: its
input is the XML that print.xsl reads (prepared from the edition in the main process,
so a worker never loads the edition), its output a tagged PDF file and what the join
needs to know of it (print.join): page count, the page of every anchor, bookmarks and
each page's left margin. Memory is that of the largest part, not of the book.

A body part does not know on which page it will begin, so it is laid out with every
page given a recto's margins and no running head or folio (body-part.css); the join
moves a page that lands on a verso to a verso's margins and draws its furniture.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PDF_SCALE = 0.75     # CSS px to PDF points, as WeasyPrint writes them


@dataclass
class Task:
    kind: str                          # "body", "back", "front" or "furniture"
    sources: list[bytes]               # inputs of print.xsl; the last front part has two (without, with a pad page)
    langs: tuple[str, ...]
    params: dict
    stylesheet: Path
    out: Path
    first_page: int | None = None      # printed number of the part's first page (back matter, furniture)
    metadata: dict = field(default_factory=dict)
    carry: int = 0                     # back matter: the piece (1, 2, …) the next part goes on with, see carry_last_page


@dataclass
class Part:
    kind: str
    path: Path
    pages: int
    anchors: dict[str, int]            # anchor name -> page index in the part
    borrowed: set[str]                 # link targets of other parts, anchored here only so links are kept
    bookmarks: list                    # WeasyPrint's tree: (label, (page index, x, y), children, state)
    margins: list[float]               # left margin of each page, in PDF points
    seconds: float = 0.0
    carried: int = 0                   # rows of the part's last piece left to the next part (carry_last_page)
    cpu: float = 0.0                   # CPU seconds of the process that laid it out, spent on it (the bench's phases)


def blank_page() -> Part:
    """A page with nothing on it, which the join writes itself: before a section of the back
    matter that begins on a recto (builder.BookPlan.place_back)."""
    return Part("blank", Path(), 1, {}, set(), [], [])


def lay_out(task: Task) -> Part:
    """Transform, lay out and write one part (in a worker process, or in the main one)."""
    import time

    from triglot.print import collector, conformance, drawing, invisible, lineends, pages, tagging
    started, cpu = time.perf_counter(), time.process_time()
    executable = _compiled(str(task.stylesheet), Path(task.stylesheet).stat().st_mtime_ns)
    for source in task.sources:
        document = pages.render(transform(executable, source, task), task.langs,
                                first_page_number=task.first_page, kind=task.kind)
        if task.kind != "front" or ((task.first_page or 1) - 1 + len(document.pages)) % 2 == 0:
            break           # the front ends on a verso: the body starts on a recto
    carried = 0
    if task.carry:
        document, carried = carry_last_page(document, task.carry)
    anchors: dict[str, int] = {}
    for number, page in enumerate(document.pages):
        for name in page.anchors:
            anchors.setdefault(name, number)
    borrowed = borrow_link_targets(document, anchors)
    set_metadata(document, task.metadata)
    bookmarks = document.make_bookmark_tree(scale=PDF_SCALE, transform_pages=True)
    margins = [page._page_box.margin_left * PDF_SCALE for page in document.pages]
    with drawing.cheaper_drawing(), invisible.join_controls_kept(), lineends.line_ends_written():
        if task.kind == "furniture":      # drawn as an artifact over tagged pages: no tags of its own
            document.write_pdf(str(task.out), pdf_variant=conformance.ARCHIVAL_VARIANT)
        else:
            with tagging.languages_in_tags(document):
                document.write_pdf(str(task.out), pdf_variant=conformance.ARCHIVAL_VARIANT, pdf_tags=True)
    part = Part(task.kind, task.out, len(document.pages), anchors, borrowed, bookmarks, margins,
                time.perf_counter() - started, carried)
    del document
    collector.part_done()       # in a worker: the part's cycles collected now, not every 700 allocations
    part.cpu = time.process_time() - cpu
    return part


def carry_last_page(document, piece: int, reach: int = 4):
    """The part without its last page (or last few), and the number of rows of its `piece` those
    pages held: the next part, which goes on with that chronology or index, begins with them.

    A part of the back matter ends where its bytes of rows end, mostly part-way down a page;
    the next part begins on a new page, so a section laid out in parts had a half-empty page
    (a chronology's table, an index's two short columns) at every part's end. Laid out again
    at the head of the next part, the rows of that last page run on as if the section had been
    laid out whole: WeasyPrint breaks a page where the rows from its top no longer fit, whatever
    came before. Rows are known by their `data-row` ("piece.row", print-matter.xsl). The cut is
    made before the last page that begins with a row of its own: one whose first row began on
    the page before (an index entry of a large edition lists pages over several lines) would
    print that row's head twice, so the cut goes back a page, at most `reach` pages. Nothing is
    carried from a part of one page, nor a section's first row without its title."""
    pages = document.pages
    rows = [rows_on(page, piece) for page in pages]
    for k in range(len(pages) - 1, max(0, len(pages) - reach) - 1, -1):
        if k == 0 or not rows[k]:
            return document, 0
        first = rows[k][0]
        if first in rows[k - 1]:
            continue                    # the row began on the page before: cut a page earlier
        if first == 1 and not any(box.element_tag == "h1" for box in pages[k]._page_box.descendants()):
            return document, 0          # the title is on the page before (never seen: h1 keeps with what follows)
        return document.copy(pages[:k]), max(rows[-1]) - first + 1
    return document, 0


def rows_on(page, piece: int) -> list[int]:
    """The numbers of the rows of `piece` that have a box on `page`, in the order they come."""
    prefix, found = f"{piece}.", []
    for box in page._page_box.descendants():
        element = getattr(box, "element", None)
        row = element.get("data-row") if element is not None else None
        if row and row.startswith(prefix):
            number = int(row[len(prefix):])
            if number not in found:
                found.append(number)
    return found


def transform(executable, source: bytes, task: Task) -> str:
    """print.xsl on one part's input; Saxon's errors (which cannot leave a worker process
    as they are) become the stylesheet's problem."""
    from triglot.problems import InputError
    from triglot.xslt import problem, transform_to_string
    try:
        return transform_to_string(executable, source, params=task.params)
    except Exception as exc:  # saxonche raises PySaxonApiError
        raise InputError([problem(task.stylesheet, f"{task.kind} part: {exc}")]) from None


def borrow_link_targets(document, anchors: dict[str, int]) -> set[str]:
    """Anchor, on the part's first page, every link target that another part holds.

    WeasyPrint drops a link whose target is not in the document it writes (and its
    structure element would lose its annotation); the contents link documents of the
    body, the indexes link pages. Anchored here, the link is written with its named
    destination, which the join points at the part that really holds the target.
    """
    borrowed = set()
    for page in document.pages:
        for kind, target, _, _ in page.links:
            if kind == "internal" and target not in anchors:
                borrowed.add(target)
    for name in borrowed:
        document.pages[0].anchors.setdefault(name, (0, 0, 0, 0))
    return borrowed


def set_metadata(document, metadata: dict) -> None:
    if not metadata:
        return
    document.metadata.title = metadata["title"]
    document.metadata.authors = list(metadata["authors"])
    document.metadata.lang = metadata["lang"]
    document.metadata.description = metadata.get("description")
    document.metadata.keywords = list(metadata.get("keywords", ()))
    document.metadata.generator = "triglot (WeasyPrint)"


@lru_cache(maxsize=4)
def _compiled(stylesheet: str, mtime_ns: int):
    """The print stylesheet, compiled once per worker process (a worker lays out many parts),
    again only if the file changed."""
    from triglot.xslt import compile_stylesheet
    return compile_stylesheet(Path(stylesheet))
