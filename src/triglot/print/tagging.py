"""The language of every tagged passage and the scope of table headers, in WeasyPrint's tags.

WeasyPrint builds the PDF structure tree from the laid-out boxes, but (up to at least
70.0, see Kozea/WeasyPrint#2482) it writes the document language only on the catalog:
a screen reader would read the Russian and Armenian columns with English rules, which
PDF/UA-1 (ISO 14289-1, 7.2) forbids. Each box knows its computed `lang` (the HTML
`lang` it inherited), so the structure element made from a box gets that `/Lang`; header cells get `/Scope` from their
`scope` attribute (column by default), which PDF/UA asks of every table header; a table's
part on a page where WeasyPrint did not repeat the header row continues the table tagged
on an earlier page instead of standing as a table without header cells. The header row
WeasyPrint repeats on each page after the table's first is drawn as a pagination artifact
(`repeated_headers`): a screen reader gets the table's header cells once, from its first
page, as the book's own reader does (ISO 32000-1 14.8.2.2 counts running heads among
pagination artifacts; PDF/UA-1 7.8 asks for running heads and feet as artifacts; remediation
guides for tagged tables across pages say the repeated column heads are not tagged, e.g.
Allyant's "Tables spanning across columns/pages": repeated tags are read again on every
page). The first is kept: it is the table's /THead, whose /TH give every column its name.

This wraps WeasyPrint's own tree builder rather than rebuilding the tree after the fact:
the box, and so the language, is only known while the tree is built. The wrapper is
installed for the duration of one write and removed afterwards, and the tests read every
structure element back (tests/test_print_accessibility.py), so a WeasyPrint release that
changes the builder fails loudly instead of producing untagged languages.
"""
from __future__ import annotations

from contextlib import contextmanager

from triglot.print.patching import replaced


def _lang_of(box) -> str | None:
    style = getattr(box, "style", None)
    try:
        return style["lang"] if style is not None else None
    except KeyError:
        return None


def _has_header(element, pdf) -> bool:
    """Whether a /Table element WeasyPrint built has a header row group (/THead)."""
    for ref in element["K"]:
        kid = _resolve(ref, pdf)
        if kid is not None and kid.get("S") == "/THead":
            return True
    return False


def _resolve(ref, pdf):
    """The object of an indirect reference pydyf wrote as b"N 0 R" (None for anything else)."""
    try:
        return pdf.objects[int(bytes(ref).split()[0])]
    except (ValueError, IndexError, TypeError):
        return None


def _continue_table(element, earlier, pdf, pydyf) -> None:
    """The rows of a page's part of a table that has no header row become rows of the table
    as tagged on an earlier page, whose header cells (with their scope) name their columns.

    WeasyPrint repeats a table's header row on every page the table continues on, except
    where the first row only fits without it (a split row whose notes fill the page foot):
    that page's part would be a /Table without /TH, which PDF/UA-1 does not allow (the
    pdfua checker's UA-15-003). One table continued across pages is what the book shows.
    WeasyPrint points each data cell at the header cells of its own page's part ("N-0-j", N
    that part's object number, the header row first): a repeated header row is an artifact
    (repeated_headers), so its cells point at the same cells of the table's first part."""
    _headers_of(element, element.number, earlier.number, pdf)
    for ref in element["K"]:
        kid = _resolve(ref, pdf)
        if kid is not None:
            kid["P"] = earlier.reference
        earlier["K"].append(ref)
    element["K"] = pydyf.Array()


def repeated_headers(document) -> frozenset:
    """The boxes of every header row group WeasyPrint repeated: a table's header on a page
    after the page where that table's header was first drawn, with all the boxes inside it."""
    from weasyprint.formatting_structure import boxes
    seen, repeats = set(), set()
    for page in document.pages:
        for box in page._page_box.descendants():
            if isinstance(box, boxes.TableRowGroupBox) and box.is_header:
                if box.element in seen:
                    repeats.update(box.descendants())
                else:
                    seen.add(box.element)
    return frozenset(repeats)


def _as_artifacts(original, repeats):
    """Stream.marked, drawing the text of a repeated header as a pagination artifact (no MCID,
    so no structure element)."""
    import pydyf

    @contextmanager
    def marked(stream, box, tag):
        if box not in repeats or stream._tags is None:
            with original(stream, box, tag):
                yield
            return
        stream.begin_marked_content("Artifact", pydyf.Dictionary({"Type": "/Pagination"}))
        try:
            yield
        finally:
            stream.end_marked_content()
    return marked


def _headers_of(element, own: int, first: int, pdf) -> None:
    """The /Headers of the data cells inside `element` that name header cells of the table part
    numbered `own` name those of the part numbered `first` instead."""
    import pydyf
    prefix = f"{own}-"
    for ref in element.get("K", ()):
        kid = _resolve(ref, pdf)
        if kid is None or "S" not in kid:
            continue
        headers = kid.get("A", {}).get("Headers") if isinstance(kid.get("A"), dict) else None
        if headers:
            kid["A"]["Headers"] = pydyf.Array(
                pydyf.String(f"{first}-{h.string[len(prefix):]}")
                if isinstance(h, pydyf.String) and h.string.startswith(prefix) else h for h in headers)
        _headers_of(kid, own, first, pdf)


def _wrap(original, pydyf, repeats=frozenset()):
    """WeasyPrint's builder, with `/Lang` on every element made from a box with a language.

    Every element says its language rather than only those that differ from their parent:
    the builder is a recursion of generators that yields an element after its children are
    built, so a child cannot see its parent's language; explicit languages are also what a
    checker reads without walking inheritance (about 10 bytes per element).
    """
    from weasyprint.formatting_structure.boxes import PageBox

    from triglot.print import lineends
    tables = {}     # HTML table element -> its /Table element that has a header row
    page = {"boxes": {}, "texts": {}}   # the page's MCID -> box (print.lineends), elements' readings

    def build_box_tree(box, parent, *args):
        if box in repeats:      # drawn as an artifact: the table's header row is tagged on its first page
            for cell in box.descendants():      # WeasyPrint gives each header cell of the page an ID
                cell.mark = pydyf.Dictionary({"A": pydyf.Dictionary()})
            return
        if isinstance(box, PageBox):    # before WeasyPrint takes the page's boxes out of its marks
            page["boxes"] = {kid["mcid"]: marked for marked, kid in args[-1].items()}
            page["texts"] = {}
        lineends.mark_block_going_on(box)
        for element in original(box, parent, *args):
            lineends.give_actual_text(element, args[0], page["boxes"], _resolve, pydyf, page["texts"])
            if element.get("S") == "/Table" and getattr(box, "element", None) is not None:
                pdf = args[0]
                if _has_header(element, pdf):
                    tables.setdefault(box.element, element)
                elif box.element in tables:
                    _continue_table(element, tables[box.element], pdf, pydyf)
                    continue
            lang = _lang_of(box)
            if lang and "Lang" not in element:
                element["Lang"] = pydyf.String(lang)
            if element.get("S") == "/TH":
                scoped = getattr(box, "element", None)
                scope = "/Row" if scoped is not None and scoped.get("scope") == "row" else "/Column"
                if "A" not in element:
                    element["A"] = pydyf.Dictionary({"O": "/Table"})
                element["A"]["Scope"] = scope
            yield element
    return build_box_tree


@contextmanager
def languages_in_tags(document=None):
    """While active, WeasyPrint's tagged PDFs carry `/Lang` per passage and `/Scope` per header;
    with the `document` about to be written, its repeated header rows are artifacts."""
    import pydyf
    from weasyprint.pdf import stream, tags
    repeats = repeated_headers(document) if document is not None else frozenset()
    with replaced(tags, "_build_box_tree", lambda original: _wrap(original, pydyf, repeats)), \
            replaced(stream.Stream, "marked", lambda original: _as_artifacts(original, repeats)):
        yield
