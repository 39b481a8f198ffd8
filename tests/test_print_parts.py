"""A book laid out in parts and joined (print.parts, print.join) reads as one book.

The books of the session fixture are joined from several body parts (the edition's
documents do not fit in one part), a back, a front and the body's furniture; these
tests read the joined files with pikepdf and pdfplumber, not with the code that wrote them.
"""
from __future__ import annotations

import re

import pdfplumber
import pikepdf
import pytest
from lxml import etree
import printed
from printed import structure_elements

from triglot.print import builder

MM = 72 / 25.4


@pytest.fixture
def real(print_real):
    return print_real


def parent_tree(pdf) -> dict[int, object]:
    """Key -> value of the parent tree, a number tree of one or more levels (PDF 7.9.7)."""
    return {int(key): value for key, value in pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree).items()}


def test_the_edition_is_laid_out_in_more_than_one_body_part(real):
    edition, _ = real
    groups = builder.document_groups(edition.documents)
    assert len(groups) > 1
    assert [d.id for g in groups for d in g] == [d.id for d in edition.documents]


def test_a_part_is_never_larger_than_the_largest_document_needs(real, monkeypatch):
    edition, _ = real
    monkeypatch.setattr(builder, "PART_BYTES", 1)
    size = {d.id: len(etree.tostring(d.root)) for d in edition.documents}
    groups = builder.document_groups(edition.documents)
    assert len(groups) > 2
    assert all(sum(size[d.id] for d in g) <= max(size.values()) for g in groups)


def test_every_page_maps_its_marked_content_to_elements_on_that_page(real):
    _, books = real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            tree = parent_tree(pdf)
            root = pdf.Root.StructTreeRoot
            keys = [int(page.obj.StructParents) for page in pdf.pages]
            assert len(set(keys)) == len(keys)   # given as pages are joined, the front's last (print.join)
            assert sum(1 for key in keys if len(tree[key])) > 0.9 * len(pdf.pages)
            for number, page in enumerate(pdf.pages):
                elements = tree[keys[number]]    # none on a blank page
                for element in elements:
                    assert element.Pg.objgen == page.obj.objgen, (book.path.name, number)
                    node = element
                    while node.get("/Type") == "/StructElem":     # up to the one root of the book
                        node = node.P
                    assert node.objgen == root.objgen


def test_every_link_is_in_the_structure_tree_and_points_into_the_book(real):
    _, books = real
    for book in books.values():
        with pikepdf.open(book.path) as pdf:
            tree = parent_tree(pdf)
            dests = dict(pikepdf.NameTree(pdf.Root.Names.Dests).items())
            pages = {page.obj.objgen for page in pdf.pages}
            links = 0
            for page in pdf.pages:
                for annotation in page.obj.get("/Annots", ()):
                    if annotation.get("/Subtype") != "/Link":
                        continue
                    links += 1
                    element = tree[int(annotation.StructParent)]
                    assert element.S == "/Link"
                    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
                    assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Obj") is not None
                               and k.Obj.objgen == annotation.objgen for k in kids)
                    if "/Dest" in annotation:
                        assert dests[str(annotation.Dest)][0].objgen in pages
            assert links > 100, book.path.name


def test_contents_and_index_links_lead_to_the_pages_they_print(real):
    """A contents line links the page where its document begins, an index page number that page."""
    edition, books = real
    book = books[("en", "ru", "hy")]
    with pikepdf.open(book.path) as pdf:
        dests = dict(pikepdf.NameTree(pdf.Root.Names.Dests).items())
        index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        for doc in edition.documents:
            page = index[dests[f"doc-{doc.id}"][0].objgen]
            assert doc.title("en")[:40].replace(" ", "") in book.pages[page]
        for number in (1, 7, 40):
            assert index[dests[f"page-{number}"][0].objgen] == book.front + number - 1


def test_versos_and_rectos_keep_their_mirrored_margins(real):
    """Body parts are laid out with a recto's margins; the join moves versos to theirs."""
    _, books = real
    book = books[("en", "ru")]
    with pdfplumber.open(book.path) as pdf:
        for number in range(1, 12):
            chars = pdf.pages[book.front + number - 1].chars
            left = min(c["x0"] for c in chars)
            margin = 20 if number % 2 == 0 else 14      # print.css: outer margin of a verso, inner of a recto
            assert abs(left - margin * MM) < 0.5, (number, left / MM)


def test_body_pages_have_their_folio_and_running_head_as_artifacts(real):
    edition, books = real
    book = books[("en", "ru")]
    titles = {doc.title(lang).replace(" ", "") for doc in edition.documents for lang in ("en", "ru")}
    back = next(p for t, level, p in book.outline if level == 1 and t.startswith("Chronology"))
    with pdfplumber.open(book.path) as pdf:
        for number in range(1, back - book.front):
            page = pdf.pages[book.front + number - 1]
            # drawn as an artifact, by the join after the part's own page: pdfplumber gives a character
            # in a span nested in a tagged sequence (a compound's hyphen at a line end, print.lineends)
            # no MCID either, and a table's repeated header row is an artifact of the part (print.tagging)
            chars = page.chars
            tagged = [i for i, c in enumerate(chars) if c.get("tag") != "Artifact"]
            drawn_after = chars[tagged[-1] + 1:] if tagged else chars
            furniture = "".join(c["text"] for c in drawn_after).replace(" ", "")
            head, folio = re.fullmatch(r"(.+?)(\d+)", furniture).groups()
            assert int(folio) == number
            # one line: a title longer than the measure ends in an ellipsis
            assert any(t.startswith(head.removesuffix("…")) for t in titles), (number, head)


def test_page_labels_number_the_front_in_roman_and_the_rest_from_one(real):
    _, books = real
    book = books[("en", "hy")]
    assert book.reader.page_labels[0] == "i"
    assert book.reader.page_labels[book.front] == "1"
    assert book.reader.page_labels[-1] == str(len(book.pages) - book.front)


def test_the_back_matter_is_cut_into_parts_no_larger_than_the_limit(real):
    """A chronology or index of a large edition is never laid out whole: its rows are cut
    into parts, a section going on in the next part without its title (and its id)."""
    from triglot.print import book
    chronology = book.element("chronology", id="back-chronology")
    persons = book.element("index", id="back-persons-en", lang="en", kind="persons")
    rows = [book.element("event", "x" * 90) for _ in range(30)]
    size = len(etree.tostring(rows[0]))
    parts = book.back_pieces([(chronology, rows[:25]), (persons, rows[25:])], limit=10 * size)
    assert [[(s.get("id"), len(r), c) for s, r, c in part] for part in parts] == [
        [("back-chronology", 10, False)],
        [("back-chronology", 10, True)],
        [("back-chronology", 5, True), ("back-persons-en", 5, False)]]
    edition, _ = real
    source = etree.fromstring(book.back_source(edition, ("en",), parts[1]))
    piece = source.find(f"{{{book.B_NS}}}chronology")
    assert piece.get("continued") == "true" and piece.get("id") is None


def test_an_empty_section_keeps_its_title():
    from triglot.print import book
    places = book.element("index", id="back-places-en", lang="en", kind="places")
    assert book.back_pieces([(places, [])], limit=100) == [[(places, [], False)]]


def test_the_edition_s_back_matter_is_laid_out_in_more_than_one_part(real):
    """The trilingual book's chronology goes over a part boundary, so the joined books
    show that a section continued in another part keeps its numbers, links and heads."""
    edition, _ = real
    from triglot.print import book, index
    sections = book.back_sections(index.chronology(edition, ("en", "ru", "hy"), {}), [])
    pieces = book.back_pieces(sections, printed.BACK_PART_BYTES)
    assert len(pieces) > 1 and pieces[1][0][2], "the trilingual chronology goes on in a second part"


def test_every_back_matter_page_has_its_section_s_running_head_and_folio(real):
    """Also the pages of a section continued from the back part before (back-part.css)."""
    _, books = real
    for langs, book in books.items():
        back = next(p for t, level, p in book.outline if level == 1 and t.startswith("Chronology"))
        starts = sorted((page, title) for title, level, page in book.outline if level == 1 and page >= back)
        assert starts, langs
        with pdfplumber.open(book.path) as pdf:
            for page in range(starts[0][0], len(pdf.pages)):
                words = pdf.pages[page].extract_words()
                if not words:
                    continue                    # a blank verso before a section that begins on a recto
                top = min(w["top"] for w in words)
                head = " ".join(w["text"] for w in words if w["top"] - top < 2)
                title = [t for p, t in starts if p <= page][-1]
                assert norm_head(title) in norm_head(head) or norm_head(head) in norm_head(title), (langs, page, head)
                bottom = max(w["bottom"] for w in words)
                folio = [w["text"] for w in words if bottom - w["bottom"] < 2]
                assert folio == [str(page - book.front + 1)], (langs, page, folio)


def test_no_page_of_a_back_section_but_its_last_is_left_part_empty(real):
    """A section laid out in parts (the tests' books cut the back matter at 16 KiB of rows) runs on
    from part to part as if laid out whole: before, each part ended part-way down a page and the
    next began on a new one (the trilingual chronology's pages were filled 177, 130, 200 of 607 pt,
    a half-empty page in the middle of a table at every part's end). Every page followed by a page
    of its section is filled to within a chronology row of the fullest back page."""
    for langs, book in real[1].items():
        starts = section_starts(book)
        lows = {}
        with pdfplumber.open(book.path) as pdf:
            for page in range(starts[0][0], len(pdf.pages)):
                words = pdf.pages[page].extract_words()
                if words:
                    folio = max(w["bottom"] for w in words)
                    lows[page] = max(w["bottom"] for w in words if folio - w["bottom"] >= 2)
        section = {page: [t for p, t in starts if p <= page][-1] for page in lows}
        fullest = max(lows.values())
        short = [(page - book.front + 1, round(low)) for page, low in lows.items()
                 if section.get(page + 1) == section[page] and low < 0.75 * fullest]
        assert not short, (langs, round(fullest), short)


def section_starts(book) -> list[tuple[int, str]]:
    """(pdf page, title) of each section of the back matter, from the chronology on."""
    back = next(p for t, level, p in book.outline if level == 1 and t.startswith("Chronology"))
    return sorted((page, title) for title, level, page in book.outline if level == 1 and page >= back)


def test_back_matter_versos_have_a_verso_s_margins_folio_and_head(real):
    """Back parts are laid out side by side, not knowing where they begin (every page a
    recto's): the join moves the versos to a verso's margins and draws the furniture
    there, folio and head on the outer side. The chronology and the first index begin on a
    recto (with a blank page before when the page before is a recto)."""
    for langs, book in real[1].items():
        titles = [(t, p) for t, level, p in book.outline if level == 1]
        back = next(p for t, p in titles if t.startswith("Chronology"))
        first_index = next(p for t, p in titles if p > back)
        assert (back - book.front) % 2 == 0 and (first_index - book.front) % 2 == 0, (langs, back, first_index)
        versos = 0
        with pdfplumber.open(book.path) as pdf:
            for page in range(back, len(pdf.pages)):
                chars = pdf.pages[page].chars
                if not chars:
                    continue
                number = page - book.front + 1
                verso = number % 2 == 0
                versos += verso
                assert abs(min(c["x0"] for c in chars) - (20 if verso else 14) * MM) < 0.5, (langs, number)
                bottom = max(c["bottom"] for c in chars)
                top = min(c["top"] for c in chars)
                right = float(pdf.pages[page].width) - 20 * MM     # the outer margin of a recto
                for line in ([c for c in chars if bottom - c["bottom"] < 2],                 # the folio
                             [c for c in chars if c["top"] - top < 2 and c.get("tag") == "Artifact"]):   # the head
                    assert line, (langs, number)
                    if verso:
                        assert abs(min(c["x0"] for c in line) - 20 * MM) < 0.5, (langs, number)
                    else:
                        assert abs(max(c["x1"] for c in line) - right) < 0.5, (langs, number)
        assert versos > 3, langs


def test_back_parts_begin_where_the_part_before_ends_or_on_a_recto(real):
    """BookPlan.place_back: the page each back part begins on, and the blank pages, from
    the lengths of the parts laid out side by side."""
    from types import SimpleNamespace

    from triglot.print import book
    chronology, persons, places = (book.element("chronology", id="back-chronology"),
                                   book.element("index", id="back-persons-en"), book.element("index", id="back-places-en"))
    plan = builder.BookPlan.__new__(builder.BookPlan)
    plan.back_rectos = frozenset({"back-chronology", "back-persons-en"})
    plan.back_pieces = [[(chronology, [], False)], [(chronology, [], True)], [(persons, [], False)],
                        [(places, [], False)]]
    plan.back = [SimpleNamespace(pages=n) for n in (3, 2, 1, 2)]
    for body_pages, starts, blanks in ((10, [11, 14, 17, 18], [False, False, True, False]),
                                       (11, [13, 16, 19, 20], [True, False, True, False]),
                                       (12, [13, 16, 19, 20], [False, False, True, False])):
        plan.body = [SimpleNamespace(pages=body_pages)]
        plan.place_back()
        assert (plan.back_starts, plan.back_blank) == (starts, blanks), body_pages
        assert [p.kind if getattr(p, "kind", "") == "blank" else p.pages for p in plan.back_with_blanks()] == \
            [x for n, b in zip([3, 2, 1, 2], blanks) for x in (["blank", n] if b else [n])]


def norm_head(text: str) -> str:
    return re.sub(r"\s+", "", text)



def test_the_contents_parts_that_list_only_the_body_are_laid_out_beside_the_back_matter(tmp_path, monkeypatch):
    """The back matter needs the body's pages, the contents' last parts the back's; the parts of
    the contents before them (here one line a part) list only the body's documents, so they are
    laid out while the back matter is, not after it placed (a core was left idle for them at
    the end of a large book). The print-mini edition three times (three documents, three lines),
    counted in one process, where tasks run in the order they are made: after the back is placed
    only the part of the body's last line and the five of the en-ru book's back matter (its
    chronology, persons and places in each language) are left."""
    from types import SimpleNamespace

    from printed import MINI

    from triglot.edition import load
    from triglot.print import parts
    from triglot.scaled import scaled_copy
    made = []
    lay_out, place_back = parts.lay_out, builder.BookPlan.place_back
    monkeypatch.setattr(parts, "lay_out", lambda task: made.append(task.kind) or lay_out(task))
    monkeypatch.setattr(builder.BookPlan, "place_back", lambda plan: made.append("placed") or place_back(plan))
    monkeypatch.setattr(builder.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(builder, "CONTENTS_PART_BYTES", 1)
    edition = load(scaled_copy(MINI, tmp_path / "three", 3))
    [result] = builder.build(edition, tmp_path / "out", SimpleNamespace(languages=["en-ru"]))
    placed = made.index("placed")
    assert made[placed:].count("front") == 1 + 5
    assert made[:placed].count("front") == result.phases["front matter"][0] - 6 == 2


def test_the_body_is_joined_before_the_back_matter_is_placed_and_the_back_before_the_front_is_done(
        tmp_path, monkeypatch):
    """The join goes on beside the layout (print.join): the body's parts are copied into the book
    as soon as the body's running heads are laid out, not after the back matter and the front
    (at 100 times the edition the join was the build's last minute, on one core). The print-mini
    edition three times, one contents line a part, counted in one process, where steps run in the
    order they are started: every body part is joined before the back matter is placed, every
    back part before the contents' last part is laid out; the front's parts alone are left."""
    from types import SimpleNamespace

    from printed import MINI

    from triglot.edition import load
    from triglot.print import join, parts
    from triglot.scaled import scaled_copy
    made = []
    lay_out, place_back, add_part = parts.lay_out, builder.BookPlan.place_back, join.Book.add_part
    monkeypatch.setattr(parts, "lay_out", lambda task: made.append(task.kind) or lay_out(task))
    monkeypatch.setattr(builder.BookPlan, "place_back", lambda plan: made.append("placed") or place_back(plan))
    monkeypatch.setattr(join.Book, "add_part",
                        lambda book, part, *args: made.append(f"joined {part.kind}") or add_part(book, part, *args))
    monkeypatch.setattr(builder.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(builder, "CONTENTS_PART_BYTES", 1)
    edition = load(scaled_copy(MINI, tmp_path / "three", 3))
    [result] = builder.build(edition, tmp_path / "out", SimpleNamespace(languages=["en-ru"]))
    placed = made.index("placed")
    last_front = len(made) - 1 - made[::-1].index("front")
    assert made[:placed].count("joined body") == result.phases["body"][0] == made.count("body")
    assert made[:last_front].count("joined back") == result.phases["back matter"][0] == made.count("back")
    assert made[last_front:].count("joined front") == result.phases["front matter"][0] == made.count("front")


def test_a_task_waiting_for_a_core_goes_before_less_urgent_ones_made_before_it():
    """The pool is given one task a core (builder.Workers.submit); the others wait, and the most
    urgent goes first when a core is free, not the first made: the chronology's chain, the longest
    of the back matter, waited behind the indexes' parts and the join and ended alone on one core.
    One core (a real thread pool), its task held until four more wait: they run by priority."""
    import threading
    from concurrent.futures import ThreadPoolExecutor
    ran, gate = [], threading.Event()
    workers = builder.Workers()
    workers.count = 1
    with ThreadPoolExecutor(1) as pool:
        workers.pool = pool
        try:
            first = workers.submit("first", lambda name: gate.wait() and ran.append(name))
            waiting = [workers.submit(name, ran.append, priority)
                       for name, priority in (("index", 1), ("join", -1), ("chronology", 3), ("front", 0))]
        finally:
            gate.set()
        for result in (first, *waiting):
            result.result(timeout=60)
    assert ran == ["first", "chronology", "index", "front", "join"]


def test_the_join_renumbers_references_but_not_text_that_looks_like_one():
    """The book's file is written object by object (print.pdfwriter): references of a part
    get the book's numbers; a string that reads "1 0 R" is text and stays as it is."""
    from triglot.print.pdfwriter import renumber
    text = rb"<< /A 1 0 R /S (see 1 0 R \) 2 0 R) /H <3120302052> /K [ 2 0 R 3.5 12 0 R ] >>"
    assert renumber(text, lambda n, g: n + 100) == \
        rb"<< /A 101 0 R /S (see 1 0 R \) 2 0 R) /H <3120302052> /K [ 102 0 R 3.5 112 0 R ] >>"


def test_a_contents_too_long_for_one_part_goes_on_in_parts_numbered_on(tmp_path, monkeypatch):
    """The contents of a large edition is laid out in parts (builder.front_matter), here one
    line a part: the front is numbered i, ii, … without a gap, every part's page has its
    folio and a table with header cells, every line links where it says, and the body
    still begins on a recto."""
    from types import SimpleNamespace

    from printed import MINI, Book

    from triglot.edition import load
    monkeypatch.setattr(builder, "CONTENTS_PART_BYTES", 1)
    edition = load(MINI)
    [result] = builder.build(edition, tmp_path, SimpleNamespace(languages=["en-ru"]))
    book = Book(result.path)
    front = book.front
    assert front % 2 == 0 and front >= 6, front          # title, imprint, then contents in 4+ parts
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    assert book.reader.page_labels[:front] == romans[:front]
    with pdfplumber.open(book.path) as pdf:
        for number in range(2, front):                   # the contents' pages (and a pad page)
            words = pdf.pages[number].extract_words()
            if words:
                bottom = max(w["bottom"] for w in words)
                assert [w["text"] for w in words if bottom - w["bottom"] < 2] == [romans[number]]
    with pikepdf.open(book.path) as pdf:
        dests = dict(pikepdf.NameTree(pdf.Root.Names.Dests).items())
        index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
        tables = [e for e in structure_elements(pdf.Root.StructTreeRoot) if e.get("/S") == "/Table"]
        links = 0
        for page in pdf.pages[2:front]:
            for annotation in page.obj.get("/Annots", ()):
                if "/Dest" in annotation:
                    target = index[dests[str(annotation.Dest)][0].objgen]
                    assert target >= front, str(annotation.Dest)
                    links += 1
    assert links >= 2 * (front - 3)
    contents_tables = [t for t in tables if any(e.get("/S") == "/TH" for e in structure_elements(t))]
    assert len(contents_tables) >= front - 3
    title = edition.documents[0].title("en")
    assert sum(title in book.raw[n] for n in range(front)) == 1


def test_every_mention_anchor_names_its_document(real):
    """A mention's anchor (ix.KIND.ID.N, which the index reads its page from) carries its
    document's id: generate-id() alone repeats across parts transformed in different
    workers, and a repeated anchor lost its page from the index (at 20 times the edition
    the index listed different pages from one run to the next)."""
    edition, books = real
    ids = {doc.id for doc in edition.documents}
    with pikepdf.open(books[("en", "ru")].path) as pdf:
        names = [name for name, _ in pikepdf.NameTree(pdf.Root.Names.Dests).items() if name.startswith("ix.")]
    assert len(names) > 100
    strays = [name for name in names if not any(name.split(".", 3)[3].startswith(f"{doc}-") for doc in ids)]
    assert not strays, strays[:5]


def test_a_part_transformed_twice_in_one_process_has_the_same_anchors():
    """A mention's anchor was numbered by generate-id(), which counts the trees the process built
    before: the same part transformed second in a worker had other anchors than first, so a book's
    named destinations changed with the parts' scheduling (hostile round 27). Now the mention is
    numbered by its place in the passage or note that holds it."""
    from triglot.edition import load
    from triglot.print import book, parts
    edition = load(printed.ROOT)
    langs = tuple(edition.settings.books[0])
    params, stylesheet = builder.stylesheet_params(edition, langs), builder.stylesheet_path(edition.root)
    executable = parts._compiled(str(stylesheet), stylesheet.stat().st_mtime_ns)
    task = parts.Task("body", [], langs, params, stylesheet, None)
    first, second = (parts.transform(executable, book.body_source(edition, langs), task) for _ in range(2))
    anchors = re.findall(r'id="(ix\.[^"]+)"', first)
    assert len(anchors) > 100 and len(set(anchors)) == len(anchors)
    assert re.findall(r'id="(ix\.[^"]+)"', second) == anchors


def rows_document(rows: list[str]):
    from weasyprint import HTML
    body = "".join(f'<p data-row="1.{i}" style="margin: 0">{text}</p>' for i, text in enumerate(rows, 1))
    return HTML(string=f"<style>@page {{ size: 60mm 40mm; margin: 5mm }} body {{ font: 10pt DejaVu Serif }}</style>"
                f"<h1>Index</h1>{body}").render()


def test_the_rows_of_a_part_s_last_page_are_carried_to_the_next_part():
    """parts.carry_last_page: the last page dropped, its rows counted; none when the part has one
    page, nor when the last page begins with the rest of a row begun on the page before (carried,
    its head would be printed twice)."""
    from triglot.print.parts import carry_last_page, rows_on
    document = rows_document([f"row {i}" for i in range(1, 15)])
    pages = len(document.pages)
    assert pages > 2
    on_last = rows_on(document.pages[-1], 1)
    shorter, carried = carry_last_page(document, 1)
    assert carried == len(on_last) and on_last[-1] == 14 and len(shorter.pages) == pages - 1
    assert carry_last_page(rows_document(["one", "two"]), 1)[1] == 0
    split = rows_document([" ".join(["a long row that runs over the page"] * 12)])
    assert len(split.pages) > 2 and carry_last_page(split, 1)[1] == 0      # every page boundary splits the row
    assert carry_last_page(document, 2)[1] == 0          # no row of that piece on the page
    # a row that runs over the last page boundaries: the cut is made where a page begins with a row
    # of its own (an index entry of the 20-times book listing many pages left a half-empty page)
    document = rows_document([f"row {i}" for i in range(1, 11)] + [" ".join(["a long row"] * 30)])
    pages = [rows_on(page, 1) for page in document.pages]
    assert pages[-1] == [11] and pages[-2] == [11] and pages[-3][0] == 10
    shorter, carried = carry_last_page(document, 1)
    assert carried == 2 and len(shorter.pages) == len(document.pages) - 3
