"""The language of every tagged passage and the scope of table headers, in WeasyPrint's tags.

WeasyPrint builds the PDF structure tree from the laid-out boxes, but (up to at least
70.0, see Kozea/WeasyPrint#2482) it writes the document language only on the catalog:
a screen reader would read the Russian and Armenian columns with English rules, which
PDF/UA-1 (ISO 14289-1, 7.2) forbids. Each box knows its computed `lang` (the HTML
`lang` it inherited), so the structure element made from a box gets that `/Lang`; header cells get `/Scope` from their
`scope` attribute (column by default), which PDF/UA asks of every table header.

This wraps WeasyPrint's own tree builder rather than rebuilding the tree after the fact:
the box, and so the language, is only known while the tree is built. The wrapper is
installed for the duration of one write and removed afterwards, and the tests read every
structure element back (tests/test_print_accessibility.py), so a WeasyPrint release that
changes the builder fails loudly instead of producing untagged languages.
"""
from __future__ import annotations

from contextlib import contextmanager
from threading import Lock

_LOCK = Lock()


def _lang_of(box) -> str | None:
    style = getattr(box, "style", None)
    try:
        return style["lang"] if style is not None else None
    except KeyError:
        return None


def _wrap(original, pydyf):
    """WeasyPrint's builder, with `/Lang` on every element made from a box with a language.

    Every element says its language rather than only those that differ from their parent:
    the builder is a recursion of generators that yields an element after its children are
    built, so a child cannot see its parent's language; explicit languages are also what a
    checker reads without walking inheritance (about 10 bytes per element).
    """
    def build_box_tree(box, parent, *args):
        for element in original(box, parent, *args):
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
def languages_in_tags():
    """While active, WeasyPrint's tagged PDFs carry `/Lang` per passage and `/Scope` per header."""
    import pydyf
    from weasyprint.pdf import tags
    with _LOCK:
        original = tags._build_box_tree
        tags._build_box_tree = _wrap(original, pydyf)
        try:
            yield
        finally:
            tags._build_box_tree = original
