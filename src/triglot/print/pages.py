"""WeasyPrint for the print edition: the style sheets and the layout of one part.

A book is made of separately laid-out parts (print.parts: groups of documents of the
body, back matter, front matter numbered i, ii, …), joined into one PDF by print.join.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

CSS_PATH = Path(__file__).with_name("print.css")
# Style sheets added to print.css for a kind of part (what a part laid out on its own needs).
# A back part is laid out as a body part is (body-part.css: not knowing where it begins), and
# may go on with a section of the part before (back-part.css).
PART_CSS = {"body": ("body-part.css",), "back": ("body-part.css", "back-part.css")}


@lru_cache(maxsize=1)
def stylesheet():
    from weasyprint import CSS
    return CSS(filename=str(CSS_PATH))


@lru_cache(maxsize=16)
def language_stylesheet(langs: tuple[str, ...]):
    """Hyphenation per language from Pyphen's patterns (what WeasyPrint hyphenates with),
    with print/hyphenation/ adding patterns for languages Pyphen lacks: a language with
    patterns is hyphenated, one without is not. Every column is ragged-right (print.css)."""
    import pyphen
    from weasyprint import CSS

    from triglot.print import hyphenation
    hyphenation.register()
    rules = [f'[lang="{lang}"] {{ hyphens: {"auto" if pyphen.language_fallback(lang) else "manual"}; }}'
             for lang in langs]
    return CSS(string="\n".join(rules))


@lru_cache(maxsize=4)
def part_stylesheet(name: str):
    from weasyprint import CSS
    return CSS(filename=str(CSS_PATH.with_name(name)))


def render(xhtml: str, langs=(), first_page_number: int | None = None, kind: str = ""):
    """Lay out one part in `langs`; `first_page_number` continues the numbering of the part before.

    A part of the body is laid out without page furniture, every page with a recto's
    margins (body-part.css): where its pages fall is known only at the join. So is a part
    of the back matter, which may continue a section of the part before (back-part.css)."""
    from weasyprint import CSS, HTML

    from triglot.print import pagefoot
    from triglot.print.linebreak import trailing_spaces_hang
    from triglot.print.lineends import line_ends_recorded
    from triglot.print.pagefoot import at_page_foot, filled, kept_whole, notes_sent_on_recorded
    from triglot.print.repagination import paginated
    from triglot.print.rowsplit import columns_split_together
    from triglot.print.xhtml import read_as_xml
    sheets = [stylesheet(), language_stylesheet(tuple(langs))]
    sheets += [part_stylesheet(name) for name in PART_CSS.get(kind, ())]
    if first_page_number is not None:
        sheets.append(CSS(string=f"@page :first {{ counter-reset: page {first_page_number} }}"))
    # #17: a name's anchor must not break a line early; a row's columns split together or not at all
    with read_as_xml():     # #17: print.xsl's XHTML read by the C parser, into the tree WeasyPrint's would make
        html = HTML(string=xhtml, base_url=str(CSS_PATH.parent))

    @contextmanager
    def wrappers(kept):
        # #17: how each line ended (a space, a hyphenation point) is kept for the tags and the text
        # layer; a word hyphenated at a page's foot in a layout before is kept whole, with the room a
        # note sent overleaf gave back filled where kept whole alone it made more pages (print.pagefoot)
        with trailing_spaces_hang(), columns_split_together(), line_ends_recorded(), kept_whole(kept), \
                notes_sent_on_recorded(), filled(kept), at_page_foot(kept):
            yield
    # every layout of the part in one render, each after the first from the page it changes
    with paginated(pagefoot.laid_out, wrappers):
        return html.render(stylesheets=sheets)
