"""A title the editors devise for a document whose own title is still to be supplied.

Before, such a document was published under its id ("sevres-armenia") on every page, book,
citation and library record. A cataloguer devises a title from what the resource is and when
(RDA 2.3.2.11: "[Treaty, 10 August 1920]") and brackets it, so that nobody takes it for the
source's own words. The genre is the header's first textClass term, said through the interface
catalog; the date is the text's own (order.text_date, never the web post's), written by CLDR.
"""
from __future__ import annotations

from pathlib import Path

from triglot import i18n
from triglot.tei import NS, normalize_space

OPEN, CLOSE = "[", "]"


def devised_title(doc, lang: str, root: Path | None) -> tuple[str, str] | None:
    """(language, "[Genre, date]") in `lang`, else in the base language where the interface catalog
    has no word for the genre; None when the header gives neither a genre nor a date of the text."""
    from triglot.order import text_date
    base = doc.root.get("{http://www.w3.org/XML/1998/namespace}lang")
    terms = [k for k in (normalize_space(t.text or "") for t in
                         doc.root.iterfind("t:teiHeader//t:textClass//t:term", NS)) if k]
    attrs, basis = text_date(doc)
    attrs = attrs if basis == "text" else {}     # a web post's date is not the text's
    if not terms and not attrs:
        return None
    for which in dict.fromkeys((lang, base)):
        genre = _genre(terms[0], which, root) if terms else ""
        if genre is None:
            continue
        date = i18n.format_date_expr(attrs, which, root) if attrs else ""
        words = [i18n.capitalised(genre, which)] if genre else []
        return which, OPEN + ", ".join(words + ([date] if date else [])) + CLOSE
    return None


def _genre(term: str, lang: str, root: Path | None) -> str | None:
    """The genre's word in `lang`'s interface catalog (the term itself in the msgid language)."""
    from triglot.problems import InputError
    if lang == i18n.MSGID_LANG:
        return term
    try:
        return i18n.lookup(root, lang, term) if root is not None else None
    except InputError:      # no interface catalog for the language: the base language's title serves
        return None


def record_title(doc) -> str:
    """The devised title in the base language for the library records, or "" where the document has
    a title of its own (or nothing to devise one from): MODS marks it titleInfo supplied="yes", and
    Dublin Core, which has no such mark, keeps the brackets that say it."""
    if not doc.title_devised():
        return ""
    title = doc.title_in()[1]
    return "" if title == doc.id else title
