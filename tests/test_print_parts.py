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

from triglot.print import builder

MM = 72 / 25.4


@pytest.fixture
def real(print_real):
    return print_real


def parent_tree(pdf) -> dict[int, object]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


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
            assert sum(1 for n in range(len(pdf.pages)) if len(tree[n])) > 0.9 * len(pdf.pages)
            for number, page in enumerate(pdf.pages):
                assert int(page.obj.StructParents) == number
                elements = tree[number]          # none on a blank page
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
            furniture = "".join(c["text"] for c in page.chars if c.get("mcid") is None).replace(" ", "")
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
