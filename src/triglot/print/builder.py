"""`triglot build print`: one parallel-text PDF per book under build/print/.

For each book: the body is transformed (print.xsl) and laid out once; the pages of
its anchors give the back matter (chronology, indexes) and the contents their page
numbers; back and front are laid out separately and all pages joined. Books are
independent, so they are made in parallel processes. The processes are spawned,
not forked: forking a process whose Saxon runtime (native threads) is already
running can deadlock the child, as seen when a test session had used Saxon
before building. Each worker therefore loads the edition once from disk (about
50 ms), the price of a safe start.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID


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
    """Write every book's PDF into `out_dir`; returns what was made and how long it took."""
    specs = getattr(options, "languages", None) if options is not None else None
    books = parse_books(specs, edition.settings) if specs else list(edition.settings.books)
    import weasyprint  # noqa: F401  (here, not in a worker: a missing print extra is then named in one line)
    from triglot.print import fonts
    unprintable = fonts.missing(lang for langs in books for lang in langs)
    if unprintable:
        raise InputError(unprintable)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = min(len(books), os.cpu_count() or 1)
    if workers <= 1:
        return [make_book(edition, langs, out_dir) for langs in books]
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_load_in_worker, initargs=(edition.root,)) as pool:
        return pool.starmap(_make_book_in_worker, [(langs, out_dir) for langs in books])


_EDITION = None


def _load_in_worker(root):
    global _EDITION
    from triglot.workers import end_with_parent
    end_with_parent()
    from triglot.edition import load
    _EDITION = load(Path(root))


def _make_book_in_worker(langs, out_dir):
    return make_book(_EDITION, langs, out_dir)


def make_book(edition, langs, out_dir: Path) -> BookResult:
    from triglot.xmlio import atomic_write
    started = time.perf_counter()
    book = typeset(edition, langs)
    path = Path(out_dir) / book_file(langs, edition.settings)
    atomic_write(path, write_pdf(book))
    return BookResult(tuple(langs), path, len(book.pages), time.perf_counter() - started)


def write_pdf(book) -> bytes:
    """An archival (PDF/A-3u) and accessible (PDF/UA-1) PDF of a laid-out book.

    Tagged: paragraphs, tables and links get a structure and a reading order, each
    passage its language (print.tagging); print.conformance adds the PDF/UA claim.
    """
    from triglot.print import conformance, tagging
    with tagging.languages_in_tags():
        pdf = book.write_pdf(pdf_variant=conformance.ARCHIVAL_VARIANT, pdf_tags=True)
    return conformance.declare(pdf, book.metadata.title, book.metadata.lang)


def transform(edition, source: bytes, langs) -> str:
    from triglot.xslt import compile_stylesheet, transform_to_string
    settings = edition.settings
    labels = " ".join(f"{lang}:{letters}" for lang, letters in settings.note_labels.items())
    return transform_to_string(compile_stylesheet(stylesheet_path(edition.root)), source,
                               params={"languages": " ".join(langs), "base": settings.base,
                                       "note-labels": labels})


def typeset(edition, langs):
    """Body, then back matter numbered on from it, then front matter with the contents."""
    from triglot.print import book, index, pages
    root = edition.root
    body = pages.render(transform(edition, book.body_source(edition, langs), langs), langs)
    body_pages = pages.anchor_pages(body, 1)
    first_back = len(body.pages) + 1
    verso_start = first_back % 2 == 0
    back_xml = book.back_source(edition, langs, index.chronology(edition, langs, body_pages),
                                index.indexes(edition, langs, body_pages), verso_start)
    back = pages.render(transform(edition, back_xml, langs), langs, first_page_number=first_back)
    back_pages = pages.anchor_pages(back, first_back)
    toc = contents(edition, langs, body_pages) + index.toc_back_entries(edition, langs, back_pages)
    front = pages.render(transform(edition, book.front_source(edition, langs, toc, pad=False), langs), langs)
    if len(front.pages) % 2:     # the body starts on a recto
        front = pages.render(transform(edition, book.front_source(edition, langs, toc, pad=True), langs), langs)
    title = edition.settings.book_title(langs[0])
    said_in = book.strings_lang(edition, langs[0])     # the base language's print strings, if it has them
    names = " – ".join(__import__("triglot.i18n", fromlist=["x"]).language_name(x, said_in) for x in langs)
    return pages.join(front, body, back, {
        "title": f"{title} ({names})",
        "authors": book.editors(edition),
        "lang": langs[0],
        "description": book.ui(root, said_in, "Parallel edition") + f": {names}",
        "keywords": [d.id for d in edition.documents]})


def contents(edition, langs, body_pages: dict[str, int]) -> list[dict]:
    """Contents lines for the documents and the archival documents inside them."""
    entries = []
    for doc in edition.documents:
        entries.append({"level": 1, "target": f"doc-{doc.id}", "page": body_pages[f"doc-{doc.id}"],
                        "titles": [(lang, doc.title(lang)) for lang in langs]})
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
