"""WeasyPrint for the print edition: lay out XHTML, read where anchors fell, join parts.

A book is made of three separately laid-out parts (front matter numbered i, ii, …;
body and back matter numbered 1, 2, … continuously); they are joined into one PDF
whose internal links, bookmarks and metadata come from all three.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CSS_PATH = Path(__file__).with_name("print.css")


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


def render(xhtml: str, langs=(), first_page_number: int | None = None):
    """Lay out one part in `langs`; `first_page_number` continues the numbering of the part before."""
    from weasyprint import CSS, HTML
    sheets = [stylesheet(), language_stylesheet(tuple(langs))]
    if first_page_number is not None:
        sheets.append(CSS(string=f"@page :first {{ counter-reset: page {first_page_number} }}"))
    return HTML(string=xhtml, base_url=str(CSS_PATH.parent)).render(stylesheets=sheets)


def anchor_pages(document, first_page_number: int = 1) -> dict[str, int]:
    """Anchor name -> printed page number, for every element with an id."""
    found = {}
    for offset, page in enumerate(document.pages):
        for name in page.anchors:
            found.setdefault(name, first_page_number + offset)
    return found


def join(front, body, back, metadata: dict):
    """One document of all pages; every numbered page gets an anchor `page-N` for links."""
    number = 1
    for page in (*body.pages, *back.pages):
        page.anchors.setdefault(f"page-{number}", (0, 0, 0, 0))
        number += 1
    book = body.copy([*front.pages, *body.pages, *back.pages])
    book.metadata.title = metadata["title"]
    book.metadata.authors = list(metadata["authors"])
    book.metadata.lang = metadata["lang"]
    book.metadata.description = metadata.get("description")
    book.metadata.keywords = list(metadata.get("keywords", ()))
    book.metadata.generator = "triglot (WeasyPrint)"
    return book
