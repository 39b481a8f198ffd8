"""WeasyPrint for the print edition: the style sheets and the layout of one part.

A book is made of separately laid-out parts (print.parts: groups of documents of the
body, back matter, front matter numbered i, ii, …), joined into one PDF by print.join.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CSS_PATH = Path(__file__).with_name("print.css")
BODY_PART_CSS_PATH = Path(__file__).with_name("body-part.css")


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


@lru_cache(maxsize=1)
def body_part_stylesheet():
    from weasyprint import CSS
    return CSS(filename=str(BODY_PART_CSS_PATH))


def render(xhtml: str, langs=(), first_page_number: int | None = None, body_part: bool = False):
    """Lay out one part in `langs`; `first_page_number` continues the numbering of the part before.

    A part of the body (`body_part`) is laid out without page furniture, every page with
    a recto's margins (body-part.css): where its pages fall is known only at the join."""
    from weasyprint import CSS, HTML
    sheets = [stylesheet(), language_stylesheet(tuple(langs))]
    if body_part:
        sheets.append(body_part_stylesheet())
    if first_page_number is not None:
        sheets.append(CSS(string=f"@page :first {{ counter-reset: page {first_page_number} }}"))
    return HTML(string=xhtml, base_url=str(CSS_PATH.parent)).render(stylesheets=sheets)
